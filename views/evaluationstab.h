#pragma once

#include "model/projectrights.h"
#include "model/types.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTreeView;

namespace Model {
class DecisionLogModel;
class Editor;
class EvaluationListModel;
class ParticipantsModel;
class PlanCache;
}

namespace Views {

/// Interim evaluations and course corrections: the evaluations planned in a
/// cycle and held, with scores, findings, reflectors' comments and
/// decisions, and the decision log showing what each decision changed.
/// A view over Model::EvaluationListModel and Model::DecisionLogModel, fed
/// by the project's PlanCache while the tab is shown.
///
/// objectNames: "evaluationsTab", "evaluationList", "decisionLog",
/// "planEvaluationsButton", "planOneButton", "moveEvaluationButton",
/// "removeEvaluationButton", "holdEvaluationButton", "commentButton",
/// "shareLessonsButton", "reportButton"; dialogs "planEvaluationsDialog",
/// "scheduleEvaluationDialog", "holdEvaluationDialog", "publishLessonsDialog",
/// "commentDialog", "reportFileDialog".
class EvaluationsTab : public QWidget
{
    Q_OBJECT
public:
    EvaluationsTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants,
                   QWidget *parent = nullptr);

    void setProject(const Model::Project &project, const QUuid &person);
    /// Who works here: whose organisation shared lessons belong to.
    void setIdentity(const Model::Identity &identity);
    /// What the user may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    void clear();
    const QList<Model::Evaluation> &evaluations() const;
    Model::EvaluationListModel *model() const { return m_evaluations; }
    Model::DecisionLogModel *decisionLog() const { return m_decisions; }

    void planCycle();
    /// Plans one evaluation, or (@p move) moves the chosen planned one.
    void schedule(bool move);
    /// Removes the chosen evaluation while it is only planned.
    void remove();
    void hold();
    void comment();
    /// Offers to share the chosen held evaluation's lessons in the knowledge base.
    void shareLessons();
    /// Writes the chosen evaluation's report to @p path (PDF) in the
    /// background; reportWritten() or reportFailed() tells how it went.
    void writeReport(const QString &path);

Q_SIGNALS:
    void loaded();
    void reportWritten(const QString &path);
    void reportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void chooseReport();
    void offerLessons(const Model::Evaluation &evaluation);
    bool canShareLessons() const;
    void updateButtons();
    const Model::Evaluation *current() const;

    Model::PlanCache *m_cache;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    Model::EvaluationListModel *m_evaluations;
    Model::DecisionLogModel *m_decisions;
    QTreeView *m_list;
    QTableView *m_log;
    QPushButton *m_plan;
    QPushButton *m_planOne;
    QPushButton *m_move;
    QPushButton *m_remove;
    QPushButton *m_hold;
    QPushButton *m_comment;
    QPushButton *m_share;
    QPushButton *m_report;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QUuid m_person;
    Model::Identity m_identity;
    QUuid m_chosen; ///< the evaluation chosen, kept across the model's resets
    bool m_writing = false; ///< a report is being written
};

} // namespace Views
