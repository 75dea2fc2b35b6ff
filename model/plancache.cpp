#include "plancache.h"

#include "async.h"
#include "repository.h"

#include <bit>

namespace Model {

namespace {

constexpr PlanCache::Parts ProjectParts = PlanCache::Goals | PlanCache::Measurements | PlanCache::Milestones
    | PlanCache::Evaluations | PlanCache::ProgressLog | PlanCache::Contributions | PlanCache::ProgressAuthors
    | PlanCache::ProjectHours;

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
        m_slots[i] = Slot{false, false, true};
    }
    m_goals.clear();
    m_measurements.clear();
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
    for (const auto &m : m_measurements) {
        if (m.goalId == goalId)
            out.append(m);
    }
    return out;
}

void PlanCache::onChanged(const ChangeSet &changes)
{
    markStale(partsOf(changes));
    update();
}

void PlanCache::markStale(Parts parts)
{
    for (int i = 0; i < PartCount; ++i) {
        if (parts & Part(1 << i))
            m_slots[i].stale = true;
    }
}

void PlanCache::update()
{
    const Parts wanted = shown();
    for (int i = 0; i < PartCount; ++i) {
        const Part part = Part(1 << i);
        if ((wanted & part) && m_slots[i].stale && (part == Dashboard || !m_projectId.isNull()))
            load(part);
    }
}

template<typename T, typename Apply>
void PlanCache::request(Part part, const QFuture<T> &future, Apply apply)
{
    Slot &s = slot(part);
    s.pending = true;
    s.stale = false;
    ++m_requests;
    // A newer read of the part (or another project) supersedes this one.
    m_reads[indexOf(part)]->start(future, [this, part, apply = std::move(apply)](const T &result) {
        Slot &s = slot(part);
        s.pending = false;
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        apply(result.value());
        s.loaded = true;
        Q_EMIT changed(part);
    });
}

void PlanCache::load(Part part)
{
    const QUuid project = m_projectId;
    switch (part) {
    case Goals:
        request(part, m_plan->goals(project), [this](const QList<Goal> &v) { m_goals = v; });
        break;
    case Measurements:
        request(part, m_plan->projectMeasurements(project), [this](const QList<Measurement> &v) { m_measurements = v; });
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
