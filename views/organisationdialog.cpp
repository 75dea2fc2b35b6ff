#include "organisationdialog.h"

#include "model/editor.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

OrganisationDialog::OrganisationDialog(Model::Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("New Organisation"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("For example Gemeente Dordrecht"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto k : Model::organisationKinds())
        m_kind->addItem(Model::displayName(k), int(k));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("CBS code, for example GM0505"));
    m_code->setMaxLength(Model::Limits::MunicipalityCodeLength);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Municipality &code:"), m_code);
    m_errors.add(form, m_name, QStringLiteral("name"));
    m_errors.add(form, m_code, QStringLiteral("municipalityCode"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_errors.touch(QStringLiteral("name"));
        validateInput();
    });
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_errors.touch(QStringLiteral("municipalityCode"));
        validateInput();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool municipality = Model::OrganisationKind(m_kind->currentData().toInt()) == Model::OrganisationKind::Municipality;
        m_code->setEnabled(municipality);
        if (!municipality)
            m_code->clear();
        validateInput();
    });
    validateInput();
    resize(420, sizeHint().height());
}

void OrganisationDialog::setOrganisation(const Model::Organisation &organisation)
{
    m_original = organisation;
    setWindowTitle(tr("Edit Organisation — %1").arg(organisation.name));
    m_name->setText(organisation.name);
    m_kind->setCurrentIndex(m_kind->findData(int(organisation.kind)));
    m_code->setText(organisation.municipalityCode);
    validateInput();
}

Model::Organisation OrganisationDialog::organisation() const
{
    Model::Organisation o = m_original;
    o.name = m_name->text().trimmed();
    o.kind = Model::OrganisationKind(m_kind->currentData().toInt());
    o.municipalityCode = m_code->text().trimmed().toUpper();
    return o;
}

void OrganisationDialog::validateInput()
{
    const bool ok = m_errors.show(Model::validate(organisation()), m_issues);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void OrganisationDialog::accept()
{
    m_errors.touchAll();
    validateInput();
    if (!Model::validate(organisation()).isEmpty())
        return;
    if (m_editor) {
        if (isNew())
            Q_EMIT organisationCreated(m_editor->createOrganisation(organisation()));
        else
            m_editor->updateOrganisation(m_original, organisation());
    }
    QDialog::accept();
}

} // namespace Views
