#include "serveradmin.h"

#include "serverconnection.h"
#include "serverschema.h"

#include "model/text.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Model;

namespace Sync {

namespace {

QVariant id(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuid.toString(QUuid::WithoutBraces));
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QVariant n(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant t(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The organisation that led a bundle's project first: the server records
// it as the project's creator (server step 5), as a laptop's push would.
QUuid firstLead(const Bundle &b, const QUuid &project)
{
    QUuid lead;
    QDate from;
    for (const auto &t : b.leadTerms) {
        if (t.projectId == project && (lead.isNull() || t.from < from)) {
            lead = t.organisationId;
            from = t.from;
        }
    }
    for (const auto &p : b.participations) {
        if (lead.isNull() && p.projectId == project && p.role == ParticipationRole::Lead)
            lead = p.organisationId;
    }
    return lead;
}

// @p sql with each ? in turn replaced by the literal of the next value. The
// statements are Regie's own: no ? stands inside quoted text or as an operator.
QString withLiterals(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?') && next < values.size())
            out += sqlLiteral(db, values.at(next++));
        else
            out += c;
    }
    return out;
}

bool validRole(const QString &role)
{
    return QStringList{QStringLiteral("lead"), QStringLiteral("member"), QStringLiteral("external"),
                       QStringLiteral("viewer")}
        .contains(role);
}

} // namespace

ServerAdmin::ServerAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status ServerAdmin::exec(const QString &sql, const QVariantList &values)
{
    // Values as literals, not prepared: regie-admin may run through a pooler
    // in transaction mode too (docs/SYNC.md).
    QSqlQuery q(m_db);
    if (!q.exec(withLiterals(m_db, sql, values)))
        return error(Error::Storage, q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                            : q.lastError().databaseText());
    return Done{};
}

Status ServerAdmin::initialise()
{
    if (auto migrated = ServerSchema::migrate(m_db); !migrated.ok())
        return migrated;
    // Laptops compare it at each handshake; restore() replaces it.
    return exec(QStringLiteral("INSERT INTO regie_meta VALUES ('incarnation', %1) ON CONFLICT (key) DO NOTHING")
                    .arg(quoted(QUuid::createUuid().toString(QUuid::WithoutBraces))));
}

Status ServerAdmin::addOrganisation(const Organisation &o)
{
    return exec(QStringLiteral("INSERT INTO organisation (id, name, kind, municipality_code) VALUES (?::uuid, ?, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                               "municipality_code = excluded.municipality_code"),
                {id(o.id), t(o.name), key(o.kind), t(o.municipalityCode)});
}

Result<QUuid> ServerAdmin::organisationNamed(const QString &name)
{
    QSqlQuery q(m_db);
    // Literal values, no prepared statement: see docs/SYNC.md on poolers.
    if (!q.exec(QStringLiteral("SELECT id::text FROM organisation WHERE lower(name) = lower(%1) AND NOT deleted")
                    .arg(quoted(name))))
        return error(Error::Storage, q.lastError().text());
    return q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
}

Result<bool> ServerAdmin::hasUser(const QString &login)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM regie_user WHERE role_name = %1").arg(quoted(login))))
        return error(Error::Storage, q.lastError().text());
    return q.next();
}

Status ServerAdmin::addUser(const QString &login, const QString &password, const Person &person, const QString &role)
{
    if (!validRole(role))
        return error(Error::Validation, tr("A role is lead, member, external or viewer."));
    if (login.isEmpty() || password.size() < 8)
        return error(Error::Validation, tr("A user needs a name and a password of at least 8 characters."));
    if (!m_db.transaction())
        return error(Error::Storage, m_db.lastError().text());
    // Role names and passwords cannot be bound in DDL: the server quotes them.
    QSqlQuery q(m_db);
    Status done = Done{};
    if (!q.exec(withLiterals(m_db,
                             QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE regie_users', "
                                            "?::text, ?::text)"),
                             {login, password}))
        || !q.next())
        done = error(Error::Storage, q.lastError().text());
    if (done.ok())
        done = exec(q.value(0).toString());
    if (done.ok())
        done = exec(QStringLiteral("INSERT INTO person (id, organisation_id, name, email, function) VALUES (?::uuid, "
                                   "?::uuid, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                    {id(person.id), id(person.organisationId), t(person.name), t(person.email), t(person.function)});
    if (done.ok())
        done = exec(QStringLiteral("INSERT INTO regie_user (role_name, person_id, organisation_id, project_role) VALUES "
                                   "(?, ?::uuid, ?::uuid, ?)"),
                    {login, id(person.id), id(person.organisationId), role});
    // Role settings are not inherited from regie_users: each login gets the limits.
    if (done.ok())
        done = exec(QStringLiteral("SELECT regie_set_limits(?::name)"), {login});
    if (!done.ok()) {
        m_db.rollback();
        return done;
    }
    return m_db.commit() ? Status(Done{}) : Status(error(Error::Storage, m_db.lastError().text()));
}

Status ServerAdmin::setRole(const QString &login, const QString &role)
{
    if (!validRole(role))
        return error(Error::Validation, tr("A role is lead, member, external or viewer."));
    QSqlQuery q(m_db);
    if (!q.exec(withLiterals(m_db, QStringLiteral("UPDATE regie_user SET project_role = ? WHERE role_name = ?"),
                             {role, login})))
        return error(Error::Storage, q.lastError().text());
    if (q.numRowsAffected() == 0)
        return error(Error::NotFound, tr("%1 is not a Regie user on this server.").arg(login));
    return Done{};
}

Result<qint64> ServerAdmin::purge(int days)
{
    if (days < 0)
        return error(Error::Validation, tr("Keep deleted rows for zero days or more."));
    QSqlQuery q(m_db);
    if (!q.exec(withLiterals(m_db, QStringLiteral("SELECT regie_purge(make_interval(days => ?))"), {days})) || !q.next())
        return error(Error::Storage, q.lastError().text());
    return q.value(0).toLongLong();
}

Status ServerAdmin::importBundle(const Bundle &b)
{
    if (!m_db.transaction())
        return error(Error::Storage, m_db.lastError().text());
    Status done = Done{};
    for (const auto &o : b.organisations) {
        if (done.ok())
            done = addOrganisation(o);
    }
    for (const auto &p : b.people) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO person (id, organisation_id, name, email, function) VALUES "
                                       "(?::uuid, ?::uuid, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                        {id(p.id), id(p.organisationId), t(p.name), t(p.email), t(p.function)});
    }
    for (const auto &p : b.projects) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO project (id, name, slogan, ambition, purpose, urgency, logo, status, "
                                       "start_date, end_date, created_by_org) VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, "
                                       "?::date, ?::date, ?::uuid) ON CONFLICT (id) DO NOTHING"),
                        {id(p.id), t(p.name), t(p.slogan), t(p.ambition), t(p.purpose), t(p.urgency),
                         p.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.logo), key(p.status),
                         date(p.start), date(p.end), id(firstLead(b, p.id))});
    }
    for (const auto &p : b.participations) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO participation (id, project_id, organisation_id, role, brings, gets, "
                                       "priorities, mandate, joined_on, left_on) VALUES (?::uuid, ?::uuid, ?::uuid, ?, "
                                       "?, ?, ?, ?, ?::date, ?::date) ON CONFLICT (id) DO NOTHING"),
                        {id(p.id), id(p.projectId), id(p.organisationId), key(p.role), t(p.brings), t(p.gets), t(p.priorities),
                         t(p.mandate), date(p.joined), date(p.left)});
    }
    for (const auto &t : b.leadTerms) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO lead_term (id, project_id, organisation_id, from_date, until_date) "
                                       "VALUES (?::uuid, ?::uuid, ?::uuid, ?::date, ?::date) ON CONFLICT (id) DO NOTHING"),
                        {id(t.id), id(t.projectId), id(t.organisationId), date(t.from), date(t.until)});
    }
    // The plan, with the same ids for links as a laptop's own import makes.
    for (const auto &g : b.goals) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO goal (id, project_id, title, description, indicator, unit, baseline, "
                                       "target, due_date) VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?::date) "
                                       "ON CONFLICT (id) DO NOTHING"),
                        {id(g.id), id(g.projectId), t(g.title), t(g.description), t(g.indicator), t(g.unit),
                         n(g.baseline), n(g.target), date(g.due)});
        for (const QUuid &org : g.servesOrganisations) {
            if (done.ok())
                done = exec(QStringLiteral("INSERT INTO goal_partner (id, project_id, goal_id, organisation_id) VALUES "
                                           "(?::uuid, ?::uuid, ?::uuid, ?::uuid) ON CONFLICT (id) DO NOTHING"),
                            {id(QUuid::createUuidV5(g.id, org.toString(QUuid::WithoutBraces))), id(g.projectId),
                             id(g.id), id(org)});
        }
    }
    for (const auto &m : b.measurements) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO measurement (id, project_id, goal_id, value, measured_on, note, "
                                       "person_id) VALUES (?::uuid, ?::uuid, ?::uuid, ?, ?::date, ?, ?::uuid) "
                                       "ON CONFLICT (id) DO NOTHING"),
                        {id(m.id), id(m.projectId), id(m.goalId), m.value, date(m.measuredOn), t(m.note), id(m.personId)});
    }
    for (const auto &m : b.milestones) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO milestone (id, project_id, title, description, due_date, "
                                       "owner_organisation_id, status, completed_on) VALUES (?::uuid, ?::uuid, ?, ?, "
                                       "?::date, ?::uuid, ?, ?::date) ON CONFLICT (id) DO NOTHING"),
                        {id(m.id), id(m.projectId), t(m.title), t(m.description), date(m.due), id(m.ownerOrganisationId),
                         key(m.status), date(m.completedOn)});
        for (const QUuid &goal : m.goals) {
            if (done.ok())
                done = exec(QStringLiteral("INSERT INTO milestone_goal (id, project_id, milestone_id, goal_id) VALUES "
                                           "(?::uuid, ?::uuid, ?::uuid, ?::uuid) ON CONFLICT (id) DO NOTHING"),
                            {id(QUuid::createUuidV5(m.id, goal.toString(QUuid::WithoutBraces))), id(m.projectId),
                             id(m.id), id(goal)});
        }
    }
    for (const auto &e : b.progress) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO progress_entry (id, project_id, entry_date, person_id, "
                                       "organisation_id, hours, note, milestone_id, percent) VALUES (?::uuid, ?::uuid, "
                                       "?::date, ?::uuid, ?::uuid, ?, ?, ?::uuid, ?) ON CONFLICT (id) DO NOTHING"),
                        {id(e.id), id(e.projectId), date(e.date), id(e.personId), id(e.organisationId), n(e.hours),
                         t(e.note), id(e.milestoneId), n(e.percent)});
    }
    for (const auto &e : b.evaluations) {
        if (done.ok())
            done = exec(QStringLiteral("INSERT INTO evaluation (id, project_id, kind, planned_on, held_on, findings, "
                                       "lessons, status) VALUES (?::uuid, ?::uuid, ?, ?::date, ?::date, ?, ?, ?) "
                                       "ON CONFLICT (id) DO NOTHING"),
                        {id(e.id), id(e.projectId), key(e.kind), date(e.plannedOn), date(e.heldOn), t(e.findings),
                         t(e.lessons), e.isHeld() ? QStringLiteral("held") : QStringLiteral("planned")});
        for (const auto &s : e.scores) {
            if (done.ok())
                done = exec(QStringLiteral("INSERT INTO evaluation_score (id, project_id, evaluation_id, goal_id, status, "
                                           "remark) VALUES (?::uuid, ?::uuid, ?::uuid, ?::uuid, ?, ?) ON CONFLICT (id) DO NOTHING"),
                            {id(s.id), id(e.projectId), id(e.id), id(s.goalId), key(s.status), t(s.remark)});
        }
        for (const auto &c : e.comments) {
            if (done.ok())
                done = exec(QStringLiteral("INSERT INTO evaluation_comment (id, project_id, evaluation_id, person_id, "
                                           "comment) VALUES (?::uuid, ?::uuid, ?::uuid, ?::uuid, ?) ON CONFLICT (id) DO NOTHING"),
                            {id(c.id), id(e.projectId), id(e.id), id(c.personId), t(c.comment)});
        }
        for (const auto &d : e.decisions) {
            if (done.ok())
                done = exec(QStringLiteral("INSERT INTO decision (id, project_id, evaluation_id, text, subject, subject_id, "
                                           "before_value, after_value, reason, decided_on) VALUES (?::uuid, ?::uuid, "
                                           "?::uuid, ?, ?, ?::uuid, ?, ?, ?, ?::date) ON CONFLICT (id) DO NOTHING"),
                            {id(d.id), id(e.projectId), id(e.id), t(d.text), key(d.subject), id(d.subjectId), t(d.before),
                             t(d.after), t(d.reason), date(d.decidedOn)});
        }
    }
    if (!done.ok()) {
        m_db.rollback();
        return done;
    }
    return m_db.commit() ? Status(Done{}) : Status(error(Error::Storage, m_db.lastError().text()));
}

} // namespace Sync
