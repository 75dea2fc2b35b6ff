#include "milestonetimelinemodel.h"

#include "model/text.h"

#include <QLocale>

#include <algorithm>

namespace Model {

namespace {

QDate evaluationDate(const Evaluation &e)
{
    return e.isHeld() ? e.heldOn : e.plannedOn;
}

bool sameMeta(const SyncMeta &a, const SyncMeta &b)
{
    return a.version == b.version && a.updatedAt == b.updatedAt && a.deleted == b.deleted;
}

/// Whether @p a and @p b show the same (title, tooltip, legend, date).
bool sameLook(const Milestone &a, const Milestone &b)
{
    return a.title == b.title && a.status == b.status && a.due == b.due
        && a.ownerOrganisationName == b.ownerOrganisationName;
}

bool sameLook(const Evaluation &a, const Evaluation &b)
{
    return a.kind == b.kind && a.plannedOn == b.plannedOn && a.heldOn == b.heldOn;
}

/// Whether anything a view could ask for differs.
bool same(const Milestone &a, const Milestone &b)
{
    return sameLook(a, b) && a.description == b.description && a.ownerOrganisationId == b.ownerOrganisationId
        && a.ownerPersonId == b.ownerPersonId && a.completedOn == b.completedOn && a.goals == b.goals
        && sameMeta(a.meta, b.meta);
}

bool same(const Evaluation &a, const Evaluation &b)
{
    return sameLook(a, b) && a.findings == b.findings && a.lessons == b.lessons && sameMeta(a.meta, b.meta)
        && a.scores.size() == b.scores.size() && a.comments.size() == b.comments.size()
        && a.decisions.size() == b.decisions.size();
}

template<typename T>
bool sameIds(const QList<T> &a, const QList<T> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const T &x, const T &y) { return x.id == y.id; });
}

bool dueBefore(const Milestone &a, const Milestone &b)
{
    return a.due != b.due ? a.due < b.due : a.title < b.title;
}

} // namespace

MilestoneTimelineModel::MilestoneTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_today(QDate::currentDate())
{
}

QList<MilestoneTimelineModel::Look> MilestoneTimelineModel::looks()
{
    return {Look::Planned, Look::InProgress, Look::Overdue, Look::Missed, Look::Done, Look::EvaluationPlanned,
            Look::EvaluationHeld};
}

QColor MilestoneTimelineModel::colour(Look look)
{
    // Done is grey: what is behind us steps back; overdue stands out in orange.
    switch (look) {
    case Look::Planned:
        return QColor(0x42, 0x85, 0xf4);
    case Look::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case Look::Overdue:
        return QColor(0xef, 0x6c, 0x00);
    case Look::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case Look::Done:
        return QColor(0x9e, 0x9e, 0x9e);
    case Look::EvaluationPlanned:
        return QColor(0xab, 0x47, 0xbc);
    case Look::EvaluationHeld:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return {};
}

QString MilestoneTimelineModel::lookName(Look look)
{
    switch (look) {
    case Look::Planned:
        return displayName(MilestoneStatus::Planned);
    case Look::InProgress:
        return displayName(MilestoneStatus::InProgress);
    case Look::Overdue:
        return tr("Overdue");
    case Look::Missed:
        return displayName(MilestoneStatus::Missed);
    case Look::Done:
        return displayName(MilestoneStatus::Done);
    case Look::EvaluationPlanned:
        return tr("Evaluation planned");
    case Look::EvaluationHeld:
        return tr("Evaluation held");
    }
    return {};
}

void MilestoneTimelineModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    // Which open milestones are overdue changes with the day: every row is made again.
    beginResetModel();
    m_shown.clear();
    for (const Milestone &m : std::as_const(m_milestones))
        m_shown.append(shown(m));
    for (const Evaluation &e : std::as_const(m_evaluations))
        m_shown.append(shown(e));
    endResetModel();
}

void MilestoneTimelineModel::setProjectId(const QUuid &projectId)
{
    if (projectId != m_projectId)
        m_lastStatus.clear();
    m_projectId = projectId;
}

void MilestoneTimelineModel::setRows(const QList<Milestone> &milestones, const QList<Evaluation> &evaluations)
{
    apply(milestones, evaluations);
}

void MilestoneTimelineModel::setMilestones(const QList<Milestone> &milestones)
{
    apply(milestones, m_evaluations);
}

void MilestoneTimelineModel::setEvaluations(const QList<Evaluation> &evaluations)
{
    apply(m_milestones, evaluations);
}

void MilestoneTimelineModel::updateMilestone(const Milestone &milestone)
{
    QList<Milestone> rows = m_milestones;
    rows.removeIf([&](const Milestone &m) { return m.id == milestone.id; });
    rows.insert(std::upper_bound(rows.cbegin(), rows.cend(), milestone, dueBefore) - rows.cbegin(), milestone);
    apply(rows, m_evaluations);
}

void MilestoneTimelineModel::clear()
{
    apply({}, {});
    m_lastStatus.clear();
}

void MilestoneTimelineModel::apply(const QList<Milestone> &milestones, const QList<Evaluation> &evaluations)
{
    // What each row shows, made again only for rows that look different.
    QHash<QUuid, qsizetype> before;
    before.reserve(m_shown.size());
    for (qsizetype i = 0; i < m_milestones.size(); ++i)
        before.insert(m_milestones.at(i).id, i);
    for (qsizetype i = 0; i < m_evaluations.size(); ++i)
        before.insert(m_evaluations.at(i).id, m_milestones.size() + i);
    QList<Shown> shown;
    shown.reserve(milestones.size() + evaluations.size());
    QList<bool> changed; // per row, for an update in place
    changed.reserve(shown.capacity());
    for (const Milestone &m : milestones) {
        const auto old = before.constFind(m.id);
        const Milestone *was = old != before.constEnd() && *old < m_milestones.size() ? &m_milestones.at(*old) : nullptr;
        shown.append(was && sameLook(*was, m) ? m_shown.at(*old) : this->shown(m));
        changed.append(!was || !same(*was, m));
    }
    for (const Evaluation &e : evaluations) {
        const auto old = before.constFind(e.id);
        const Evaluation *was = old != before.constEnd() && *old >= m_milestones.size()
            ? &m_evaluations.at(*old - m_milestones.size())
            : nullptr;
        shown.append(was && sameLook(*was, e) ? m_shown.at(*old) : this->shown(e));
        changed.append(!was || !same(*was, e));
    }

    if (sameIds(milestones, m_milestones) && sameIds(evaluations, m_evaluations)) {
        m_milestones = milestones;
        m_evaluations = evaluations;
        m_shown = shown;
        // The smallest ranges: one dataChanged per run of changed rows.
        for (int row = 0; row < int(changed.size());) {
            if (!changed.at(row)) {
                ++row;
                continue;
            }
            const int first = row;
            while (row < int(changed.size()) && changed.at(row))
                ++row;
            Q_EMIT dataChanged(index(first), index(row - 1));
        }
    } else {
        beginResetModel();
        m_milestones = milestones;
        m_evaluations = evaluations;
        m_shown = shown;
        endResetModel();
    }

    // Reached: announced once, for milestones shown before as not done.
    for (const Milestone &m : milestones) {
        const auto last = m_lastStatus.constFind(m.id);
        const bool reached = last != m_lastStatus.constEnd() && *last != MilestoneStatus::Done
            && m.status == MilestoneStatus::Done;
        m_lastStatus.insert(m.id, m.status);
        if (reached)
            Q_EMIT milestoneReached(m);
    }
}

MilestoneTimelineModel::Shown MilestoneTimelineModel::shown(const Milestone &m) const
{
    const QString owner = m.ownerOrganisationName.isEmpty() ? QString() : tr("\nOwner: %1").arg(m.ownerOrganisationName);
    const bool open = m.status == MilestoneStatus::Planned || m.status == MilestoneStatus::InProgress;
    const bool overdue = open && m.due.isValid() && m_today.isValid() && m.due < m_today;
    Look look = Look::Planned;
    switch (m.status) {
    case MilestoneStatus::Planned:
        break;
    case MilestoneStatus::InProgress:
        look = Look::InProgress;
        break;
    case MilestoneStatus::Missed:
        look = Look::Missed;
        break;
    case MilestoneStatus::Done:
        look = Look::Done;
        break;
    }
    if (overdue)
        look = Look::Overdue;
    const QString late = overdue ? tr("\nOverdue: %n day(s) past its due date", nullptr, int(m.due.daysTo(m_today)))
                                 : QString();
    return {m.title,
            tr("%1\n%2, due %3%4").arg(m.title, displayName(m.status), QLocale().toString(m.due, QLocale::LongFormat), owner)
                + late,
            overdue ? lookName(Look::Overdue) : displayName(m.status),
            colour(look),
            m.due,
            m.status == MilestoneStatus::Done ? 100 : 0,
            true};
}

MilestoneTimelineModel::Shown MilestoneTimelineModel::shown(const Evaluation &e)
{
    const QDate on = evaluationDate(e);
    const QString kind = displayName(e.kind);
    const QString when = QLocale().toString(on, QLocale::LongFormat);
    if (e.isHeld())
        return {tr("%1 (held)").arg(kind), tr("%1, held %2").arg(kind, when), tr("Held"), colour(Look::EvaluationHeld), on,
                100, false};
    return {kind, tr("%1, planned %2\nDrag to move it; the Evaluations tab holds it.").arg(kind, when), tr("Planned"),
            colour(Look::EvaluationPlanned), on, 0, true};
}

const Milestone *MilestoneTimelineModel::milestoneAt(int row) const
{
    return row >= 0 && row < m_milestones.size() ? &m_milestones.at(row) : nullptr;
}

const Evaluation *MilestoneTimelineModel::evaluationAt(int row) const
{
    const qsizetype i = row - m_milestones.size();
    return i >= 0 && i < m_evaluations.size() ? &m_evaluations.at(i) : nullptr;
}

int MilestoneTimelineModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_milestones.size(); ++i) {
        if (m_milestones.at(i).id == id)
            return int(i);
    }
    for (qsizetype i = 0; i < m_evaluations.size(); ++i) {
        if (m_evaluations.at(i).id == id)
            return int(m_milestones.size() + i);
    }
    return -1;
}

std::pair<QDate, QDate> MilestoneTimelineModel::span() const
{
    return span(m_milestones, m_evaluations);
}

std::pair<QDate, QDate> MilestoneTimelineModel::span(const QList<Milestone> &milestones,
                                                     const QList<Evaluation> &evaluations)
{
    QDate first, last;
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    };
    for (const auto &m : milestones)
        take(m.due);
    for (const auto &e : evaluations)
        take(evaluationDate(e));
    return {first, last};
}

int MilestoneTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant MilestoneTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_shown.size())
        return {};
    const Shown &row = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.tooltip;
    case Qt::DecorationRole:
        return row.colour;
    case MilestoneRole:
        if (const Milestone *m = milestoneAt(index.row()))
            return QVariant::fromValue(*m);
        return {};
    case EvaluationRole:
        if (const Evaluation *e = evaluationAt(index.row()))
            return QVariant::fromValue(*e);
        return {};
    case IdRole:
        if (const Milestone *m = milestoneAt(index.row()))
            return m->id;
        return evaluationAt(index.row())->id;
    case IsEvaluationRole:
        return index.row() >= m_milestones.size();
    case DateRole:
        return row.date;
    case CompletionRole:
        return row.completion;
    case LegendRole:
        return row.legend;
    case MovableRole:
        return row.movable;
    default:
        return {};
    }
}

bool MilestoneTimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != DateRole || !index.isValid() || index.parent().isValid() || index.row() >= m_shown.size())
        return false;
    const QDate on = value.metaType() == QMetaType::fromType<QDateTime>() ? value.toDateTime().date() : value.toDate();
    if (!on.isValid())
        return false;
    if (const Evaluation *e = evaluationAt(index.row())) {
        if (!e->isHeld() && on != e->plannedOn)
            Q_EMIT evaluationMoveRequested(*e, on);
    } else if (const Milestone &m = m_milestones.at(index.row()); on != m.due) {
        Q_EMIT moveRequested(m, on);
    }
    // The rows show the store's answer, not the request.
    return false;
}

Qt::ItemFlags MilestoneTimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() < m_shown.size() && m_shown.at(index.row()).movable)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> MilestoneTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MilestoneRole, "milestone");
    names.insert(EvaluationRole, "evaluation");
    names.insert(IdRole, "id");
    names.insert(IsEvaluationRole, "isEvaluation");
    names.insert(DateRole, "date");
    names.insert(CompletionRole, "completion");
    names.insert(LegendRole, "legend");
    names.insert(MovableRole, "movable");
    return names;
}

} // namespace Model
