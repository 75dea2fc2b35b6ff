#include "builders.h"

namespace TestLib {

using namespace Model;

Organisation makeOrganisation(const QString &name, OrganisationKind kind)
{
    Organisation o;
    o.id = QUuid::createUuid();
    o.name = name;
    o.kind = kind;
    return o;
}

Project makeProject(const QString &name, ProjectStatus status)
{
    Project p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.purpose = QStringLiteral("Samen de regio sterker maken.");
    p.urgency = QStringLiteral("De woningnood is hoog.");
    p.status = status;
    p.start = QDate(2024, 1, 1);
    return p;
}

Goal makeGoal(const QUuid &projectId, const QString &title, std::optional<double> baseline, std::optional<double> target)
{
    Goal g;
    g.id = QUuid::createUuid();
    g.projectId = projectId;
    g.title = title;
    g.baseline = baseline;
    g.target = target;
    return g;
}

Measurement makeMeasurement(const Goal &goal, double value, const QDate &on)
{
    Measurement m;
    m.id = QUuid::createUuid();
    m.projectId = goal.projectId;
    m.goalId = goal.id;
    m.value = value;
    m.measuredOn = on;
    return m;
}

Milestone makeMilestone(const QUuid &projectId, const QString &title, const QDate &due, const QUuid &owner)
{
    Milestone m;
    m.id = QUuid::createUuid();
    m.projectId = projectId;
    m.title = title;
    m.due = due;
    m.ownerOrganisationId = owner;
    return m;
}

ProgressEntry makeProgress(const QUuid &projectId, const QUuid &organisationId, double hours, const QString &note,
                           const QDate &on)
{
    ProgressEntry e;
    e.id = QUuid::createUuid();
    e.projectId = projectId;
    e.organisationId = organisationId;
    e.hours = hours;
    e.note = note;
    e.date = on;
    return e;
}

Participation makeParticipation(const QUuid &projectId, const QUuid &organisationId, ParticipationRole role,
                                const QDate &joined)
{
    Participation p;
    p.id = QUuid::createUuid();
    p.projectId = projectId;
    p.organisationId = organisationId;
    p.role = role;
    p.joined = joined;
    return p;
}

Bundle makeRegion(int projects, int organisations)
{
    static const QStringList prefixes = {
        QStringLiteral("Súdwest"), QStringLiteral("ijssel"),  QStringLiteral("Éénheid"), QStringLiteral("Alblasserdam"),
        QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Zaanstad"), QStringLiteral("berkelland"),
    };
    Bundle b;
    for (int i = 0; i < organisations; ++i)
        b.organisations.append(makeOrganisation(QStringLiteral("Organisatie %1").arg(i, 3, 10, QLatin1Char('0'))));
    for (int i = 0; i < projects; ++i) {
        // Numbers run backwards against insertion so that the order is the store's work.
        const int n = projects - i;
        ProjectStatus status = ProjectStatus::Idea;
        if (i % 3 == 0)
            status = ProjectStatus::Active;
        else if (i % 7 == 1)
            status = ProjectStatus::Completed;
        Project p = makeProject(QStringLiteral("%1 project %2").arg(prefixes.at(i % prefixes.size())).arg(n, 4, 10,
                                                                                                        QLatin1Char('0')),
                                status);
        p.slogan = QStringLiteral("Slogan %1").arg(n);
        b.projects.append(p);
        if (status == ProjectStatus::Active && organisations >= 2) {
            const Organisation &lead = b.organisations.at(i % organisations);
            const Organisation &partner = b.organisations.at((i + 1) % organisations);
            b.participations.append(makeParticipation(p.id, lead.id, ParticipationRole::Lead, p.start));
            b.participations.append(makeParticipation(p.id, partner.id, ParticipationRole::Partner, p.start));
            LeadTerm t;
            t.id = QUuid::createUuid();
            t.projectId = p.id;
            t.organisationId = lead.id;
            t.from = p.start;
            b.leadTerms.append(t);
        }
    }
    return b;
}

} // namespace TestLib
