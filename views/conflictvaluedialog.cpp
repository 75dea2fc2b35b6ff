#include "conflictvaluedialog.h"

#include "conflictsdialog.h"
#include "datefield.h"
#include "dialogform.h"
#include "syncfieldnames.h"

#include "model/synctables.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QKeyEvent>

#include <algorithm>

namespace Views {

namespace {

Model::SyncSchema::Type typeOf(const QString &table, const QString &field)
{
    if (const auto *t = Model::SyncSchema::table(table)) {
        const auto it = std::find_if(t->fields.cbegin(), t->fields.cend(),
                                     [&field](const Model::SyncSchema::Column &c) { return c.name == field; });
        if (it != t->fields.cend())
            return it->type;
    }
    return Model::SyncSchema::Type::Text;
}

QJsonValue unwrap(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array().at(0);
}

} // namespace

ConflictValueDialog::ConflictValueDialog(const Model::SyncConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_form(new DialogForm(this))
{
    setObjectName(QStringLiteral("conflictValueDialog"));
    setWindowTitle(tr("Another Value"));
    auto *who = new QLabel(whoAndWhen(conflict.serverByName, conflict.serverAt), this);
    who->setObjectName(QStringLiteral("conflictWhoLabel"));
    who->setWordWrap(true);
    m_form->form()->addRow(who);
    auto *theirs = new QLabel(ConflictsDialog::display(conflict.field, conflict.server), this);
    theirs->setObjectName(QStringLiteral("conflictServerValue"));
    theirs->setWordWrap(true);
    theirs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->form()->addRow(tr("On the server:"), theirs);

    const QString label = SyncFieldNames::field(conflict.field) + QLatin1Char(':');
    const QJsonValue mine = unwrap(conflict.mine);
    QWidget *editor = nullptr;
    switch (typeOf(conflict.table, conflict.field)) {
    case Model::SyncSchema::Type::Number:
        m_number = DialogForm::numberEdit(this, QStringLiteral("valueNumber"));
        m_number->setText(mine.isDouble() ? DialogForm::numberText(mine.toDouble()) : QString());
        connect(m_number, &QLineEdit::textChanged, this, &ConflictValueDialog::check);
        editor = m_number;
        break;
    case Model::SyncSchema::Type::Date:
        m_date = new DateField(this);
        m_date->setObjectName(QStringLiteral("valueDate"));
        m_date->setOptional(true);
        m_date->setDate(QDate::fromString(mine.toString(), Qt::ISODate));
        connect(m_date, &DateField::dateChanged, this, &ConflictValueDialog::check);
        editor = m_date;
        break;
    default:
        if (SyncFieldNames::isMultiLine(conflict.field)) {
            m_text = new QPlainTextEdit(mine.toString(), this);
            m_text->setObjectName(QStringLiteral("valueText"));
            m_text->setTabChangesFocus(true);
            m_text->setMinimumSize(420, 120);
            editor = m_text;
        } else {
            m_line = new QLineEdit(mine.toString(), this);
            m_line->setObjectName(QStringLiteral("valueLine"));
            m_line->setMinimumWidth(420);
            editor = m_line;
        }
        break;
    }
    m_form->form()->addRow(label, editor);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->form()->labelForField(editor)))
        buddy->setObjectName(QStringLiteral("valueLabel"));
    editor->setAccessibleName(SyncFieldNames::field(conflict.field));
    editor->setFocus();
    // Enter makes a new line in a text of several lines: Ctrl+Enter accepts.
    if (m_text)
        m_text->installEventFilter(this);
    check();
}

bool ConflictValueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (m_form->okButton()->isEnabled())
                m_form->okButton()->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString ConflictValueDialog::whoAndWhen(const QString &name, const QDateTime &at)
{
    const QString who = name.isEmpty() ? tr("Someone else") : name;
    if (!at.isValid())
        return tr("%1 changed this on the server.").arg(who);
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return tr("%1 changed this on the server on %2 at %3.")
        .arg(who, locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
             locale.toString(local.time(), QLocale::ShortFormat));
}

void ConflictValueDialog::check()
{
    QStringList problems;
    if (m_number) {
        bool ok = false;
        DialogForm::readNumber(m_number, &ok);
        if (!ok)
            problems << tr("Type a number, such as 1.200 or 2,5.");
    }
    if (m_date && !m_date->isAcceptable())
        problems << m_date->problem();
    m_form->setProblems(problems);
}

QJsonValue ConflictValueDialog::value() const
{
    if (m_number) {
        bool ok = false;
        const auto number = DialogForm::readNumber(m_number, &ok);
        return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
    }
    if (m_date)
        return m_date->date().isValid() ? QJsonValue(m_date->date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    if (m_text)
        return m_text->toPlainText();
    return m_line->text();
}

} // namespace Views
