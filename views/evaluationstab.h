#pragma once

#include "model/projectrights.h"
#include "model/types.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Model {
class ChangeNotifier;
class ParticipantsModel;
class Editor;
class PlanRepository;
}

namespace Views {

/// Interim evaluations and course corrections: the evaluations planned in a
/// cycle and held, with scores, findings, reflectors' comments and
/// decisions, and the decision log showing what each decision changed.
///
/// objectNames: "evaluationsTab", "evaluationList", "decisionLog",
/// "planEvaluationsButton", "planOneButton", "moveEvaluationButton",
/// "removeEvaluationButton", "holdEvaluationButton", "commentButton";
/// "reportButton"; dialogs "planEvaluationsDialog",
/// "scheduleEvaluationDialog", "holdEvaluationDialog", "reportFileDialog".
class EvaluationsTab : public QWidget
{
    Q_OBJECT
public:
    EvaluationsTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                   Model::ParticipantsModel *participants, QWidget *parent = nullptr);

    void setProject(const Model::Project &project, const QUuid &person);
    /// What the user may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    void clear();
    const QList<Model::Evaluation> &evaluations() const { return m_evaluations; }

    void planCycle();
    /// Plans one evaluation, or (@p move) moves the chosen planned one.
    void schedule(bool move);
    /// Removes the chosen evaluation while it is only planned.
    void remove();
    void hold();
    void comment();
    /// Writes the chosen evaluation's report to @p path (PDF) in the
    /// background; reportWritten() or reportFailed() tells how it went.
    void writeReport(const QString &path);

Q_SIGNALS:
    void loaded();
    void reportWritten(const QString &path);
    void reportFailed(const QString &message);

private:
    void reload();
    void updateButtons();
    const Model::Evaluation *current() const;

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    QTreeWidget *m_list;
    QTableWidget *m_log;
    QPushButton *m_plan_;
    QPushButton *m_planOne;
    QPushButton *m_move;
    QPushButton *m_remove;
    QPushButton *m_hold;
    QPushButton *m_comment;
    QPushButton *m_report;
    Model::ParticipantsModel *m_participants;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QUuid m_person;
    QList<Model::Evaluation> m_evaluations;
    QList<Model::Goal> m_goals;
    QList<Model::Milestone> m_milestones;
    QList<Model::Measurement> m_measurements;
    quint64 m_generation = 0;
    bool m_writing = false; ///< a report is being written
};

} // namespace Views
