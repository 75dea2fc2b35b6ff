#pragma once

#include "model/knowledge.h"
#include "model/types.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Views {

class DateField;
class DialogForm;

/// Records what an organisation did with a knowledge item (jatwerk):
/// considering it, adopted, adapted (what changed and why) or not adopted
/// (why not), since when, in which of the organisation's projects, and
/// later how it turned out (opened again on the same record).
///
/// objectNames: "reuseDialog", "statusCombo", "dateEdit", "projectCombo",
/// "reasonCombo", "noteEdit", "outcomeEdit", "okButton".
class ReuseDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p projects are the organisation's projects that may have taken the item up.
    ReuseDialog(const Model::Reuse &reuse, const QString &itemTitle, const QList<Model::ProjectSummary> &projects,
                QWidget *parent = nullptr);

    Model::Reuse reuse() const;

private:
    void check();

    Model::Reuse m_reuse;
    DialogForm *m_form;
    QComboBox *m_status;
    DateField *m_date;
    QComboBox *m_project;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QPlainTextEdit *m_outcome;
};

} // namespace Views
