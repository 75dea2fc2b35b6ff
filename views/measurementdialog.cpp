#include "measurementdialog.h"

#include "dialogform.h"

#include "model/validation.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Views {

MeasurementDialog::MeasurementDialog(const Model::Goal &goal, QWidget *parent)
    : QDialog(parent)
    , m_form(new DialogForm(this))
    , m_value(DialogForm::numberEdit(this, QStringLiteral("valueEdit")))
    , m_date(new QDateEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("measurementDialog"));
    setWindowTitle(tr("Add Measurement — %1").arg(goal.title));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(Model::Limits::NoteLength);
    QFormLayout *form = m_form->form();
    form->addRow(goal.unit.isEmpty() ? tr("&Value:") : tr("&Value (%1):").arg(goal.unit), m_value);
    form->addRow(tr("&Measured on:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    connect(m_value, &QLineEdit::textChanged, this, [this] {
        bool ok = false;
        DialogForm::readNumber(m_value, &ok);
        m_form->okButton()->setEnabled(ok && !m_value->text().trimmed().isEmpty());
    });
    m_form->okButton()->setEnabled(false);
}

Model::Measurement MeasurementDialog::measurement(const Model::Goal &goal, const QUuid &person) const
{
    Model::Measurement m;
    m.id = QUuid::createUuid();
    m.projectId = goal.projectId;
    m.goalId = goal.id;
    bool ok = false;
    m.value = DialogForm::readNumber(m_value, &ok).value_or(0);
    m.measuredOn = m_date->date();
    m.note = m_note->text().trimmed();
    m.personId = person;
    return m;
}

} // namespace Views
