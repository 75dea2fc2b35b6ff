#pragma once

#include "goaltrend.h"
#include "plan.h"

#include <QAbstractListModel>
#include <QHash>

namespace Model {

class PlanCache;

/// A project's goals, each with its health judged from its measurements
/// (fed by the PlanCache's Goals and Measurements). A goal seen before that
/// reaches its target now, by a measurement here or from another laptop,
/// is announced once by targetReached().
class GoalListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        GoalRole = Qt::UserRole + 1,
        IdRole,
        HealthRole, ///< Model::GoalHealth as int
        TitleRole,
    };

    explicit GoalListModel(PlanCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<Goal> &goals() const { return m_goals; }
    /// The row of @p id, or -1.
    int rowOf(const QUuid &id) const;
    GoalTrend trend(int row) const { return m_trends.value(row); }

Q_SIGNALS:
    /// The goals and their health are up to date.
    void loaded();
    /// @p goal, shown before with another health, reached its target.
    void targetReached(const Model::Goal &goal);

private:
    void rebuild();

    PlanCache *m_cache;
    QList<Goal> m_goals;
    QList<GoalTrend> m_trends;
    QHash<QUuid, GoalHealth> m_lastHealth; ///< as last shown: reaching a target is announced once
};

} // namespace Model
