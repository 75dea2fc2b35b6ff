#pragma once

#include "model/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace Views {

class DialogForm;

/// Records a held evaluation: scores per goal (proposed from the trend),
/// findings, lessons and decisions that change a target or a date.
///
/// objectNames: "holdEvaluationDialog", "heldEdit", "kindCombo", "scoresTable",
/// "findingsEdit", "lessonsEdit", "decisionEdit", "subjectCombo", "afterEdit",
/// "reasonEdit", "addDecisionButton", "decisionList", "shareLessonsCheck",
/// "okButton".
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

private:
    Model::EvaluationKind kind() const;
    bool checkBeforeAccept();
    void addDecision();

    Model::Evaluation m_evaluation;
    QList<Model::Goal> m_goals;
    QList<Model::Milestone> m_milestones;
    QList<Model::Decision> m_newDecisions;
    DialogForm *m_form;
    QDateEdit *m_held;
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
};

} // namespace Views
