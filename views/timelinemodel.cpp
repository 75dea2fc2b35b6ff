#include "timelinemodel.h"

#include "model/text.h"

#include <KGanttGlobal>

#include <QBrush>
#include <QColor>

namespace Views {

namespace {

QColor statusColour(Model::MilestoneStatus status)
{
    switch (status) {
    case Model::MilestoneStatus::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case Model::MilestoneStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case Model::MilestoneStatus::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case Model::MilestoneStatus::Planned:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setMilestones(const QList<Model::Milestone> &milestones)
{
    beginResetModel();
    m_rows = milestones;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Model::Milestone &m = m_rows.at(index.row());
    const QDateTime due = m.due.startOfDay();
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole)
            return m.title;
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2, due %3%4")
                .arg(m.title, Model::displayName(m.status), QLocale().toString(m.due, QLocale::LongFormat),
                     m.ownerOrganisationName.isEmpty() ? QString() : tr("\nOwner: %1").arg(m.ownerOrganisationName));
        if (role == Qt::DecorationRole)
            return statusColour(m.status);
        break;
    case Type:
        if (role == Qt::DisplayRole)
            return int(KGantt::TypeEvent);
        break;
    case Start:
    case End:
        if (role == KGantt::StartTimeRole || role == KGantt::EndTimeRole || role == Qt::DisplayRole)
            return due;
        break;
    case Completion:
        if (role == Qt::DisplayRole)
            return m.status == Model::MilestoneStatus::Done ? 100 : 0;
        break;
    case Legend:
        if (role == Qt::DisplayRole)
            return Model::displayName(m.status);
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Title)
        return tr("Milestone");
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    // A milestone has one date: KGantt sets start and end after a drag, and
    // the start alone is the move (the end would ask for it a second time).
    if (index.column() == Start && role == KGantt::StartTimeRole) {
        const QDate due = value.toDateTime().date();
        const Model::Milestone &m = m_rows.at(index.row());
        if (due.isValid() && due != m.due)
            Q_EMIT moveRequested(m, due);
        // The chart shows the store's answer, not the drag.
        return false;
    }
    return false;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // KGantt asks the row's first column whether its item may be dragged,
    // and writes the new date to the start column. (The list beside the
    // chart does not edit in place: MilestonesTab turns that off.)
    if (index.isValid() && (index.column() == Title || index.column() == Start))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Views
