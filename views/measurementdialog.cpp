#include "measurementdialog.h"

#include "dialogform.h"

#include "model/validation.h"

#include "datefield.h"

#include <QFormLayout>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>

namespace Views {

MeasurementDialog::MeasurementDialog(const Model::Goal &goal, QWidget *parent)
    : QDialog(parent)
    , m_goalTitle(goal.title)
    , m_form(new DialogForm(this))
    , m_value(DialogForm::numberEdit(this, QStringLiteral("valueEdit")))
    , m_date(new DateField(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("measurementDialog"));
    setWindowTitle(tr("Add Measurement — %1").arg(goal.title));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    // A new measurement is of today, unless the user says otherwise; not of
    // the future (a day's slack for a time zone).
    m_date->setOptional(false);
    m_date->setDate(QDate::currentDate());
    m_date->setRange({}, QDate::currentDate().addDays(1));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(Model::Limits::NoteLength);
    QFormLayout *form = m_form->form();
    form->addRow(goal.unit.isEmpty() ? tr("&Value:") : tr("&Value (%1):").arg(goal.unit), m_value);
    form->addRow(tr("&Measured on:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    connect(m_value, &QLineEdit::textChanged, this, &MeasurementDialog::check);
    connect(m_date, &DateField::dateChanged, this, &MeasurementDialog::check);
    m_form->okButton()->setEnabled(false);
}

void MeasurementDialog::setCorrecting(const Model::Measurement &standing)
{
    setWindowTitle(tr("Correct Measurement — %1").arg(m_goalTitle));
    m_value->setText(QLocale().toString(standing.value, 'g', 10));
    m_date->setDate(standing.measuredOn);
    m_note->setText(standing.note);
    m_note->setPlaceholderText(tr("Why it is corrected"));
    check();
}

void MeasurementDialog::check()
{
    bool ok = false;
    DialogForm::readNumber(m_value, &ok);
    const bool value = ok && !m_value->text().trimmed().isEmpty();
    // Say what is wrong with the date; an empty value only keeps OK off.
    m_form->setProblems(m_date->isAcceptable() ? QStringList() : QStringList{tr("Measured on: %1").arg(m_date->problem())});
    m_form->okButton()->setEnabled(value && m_date->isAcceptable());
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
