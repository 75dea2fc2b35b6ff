#include "rowreaders.h"

#include "model/text.h"
#include "sqlsupport.h"

using namespace Model;

namespace Store::Rows {

const QString ProjectSelect
    = QStringLiteral(
          "SELECT id, name, slogan, ambition, purpose, urgency, logo, status, start_date, end_date, %1 FROM project")
          .arg(QLatin1String(MetaColumns));

Project readProject(const QSqlQuery &q)
{
    Project p;
    p.id = QUuid::fromString(q.value(0).toString());
    p.name = q.value(1).toString();
    p.slogan = q.value(2).toString();
    p.ambition = q.value(3).toString();
    p.purpose = q.value(4).toString();
    p.urgency = q.value(5).toString();
    p.logo = q.value(6).toByteArray();
    p.status = projectStatusFromKey(q.value(7).toString());
    p.start = toDate(q.value(8));
    p.end = toDate(q.value(9));
    p.meta = readMeta(q, 10);
    return p;
}

const QString ParticipationSelect = QStringLiteral(
    "SELECT p.id, p.project_id, p.organisation_id, o.name, p.role, p.brings, p.gets, p.priorities, "
    "p.mandate, p.joined_on, p.left_on, p.created_at, p.updated_at, p.changed_by, p.deleted, p.version "
    "FROM participation p JOIN organisation o ON o.id = p.organisation_id");

Participation readParticipation(const QSqlQuery &q)
{
    Participation p;
    p.id = QUuid::fromString(q.value(0).toString());
    p.projectId = QUuid::fromString(q.value(1).toString());
    p.organisationId = QUuid::fromString(q.value(2).toString());
    p.organisationName = q.value(3).toString();
    p.role = participationRoleFromKey(q.value(4).toString());
    p.brings = q.value(5).toString();
    p.gets = q.value(6).toString();
    p.priorities = q.value(7).toString();
    p.mandate = q.value(8).toString();
    p.joined = toDate(q.value(9));
    p.left = toDate(q.value(10));
    p.meta = readMeta(q, 11);
    return p;
}

const QString OrganisationSelect
    = QStringLiteral("SELECT id, name, kind, municipality_code, %1 FROM organisation").arg(QLatin1String(MetaColumns));

Organisation readOrganisation(const QSqlQuery &q)
{
    Organisation o;
    o.id = QUuid::fromString(q.value(0).toString());
    o.name = q.value(1).toString();
    o.kind = organisationKindFromKey(q.value(2).toString());
    o.municipalityCode = q.value(3).toString();
    o.meta = readMeta(q, 4);
    return o;
}

const QString GoalSelect
    = QStringLiteral(
          "SELECT id, project_id, title, description, indicator, unit, baseline, target, due_date, %1 FROM goal")
          .arg(QLatin1String(MetaColumns));

Goal readGoal(const QSqlQuery &q)
{
    Goal g;
    g.id = QUuid::fromString(q.value(0).toString());
    g.projectId = QUuid::fromString(q.value(1).toString());
    g.title = q.value(2).toString();
    g.description = q.value(3).toString();
    g.indicator = q.value(4).toString();
    g.unit = q.value(5).toString();
    g.baseline = toNumber(q.value(6));
    g.target = toNumber(q.value(7));
    g.due = toDate(q.value(8));
    g.meta = readMeta(q, 9);
    return g;
}

const QString MeasurementSelect
    = QStringLiteral("SELECT m.id, m.project_id, m.goal_id, m.value, m.measured_on, m.note, m.person_id, "
                     "coalesce(p.name, ''), m.created_at, m.updated_at, m.changed_by, m.deleted, m.version "
                     "FROM measurement m LEFT JOIN person p ON p.id = m.person_id");

Measurement readMeasurement(const QSqlQuery &q)
{
    Measurement m;
    m.id = QUuid::fromString(q.value(0).toString());
    m.projectId = QUuid::fromString(q.value(1).toString());
    m.goalId = QUuid::fromString(q.value(2).toString());
    m.value = q.value(3).toDouble();
    m.measuredOn = toDate(q.value(4));
    m.note = q.value(5).toString();
    m.personId = QUuid::fromString(q.value(6).toString());
    m.personName = q.value(7).toString();
    m.meta = readMeta(q, 8);
    return m;
}

const QString MilestoneSelect
    = QStringLiteral("SELECT m.id, m.project_id, m.title, m.description, m.due_date, m.owner_organisation_id, "
                     "coalesce(o.name, ''), m.owner_person_id, m.status, m.completed_on, m.created_at, m.updated_at, "
                     "m.changed_by, m.deleted, m.version FROM milestone m "
                     "LEFT JOIN organisation o ON o.id = m.owner_organisation_id");

Milestone readMilestone(const QSqlQuery &q)
{
    Milestone m;
    m.id = QUuid::fromString(q.value(0).toString());
    m.projectId = QUuid::fromString(q.value(1).toString());
    m.title = q.value(2).toString();
    m.description = q.value(3).toString();
    m.due = toDate(q.value(4));
    m.ownerOrganisationId = QUuid::fromString(q.value(5).toString());
    m.ownerOrganisationName = q.value(6).toString();
    m.ownerPersonId = QUuid::fromString(q.value(7).toString());
    m.status = milestoneStatusFromKey(q.value(8).toString());
    m.completedOn = toDate(q.value(9));
    m.meta = readMeta(q, 10);
    return m;
}

const QString ProgressSelect = QStringLiteral(
    "SELECT e.id, e.project_id, e.entry_date, e.person_id, coalesce(p.name, ''), e.organisation_id, o.name, e.hours, "
    "e.note, e.milestone_id, coalesce(m.title, ''), e.percent, e.corrects_id, e.created_at, e.updated_at, "
    "e.changed_by, e.deleted, e.version FROM progress_entry e JOIN organisation o ON o.id = e.organisation_id "
    "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN milestone m ON m.id = e.milestone_id");

ProgressEntry readProgress(const QSqlQuery &q)
{
    ProgressEntry e;
    e.id = QUuid::fromString(q.value(0).toString());
    e.projectId = QUuid::fromString(q.value(1).toString());
    e.date = toDate(q.value(2));
    e.personId = QUuid::fromString(q.value(3).toString());
    e.personName = q.value(4).toString();
    e.organisationId = QUuid::fromString(q.value(5).toString());
    e.organisationName = q.value(6).toString();
    e.hours = toNumber(q.value(7));
    e.note = q.value(8).toString();
    e.milestoneId = QUuid::fromString(q.value(9).toString());
    e.milestoneTitle = q.value(10).toString();
    e.percent = toNumber(q.value(11));
    e.correctsId = QUuid::fromString(q.value(12).toString());
    e.meta = readMeta(q, 13);
    return e;
}

} // namespace Store::Rows
