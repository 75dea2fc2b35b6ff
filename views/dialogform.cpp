#include "dialogform.h"

#include "fielderrors.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace Views {

DialogForm::DialogForm(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_form(new QFormLayout)
    , m_layout(new QVBoxLayout(dialog))
    , m_issues(new QLabel(dialog))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog))
{
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    showAsError(m_issues);
    keepRoomWhenHidden(m_issues);
    m_issues->hide();
    okButton()->setObjectName(QStringLiteral("okButton"));
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_issues);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_check || m_check())
            m_dialog->accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);
    // The fields are added after this: they are watched once the dialog shows.
    m_dialog->installEventFilter(this);
}

void DialogForm::watchFields()
{
    m_watching = true;
    const auto widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QListWidget *>(w))
            w->installEventFilter(this);
    }
}

bool DialogForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog) {
        if (event->type() == QEvent::Show && !m_watching)
            watchFields();
        return false;
    }
    if (m_revealed)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        // Typing (not moving through the form) counts as an edit.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete)
            reveal(); // the edit that follows checks again
        break;
    }
    case QEvent::FocusOut:
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            reveal();
        break;
    case QEvent::MouseButtonPress:
        if (qobject_cast<QListWidget *>(watched) || qobject_cast<QComboBox *>(watched))
            reveal();
        break;
    default:
        break;
    }
    return false;
}

void DialogForm::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    showProblems();
}

void DialogForm::tryAccept()
{
    if (okButton()->isEnabled()) {
        okButton()->click();
        return;
    }
    reveal();
}

void DialogForm::addWidget(QWidget *widget, int stretch)
{
    // Between the form and what is wrong.
    m_layout->insertWidget(m_layout->indexOf(m_issues), widget, stretch);
}

QPushButton *DialogForm::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void DialogForm::setProblems(const QStringList &problems)
{
    m_problems = problems;
    showProblems();
    okButton()->setEnabled(problems.isEmpty());
}

void DialogForm::showProblems()
{
    say(m_revealed ? m_problems.join(QLatin1Char('\n')) : QString());
}

void DialogForm::say(const QString &message)
{
    m_issues->setText(message);
    m_issues->setVisible(!message.isEmpty());
}

void DialogForm::acceptWhen(std::function<bool()> check)
{
    m_check = std::move(check);
}

QListWidget *DialogForm::checklist(QWidget *parent, const QString &name, const QList<Choice> &choices)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    for (const auto &c : choices) {
        auto *item = new QListWidgetItem(c.text, list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.checked ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

QList<QUuid> DialogForm::checked(const QListWidget *list)
{
    QList<QUuid> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toUuid());
    }
    return ids;
}

QLineEdit *DialogForm::numberEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    auto *validator = new QDoubleValidator(edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    return edit;
}

std::optional<double> DialogForm::readNumber(const QLineEdit *edit, bool *ok)
{
    *ok = true;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const double value = QLocale().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QString DialogForm::numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

} // namespace Views
