#pragma once

#include "model/projectrights.h"

#include "model/plan.h"
#include "model/types.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace KGantt {
class View;
}

namespace Model {
class ChangeNotifier;
class Editor;
class MilestoneTimelineModel;
class ParticipantsModel;
class PlanRepository;
}

namespace Views {

class TimelineGanttProxy;

/// A project's milestones on a timeline (KGantt): drag one to change its
/// due date (undoable), double-click or Edit to change the rest. Done
/// milestones are listed as the project's successes, the newest few on the
/// tab and all of them behind a link. The rows live in a
/// Model::MilestoneTimelineModel; this tab asks the store for them, shows
/// them, and turns the model's requests and signals into edits and cheers.
///
/// objectNames: "milestonesTab", "timeline", "successesLabel", "milestoneCelebration",
/// "addMilestoneButton", "editMilestoneButton", "deleteMilestoneButton";
/// dialogs "milestoneDialog", "successesDialog" (list "successesList").
class MilestonesTab : public QWidget
{
    Q_OBJECT
public:
    MilestonesTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                  Model::ParticipantsModel *participants, QWidget *parent = nullptr);

    void setProject(const Model::Project &project);
    /// What the user may change here (the server's rights).
    void setRights(const Model::ProjectRights &rights);
    void clear();

    Model::MilestoneTimelineModel *timelineModel() const { return m_model; }
    /// The rows as the chart reads them.
    TimelineGanttProxy *ganttModel() const { return m_gantt; }
    KGantt::View *timeline() const { return m_view; }

    void addMilestone();
    void editMilestone();
    void deleteMilestone();
    /// Lists every success in a dialog.
    void showAllSuccesses();

Q_SIGNALS:
    void loaded();
    /// A milestone shown before was reached (here or through sync).
    void celebrated(const QString &message);

private:
    void reload();
    /// Both lists are in: fit the chart to them, then show them.
    void showRows(const QList<Model::Milestone> &milestones, const QList<Model::Evaluation> &evaluations);
    void updateButtons();
    /// Starts the chart a month before the first date and fits the span.
    void fitTimeline(const QDate &first, const QDate &last);
    void celebrate(const Model::Milestone &milestone);
    /// The successes line: milestones done and goal targets met, newest first.
    void showSuccesses();
    const Model::Milestone *currentMilestone() const;
    void openDialog(const std::optional<Model::Milestone> &before, const Model::Milestone &milestone);

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    Model::MilestoneTimelineModel *m_model;
    TimelineGanttProxy *m_gantt;
    KGantt::View *m_view;
    QLabel *m_successes;
    QLabel *m_celebration;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QList<Model::Goal> m_goals;
    QList<Model::Measurement> m_measurements;
    QStringList m_allSuccesses; ///< newest first, plain text
    quint64 m_generation = 0;
    // The lists of this generation as they answer: shown once both are in.
    int m_arrived = 0;
    std::optional<QList<Model::Milestone>> m_newMilestones;
    std::optional<QList<Model::Evaluation>> m_newEvaluations;
    QUuid m_current; ///< the milestone chosen when the lists were asked for
};

} // namespace Views
