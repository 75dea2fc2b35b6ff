#include "rowreaders.h"

#include "model/synctables.h"
#include "model/text.h"
#include "sqlsupport.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store::Rows {

namespace {

QUuid uuid(const QSqlQuery &q, int at)
{
    return QUuid::fromString(q.value(at).toString());
}

// "SELECT <every column of table> <joined>" FROM ...: the start of a statement.
QString select(const char *table, const char *alias, const char *joined = nullptr)
{
    QString sql = QStringLiteral("SELECT ") + selectList(QLatin1String(table), QLatin1String(alias));
    if (joined)
        sql += QStringLiteral(", ") + QLatin1String(joined);
    return sql;
}

} // namespace

QString selectList(const QString &table, const QString &alias)
{
    const SyncSchema::Table *described = SyncSchema::table(table);
    Q_ASSERT_X(described, "Rows::selectList", "not a described table");
    QStringList columns;
    for (const SyncSchema::LocalColumn &c : SyncSchema::localColumns(*described))
        columns << (alias.isEmpty() ? c.name : QStringLiteral("%1.%2 AS %2").arg(alias, c.name));
    return columns.join(QStringLiteral(", "));
}

int column(const QSqlRecord &record, const QString &name)
{
    const int at = record.indexOf(name);
    if (at < 0)
        qCWarning(lcStore) << "a reader asks for a column its query lacks:" << name;
    Q_ASSERT_X(at >= 0, "Rows::column", "the query lacks a column its reader reads");
    return at;
}

Reader<SyncMeta> metaReader(const QSqlRecord &r)
{
    const int created = column(r, "created_at"_L1), updated = column(r, "updated_at"_L1),
              changedBy = column(r, "changed_by"_L1), deleted = column(r, "deleted"_L1),
              version = column(r, "version"_L1);
    return [=](const QSqlQuery &q) {
        SyncMeta m;
        m.createdAt = toDateTime(q.value(created));
        m.updatedAt = toDateTime(q.value(updated));
        m.changedBy = uuid(q, changedBy);
        m.deleted = q.value(deleted).toBool();
        m.version = q.value(version).toLongLong();
        return m;
    };
}

const QString &projectSelect()
{
    static const QString sql = select("project", "") + QStringLiteral(" FROM project");
    return sql;
}

Reader<Project> projectReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), name = column(r, "name"_L1), slogan = column(r, "slogan"_L1),
              ambition = column(r, "ambition"_L1), purpose = column(r, "purpose"_L1),
              urgency = column(r, "urgency"_L1), logo = column(r, "logo"_L1), status = column(r, "status"_L1),
              start = column(r, "start_date"_L1), end = column(r, "end_date"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Project p;
        p.id = uuid(q, id);
        p.name = q.value(name).toString();
        p.slogan = q.value(slogan).toString();
        p.ambition = q.value(ambition).toString();
        p.purpose = q.value(purpose).toString();
        p.urgency = q.value(urgency).toString();
        p.logo = q.value(logo).toByteArray();
        p.status = projectStatusFromKey(q.value(status).toString());
        p.start = toDate(q.value(start));
        p.end = toDate(q.value(end));
        p.meta = meta(q);
        return p;
    };
}

const QString &participationSelect()
{
    static const QString sql = select("participation", "p", "o.name AS organisation_name")
        + QStringLiteral(" FROM participation p JOIN organisation o ON o.id = p.organisation_id");
    return sql;
}

Reader<Participation> participationReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1),
              organisation = column(r, "organisation_id"_L1), organisationName = column(r, "organisation_name"_L1),
              role = column(r, "role"_L1), brings = column(r, "brings"_L1), gets = column(r, "gets"_L1),
              priorities = column(r, "priorities"_L1), mandate = column(r, "mandate"_L1),
              joined = column(r, "joined_on"_L1), left = column(r, "left_on"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Participation p;
        p.id = uuid(q, id);
        p.projectId = uuid(q, project);
        p.organisationId = uuid(q, organisation);
        p.organisationName = q.value(organisationName).toString();
        p.role = participationRoleFromKey(q.value(role).toString());
        p.brings = q.value(brings).toString();
        p.gets = q.value(gets).toString();
        p.priorities = q.value(priorities).toString();
        p.mandate = q.value(mandate).toString();
        p.joined = toDate(q.value(joined));
        p.left = toDate(q.value(left));
        p.meta = meta(q);
        return p;
    };
}

const QString &organisationSelect()
{
    static const QString sql = select("organisation", "") + QStringLiteral(" FROM organisation");
    return sql;
}

Reader<Organisation> organisationReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), name = column(r, "name"_L1), kind = column(r, "kind"_L1),
              municipality = column(r, "municipality_code"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Organisation o;
        o.id = uuid(q, id);
        o.name = q.value(name).toString();
        o.kind = organisationKindFromKey(q.value(kind).toString());
        o.municipalityCode = q.value(municipality).toString();
        o.meta = meta(q);
        return o;
    };
}

const QString &personSelect()
{
    static const QString sql = select("person", "") + QStringLiteral(" FROM person");
    return sql;
}

Reader<Person> personReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), organisation = column(r, "organisation_id"_L1), name = column(r, "name"_L1),
              email = column(r, "email"_L1), function = column(r, "function"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Person p;
        p.id = uuid(q, id);
        p.organisationId = uuid(q, organisation);
        p.name = q.value(name).toString();
        p.email = q.value(email).toString();
        p.function = q.value(function).toString();
        p.meta = meta(q);
        return p;
    };
}

const QString &leadTermSelect()
{
    static const QString sql = select("lead_term", "t", "o.name AS organisation_name")
        + QStringLiteral(" FROM lead_term t JOIN organisation o ON o.id = t.organisation_id");
    return sql;
}

Reader<LeadTerm> leadTermReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1),
              organisation = column(r, "organisation_id"_L1), organisationName = column(r, "organisation_name"_L1),
              from = column(r, "from_date"_L1), until = column(r, "until_date"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        LeadTerm t;
        t.id = uuid(q, id);
        t.projectId = uuid(q, project);
        t.organisationId = uuid(q, organisation);
        t.organisationName = q.value(organisationName).toString();
        t.from = toDate(q.value(from));
        t.until = toDate(q.value(until));
        t.meta = meta(q);
        return t;
    };
}

const QString &goalSelect()
{
    static const QString sql = select("goal", "g") + QStringLiteral(" FROM goal g");
    return sql;
}

Reader<Goal> goalReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1), title = column(r, "title"_L1),
              description = column(r, "description"_L1), indicator = column(r, "indicator"_L1),
              unit = column(r, "unit"_L1), baseline = column(r, "baseline"_L1), target = column(r, "target"_L1),
              due = column(r, "due_date"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Goal g;
        g.id = uuid(q, id);
        g.projectId = uuid(q, project);
        g.title = q.value(title).toString();
        g.description = q.value(description).toString();
        g.indicator = q.value(indicator).toString();
        g.unit = q.value(unit).toString();
        g.baseline = toNumber(q.value(baseline));
        g.target = toNumber(q.value(target));
        g.due = toDate(q.value(due));
        g.meta = meta(q);
        return g;
    };
}

const QString &measurementSelect()
{
    static const QString sql = select("measurement", "m", "coalesce(p.name, '') AS person_name")
        + QStringLiteral(" FROM measurement m LEFT JOIN person p ON p.id = m.person_id");
    return sql;
}

Reader<Measurement> measurementReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1), goal = column(r, "goal_id"_L1),
              value = column(r, "value"_L1), measuredOn = column(r, "measured_on"_L1), note = column(r, "note"_L1),
              person = column(r, "person_id"_L1), personName = column(r, "person_name"_L1),
              corrects = column(r, "corrects_id"_L1), withdrawn = column(r, "withdrawn"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Measurement m;
        m.id = uuid(q, id);
        m.projectId = uuid(q, project);
        m.goalId = uuid(q, goal);
        m.value = q.value(value).toDouble();
        m.measuredOn = toDate(q.value(measuredOn));
        m.note = q.value(note).toString();
        m.personId = uuid(q, person);
        m.personName = q.value(personName).toString();
        m.correctsId = uuid(q, corrects);
        m.withdrawn = q.value(withdrawn).toBool();
        m.meta = meta(q);
        return m;
    };
}

const QString &milestoneSelect()
{
    static const QString sql = select("milestone", "m", "coalesce(o.name, '') AS owner_organisation_name")
        + QStringLiteral(" FROM milestone m LEFT JOIN organisation o ON o.id = m.owner_organisation_id");
    return sql;
}

Reader<Milestone> milestoneReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1), title = column(r, "title"_L1),
              description = column(r, "description"_L1), due = column(r, "due_date"_L1),
              owner = column(r, "owner_organisation_id"_L1), ownerName = column(r, "owner_organisation_name"_L1),
              ownerPerson = column(r, "owner_person_id"_L1), status = column(r, "status"_L1),
              completedOn = column(r, "completed_on"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Milestone m;
        m.id = uuid(q, id);
        m.projectId = uuid(q, project);
        m.title = q.value(title).toString();
        m.description = q.value(description).toString();
        m.due = toDate(q.value(due));
        m.ownerOrganisationId = uuid(q, owner);
        m.ownerOrganisationName = q.value(ownerName).toString();
        m.ownerPersonId = uuid(q, ownerPerson);
        m.status = milestoneStatusFromKey(q.value(status).toString());
        m.completedOn = toDate(q.value(completedOn));
        m.meta = meta(q);
        return m;
    };
}

const QString &progressSelect()
{
    static const QString sql = select("progress_entry", "e",
                                      "coalesce(p.name, '') AS person_name, o.name AS organisation_name, "
                                      "coalesce(m.title, '') AS milestone_title")
        + QStringLiteral(" FROM progress_entry e JOIN organisation o ON o.id = e.organisation_id "
                         "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN milestone m ON m.id = e.milestone_id");
    return sql;
}

Reader<ProgressEntry> progressReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1), date = column(r, "entry_date"_L1),
              person = column(r, "person_id"_L1), personName = column(r, "person_name"_L1),
              organisation = column(r, "organisation_id"_L1), organisationName = column(r, "organisation_name"_L1),
              hours = column(r, "hours"_L1), note = column(r, "note"_L1), milestone = column(r, "milestone_id"_L1),
              milestoneTitle = column(r, "milestone_title"_L1), percent = column(r, "percent"_L1),
              corrects = column(r, "corrects_id"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        ProgressEntry e;
        e.id = uuid(q, id);
        e.projectId = uuid(q, project);
        e.date = toDate(q.value(date));
        e.personId = uuid(q, person);
        e.personName = q.value(personName).toString();
        e.organisationId = uuid(q, organisation);
        e.organisationName = q.value(organisationName).toString();
        e.hours = toNumber(q.value(hours));
        e.note = q.value(note).toString();
        e.milestoneId = uuid(q, milestone);
        e.milestoneTitle = q.value(milestoneTitle).toString();
        e.percent = toNumber(q.value(percent));
        e.correctsId = uuid(q, corrects);
        e.meta = meta(q);
        return e;
    };
}

const QString &evaluationSelect()
{
    static const QString sql = select("evaluation", "e") + QStringLiteral(" FROM evaluation e");
    return sql;
}

Reader<Evaluation> evaluationReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1), kind = column(r, "kind"_L1),
              plannedOn = column(r, "planned_on"_L1), heldOn = column(r, "held_on"_L1),
              findings = column(r, "findings"_L1), lessons = column(r, "lessons"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Evaluation e;
        e.id = uuid(q, id);
        e.projectId = uuid(q, project);
        e.kind = evaluationKindFromKey(q.value(kind).toString());
        e.plannedOn = toDate(q.value(plannedOn));
        e.heldOn = toDate(q.value(heldOn));
        e.findings = q.value(findings).toString();
        e.lessons = q.value(lessons).toString();
        e.meta = meta(q);
        return e;
    };
}

const QString &scoreSelect()
{
    static const QString sql = select("evaluation_score", "s", "coalesce(g.title, '') AS goal_title")
        + QStringLiteral(" FROM evaluation_score s LEFT JOIN goal g ON g.id = s.goal_id");
    return sql;
}

Reader<EvaluationScore> scoreReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), goal = column(r, "goal_id"_L1), status = column(r, "status"_L1),
              remark = column(r, "remark"_L1), goalTitle = column(r, "goal_title"_L1);
    return [=](const QSqlQuery &q) {
        return EvaluationScore{uuid(q, id), uuid(q, goal), goalHealthFromKey(q.value(status).toString()),
                               q.value(remark).toString(), q.value(goalTitle).toString()};
    };
}

const QString &commentSelect()
{
    static const QString sql = select("evaluation_comment", "c", "coalesce(p.name, '') AS person_name")
        + QStringLiteral(" FROM evaluation_comment c LEFT JOIN person p ON p.id = c.person_id");
    return sql;
}

Reader<EvaluationComment> commentReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), evaluation = column(r, "evaluation_id"_L1), person = column(r, "person_id"_L1),
              personName = column(r, "person_name"_L1), comment = column(r, "comment"_L1),
              at = column(r, "created_at"_L1);
    return [=](const QSqlQuery &q) {
        return EvaluationComment{uuid(q, id),
                                 uuid(q, evaluation),
                                 uuid(q, person),
                                 q.value(personName).toString(),
                                 q.value(comment).toString(),
                                 toDateTime(q.value(at))};
    };
}

const QString &decisionSelect()
{
    static const QString sql = select("decision", "d", "coalesce(g.title, m.title, '') AS subject_title")
        + QStringLiteral(" FROM decision d LEFT JOIN goal g ON g.id = d.subject_id AND d.subject = 'goal_target' "
                         "LEFT JOIN milestone m ON m.id = d.subject_id AND d.subject = 'milestone_due'");
    return sql;
}

Reader<Decision> decisionReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), project = column(r, "project_id"_L1),
              evaluation = column(r, "evaluation_id"_L1), text = column(r, "text"_L1),
              subject = column(r, "subject"_L1), subjectId = column(r, "subject_id"_L1),
              subjectTitle = column(r, "subject_title"_L1), before = column(r, "before_value"_L1),
              after = column(r, "after_value"_L1), reason = column(r, "reason"_L1),
              decidedOn = column(r, "decided_on"_L1);
    return [=](const QSqlQuery &q) {
        Decision d;
        d.id = uuid(q, id);
        d.projectId = uuid(q, project);
        d.evaluationId = uuid(q, evaluation);
        d.text = q.value(text).toString();
        d.subject = decisionSubjectFromKey(q.value(subject).toString());
        d.subjectId = uuid(q, subjectId);
        d.subjectTitle = q.value(subjectTitle).toString();
        d.before = q.value(before).toString();
        d.after = q.value(after).toString();
        d.reason = q.value(reason).toString();
        d.decidedOn = toDate(q.value(decidedOn));
        return d;
    };
}

} // namespace Store::Rows
