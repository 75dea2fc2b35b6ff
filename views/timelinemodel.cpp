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

QColor evaluationColour(const Model::Evaluation &e)
{
    return e.isHeld() ? QColor(0x6a, 0x1b, 0x9a) : QColor(0xab, 0x47, 0xbc);
}

QDate evaluationDate(const Model::Evaluation &e)
{
    return e.isHeld() ? e.heldOn : e.plannedOn;
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

void TimelineModel::setEvaluations(const QList<Model::Evaluation> &evaluations)
{
    beginResetModel();
    m_evaluations = evaluations;
    endResetModel();
}

const Model::Evaluation *TimelineModel::evaluationAt(int row) const
{
    const qsizetype i = row - m_rows.size();
    return i >= 0 && i < m_evaluations.size() ? &m_evaluations.at(i) : nullptr;
}

std::pair<QDate, QDate> TimelineModel::span() const
{
    QDate first, last;
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    };
    for (const auto &m : m_rows)
        take(m.due);
    for (const auto &e : m_evaluations)
        take(evaluationDate(e));
    return {first, last};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_evaluations.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TimelineModel::Shown TimelineModel::shown(int row) const
{
    if (const Model::Evaluation *e = evaluationAt(row)) {
        const QDate on = evaluationDate(*e);
        const QString kind = Model::displayName(e->kind);
        const QString when = QLocale().toString(on, QLocale::LongFormat);
        return {e->isHeld() ? tr("%1 (held)").arg(kind) : kind,
                e->isHeld() ? tr("%1, held %2").arg(kind, when)
                            : tr("%1, planned %2\nDrag to move it; the Evaluations tab holds it.").arg(kind, when),
                e->isHeld() ? tr("Held") : tr("Planned"), evaluationColour(*e), on, e->isHeld() ? 100 : 0};
    }
    const Model::Milestone &m = m_rows.at(row);
    return {m.title,
            tr("%1\n%2, due %3%4")
                .arg(m.title, Model::displayName(m.status), QLocale().toString(m.due, QLocale::LongFormat),
                     m.ownerOrganisationName.isEmpty() ? QString() : tr("\nOwner: %1").arg(m.ownerOrganisationName)),
            Model::displayName(m.status), statusColour(m.status), m.due, m.status == Model::MilestoneStatus::Done ? 100 : 0};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Shown row = shown(index.row());
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole)
            return row.title;
        if (role == Qt::ToolTipRole)
            return row.tooltip;
        if (role == Qt::DecorationRole)
            return row.colour;
        break;
    case Type:
        if (role == Qt::DisplayRole)
            return int(KGantt::TypeEvent);
        break;
    case Start:
    case End:
        if (role == KGantt::StartTimeRole || role == KGantt::EndTimeRole || role == Qt::DisplayRole)
            return row.date.startOfDay();
        break;
    case Completion:
        if (role == Qt::DisplayRole)
            return row.completion;
        break;
    case Legend:
        if (role == Qt::DisplayRole)
            return row.legend;
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Title)
        return tr("Milestones and evaluations");
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    if (const Model::Evaluation *e = evaluationAt(index.row())) {
        const QDate on = value.toDateTime().date();
        if (index.column() == Start && role == KGantt::StartTimeRole && !e->isHeld() && on.isValid() && on != e->plannedOn)
            Q_EMIT evaluationMoveRequested(*e, on);
        return false;
    }
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
    const Model::Evaluation *e = index.isValid() ? evaluationAt(index.row()) : nullptr;
    if (index.isValid() && (index.column() == Title || index.column() == Start) && !(e && e->isHeld()))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Views
