#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// One list of the dashboard (the PlanCache's Dashboard): what is overdue,
/// coming up, off track or a success, each line naming its project. An
/// empty list shows one line that says so, which cannot be chosen.
class DashboardListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum List { OverdueMilestones, UpcomingEvaluations, GoalsOffTrack, Successes };
    enum Roles { ItemRole = Qt::UserRole + 1, ProjectIdRole, KindRole };
    enum Columns { DateColumn, TitleColumn, ProjectColumn, DetailColumn, ColumnCount };

    DashboardListModel(PlanCache *cache, List list, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    List list() const { return m_list; }
    const QList<DashboardItem> &items() const { return m_rows; }

private:
    void rebuild();
    QString emptyText() const;

    PlanCache *m_cache;
    List m_list;
    QList<DashboardItem> m_rows;
};

} // namespace Model
