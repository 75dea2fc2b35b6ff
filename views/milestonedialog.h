#pragma once

#include "model/plan.h"
#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Views {

class DateField;
class DialogForm;

/// Edits a milestone; OK stays off while it breaks a rule, and says why.
///
/// objectNames: "milestoneDialog", "titleEdit", "descriptionEdit", "dueEdit", "ownerCombo",
/// "statusCombo", "completedEdit", "goalList", "issuesLabel", "okButton".
class MilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p partners offer the owners (current ones, and the one it has);
    /// @p goals the goals it may serve.
    MilestoneDialog(const Model::Milestone &milestone, const QList<Model::Participation> &partners,
                    const QList<Model::Goal> &goals, QWidget *parent = nullptr);

    /// The milestone as the form has it now.
    Model::Milestone milestone() const;

private:
    Model::MilestoneStatus status() const;
    void check();

    Model::Milestone m_milestone;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    DateField *m_due;
    QComboBox *m_owner;
    QComboBox *m_status;
    DateField *m_completed;
    QListWidget *m_goals;
    DialogForm *m_form;
};

} // namespace Views
