#include "goallistmodel.h"

#include "plancache.h"
#include "text.h"

namespace Model {

GoalListModel::GoalListModel(PlanCache *cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, [this] {
        beginResetModel();
        m_goals.clear();
        m_trends.clear();
        m_lastHealth.clear();
        endResetModel();
    });
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Goals || part == PlanCache::Measurements)
            rebuild();
    });
    rebuild();
}

void GoalListModel::rebuild()
{
    // Goals and measurements are read side by side: judge only both together,
    // or a goal would seem to reach its target when its measurements arrive.
    const auto parts = PlanCache::Goals | PlanCache::Measurements;
    if (!m_cache->isLoaded(parts) || m_cache->isPending(parts))
        return;
    const QList<Goal> &goals = m_cache->goals();
    QList<GoalTrend> trends;
    trends.reserve(goals.size());
    for (const auto &g : goals)
        trends.append(goalTrend(g, m_cache->measurementsOf(g.id)));
    bool sameRows = goals.size() == m_goals.size();
    for (int i = 0; sameRows && i < goals.size(); ++i)
        sameRows = goals.at(i).id == m_goals.at(i).id;
    if (sameRows) {
        m_goals = goals;
        m_trends = trends;
        if (!m_goals.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_goals.size()) - 1));
    } else {
        beginResetModel();
        m_goals = goals;
        m_trends = trends;
        endResetModel();
    }
    QList<Goal> reached;
    for (int i = 0; i < m_goals.size(); ++i) {
        const GoalHealth now = m_trends.at(i).health;
        const auto before = m_lastHealth.constFind(m_goals.at(i).id);
        if (before != m_lastHealth.constEnd() && *before != GoalHealth::Reached && now == GoalHealth::Reached)
            reached.append(m_goals.at(i));
        m_lastHealth.insert(m_goals.at(i).id, now);
    }
    for (const auto &g : reached)
        Q_EMIT targetReached(g);
    Q_EMIT loaded();
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &g = m_goals.at(index.row());
    const GoalHealth health = m_trends.at(index.row()).health;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2").arg(g.title, displayName(health));
    case TitleRole:
        return g.title;
    case Qt::DecorationRole:
        return healthColour(health);
    case GoalRole:
        return QVariant::fromValue(g);
    case IdRole:
        return g.id;
    case HealthRole:
        return int(health);
    default:
        return {};
    }
}

int GoalListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_goals.size(); ++i) {
        if (m_goals.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Model
