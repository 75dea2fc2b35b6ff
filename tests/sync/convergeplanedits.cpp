// RandomEdits: the plan (goals, milestones, evaluations), hours and comments.
#include "convergeedits.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Converge {

namespace {

const QStringList GoalTitles = {u"Duizend woningen van het gas"_s, u"Schone oevers"_s, u"Minder zoekverkeer"_s};
const QList<double> Targets = {100, 250, 1000};
const QStringList MilestoneTitles = {u"Warmtenet gegund"_s, u"Raadsbesluit"_s, u"Eerste schop"_s};
const QStringList Findings = {u"Op koers"_s, u"Vertraging bij de aanbesteding"_s, u"Meer deelnemers dan gedacht"_s};
const QStringList Lessons = {u"Vroeg beginnen"_s, u"Bewoners eerder betrekken"_s};
const QStringList Comments = {u"Mooi resultaat"_s, u"Let op de planning"_s, u"Eens"_s};
const QStringList Notes = {u"Overleg"_s, u"Schouw"_s, u"Rapportage"_s};
const QList<double> Hours = {1, 2.5, 4, 8};

} // namespace

RandomEdits::Edit RandomEdits::goal(Context &c)
{
    const auto goals = c.laptop->store().goals().goals(c.project);
    if (!goals.ok())
        return {Outcome::Skipped, u"goal"_s, {}};
    Goal g;
    if (!goals.value().isEmpty() && chance(60)) {
        g = pick(goals.value());
    } else {
        g.id = newId();
        g.projectId = c.project;
        g.title = pick(GoalTitles);
        g.baseline = 0;
    }
    switch (below(4)) {
    case 0:
        g.title = pick(GoalTitles);
        break;
    case 1:
        g.target = pick(Targets);
        break;
    case 2:
        g.due = chance(20) ? QDate() : day(12);
        break;
    default: {
        // The partners whose priority the goal serves.
        g.servesOrganisations.clear();
        for (const Participation &p : std::as_const(c.participations)) {
            if (p.isCurrent() && chance(50))
                g.servesOrganisations << p.organisationId;
        }
        break;
    }
    }
    return done(u"goal"_s, c.laptop->store().goals().saveGoal(g));
}

RandomEdits::Edit RandomEdits::goalRemoval(Context &c)
{
    const QList<QUuid> removed
        = idsOf(*c.laptop, u"SELECT id FROM goal WHERE project_id = ? AND deleted = 1 ORDER BY rowid"_s, c.project);
    const QList<QUuid> live
        = idsOf(*c.laptop, u"SELECT id FROM goal WHERE project_id = ? AND deleted = 0 ORDER BY rowid"_s, c.project);
    const bool restore = !removed.isEmpty() && (live.isEmpty() || chance(50));
    if (!restore && live.isEmpty())
        return {Outcome::Skipped, u"goal deleted"_s, {}};
    return done(restore ? u"goal restored"_s : u"goal deleted"_s,
                c.laptop->store().goals().setGoalDeleted(restore ? pick(removed) : pick(live), !restore));
}

RandomEdits::Edit RandomEdits::measurement(Context &c)
{
    const auto goals = c.laptop->store().goals().goals(c.project);
    if (!goals.ok() || goals.value().isEmpty())
        return {Outcome::Skipped, u"measurement"_s, {}};
    Measurement m;
    m.id = newId();
    m.projectId = c.project;
    m.goalId = pick(goals.value()).id;
    m.value = 10 * below(20);
    m.measuredOn = day(12);
    m.note = chance(50) ? pick(Notes) : QString();
    m.personId = c.laptop->person();
    return done(u"measurement"_s, c.laptop->store().goals().addMeasurement(m));
}

RandomEdits::Edit RandomEdits::milestone(Context &c)
{
    const auto milestones = c.laptop->store().milestones().milestones(c.project);
    if (!milestones.ok())
        return {Outcome::Skipped, u"milestone"_s, {}};
    Milestone m;
    if (!milestones.value().isEmpty() && chance(60)) {
        m = pick(milestones.value());
    } else {
        m.id = newId();
        m.projectId = c.project;
        m.title = pick(MilestoneTitles);
        m.due = day(12);
        m.ownerOrganisationId = m_region.dordrecht.id;
    }
    switch (below(5)) {
    case 0:
        m.title = pick(MilestoneTitles);
        break;
    case 1:
        m.due = day(12);
        break;
    case 2: {
        const QList<MilestoneStatus> all
            = {MilestoneStatus::Planned, MilestoneStatus::InProgress, MilestoneStatus::Done, MilestoneStatus::Missed};
        m.status = pick(all);
        m.completedOn = m.status == MilestoneStatus::Done ? day(12) : QDate();
        break;
    }
    case 3:
        if (!c.participations.isEmpty())
            m.ownerOrganisationId = pick(c.participations).organisationId;
        break;
    default: {
        const auto goals = c.laptop->store().goals().goals(c.project);
        m.goals.clear();
        for (const Goal &g : goals.ok() ? goals.value() : QList<Goal>()) {
            if (chance(50))
                m.goals << g.id;
        }
        break;
    }
    }
    return done(u"milestone"_s, c.laptop->store().milestones().saveMilestone(m));
}

RandomEdits::Edit RandomEdits::milestoneRemoval(Context &c)
{
    const QList<QUuid> removed =
        idsOf(*c.laptop, u"SELECT id FROM milestone WHERE project_id = ? AND deleted = 1 ORDER BY rowid"_s, c.project);
    const QList<QUuid> live =
        idsOf(*c.laptop, u"SELECT id FROM milestone WHERE project_id = ? AND deleted = 0 ORDER BY rowid"_s, c.project);
    const bool restore = !removed.isEmpty() && (live.isEmpty() || chance(50));
    if (!restore && live.isEmpty())
        return {Outcome::Skipped, u"milestone deleted"_s, {}};
    return done(restore ? u"milestone restored"_s : u"milestone deleted"_s,
                c.laptop->store().milestones().setMilestoneDeleted(restore ? pick(removed) : pick(live), !restore));
}

RandomEdits::Edit RandomEdits::planEvaluation(Context &c)
{
    const auto evaluations = c.laptop->store().evaluations().evaluations(c.project);
    if (!evaluations.ok())
        return {Outcome::Skipped, u"evaluation planned"_s, {}};
    QList<Evaluation> planned;
    for (const Evaluation &e : evaluations.value()) {
        if (!e.isHeld())
            planned << e;
    }
    Evaluation e;
    if (!planned.isEmpty() && chance(50)) {
        e = pick(planned); // moved to another date
    } else {
        e.id = newId();
        e.projectId = c.project;
        e.kind = chance(20) ? EvaluationKind::Closing : EvaluationKind::Interim;
    }
    e.plannedOn = QDate(2026, 6, 1).addMonths(3 * below(4));
    return done(u"evaluation planned"_s, c.laptop->store().evaluations().savePlannedEvaluation(e));
}

RandomEdits::Edit RandomEdits::holdEvaluation(Context &c)
{
    const auto evaluations = c.laptop->store().evaluations().evaluations(c.project);
    if (!evaluations.ok() || evaluations.value().isEmpty())
        return {Outcome::Skipped, u"evaluation held"_s, {}};
    // Holding a planned evaluation, or holding one again with a decision.
    Evaluation e = pick(evaluations.value());
    const bool again = e.isHeld();
    if (!again) {
        e.heldOn = e.plannedOn;
        e.findings = pick(Findings);
        e.lessons = e.kind == EvaluationKind::Closing || chance(50) ? pick(Lessons) : QString();
    } else if (chance(50)) {
        e.findings = pick(Findings);
    }
    const auto goals = c.laptop->store().goals().goals(c.project);
    e.scores.clear();
    for (const Goal &g : goals.ok() ? goals.value() : QList<Goal>()) {
        if (!chance(60))
            continue;
        const QList<GoalHealth> health = {GoalHealth::OnTrack, GoalHealth::AtRisk, GoalHealth::OffTrack};
        e.scores << EvaluationScore{newId(), g.id, pick(health), chance(50) ? pick(Notes) : QString(), {}};
    }
    e.decisions.clear();
    if (again || chance(40)) {
        Decision d;
        d.id = newId();
        d.projectId = c.project;
        d.evaluationId = e.id;
        d.text = u"Bijsturen"_s;
        d.reason = pick(Findings);
        const auto milestones = c.laptop->store().milestones().milestones(c.project);
        if (goals.ok() && !goals.value().isEmpty() && chance(40)) {
            d.subject = Decision::Subject::GoalTarget;
            d.subjectId = pick(goals.value()).id;
            d.after = QString::number(pick(Targets));
        } else if (milestones.ok() && !milestones.value().isEmpty() && chance(50)) {
            d.subject = Decision::Subject::MilestoneDue;
            d.subjectId = pick(milestones.value()).id;
            d.after = day(12).toString(Qt::ISODate);
        }
        e.decisions << d;
    }
    return done(again ? u"decision"_s : u"evaluation held"_s, c.laptop->store().evaluations().holdEvaluation(e));
}

RandomEdits::Edit RandomEdits::evaluationRemoval(Context &c)
{
    const QList<QUuid> removed =
        idsOf(*c.laptop, u"SELECT id FROM evaluation WHERE project_id = ? AND deleted = 1 ORDER BY rowid"_s, c.project);
    const QList<QUuid> planned = idsOf(
        *c.laptop,
        u"SELECT id FROM evaluation WHERE project_id = ? AND deleted = 0 AND status = 'planned' ORDER BY rowid"_s,
        c.project);
    const bool restore = !removed.isEmpty() && (planned.isEmpty() || chance(50));
    if (!restore && planned.isEmpty())
        return {Outcome::Skipped, u"evaluation deleted"_s, {}};
    return done(restore ? u"evaluation restored"_s : u"evaluation deleted"_s,
                c.laptop->store().evaluations().setEvaluationDeleted(restore ? pick(removed) : pick(planned), !restore));
}

RandomEdits::Edit RandomEdits::comment(Context &c)
{
    const QList<QUuid> evaluations =
        idsOf(*c.laptop, u"SELECT id FROM evaluation WHERE project_id = ? AND deleted = 0 ORDER BY rowid"_s, c.project);
    if (evaluations.isEmpty())
        return {Outcome::Skipped, u"evaluation comment"_s, {}};
    EvaluationComment comment;
    comment.id = newId();
    comment.evaluationId = pick(evaluations);
    comment.personId = c.laptop->person();
    comment.comment = pick(Comments);
    return done(u"evaluation comment"_s, c.laptop->store().evaluations().addEvaluationComment(comment));
}

RandomEdits::Edit RandomEdits::progress(Context &c)
{
    ProgressEntry e;
    e.id = newId();
    e.projectId = c.project;
    e.date = day(12);
    e.personId = c.laptop->person();
    e.organisationId = c.laptop->organisation();
    e.hours = pick(Hours);
    e.note = pick(Notes);
    // Now and then a correction of an earlier entry, or work on a milestone.
    const QList<QUuid> earlier = idsOf(
        *c.laptop, u"SELECT id FROM progress_entry WHERE project_id = ? AND deleted = 0 ORDER BY rowid"_s, c.project);
    if (!earlier.isEmpty() && chance(15)) {
        e.correctsId = pick(earlier);
        e.hours = -1;
    }
    const QList<QUuid> milestones =
        idsOf(*c.laptop, u"SELECT id FROM milestone WHERE project_id = ? AND deleted = 0 ORDER BY rowid"_s, c.project);
    if (!milestones.isEmpty() && chance(30)) {
        e.milestoneId = pick(milestones);
        e.percent = 25 * (1 + below(4));
    }
    return done(u"progress"_s, c.laptop->store().progress().addProgress(e));
}

} // namespace Converge
