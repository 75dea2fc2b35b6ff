#pragma once

#include "model/plan.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace Model {
class ChangeNotifier;
class PlanRepository;
}

namespace Views {

/// Management information across all projects: overdue milestones,
/// evaluations coming up, goals off track, this quarter's successes and the
/// hours each organisation put in. Every line opens the place it refers to.
///
/// objectNames: "dashboardPage", "overdueList", "evaluationsList",
/// "offTrackList", "successesList", "hoursChart", "dashboardDate".
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Place { Goals, Milestones, Evaluations };

    DashboardPage(Model::PlanRepository *plan, Model::ChangeNotifier *notifier, QWidget *parent = nullptr);

    void reload();
    const Model::Dashboard &dashboard() const { return m_dashboard; }
    QChartView *hoursChart() const { return m_hours; }

Q_SIGNALS:
    void loaded();
    /// The user chose a line: show @p project at @p place.
    void openRequested(const QUuid &project, Views::DashboardPage::Place place);

private:
    void show(const Model::Dashboard &dashboard);

    Model::PlanRepository *m_plan;
    QLabel *m_date;
    QTreeWidget *m_overdue;
    QTreeWidget *m_evaluations;
    QTreeWidget *m_offTrack;
    QTreeWidget *m_successes;
    QChartView *m_hours;
    Model::Dashboard m_dashboard;
    quint64 m_generation = 0;
};

} // namespace Views
