#include "serverdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Views {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QCheckBox(tr("Use an encrypted connection and check the server's certificate"), this))
    , m_ca(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Sync Server"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("regie.example.nl"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setText(QStringLiteral("regie"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->setObjectName(QStringLiteral("tlsCheck"));
    m_ca->setObjectName(QStringLiteral("caEdit"));
    m_ca->setPlaceholderText(tr("The certificate authority's file (optional)"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *intro = new QLabel(tr("Your projects stay on this computer and are shared through the server of your "
                                "collaboration. Ask its administrator for these details."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_tls);
    form->addRow(tr("&Certificate authority:"), m_ca);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_tls, &QCheckBox::toggled, m_ca, &QWidget::setEnabled);
    m_ca->setEnabled(false);
    validate();
}

void ServerDialog::setValues(const Values &v)
{
    m_host->setText(v.host);
    m_port->setValue(v.port);
    m_database->setText(v.database);
    m_user->setText(v.user);
    m_password->setText(v.password);
    m_tls->setChecked(v.tls);
    m_ca->setText(v.caFile);
    m_remember->setChecked(v.remember);
    validate();
}

ServerDialog::Values ServerDialog::values() const
{
    return {m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
            m_password->text(), m_tls->isChecked(), m_ca->text().trimmed(), m_remember->isChecked()};
}

void ServerDialog::askPasswordOnly(const QString &reason)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tls, m_ca})
        w->setEnabled(false);
    if (auto *intro = findChild<QLabel *>(QStringLiteral("introLabel")))
        intro->setText(reason);
    m_password->setFocus();
}

void ServerDialog::validate()
{
    const bool ok = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Views
