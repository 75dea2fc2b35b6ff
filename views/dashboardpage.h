#pragma once

#include "model/plan.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTreeView;

namespace Model {
class DashboardListModel;
class PlanCache;
}

namespace Views {

/// Management information across all projects: overdue milestones,
/// evaluations coming up, goals off track, this quarter's successes and the
/// hours each organisation put in. Every line opens the place it refers to.
/// A view over four Model::DashboardListModel, fed by the PlanCache while
/// the page is shown.
///
/// objectNames: "dashboardPage", "overdueList", "evaluationsList",
/// "offTrackList", "successesList", "hoursChart", "dashboardDate".
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Place { Goals, Milestones, Evaluations };
    /// Lines each list has room for at least, besides its header.
    static constexpr int MinimumRows = 5;

    explicit DashboardPage(Model::PlanCache *cache, QWidget *parent = nullptr);

    /// Reads the dashboard again, as of today.
    void reload();
    const Model::Dashboard &dashboard() const;
    QChartView *hoursChart() const { return m_hours; }

Q_SIGNALS:
    void loaded();
    /// The user chose a line: show @p project at @p place.
    void openRequested(const QUuid &project, Views::DashboardPage::Place place);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTreeView *makeList(const QString &name, Model::DashboardListModel *model, Place place);
    void show(const Model::Dashboard &dashboard);

    Model::PlanCache *m_cache;
    QLabel *m_date;
    QTreeView *m_overdue;
    QTreeView *m_evaluations;
    QTreeView *m_offTrack;
    QTreeView *m_successes;
    QChartView *m_hours;
};

} // namespace Views
