#pragma once

#include "model/projectrights.h"

#include "model/types.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace KGantt {
class View;
}

namespace Model {
class ChangeNotifier;
class Editor;
class ParticipantsModel;
class PlanRepository;
}

namespace Views {

class TimelineModel;

/// A project's milestones on a timeline (KGantt): drag one to change its
/// due date (undoable), double-click or Edit to change the rest. Done
/// milestones are listed as the project's successes.
///
/// objectNames: "milestonesTab", "timeline", "successesLabel", "milestoneCelebration",
/// "addMilestoneButton", "editMilestoneButton", "deleteMilestoneButton";
/// dialog "milestoneDialog".
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

    TimelineModel *timelineModel() const { return m_model; }
    KGantt::View *timeline() const { return m_view; }

    void addMilestone();
    void editMilestone();
    void deleteMilestone();

Q_SIGNALS:
    void loaded();
    /// A milestone shown before was reached (here or through sync).
    void celebrated(const QString &message);

private:
    void reload();
    void updateButtons();
    /// Starts the chart a month before the first date and fits the span.
    void fitTimeline();
    /// Milestones and evaluations are both in: fit, and choose again what was chosen.
    void bothArrived();
    /// The successes line: milestones done and goal targets met, newest first.
    void showSuccesses();
    const Model::Milestone *currentMilestone() const;
    void openDialog(const std::optional<Model::Milestone> &before, const Model::Milestone &milestone);

    Model::PlanRepository *m_plan;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    TimelineModel *m_model;
    KGantt::View *m_view;
    QLabel *m_successes;
    QLabel *m_celebration;
    QHash<QUuid, Model::MilestoneStatus> m_lastStatus; ///< as last shown: reaching one is celebrated once
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QList<Model::Goal> m_goals;
    QList<Model::Measurement> m_measurements;
    quint64 m_generation = 0;
    int m_arrived = 0; ///< lists of this generation answered: milestones, evaluations
    QUuid m_current; ///< the milestone chosen when the lists were asked for
};

} // namespace Views
