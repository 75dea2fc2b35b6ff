#include "timelineganttproxy.h"

#include "model/milestonetimelinemodel.h"

#include <KGanttGlobal>

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>

namespace Views {

using Model::MilestoneTimelineModel;

namespace {

/// Rows released between two looks at the clock.
constexpr int ReleaseStep = 25;
/// How long one turn may release rows.
constexpr qint64 ReleaseBudgetMs = 10;

} // namespace

TimelineGanttProxy::TimelineGanttProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_release.setSingleShot(true);
    m_release.setInterval(0);
    connect(&m_release, &QTimer::timeout, this, &TimelineGanttProxy::releaseSome);
}

void TimelineGanttProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // The source is a flat list: rows come and go, or it resets, or rows
        // change in place; a changed row changes in every column here.
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this,
                    [this] {
                        m_released = 0;
                        endResetModel();
                        releaseSome();
                    }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
                    }),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        // A few new rows are drawn at once; the release goes on after them.
                        if (first <= m_released)
                            m_released += last - first + 1;
                        endInsertRows();
                    }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        if (first < m_released)
                            m_released -= std::min(m_released, last + 1) - first;
                        endRemoveRows();
                    }),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        m_released = 0;
                        endResetModel();
                        releaseSome();
                    }),
        };
    }
    m_released = 0;
    endResetModel();
    releaseSome();
}

void TimelineGanttProxy::releaseSome()
{
    QElapsedTimer clock;
    clock.start();
    const int rows = rowCount();
    while (m_released < rows && clock.elapsed() < ReleaseBudgetMs) {
        const int first = m_released;
        m_released = std::min(rows, m_released + ReleaseStep);
        Q_EMIT dataChanged(index(first, 0), index(m_released - 1, ColumnCount - 1));
    }
    if (m_released < rows)
        m_release.start();
    else
        Q_EMIT completed();
}

QModelIndex TimelineGanttProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TimelineGanttProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TimelineGanttProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TimelineGanttProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

int TimelineGanttProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineGanttProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex TimelineGanttProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex TimelineGanttProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    return sourceIndex.isValid() ? index(sourceIndex.row(), Title) : QModelIndex();
}

QVariant TimelineGanttProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const QModelIndex source = mapToSource(index);
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole)
            return source.data(role);
        break;
    case Type:
        if (role == Qt::DisplayRole)
            return int(index.row() < m_released ? KGantt::TypeEvent : KGantt::TypeNone);
        break;
    case Start:
    case End:
        // Midnight UTC: the chart reckons with these times on every layout,
        // and local times would ask the C library for the time zone each time.
        if (role == KGantt::StartTimeRole || role == KGantt::EndTimeRole || role == Qt::DisplayRole)
            return QDateTime(source.data(MilestoneTimelineModel::DateRole).toDate(), QTime(0, 0), QTimeZone::UTC);
        break;
    case Completion:
        if (role == Qt::DisplayRole)
            return source.data(MilestoneTimelineModel::CompletionRole);
        break;
    case Legend:
        if (role == Qt::DisplayRole)
            return source.data(MilestoneTimelineModel::LegendRole);
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineGanttProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Title)
        return tr("Milestones and evaluations");
    return {};
}

bool TimelineGanttProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // A row has one date: KGantt sets start and end after a drag, and the
    // start alone is the move (the end would ask for it a second time).
    if (!index.isValid() || index.model() != this || index.column() != Start || role != KGantt::StartTimeRole)
        return false;
    sourceModel()->setData(mapToSource(index), value.toDateTime().date(), MilestoneTimelineModel::DateRole);
    // The chart shows the store's answer, not the drag.
    return false;
}

Qt::ItemFlags TimelineGanttProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // KGantt asks the row's first column whether its item may be dragged,
    // and writes the new date to the start column. (The list beside the
    // chart does not edit in place: MilestonesTab turns that off.)
    if ((index.column() == Title || index.column() == Start) && (mapToSource(index).flags() & Qt::ItemIsEditable))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Views
