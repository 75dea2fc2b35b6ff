#include "rowvalues.h"

#include "model/text.h"
#include "sqlsupport.h"

using namespace Model;

namespace Store::Rows {

namespace {
QString s(const char *name)
{
    return QString::fromLatin1(name);
}
}

QVariantMap values(const Project &p)
{
    return {{s("id"), idText(p.id)},
            {s("name"), p.name},
            {s("slogan"), text(p.slogan)},
            {s("ambition"), text(p.ambition)},
            {s("purpose"), text(p.purpose)},
            {s("urgency"), text(p.urgency)},
            {s("logo"), p.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.logo)},
            {s("status"), key(p.status)},
            {s("start_date"), dateValue(p.start)},
            {s("end_date"), dateValue(p.end)}};
}

QVariantMap values(const Organisation &o)
{
    return {{s("id"), idText(o.id)},
            {s("name"), o.name},
            {s("kind"), key(o.kind)},
            {s("municipality_code"), text(o.municipalityCode)}};
}

QVariantMap values(const Person &p)
{
    return {{s("id"), idText(p.id)},
            {s("organisation_id"), idText(p.organisationId)},
            {s("name"), p.name},
            {s("email"), text(p.email)},
            {s("function"), text(p.function)}};
}

QVariantMap values(const Participation &p)
{
    return {{s("id"), idText(p.id)},
            {s("project_id"), idText(p.projectId)},
            {s("organisation_id"), idText(p.organisationId)},
            {s("role"), key(p.role)},
            {s("brings"), text(p.brings)},
            {s("gets"), text(p.gets)},
            {s("priorities"), text(p.priorities)},
            {s("mandate"), text(p.mandate)},
            {s("joined_on"), dateValue(p.joined)},
            {s("left_on"), dateValue(p.left)}};
}

QVariantMap values(const LeadTerm &t)
{
    return {{s("id"), idText(t.id)},
            {s("project_id"), idText(t.projectId)},
            {s("organisation_id"), idText(t.organisationId)},
            {s("from_date"), dateValue(t.from)},
            {s("until_date"), dateValue(t.until)}};
}

QVariantMap values(const Goal &g)
{
    return {{s("id"), idText(g.id)},
            {s("project_id"), idText(g.projectId)},
            {s("title"), g.title},
            {s("description"), text(g.description)},
            {s("indicator"), text(g.indicator)},
            {s("unit"), text(g.unit)},
            {s("baseline"), numberValue(g.baseline)},
            {s("target"), numberValue(g.target)},
            {s("due_date"), dateValue(g.due)}};
}

QVariantMap values(const Measurement &m)
{
    return {{s("id"), idText(m.id)},
            {s("project_id"), idText(m.projectId)},
            {s("goal_id"), idText(m.goalId)},
            {s("value"), m.value},
            {s("measured_on"), dateValue(m.measuredOn)},
            {s("note"), text(m.note)},
            {s("person_id"), idValue(m.personId)},
            {s("corrects_id"), idValue(m.correctsId)},
            {s("withdrawn"), m.withdrawn ? 1 : 0}};
}

QVariantMap values(const Milestone &m)
{
    return {{s("id"), idText(m.id)},
            {s("project_id"), idText(m.projectId)},
            {s("title"), m.title},
            {s("description"), text(m.description)},
            {s("due_date"), dateValue(m.due)},
            {s("owner_organisation_id"), idValue(m.ownerOrganisationId)},
            {s("owner_person_id"), idValue(m.ownerPersonId)},
            {s("status"), key(m.status)},
            {s("completed_on"), dateValue(m.completedOn)}};
}

QVariantMap values(const ProgressEntry &e)
{
    return {{s("id"), idText(e.id)},
            {s("project_id"), idText(e.projectId)},
            {s("entry_date"), dateValue(e.date)},
            {s("person_id"), idValue(e.personId)},
            {s("organisation_id"), idText(e.organisationId)},
            {s("hours"), numberValue(e.hours)},
            {s("note"), text(e.note)},
            {s("milestone_id"), idValue(e.milestoneId)},
            {s("percent"), numberValue(e.percent)},
            {s("corrects_id"), idValue(e.correctsId)}};
}

QVariantMap values(const Evaluation &e)
{
    return {{s("id"), idText(e.id)},
            {s("project_id"), idText(e.projectId)},
            {s("kind"), key(e.kind)},
            {s("planned_on"), dateValue(e.plannedOn)},
            {s("held_on"), dateValue(e.heldOn)},
            {s("findings"), text(e.findings)},
            {s("lessons"), text(e.lessons)},
            {s("status"), e.isHeld() ? s("held") : s("planned")}};
}

QVariantMap link(const QString &ownerColumn, const QUuid &owner, const QString &otherColumn, const QUuid &other,
                 const QUuid &projectId)
{
    return {{s("id"), idText(QUuid::createUuidV5(owner, idText(other)))},
            {s("project_id"), idText(projectId)},
            {ownerColumn, idText(owner)},
            {otherColumn, idText(other)}};
}

} // namespace Store::Rows
