#include "dashboardlistmodel.h"

#include "plancache.h"

#include <QLocale>

#include <algorithm>

namespace Model {

DashboardListModel::DashboardListModel(PlanCache *cache, List list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_list(list)
{
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Dashboard)
            rebuild();
    });
    rebuild();
}

void DashboardListModel::rebuild()
{
    const Dashboard &d = m_cache->dashboard();
    beginResetModel();
    switch (m_list) {
    case OverdueMilestones:
        m_rows = d.overdueMilestones;
        break;
    case UpcomingEvaluations:
        m_rows = d.upcomingEvaluations;
        break;
    case GoalsOffTrack:
        m_rows = d.goalsOffTrack;
        break;
    case Successes:
        m_rows = d.successes;
        break;
    }
    endResetModel();
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    // The line saying that nothing is there.
    return parent.isValid() ? 0 : std::max(1, int(m_rows.size()));
}

int DashboardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DashboardListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || m_rows.isEmpty())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_rows.isEmpty())
        return role == Qt::DisplayRole && index.column() == TitleColumn ? QVariant(emptyText()) : QVariant();
    const DashboardItem &i = m_rows.at(index.row());
    switch (role) {
    case ItemRole:
        return QVariant::fromValue(i);
    case ProjectIdRole:
        return i.projectId;
    case KindRole:
        return int(i.kind);
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(i.title)
             : index.column() == ProjectColumn ? QVariant(i.projectName)
                                               : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(i.date, QLocale::ShortFormat);
        case TitleColumn:
            return i.title;
        case ProjectColumn:
            return i.projectName;
        case DetailColumn:
            return i.detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QString DashboardListModel::emptyText() const
{
    switch (m_list) {
    case OverdueMilestones:
        return tr("Nothing overdue.");
    case UpcomingEvaluations:
        return tr("No evaluations planned.");
    case GoalsOffTrack:
        return tr("Every measured goal is on track.");
    case Successes:
        return tr("No successes yet this quarter.");
    }
    return {};
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return m_list == OverdueMilestones || m_list == GoalsOffTrack ? tr("Due")
             : m_list == UpcomingEvaluations                          ? tr("Planned")
                                                                      : tr("Reached");
    case TitleColumn:
        return m_list == OverdueMilestones ? tr("Milestone")
             : m_list == UpcomingEvaluations ? tr("Evaluation")
             : m_list == GoalsOffTrack       ? tr("Goal")
                                             : tr("What");
    case ProjectColumn:
        return tr("Project");
    case DetailColumn:
        return m_list == OverdueMilestones ? tr("Owner") : m_list == GoalsOffTrack ? tr("Health") : QString();
    default:
        return {};
    }
}

} // namespace Model
