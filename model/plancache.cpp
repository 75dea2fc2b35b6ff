#include "plancache.h"

#include "async.h"
#include "measurementhistory.h"
#include "repository.h"

#include <algorithm>
#include <bit>

namespace Model {

namespace {

constexpr PlanCache::Parts ProjectParts = PlanCache::Goals | PlanCache::Measurements | PlanCache::Milestones
    | PlanCache::Evaluations | PlanCache::ProgressLog | PlanCache::Contributions | PlanCache::ProgressAuthors
    | PlanCache::ProjectHours;

constexpr PlanCache::Parts RowParts = PlanCache::Goals | PlanCache::Measurements | PlanCache::Milestones;

// The orders the store reads in (GoalStore, MilestoneStore), so that rows
// read alone go where a whole read would have put them.
bool goalBefore(const Goal &a, const Goal &b)
{
    if (a.due.isNull() != b.due.isNull())
        return b.due.isNull(); // goals without a date last
    if (a.due != b.due)
        return a.due < b.due;
    return a.title < b.title;
}

bool measurementBefore(const Measurement &a, const Measurement &b)
{
    if (a.measuredOn != b.measuredOn)
        return a.measuredOn < b.measuredOn;
    return a.meta.createdAt < b.meta.createdAt;
}

bool milestoneBefore(const Milestone &a, const Milestone &b)
{
    if (a.due != b.due)
        return a.due < b.due; // a null date first, as SQLite sorts NULL
    return a.title < b.title;
}

// Replaces the rows @p ids of @p rows by @p fresh (the ones still live among
// them), keeping @p rows in the order @p before gives.
template<typename T, typename Before>
void merge(QList<T> &rows, const QList<T> &fresh, const QList<QUuid> &ids, Before before)
{
    const QSet<QUuid> named(ids.cbegin(), ids.cend());
    rows.removeIf([&](const T &row) { return named.contains(row.id); });
    for (const T &row : fresh)
        rows.insert(std::upper_bound(rows.cbegin(), rows.cend(), row, before), row);
}

} // namespace

PlanCache::PlanCache(PlanRepository *plan, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    for (auto &read : m_reads)
        read = std::make_unique<RequestSlot>(this);
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &PlanCache::onChanged);
}

int PlanCache::indexOf(Part part)
{
    return std::countr_zero(unsigned(part));
}

PlanCache::Parts PlanCache::partsOf(const ChangeSet &changes)
{
    Parts parts;
    // The evaluations name goals and milestones (scores, decisions), the
    // log names milestones and people.
    if (changes.touches(ChangeSet::Goals))
        parts |= Goals | Measurements | Evaluations | Dashboard;
    if (changes.touches(ChangeSet::Milestones))
        parts |= Milestones | Evaluations | ProgressLog | Contributions | ProgressAuthors | Dashboard;
    if (changes.touches(ChangeSet::Progress))
        parts |= ProgressLog | Contributions | ProgressAuthors | ProjectHours | Dashboard;
    if (changes.touches(ChangeSet::People))
        parts |= ProgressLog | Contributions | ProgressAuthors;
    if (changes.touches(ChangeSet::Evaluations))
        parts |= Evaluations | Dashboard;
    if (changes.touches(ChangeSet::Projects))
        parts |= Dashboard;
    return parts;
}

void PlanCache::setProjectId(const QUuid &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    m_filter = ProgressFilter{};
    m_filter.projectId = projectId;
    for (int i = 0; i < PartCount; ++i) {
        if (!(ProjectParts & Part(1 << i)))
            continue;
        m_reads[i]->reset(); // answers for the project shown before are dropped
        m_slots[i] = Slot{};
    }
    m_goals.clear();
    m_measurements.clear();
    m_current.clear();
    m_milestones.clear();
    m_evaluations.clear();
    m_progress.clear();
    m_contributions.clear();
    m_projectHours.clear();
    m_authors = {};
    Q_EMIT projectChanged();
    update();
}

void PlanCache::show(const QObject *viewer, Parts parts)
{
    if (!m_viewers.contains(viewer))
        connect(viewer, &QObject::destroyed, this, [this, viewer] { m_viewers.remove(viewer); });
    m_viewers.insert(viewer, parts);
    update();
}

void PlanCache::hide(const QObject *viewer)
{
    m_viewers.remove(viewer);
}

PlanCache::Parts PlanCache::shown() const
{
    Parts parts;
    for (const Parts p : m_viewers)
        parts |= p;
    return parts;
}

void PlanCache::refresh(Parts parts)
{
    markStale(parts);
    update();
}

void PlanCache::setProgressFilter(const ProgressFilter &filter)
{
    m_filter = filter;
    m_filter.projectId = m_projectId;
    refresh(ProgressLog | Contributions);
}

ProgressFilter PlanCache::progressFilter() const
{
    return m_filter;
}

bool PlanCache::isLoaded(Parts parts) const
{
    for (int i = 0; i < PartCount; ++i) {
        if ((parts & Part(1 << i)) && !m_slots[i].loaded)
            return false;
    }
    return true;
}

bool PlanCache::isPending(Parts parts) const
{
    for (int i = 0; i < PartCount; ++i) {
        if ((parts & Part(1 << i)) && m_slots[i].pending)
            return true;
    }
    return false;
}

const Goal *PlanCache::goal(const QUuid &id) const
{
    for (const auto &g : m_goals) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

QList<Measurement> PlanCache::measurementsOf(const QUuid &goalId) const
{
    QList<Measurement> out;
    for (const auto &m : m_current) {
        if (m.goalId == goalId)
            out.append(m);
    }
    return out;
}

QList<Measurement> PlanCache::measurementRecordsOf(const QUuid &goalId) const
{
    QList<Measurement> out;
    for (const auto &m : m_measurements) {
        if (m.goalId == goalId)
            out.append(m);
    }
    return out;
}

void PlanCache::onChanged(const ChangeSet &changes)
{
    markStale(partsOf(changes), changes.ids);
    update();
}

void PlanCache::markStale(Parts parts, const QList<QUuid> &ids)
{
    for (int i = 0; i < PartCount; ++i) {
        const Part part = Part(1 << i);
        if (!(parts & part))
            continue;
        Slot &s = m_slots[i];
        // Rows alone only into a whole answer that no read is about to
        // replace (a newer read supersedes the one waiting).
        const bool alone = !ids.isEmpty() && (RowParts & part) && s.loaded && !s.pending && !s.stale
            && s.staleIds.size() + ids.size() <= MaxRefreshIds;
        if (alone) {
            s.staleIds.unite(QSet<QUuid>(ids.cbegin(), ids.cend()));
        } else {
            s.stale = true;
            s.staleIds.clear();
        }
    }
}

void PlanCache::update()
{
    const Parts wanted = shown();
    for (int i = 0; i < PartCount; ++i) {
        const Part part = Part(1 << i);
        const Slot &s = m_slots[i];
        if (!(wanted & part) || (part != Dashboard && m_projectId.isNull()))
            continue;
        if (s.stale)
            load(part);
        else if (!s.staleIds.isEmpty())
            loadRows(part, s.staleIds.values());
    }
}

template<typename T, typename Apply>
void PlanCache::request(Part part, const QFuture<T> &future, Apply apply)
{
    Slot &s = slot(part);
    s.pending = true;
    s.stale = false;
    s.staleIds.clear();
    ++m_requests;
    // A newer read of the part (or another project) supersedes this one.
    m_reads[indexOf(part)]->start(future, [this, part, apply = std::move(apply)](const T &result) {
        Slot &s = slot(part);
        s.pending = false;
        if (!result.ok()) {
            s.stale = true; // read whole when next wanted: rows may be missing
            Q_EMIT failed(result.error().message);
            return;
        }
        apply(result.value());
        s.loaded = true;
        Q_EMIT changed(part);
    });
}

void PlanCache::loadRows(Part part, const QList<QUuid> &ids)
{
    const QUuid project = m_projectId;
    ++m_requestsByIds;
    switch (part) {
    case Goals:
        request(part, m_plan->goalsWithIds(project, ids),
                [this, ids](const QList<Goal> &v) { merge(m_goals, v, ids, goalBefore); });
        break;
    case Measurements:
        request(part, m_plan->measurementsWithIds(project, ids),
                [this, ids](const QList<Measurement> &v) {
                    merge(m_measurements, v, ids, measurementBefore);
                    m_current = currentMeasurements(m_measurements);
                });
        break;
    case Milestones:
        request(part, m_plan->milestonesWithIds(project, ids),
                [this, ids](const QList<Milestone> &v) { merge(m_milestones, v, ids, milestoneBefore); });
        break;
    default:
        --m_requestsByIds;
        load(part);
        break;
    }
}

void PlanCache::load(Part part)
{
    const QUuid project = m_projectId;
    switch (part) {
    case Goals:
        request(part, m_plan->goals(project), [this](const QList<Goal> &v) { m_goals = v; });
        break;
    case Measurements:
        request(part, m_plan->projectMeasurements(project), [this](const QList<Measurement> &v) {
            m_measurements = v;
            m_current = currentMeasurements(v);
        });
        break;
    case Milestones:
        request(part, m_plan->milestones(project), [this](const QList<Milestone> &v) { m_milestones = v; });
        break;
    case Evaluations:
        request(part, m_plan->evaluations(project), [this](const QList<Evaluation> &v) { m_evaluations = v; });
        break;
    case ProgressLog:
        request(part, m_plan->progress(m_filter), [this](const QList<ProgressEntry> &v) { m_progress = v; });
        break;
    case Contributions:
        request(part, m_plan->contributions(m_filter), [this](const QList<ContributionTotal> &v) { m_contributions = v; });
        break;
    case ProgressAuthors:
        request(part, m_plan->progressAuthors(project), [this](const Model::ProgressAuthors &v) { m_authors = v; });
        break;
    case ProjectHours: {
        ProgressFilter whole;
        whole.projectId = project;
        request(part, m_plan->contributions(whole), [this](const QList<ContributionTotal> &v) { m_projectHours = v; });
        break;
    }
    case Dashboard:
        request(part, m_plan->dashboard(QDate::currentDate()), [this](const Model::Dashboard &v) { m_dashboard = v; });
        break;
    }
}

} // namespace Model
