#include "convergeedits.h"

#include <QSqlQuery>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Converge {

namespace {

const QStringList Slogans = {u"Droge voeten"_s, u"Samen sterk"_s, u"Schoon water"_s, QString()};
const QStringList Ambitions = {u"Klimaatneutraal in 2030"_s, u"De schoonste rivier"_s, u"Iedereen doet mee"_s};
const QStringList Purposes = {u"Samen sterker"_s, u"Minder zoekverkeer"_s, u"Een gezonde regio"_s};
const QStringList Urgencies = {u"De subsidie loopt af"_s, u"Het water stijgt"_s, u"De raad wil het"_s};
const QStringList Brings = {u"Een projectleider"_s, u"Twee ambtenaren"_s, u"Subsidie"_s, QString()};
const QStringList Gets = {u"Kennis"_s, u"Een schone oever"_s, u"Minder overlast"_s};
const QStringList Priorities = {u"Groen"_s, u"Wonen"_s, u"Mobiliteit"_s};
const QStringList Mandates = {u"Wethouder"_s, u"Directeur"_s, QString()};
const QStringList Functions = {u"Projectleider"_s, u"Beleidsadviseur"_s, u"Wethouder"_s};

} // namespace

RandomEdits::RandomEdits(QRandomGenerator &rng, const Region &region)
    : m_rng(rng)
    , m_region(region)
{
}

QDate RandomEdits::day(int spread)
{
    return QDate(2026, 3, 1).addDays(7 * below(spread));
}

QUuid RandomEdits::newId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    m_rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QList<QUuid> RandomEdits::idsOf(Laptop &laptop, const QString &sql, const QUuid &project)
{
    QSqlQuery q(laptop.store().database());
    q.prepare(sql);
    q.addBindValue(project.toString(QUuid::WithoutBraces));
    QList<QUuid> ids;
    if (q.exec()) {
        while (q.next())
            ids << QUuid::fromString(q.value(0).toString());
    }
    return ids;
}

RandomEdits::Context RandomEdits::context(Laptop &laptop, const QUuid &project)
{
    Context c;
    c.laptop = &laptop;
    c.project = project;
    const auto me = laptop.store().organisations().identity();
    if (me.ok())
        c.me = me.value();
    if (!project.isNull()) {
        const auto parts = laptop.store().participations().participations(project);
        if (parts.ok())
            c.participations = parts.value();
    }
    c.rights = projectRights(c.participations, c.me);
    return c;
}

bool RandomEdits::allowed(const Context &c, Needs needs) const
{
    switch (needs) {
    case Needs::Nothing:
        return true;
    case Needs::Project:
    case Needs::Plan:
        return !c.project.isNull() && c.rights.editPlan;
    case Needs::Log:
        return !c.project.isNull() && c.rights.log;
    case Needs::Comment:
        return !c.project.isNull() && c.rights.comment;
    case Needs::Partner:
        return !c.project.isNull() && c.rights.log; // a lead or member of a taking-part organisation
    }
    return false;
}

RandomEdits::Edit RandomEdits::edit(Laptop &laptop)
{
    struct Choice {
        int weight;
        Needs needs;
        Operation operation;
    };
    static const QList<Choice> choices = {
        {12, Needs::Project, &RandomEdits::projectField},
        {2, Needs::Project, &RandomEdits::projectStatus},
        {1, Needs::Project, &RandomEdits::projectRemoval},
        {8, Needs::Partner, &RandomEdits::ownParticipation},
        {5, Needs::Project, &RandomEdits::participationField},
        {3, Needs::Project, &RandomEdits::join},
        {2, Needs::Project, &RandomEdits::leave},
        {2, Needs::Project, &RandomEdits::participationRemoval},
        {3, Needs::Project, &RandomEdits::handOverEdit},
        {2, Needs::Nothing, &RandomEdits::ownPerson},
        {2, Needs::Nothing, &RandomEdits::resolveConflict},
        {8, Needs::Plan, &RandomEdits::goal},
        {2, Needs::Plan, &RandomEdits::goalRemoval},
        {5, Needs::Log, &RandomEdits::measurement},
        {6, Needs::Plan, &RandomEdits::milestone},
        {2, Needs::Plan, &RandomEdits::milestoneRemoval},
        {4, Needs::Plan, &RandomEdits::planEvaluation},
        {4, Needs::Plan, &RandomEdits::holdEvaluation},
        {2, Needs::Plan, &RandomEdits::evaluationRemoval},
        {4, Needs::Comment, &RandomEdits::comment},
        {7, Needs::Log, &RandomEdits::progress},
    };
    static const int total = [] {
        int sum = 0;
        for (const Choice &c : choices)
            sum += c.weight;
        return sum;
    }();

    // Deleted projects too: the regie may bring one back.
    QList<QUuid> projects;
    QSqlQuery q(laptop.store().database());
    if (q.exec(u"SELECT id FROM project ORDER BY rowid"_s)) {
        while (q.next())
            projects << QUuid::fromString(q.value(0).toString());
    }
    // Mostly what the window offers; now and then what a window that has
    // not heard of the latest changes still offered.
    const bool obey = chance(92);
    for (int attempt = 0; attempt < 12; ++attempt) {
        Context c = context(laptop, projects.isEmpty() ? QUuid() : pick(projects));
        int roll = below(total);
        const Choice *choice = &choices.constFirst();
        for (const Choice &candidate : choices) {
            if (roll < candidate.weight) {
                choice = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        if (c.project.isNull() && choice->needs != Needs::Nothing)
            continue;
        if (obey && !allowed(c, choice->needs))
            continue;
        Edit e = (this->*(choice->operation))(c);
        if (e.outcome != Outcome::Skipped)
            return e;
    }
    return {Outcome::Skipped, u"nothing"_s, {}};
}

RandomEdits::Edit RandomEdits::projectField(Context &c)
{
    auto p = c.laptop->store().projects().project(c.project);
    if (!p.ok())
        return {Outcome::Skipped, u"project"_s, {}};
    Project changed = p.value();
    QString what;
    switch (below(7)) {
    case 0:
        changed.slogan = pick(Slogans);
        what = u"project.slogan"_s;
        break;
    case 1:
        changed.ambition = pick(Ambitions);
        what = u"project.ambition"_s;
        break;
    case 2:
        changed.purpose = pick(Purposes);
        what = u"project.purpose"_s;
        break;
    case 3:
        changed.urgency = pick(Urgencies);
        what = u"project.urgency"_s;
        break;
    case 4:
        changed.end = chance(25) ? QDate() : QDate(2027, 1 + below(3) * 4, 1);
        what = u"project.end_date"_s;
        break;
    case 5:
        changed.logo = QByteArray("\x89PNG\r\n\x1a\n", 8).append(char('a' + below(3)));
        if (chance(30))
            changed.logo.clear();
        what = u"project.logo"_s;
        break;
    default:
        changed.name = changed.name.section(u" ("_s, 0, 0) + (chance(50) ? QString() : u" (%1)"_s.arg(1 + below(2)));
        what = u"project.name"_s;
        break;
    }
    return done(what, c.laptop->store().projects().updateProject(changed));
}

RandomEdits::Edit RandomEdits::projectStatus(Context &c)
{
    auto p = c.laptop->store().projects().project(c.project);
    if (!p.ok())
        return {Outcome::Skipped, u"project.status"_s, {}};
    Project changed = p.value();
    // Completing needs a held closing evaluation (the store checks);
    // reopening brings a closed project back to work.
    const QList<ProjectStatus> next = {ProjectStatus::Active, ProjectStatus::Idea, ProjectStatus::Completed};
    changed.status = pick(next);
    return done(u"project.status"_s, c.laptop->store().projects().updateProject(changed));
}

RandomEdits::Edit RandomEdits::projectRemoval(Context &c)
{
    const bool deleted = c.laptop->count(u"SELECT count(*) FROM project WHERE deleted = 1 AND id = '%1'"_s.arg(
                             c.project.toString(QUuid::WithoutBraces)))
        > 0;
    // Deleting a project stops most work on it: rare, and mostly undone.
    if (!deleted && !chance(40))
        return {Outcome::Skipped, u"project.deleted"_s, {}};
    return done(deleted ? u"project restored"_s : u"project deleted"_s,
                c.laptop->store().projects().setProjectDeleted(c.project, !deleted));
}

RandomEdits::Edit RandomEdits::ownParticipation(Context &c)
{
    // A partner keeps its own part up to date: what it brings and gets.
    for (Participation p : std::as_const(c.participations)) {
        if (p.organisationId != c.me.organisationId || !p.isCurrent())
            continue;
        QString what;
        switch (below(4)) {
        case 0:
            p.brings = pick(Brings);
            what = u"participation.brings"_s;
            break;
        case 1:
            p.gets = pick(Gets);
            what = u"participation.gets"_s;
            break;
        case 2:
            p.priorities = pick(Priorities);
            what = u"participation.priorities"_s;
            break;
        default:
            p.mandate = pick(Mandates);
            what = u"participation.mandate"_s;
            break;
        }
        return done(what + u" (own)"_s, c.laptop->store().participations().saveParticipation(p));
    }
    return {Outcome::Skipped, u"participation (own)"_s, {}};
}

RandomEdits::Edit RandomEdits::participationField(Context &c)
{
    if (c.participations.isEmpty())
        return {Outcome::Skipped, u"participation"_s, {}};
    Participation p = pick(c.participations);
    if (chance(50))
        p.brings = pick(Brings);
    else
        p.gets = pick(Gets);
    return done(u"participation.brings/gets"_s, c.laptop->store().participations().saveParticipation(p));
}

RandomEdits::Edit RandomEdits::join(Context &c)
{
    QList<Organisation> outside;
    for (const Organisation &o : m_region.all()) {
        const bool inside
            = std::any_of(c.participations.cbegin(), c.participations.cend(), [&](const Participation &p) {
                  return p.organisationId == o.id && p.isCurrent();
              });
        if (!inside)
            outside << o;
    }
    if (outside.isEmpty())
        return {Outcome::Skipped, u"join"_s, {}};
    const Organisation o = pick(outside);
    // Back in: the regie re-admits an ended row, or a new row starts.
    for (Participation p : std::as_const(c.participations)) {
        if (p.organisationId == o.id && !p.isCurrent() && chance(50)) {
            p.left = QDate();
            return done(u"participation re-admitted"_s, c.laptop->store().participations().saveParticipation(p));
        }
    }
    Participation p;
    p.id = newId();
    p.projectId = c.project;
    p.organisationId = o.id;
    p.role = ParticipationRole::Partner;
    p.joined = day();
    p.brings = pick(Brings);
    return done(u"participation joined"_s, c.laptop->store().participations().saveParticipation(p));
}

RandomEdits::Edit RandomEdits::leave(Context &c)
{
    QList<Participation> partners;
    for (const Participation &p : std::as_const(c.participations)) {
        if (p.isCurrent() && p.role != ParticipationRole::Lead)
            partners << p;
    }
    if (partners.isEmpty())
        return {Outcome::Skipped, u"leave"_s, {}};
    Participation p = pick(partners);
    p.left = std::max(p.joined, day(8));
    return done(u"participation left"_s, c.laptop->store().participations().saveParticipation(p));
}

RandomEdits::Edit RandomEdits::participationRemoval(Context &c)
{
    const QList<QUuid> removed = idsOf(
        *c.laptop, u"SELECT id FROM participation WHERE project_id = ? AND deleted = 1 ORDER BY rowid"_s, c.project);
    if (!removed.isEmpty() && chance(50))
        return done(u"participation restored"_s, c.laptop->store().participations().setParticipationDeleted(pick(removed), false));
    QList<Participation> partners;
    for (const Participation &p : std::as_const(c.participations)) {
        if (p.role != ParticipationRole::Lead || !p.isCurrent())
            partners << p;
    }
    if (partners.isEmpty())
        return {Outcome::Skipped, u"participation deleted"_s, {}};
    return done(u"participation deleted"_s, c.laptop->store().participations().setParticipationDeleted(pick(partners).id, true));
}

RandomEdits::Edit RandomEdits::handOverEdit(Context &c)
{
    return handOver(*c.laptop, c.project);
}

RandomEdits::Edit RandomEdits::handOver(Laptop &laptop, const QUuid &project, const QUuid &avoid)
{
    const Context c = context(laptop, project);
    const Participation *lead = nullptr;
    QList<const Participation *> partners;
    for (const Participation &p : c.participations) {
        if (!p.isCurrent())
            continue;
        if (p.role == ParticipationRole::Lead)
            lead = &p;
        else if (p.organisationId != avoid)
            partners << &p;
    }
    if (!lead || partners.isEmpty())
        return {Outcome::Skipped, u"hand-over"_s, {}};
    const Participation *to = pick(partners);
    LeadHandOver h;
    h.projectId = project;
    h.fromOrganisation = lead->organisationId;
    h.toOrganisation = to->organisationId;
    h.previousRoleOfNewLead = to->role;
    h.openedTermId = newId();
    h.date = QDate::currentDate();
    return done(u"hand-over"_s, laptop.store().participations().handOverLead(h));
}

RandomEdits::Edit RandomEdits::removeOnBoth(Laptop &a, Laptop &b, const QUuid &project)
{
    struct Kind {
        QString table;
        QString live;
    };
    const QList<Kind> kinds = {{u"goal"_s, u"deleted = 0"_s},
                               {u"milestone"_s, u"deleted = 0"_s},
                               {u"evaluation"_s, u"deleted = 0 AND status = 'planned'"_s},
                               {u"participation"_s, u"deleted = 0 AND role <> 'lead'"_s}};
    // The first kind, from a random one on, that both laptops hold a row of.
    const int start = below(int(kinds.size()));
    Kind kind;
    QList<QUuid> both;
    for (int i = 0; i < kinds.size() && both.isEmpty(); ++i) {
        kind = kinds.at((start + i) % kinds.size());
        const QString sql
            = u"SELECT id FROM %1 WHERE project_id = ? AND %2 ORDER BY rowid"_s.arg(kind.table, kind.live);
        const QList<QUuid> onA = idsOf(a, sql, project);
        for (const QUuid &id : idsOf(b, sql, project)) {
            if (onA.contains(id))
                both << id;
        }
    }
    if (both.isEmpty())
        return {Outcome::Skipped, u"deleted twice"_s, {}};
    const QUuid id = pick(both);
    auto remove = [&](Laptop &l) -> Model::Status {
        if (kind.table == u"goal"_s)
            return l.store().goals().setGoalDeleted(id, true);
        if (kind.table == u"milestone"_s)
            return l.store().milestones().setMilestoneDeleted(id, true);
        if (kind.table == u"evaluation"_s)
            return l.store().evaluations().setEvaluationDeleted(id, true);
        return l.store().participations().setParticipationDeleted(id, true);
    };
    const Model::Status first = remove(a);
    if (!first.ok())
        return done(kind.table + u" deleted twice"_s, first);
    return done(kind.table + u" deleted twice"_s, remove(b));
}

RandomEdits::Edit RandomEdits::rivalEdits(Laptop &a, Laptop &b, const QUuid &project)
{
    auto onA = a.store().projects().project(project);
    auto onB = b.store().projects().project(project);
    if (!onA.ok() || !onB.ok())
        return {Outcome::Skipped, u"rival edits"_s, {}};
    Project first = onA.value();
    Project second = onB.value();
    const int k = below(Slogans.size() - 1);
    switch (below(3)) {
    case 0:
        first.slogan = Slogans.at(k);
        second.slogan = Slogans.at(k + 1);
        break;
    case 1:
        first.ambition = Ambitions.at(k % Ambitions.size());
        second.ambition = Ambitions.at((k + 1) % Ambitions.size());
        break;
    default:
        first.urgency = Urgencies.at(k % Urgencies.size());
        second.urgency = Urgencies.at((k + 1) % Urgencies.size());
        break;
    }
    const auto written = a.store().projects().updateProject(first);
    if (!written.ok())
        return done(u"rival edits"_s, written);
    return done(u"rival edits"_s, b.store().projects().updateProject(second));
}

RandomEdits::Edit RandomEdits::ownPerson(Context &c)
{
    const auto people = c.laptop->store().organisations().people(c.laptop->organisation());
    if (!people.ok())
        return {Outcome::Skipped, u"person"_s, {}};
    for (Person p : people.value()) {
        if (p.id != c.laptop->person())
            continue;
        if (chance(50))
            p.function = pick(Functions);
        else
            p.email
                = chance(30) ? QString() : p.name.toLower() + u"@%1.nl"_s.arg(below(2) ? u"regio"_s : u"gemeente"_s);
        return done(u"person"_s, c.laptop->store().organisations().savePerson(p));
    }
    return {Outcome::Skipped, u"person"_s, {}};
}

RandomEdits::Edit RandomEdits::resolveConflict(Context &c)
{
    const auto open = c.laptop->store().ledger().conflicts();
    if (!open.ok() || open.value().isEmpty())
        return {Outcome::Skipped, u"conflict resolved"_s, {}};
    const SyncConflict conflict = pick(open.value());
    const Resolution how = chance(50) ? Resolution::Mine : Resolution::Theirs;
    return done(how == Resolution::Mine ? u"conflict resolved (mine)"_s : u"conflict resolved (theirs)"_s,
                c.laptop->store().ledger().resolveConflict(conflict.id, how, {}));
}

} // namespace Converge
