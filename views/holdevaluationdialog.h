#pragma once

#include "model/plan.h"
#include "model/types.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace Views {

class DateField;
class DialogForm;

/// Records a held evaluation: scores per goal (proposed from the trend),
/// findings, lessons and decisions that change a target or a date.
///
/// objectNames: "holdEvaluationDialog", "heldEdit", "kindCombo", "scoresTable",
/// "findingsEdit", "lessonsEdit", "decisionEdit", "subjectCombo", "afterEdit",
/// "reasonEdit", "addDecisionButton", "decisionList", "shareLessonsCheck",
/// "cancelPlannedCheck", "afterwardsCombo", "okButton".
///
/// A closing evaluation offers to cancel the other planned evaluations
/// (each cancellation is a decision in the log) and to close the project.
class HoldEvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    HoldEvaluationDialog(const Model::Evaluation &evaluation, const QList<Model::Goal> &goals,
                         const QList<Model::Milestone> &milestones, const QList<Model::Measurement> &measurements,
                         QWidget *parent = nullptr);

    Model::Evaluation evaluation() const;
    /// Whether to offer next to share the lessons in the knowledge base
    /// (ticked for a closing evaluation, unticked for an interim one).
    bool shareLessons() const;
    /// Shows the choice to share the lessons (only when there is a knowledge base).
    void setSharingOffered(bool offered);
    /// What a closing evaluation may settle: the project's @p otherPlanned
    /// evaluations (offered to cancel) and, when @p mayClose, the project's
    /// status afterwards.
    void setClosingChoices(const QList<Model::Evaluation> &otherPlanned, bool mayClose);
    /// The status to give the project after a closing evaluation, if any.
    std::optional<Model::ProjectStatus> closeAs() const;

private:
    Model::EvaluationKind kind() const;
    bool checkBeforeAccept();
    void updateClosingChoices();
    void addDecision();

    Model::Evaluation m_evaluation;
    QList<Model::Goal> m_goals;
    QList<Model::Milestone> m_milestones;
    QList<Model::Decision> m_newDecisions;
    DialogForm *m_form;
    DateField *m_held;
    QComboBox *m_kind;
    QTableWidget *m_scores;
    QPlainTextEdit *m_findings;
    QPlainTextEdit *m_lessons;
    QLineEdit *m_decisionText;
    QComboBox *m_subject;
    QLineEdit *m_after;
    QLineEdit *m_reason;
    QListWidget *m_decisions;
    QCheckBox *m_share;
    QCheckBox *m_cancelPlanned;
    QComboBox *m_afterwards;
    QList<Model::Evaluation> m_otherPlanned;
    bool m_mayClose = false;
};

} // namespace Views
