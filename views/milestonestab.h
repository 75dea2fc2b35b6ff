#pragma once

#include "model/projectrights.h"

#include "model/plan.h"
#include "model/types.h"

#include "timelinezoom.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;

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
/// The chart opens on today, inside the project's period; it zooms by the
/// "zoomCombo" (the whole plan, days, weeks, months), Ctrl+wheel and
/// Ctrl++/Ctrl+-; a line marks today, done milestones are grey and overdue
/// ones orange (the legend under the chart names every colour).
///
/// objectNames: "milestonesTab", "timeline", "timelineSplitter", "zoomCombo",
/// "todayButton", "timelineLegend", "successesLabel", "milestoneCelebration",
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

    /// How far the chart is zoomed in: the whole plan in the width shown, or a fixed scale.
    using Zoom = TimelineZoom::Level;
    void setZoom(Zoom zoom);
    Zoom zoom() const;
    /// Zooms in (factor > 1) or out, keeping today (or the middle) in place.
    void zoomBy(double factor);
    /// Scrolls the chart so that today is in view.
    void scrollToToday();
    /// The day today's line is drawn on.
    QDate today() const;

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
    /// Starts the chart a month before the first date (or today, or the
    /// project's start) and, when zoomed to fit, fits the project's period.
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
    QSplitter *m_split;
    QComboBox *m_zoom;
    TimelineZoom *m_zoomer;
    QPushButton *m_todayButton;
    QLabel *m_legend;
    QLabel *m_successes;
    QLabel *m_celebration;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    Model::Project m_project;
    Model::ProjectRights m_rights;
    bool m_scrolledToToday = false; ///< once per project: later the user's scrolling stays
    QStringList m_allSuccesses; ///< newest first, plain text
    bool m_rowsStale = true; ///< the cache's lists are not on the timeline yet
    bool m_successesStale = true; ///< nor its goals and measurements in the successes
};

} // namespace Views
