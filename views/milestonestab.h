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
class PlanCache;
}

namespace Views {

class TimelineGanttProxy;

/// A project's milestones on a timeline (KGantt): drag one to change its
/// due date (undoable), double-click or Edit to change the rest. Done
/// milestones are listed as the project's successes, the newest few on the
/// tab and all of them behind a link. The rows live in a
/// Model::MilestoneTimelineModel, fed from the project's Model::PlanCache
/// while the tab is shown; the tab turns the model's requests and signals
/// into edits and cheers.
///
/// objectNames: "milestonesTab", "timeline", "successesLabel", "milestoneCelebration",
/// "addMilestoneButton", "editMilestoneButton", "deleteMilestoneButton";
/// dialogs "milestoneDialog", "successesDialog" (list "successesList").
class MilestonesTab : public QWidget
{
    Q_OBJECT
public:
    /// Shows the milestones, evaluations, goals and measurements of @p cache
    /// while the tab is shown; a hidden tab reads nothing.
    MilestonesTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants,
                  QWidget *parent = nullptr);

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
    /// The rows of the project shown are on the timeline.
    void loaded();
    /// A milestone shown before was reached (here or through sync).
    void celebrated(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// Shows what changed in the cache, once both lists are in and only while the tab is shown.
    void refresh();
    /// Fits the chart to the cache's lists, then shows them.
    void showRows();
    void updateButtons();
    /// Starts the chart a month before the first date and fits the span.
    void fitTimeline(const QDate &first, const QDate &last);
    void celebrate(const Model::Milestone &milestone);
    /// The successes line: milestones done and goal targets met, newest first.
    void showSuccesses();
    const Model::Milestone *currentMilestone() const;
    void openDialog(const std::optional<Model::Milestone> &before, const Model::Milestone &milestone);

    Model::PlanCache *m_cache;
    Model::Editor *m_editor;
    Model::ParticipantsModel *m_participants;
    Model::MilestoneTimelineModel *m_model;
    TimelineGanttProxy *m_gantt;
    KGantt::View *m_view;
    QLabel *m_successes;
    QLabel *m_celebration;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    QStringList m_allSuccesses; ///< newest first, plain text
    bool m_rowsStale = true; ///< the cache's lists are not on the timeline yet
    bool m_successesStale = true; ///< nor its goals and measurements in the successes
};

} // namespace Views
