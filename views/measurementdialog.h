#pragma once

#include "model/plan.h"

#include <QDialog>

class QLineEdit;

namespace Views {

class DateField;

class DialogForm;

/// Records one measurement of a goal's indicator, or corrects one.
///
/// objectNames: "measurementDialog", "valueEdit", "dateEdit", "noteEdit", "okButton".
class MeasurementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MeasurementDialog(const Model::Goal &goal, QWidget *parent = nullptr);

    /// The measurement of @p goal as entered, made by @p person.
    Model::Measurement measurement(const Model::Goal &goal, const QUuid &person) const;
    /// Turns the dialog into the correction of @p standing: its values to
    /// start from, and a title that says so.
    void setCorrecting(const Model::Measurement &standing);

private:
    void check();

    QString m_goalTitle;
    DialogForm *m_form;
    QLineEdit *m_value;
    DateField *m_date;
    QLineEdit *m_note;
};

} // namespace Views
