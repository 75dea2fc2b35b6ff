#include "localstore.h"

#include "model/text.h"
#include "model/validation.h"
#include "projectsearch.h"
#include "sqlsupport.h"
#include "storelogging.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Model;

namespace Store {

namespace {

const QString ProjectSelect = QStringLiteral(
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

const QString ParticipationSelect =
    QStringLiteral("SELECT p.id, p.project_id, p.organisation_id, o.name, p.role, p.brings, p.gets, p.priorities, "
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

const QString OrganisationSelect =
    QStringLiteral("SELECT id, name, kind, municipality_code, %1 FROM organisation").arg(QLatin1String(MetaColumns));

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

// The WHERE clause shared by findProjects() and countProjects().
QString projectFilter(const QSqlDatabase &db, const ProjectQuery &query)
{
    QString where = QStringLiteral(" WHERE p.deleted = 0");
    if (!query.includeClosed)
        where += QStringLiteral(" AND p.status IN ('idea', 'active')");
    return where + ProjectSearch::filter(db, query);
}

void bindFilter(QSqlQuery &q, const ProjectQuery &query)
{
    ProjectSearch::bind(q, query);
}

const QString LeadJoin = QStringLiteral(
    " FROM project p"
    " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
    " LEFT JOIN organisation o ON o.id = l.organisation_id");

} // namespace

QString LocalStore::now() const
{
    // One write, one moment: created_at and updated_at of a new row, and
    // every row a write touches, carry the same time.
    return m_stamp.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : m_stamp;
}

void LocalStore::begin(int tables)
{
    m_stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_changes = ChangeSet{tables, {}};
}

Result<QList<ProjectSummary>> LocalStore::findProjects(const ProjectQuery &query)
{
    QString sql = QStringLiteral("SELECT p.id, p.name, p.slogan, p.status, p.name_key, o.id, o.name") + LeadJoin
        + projectFilter(database(), query);
    const bool after = !query.afterId.isNull();
    if (after)
        sql += QStringLiteral(" AND (p.name_key, p.id) > (:afterKey, :afterId)");
    sql += QStringLiteral(" ORDER BY p.name_key, p.id LIMIT :limit");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindFilter(q, query);
    if (after) {
        q.bindValue(QStringLiteral(":afterKey"), query.afterSortKey);
        q.bindValue(QStringLiteral(":afterId"), idText(query.afterId));
    }
    q.bindValue(QStringLiteral(":limit"), query.limit);
    if (!q.exec())
        return dbError(q);
    QList<ProjectSummary> rows;
    rows.reserve(query.limit);
    while (q.next()) {
        ProjectSummary s;
        s.id = QUuid::fromString(q.value(0).toString());
        s.name = q.value(1).toString();
        s.slogan = q.value(2).toString();
        s.status = projectStatusFromKey(q.value(3).toString());
        s.sortKey = q.value(4).toString();
        s.leadId = QUuid::fromString(q.value(5).toString());
        s.leadName = q.value(6).toString();
        rows.append(s);
    }
    return rows;
}

Result<int> LocalStore::countProjects(const ProjectQuery &query)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM project p") + projectFilter(database(), query));
    bindFilter(q, query);
    if (!q.exec() || !q.next())
        return dbError(q);
    return q.value(0).toInt();
}

Result<Project> LocalStore::project(const QUuid &id)
{
    QSqlQuery q(database());
    q.prepare(ProjectSelect + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The project no longer exists."));
    return readProject(q);
}

Status LocalStore::insertProject(const Project &p)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO project (id, name, name_key, search_key, slogan, ambition, purpose, urgency, logo, status, "
        "start_date, end_date, created_at, updated_at, changed_by, deleted, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(p.id));
    q.addBindValue(p.name.trimmed());
    q.addBindValue(sortKey(p.name));
    q.addBindValue(sortKey(p.name + QLatin1Char(' ') + p.slogan));
    q.addBindValue(text(p.slogan));
    q.addBindValue(text(p.ambition));
    q.addBindValue(text(p.purpose));
    q.addBindValue(text(p.urgency));
    q.addBindValue(p.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.logo));
    q.addBindValue(key(p.status));
    q.addBindValue(dateValue(p.start));
    q.addBindValue(dateValue(p.end));
    q.addBindValue(p.meta.createdAt.isValid() ? p.meta.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(p.meta.updatedAt.isValid() ? p.meta.updatedAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(idValue(p.meta.changedBy.isNull() ? m_actor : p.meta.changedBy));
    q.addBindValue(p.meta.deleted ? 1 : 0);
    q.addBindValue(std::max<qint64>(1, p.meta.version));
    if (!q.exec())
        return dbError(q);
    return Done{};
}

Result<Project> LocalStore::createProject(const Project &created, const QUuid &lead)
{
    begin(ChangeSet::Projects | ChangeSet::Participations | ChangeSet::LeadTerms);
    if (const auto issues = validate(created); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    if (created.status == ProjectStatus::Active && lead.isNull())
        return rule(tr("An active project needs a lead organisation (the regie)."));
    Transaction transaction(database());
    Project p = created;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    p.meta = SyncMeta{};
    if (auto r = insertProject(p); !r.ok())
        return r.error();
    if (!lead.isNull()) {
        auto org = organisation(lead);
        if (!org.ok())
            return org.error();
        const QDate since = p.start.isValid() ? p.start : QDate::currentDate();
        Participation l;
        l.id = QUuid::createUuid();
        l.projectId = p.id;
        l.organisationId = lead;
        l.role = ParticipationRole::Lead;
        l.joined = since;
        if (auto r = insertParticipation(l); !r.ok())
            return r.error();
        LeadTerm t;
        t.id = QUuid::createUuid();
        t.projectId = p.id;
        t.organisationId = lead;
        t.from = since;
        if (auto r = insertLeadTerm(t); !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The project could not be saved."));
    m_changes.ids = {p.id};
    return project(p.id);
}

Status LocalStore::checkProjectWritable(const QUuid &projectId)
{
    auto p = project(projectId);
    if (!p.ok())
        return p.error();
    if (isClosed(p.value().status))
        return rule(tr("The project \"%1\" is %2 and therefore read-only.")
                        .arg(p.value().name, displayName(p.value().status).toLower()));
    return Done{};
}

Result<Project> LocalStore::updateProject(const Project &changed)
{
    begin(ChangeSet::Projects);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    auto stored = project(changed.id);
    if (!stored.ok())
        return stored.error();
    const Project &old = stored.value();
    if (isClosed(old.status)) {
        const bool otherFields = changed.name != old.name || changed.slogan != old.slogan
            || changed.ambition != old.ambition || changed.purpose != old.purpose || changed.urgency != old.urgency
            || changed.logo != old.logo || changed.start != old.start || changed.end != old.end;
        if (otherFields)
            return rule(tr("The project \"%1\" is %2 and therefore read-only. Reopen it first by changing its status.")
                            .arg(old.name, displayName(old.status).toLower()));
    }
    if (changed.status == ProjectStatus::Active) {
        if (auto lead = currentLead(changed.id); !lead.ok())
            return rule(tr("An active project needs a lead organisation (the regie). Add a lead first."));
    }
    if (!isClosed(old.status) && isClosed(changed.status)) {
        // Completing or stopping is where a project's lessons are kept: a
        // held closing evaluation with lessons learned comes first.
        QSqlQuery c(database());
        c.prepare(QStringLiteral("SELECT count(*) FROM evaluation WHERE project_id = ? AND deleted = 0 AND kind = "
                                 "'closing' AND held_on IS NOT NULL AND trim(lessons) <> ''"));
        c.addBindValue(idText(changed.id));
        if (!c.exec() || !c.next())
            return dbError(c);
        if (c.value(0).toInt() == 0)
            return rule(tr("Before the project \"%1\" is %2, hold a closing evaluation with the lessons learned "
                           "(Evaluations tab).")
                            .arg(old.name, displayName(changed.status).toLower()));
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE project SET name = ?, name_key = ?, search_key = ?, slogan = ?, ambition = ?, purpose = ?, "
        "urgency = ?, logo = ?, status = ?, start_date = ?, end_date = ?, updated_at = ?, changed_by = ?, "
        "version = version + 1 WHERE id = ?"));
    q.addBindValue(changed.name.trimmed());
    q.addBindValue(sortKey(changed.name));
    q.addBindValue(sortKey(changed.name + QLatin1Char(' ') + changed.slogan));
    q.addBindValue(text(changed.slogan));
    q.addBindValue(text(changed.ambition));
    q.addBindValue(text(changed.purpose));
    q.addBindValue(text(changed.urgency));
    q.addBindValue(changed.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(changed.logo));
    q.addBindValue(key(changed.status));
    q.addBindValue(dateValue(changed.start));
    q.addBindValue(dateValue(changed.end));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(changed.id));
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, tr("The project could not be saved."));
    m_changes.ids = {changed.id};
    return project(changed.id);
}

Status LocalStore::setProjectDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Projects);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE project SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE id = ? AND deleted = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(id));
    q.addBindValue(deleted ? 0 : 1);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() != 1)
        return error(Error::NotFound, tr("The project no longer exists."));
    m_changes.ids = {id};
    return Done{};
}

Result<QList<Participation>> LocalStore::participations(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(ParticipationSelect + QStringLiteral(" WHERE p.project_id = ? AND p.deleted = 0 ORDER BY p.joined_on, o.name_key"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Participation> rows;
    while (q.next())
        rows.append(readParticipation(q));
    return rows;
}

Result<Participation> LocalStore::participation(const QUuid &id)
{
    QSqlQuery q(database());
    q.prepare(ParticipationSelect + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("This participation no longer exists."));
    return readParticipation(q);
}

Result<Participation> LocalStore::currentLead(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.prepare(ParticipationSelect
              + QStringLiteral(" WHERE p.project_id = ? AND p.role = 'lead' AND p.left_on IS NULL AND p.deleted = 0"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The project has no lead organisation."));
    return readParticipation(q);
}

Status LocalStore::insertParticipation(const Participation &p)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO participation (id, project_id, organisation_id, role, brings, gets, priorities, mandate, "
        "joined_on, left_on, created_at, updated_at, changed_by, deleted, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(p.id));
    q.addBindValue(idText(p.projectId));
    q.addBindValue(idText(p.organisationId));
    q.addBindValue(key(p.role));
    q.addBindValue(text(p.brings));
    q.addBindValue(text(p.gets));
    q.addBindValue(text(p.priorities));
    q.addBindValue(text(p.mandate));
    q.addBindValue(dateValue(p.joined));
    q.addBindValue(dateValue(p.left));
    q.addBindValue(p.meta.createdAt.isValid() ? p.meta.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(p.meta.updatedAt.isValid() ? p.meta.updatedAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(idValue(p.meta.changedBy.isNull() ? m_actor : p.meta.changedBy));
    q.addBindValue(p.meta.deleted ? 1 : 0);
    q.addBindValue(std::max<qint64>(1, p.meta.version));
    if (!q.exec())
        return dbError(q);
    return Done{};
}

Status LocalStore::insertLeadTerm(const LeadTerm &t)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO lead_term (id, project_id, organisation_id, from_date, until_date, "
                             "created_at, updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(t.id));
    q.addBindValue(idText(t.projectId));
    q.addBindValue(idText(t.organisationId));
    q.addBindValue(dateValue(t.from));
    q.addBindValue(dateValue(t.until));
    q.addBindValue(t.meta.createdAt.isValid() ? t.meta.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(t.meta.updatedAt.isValid() ? t.meta.updatedAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(idValue(t.meta.changedBy.isNull() ? m_actor : t.meta.changedBy));
    q.addBindValue(t.meta.deleted ? 1 : 0);
    q.addBindValue(std::max<qint64>(1, t.meta.version));
    if (!q.exec())
        return dbError(q);
    return Done{};
}

Result<Participation> LocalStore::saveParticipation(const Participation &changed)
{
    begin(ChangeSet::Participations | ChangeSet::LeadTerms);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(changed.projectId); !writable.ok())
        return writable.error();
    auto org = organisation(changed.organisationId);
    if (!org.ok())
        return org.error();

    auto existing = participation(changed.id);
    const bool isNew = !existing.ok() && existing.error().code == Error::NotFound;
    if (!existing.ok() && !isNew)
        return existing.error();
    if (!isNew && existing.value().projectId != changed.projectId)
        return rule(tr("A participation cannot move to another project."));

    // One current participation per organisation and project.
    if (changed.isCurrent()) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT count(*) FROM participation WHERE project_id = ? AND organisation_id = ? AND "
                                 "left_on IS NULL AND deleted = 0 AND id <> ?"));
        q.addBindValue(idText(changed.projectId));
        q.addBindValue(idText(changed.organisationId));
        q.addBindValue(idText(changed.id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() > 0)
            return rule(tr("%1 already takes part in this project.").arg(org.value().name));
    }

    auto lead = currentLead(changed.projectId);
    const bool wasLead = !isNew && existing.value().isCurrent() && existing.value().role == ParticipationRole::Lead;
    const bool becomesLead = changed.isCurrent() && changed.role == ParticipationRole::Lead;
    if (wasLead && !becomesLead)
        return rule(tr("%1 holds the regie of this project. Hand the regie over to another partner first.")
                        .arg(org.value().name));
    bool opensTerm = false;
    if (becomesLead && !wasLead) {
        if (lead.ok())
            return rule(tr("This project already has a lead organisation (%1). Hand the regie over instead.")
                            .arg(lead.value().organisationName));
        opensTerm = true;
    }

    Participation p = changed;
    if (isNew) {
        if (auto r = insertParticipation(p); !r.ok())
            return r.error();
    } else {
        QSqlQuery q(database());
        q.prepare(QStringLiteral(
            "UPDATE participation SET organisation_id = ?, role = ?, brings = ?, gets = ?, priorities = ?, "
            "mandate = ?, joined_on = ?, left_on = ?, updated_at = ?, changed_by = ?, version = version + 1 "
            "WHERE id = ?"));
        q.addBindValue(idText(p.organisationId));
        q.addBindValue(key(p.role));
        q.addBindValue(text(p.brings));
        q.addBindValue(text(p.gets));
        q.addBindValue(text(p.priorities));
        q.addBindValue(text(p.mandate));
        q.addBindValue(dateValue(p.joined));
        q.addBindValue(dateValue(p.left));
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        q.addBindValue(idText(p.id));
        if (!q.exec())
            return dbError(q);
    }
    if (opensTerm) {
        LeadTerm t;
        t.id = QUuid::createUuid();
        t.projectId = p.projectId;
        t.organisationId = p.organisationId;
        t.from = p.joined;
        if (auto r = insertLeadTerm(t); !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The participation could not be saved."));
    m_changes.ids = {p.id, p.projectId};
    return participation(p.id);
}

Status LocalStore::setParticipationDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Participations | ChangeSet::LeadTerms);
    Transaction transaction(database());
    auto existing = participation(id);
    if (!existing.ok())
        return existing.error();
    const Participation &p = existing.value();
    if (p.meta.deleted == deleted)
        return Done{};
    if (auto writable = checkProjectWritable(p.projectId); !writable.ok())
        return writable.error();
    const bool isLead = p.isCurrent() && p.role == ParticipationRole::Lead;
    QSqlQuery q(database());
    if (isLead && deleted) {
        auto proj = project(p.projectId);
        if (proj.ok() && proj.value().status == ProjectStatus::Active)
            return rule(tr("%1 holds the regie of this active project and cannot be removed. Hand the regie over "
                           "first.")
                            .arg(p.organisationName));
    }
    if (isLead && !deleted) {
        if (currentLead(p.projectId).ok())
            return rule(tr("This project already has another lead organisation."));
    }
    if (p.isCurrent() && !deleted) {
        // One current participation per organisation and project, as in saveParticipation().
        q.prepare(QStringLiteral("SELECT count(*) FROM participation WHERE project_id = ? AND organisation_id = ? AND "
                                 "left_on IS NULL AND deleted = 0 AND id <> ?"));
        q.addBindValue(idText(p.projectId));
        q.addBindValue(idText(p.organisationId));
        q.addBindValue(idText(p.id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() > 0)
            return rule(tr("%1 already takes part in this project.").arg(p.organisationName));
    }
    q.prepare(QStringLiteral("UPDATE participation SET deleted = ?, updated_at = ?, changed_by = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (isLead) {
        // The lead term that came with this lead goes and comes back with it.
        q.prepare(QStringLiteral(
            "UPDATE lead_term SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 WHERE id = "
            "(SELECT id FROM lead_term WHERE project_id = ? AND organisation_id = ? AND until_date IS NULL "
            "ORDER BY from_date DESC LIMIT 1)"));
        q.addBindValue(deleted ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        q.addBindValue(idText(p.projectId));
        q.addBindValue(idText(p.organisationId));
        if (!q.exec())
            return dbError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The participation could not be saved."));
    m_changes.ids = {id, p.projectId};
    return Done{};
}

Status LocalStore::setRole(const QUuid &projectId, const QUuid &organisationId, ParticipationRole role)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE participation SET role = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE project_id = ? AND organisation_id = ? AND left_on IS NULL AND deleted = 0"));
    q.addBindValue(key(role));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(projectId));
    q.addBindValue(idText(organisationId));
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() != 1)
        return rule(tr("The organisation no longer takes part in this project."));
    return Done{};
}

Status LocalStore::handOverLead(const LeadHandOver &h)
{
    begin(ChangeSet::Participations | ChangeSet::LeadTerms | ChangeSet::Projects);
    if (!h.date.isValid())
        return error(Error::Validation, tr("Choose the date of the hand-over."));
    if (h.fromOrganisation == h.toOrganisation)
        return rule(tr("This organisation already holds the regie."));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(h.projectId); !writable.ok())
        return writable.error();
    auto lead = currentLead(h.projectId);
    if (!lead.ok() || lead.value().organisationId != h.fromOrganisation)
        return rule(tr("The regie of this project changed in the meantime. Look again and retry."));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, from_date FROM lead_term WHERE project_id = ? AND until_date IS NULL AND "
                             "deleted = 0"));
    q.addBindValue(idText(h.projectId));
    if (!q.exec())
        return dbError(q);
    QString openTerm;
    if (q.next()) {
        openTerm = q.value(0).toString();
        if (h.date < toDate(q.value(1)))
            return error(Error::Validation,
                         tr("The hand-over cannot lie before %1, when the current lead started.")
                             .arg(QLocale().toString(toDate(q.value(1)), QLocale::LongFormat)));
    }
    QSqlQuery check(database());
    check.prepare(QStringLiteral("SELECT role FROM participation WHERE project_id = ? AND organisation_id = ? AND "
                                 "left_on IS NULL AND deleted = 0"));
    check.addBindValue(idText(h.projectId));
    check.addBindValue(idText(h.toOrganisation));
    if (!check.exec())
        return dbError(check);
    if (!check.next())
        return rule(tr("Only a current partner of the project can take over the regie."));
    if (participationRoleFromKey(check.value(0).toString()) != h.previousRoleOfNewLead)
        return rule(tr("The partners of this project changed in the meantime. Look again and retry."));

    if (!openTerm.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE lead_term SET until_date = ?, updated_at = ?, changed_by = ?, "
                                 "version = version + 1 WHERE id = ?"));
        q.addBindValue(dateValue(h.date));
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        q.addBindValue(openTerm);
        if (!q.exec())
            return dbError(q);
    }
    // Demote first: the database allows one current lead per project.
    if (auto r = setRole(h.projectId, h.fromOrganisation, ParticipationRole::Partner); !r.ok())
        return r;
    if (auto r = setRole(h.projectId, h.toOrganisation, ParticipationRole::Lead); !r.ok())
        return r;
    LeadTerm t;
    t.id = h.openedTermId.isNull() ? QUuid::createUuid() : h.openedTermId;
    t.projectId = h.projectId;
    t.organisationId = h.toOrganisation;
    t.from = h.date;
    // Redo after revertHandOver(): the term it tombstoned comes back under the same id.
    q.prepare(QStringLiteral("UPDATE lead_term SET deleted = 0, organisation_id = ?, from_date = ?, until_date = NULL, "
                             "updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE id = ? AND project_id = ? AND deleted = 1"));
    q.addBindValue(idText(t.organisationId));
    q.addBindValue(dateValue(t.from));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(t.id));
    q.addBindValue(idText(t.projectId));
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0) {
        if (auto r = insertLeadTerm(t); !r.ok())
            return r;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The hand-over could not be saved."));
    m_changes.ids = {h.projectId};
    return Done{};
}

Status LocalStore::revertHandOver(const LeadHandOver &h)
{
    begin(ChangeSet::Participations | ChangeSet::LeadTerms | ChangeSet::Projects);
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(h.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM lead_term WHERE id = ? AND until_date IS NULL AND deleted = 0"));
    q.addBindValue(idText(h.openedTermId));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() != 1)
        return rule(tr("The regie changed again since this hand-over; it cannot be undone."));
    q.prepare(QStringLiteral("UPDATE lead_term SET deleted = 1, updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(h.openedTermId));
    if (!q.exec())
        return dbError(q);
    q.prepare(QStringLiteral(
        "UPDATE lead_term SET until_date = NULL, updated_at = ?, changed_by = ?, version = version + 1 WHERE id = "
        "(SELECT id FROM lead_term WHERE project_id = ? AND organisation_id = ? AND until_date = ? AND deleted = 0 "
        "ORDER BY from_date DESC LIMIT 1)"));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(h.projectId));
    q.addBindValue(idText(h.fromOrganisation));
    q.addBindValue(dateValue(h.date));
    if (!q.exec())
        return dbError(q);
    if (auto r = setRole(h.projectId, h.toOrganisation, h.previousRoleOfNewLead); !r.ok())
        return r;
    if (auto r = setRole(h.projectId, h.fromOrganisation, ParticipationRole::Lead); !r.ok())
        return r;
    if (!transaction.commit())
        return error(Error::Storage, tr("The hand-over could not be undone."));
    m_changes.ids = {h.projectId};
    return Done{};
}

Result<QList<LeadTerm>> LocalStore::leadHistory(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.id, t.organisation_id, o.name, t.from_date, t.until_date, t.created_at, "
                             "t.updated_at, t.changed_by, t.deleted, t.version FROM lead_term t "
                             "JOIN organisation o ON o.id = t.organisation_id "
                             "WHERE t.project_id = ? AND t.deleted = 0 "
                             "ORDER BY t.until_date IS NULL DESC, t.from_date DESC, t.until_date DESC"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<LeadTerm> rows;
    while (q.next()) {
        LeadTerm t;
        t.id = QUuid::fromString(q.value(0).toString());
        t.projectId = projectId;
        t.organisationId = QUuid::fromString(q.value(1).toString());
        t.organisationName = q.value(2).toString();
        t.from = toDate(q.value(3));
        t.until = toDate(q.value(4));
        t.meta = readMeta(q, 5);
        rows.append(t);
    }
    return rows;
}

Result<QList<Organisation>> LocalStore::organisations()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(OrganisationSelect + QStringLiteral(" WHERE deleted = 0 ORDER BY name_key")))
        return dbError(q);
    QList<Organisation> rows;
    while (q.next())
        rows.append(readOrganisation(q));
    return rows;
}

Result<Organisation> LocalStore::organisation(const QUuid &id)
{
    QSqlQuery q(database());
    q.prepare(OrganisationSelect + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The organisation no longer exists."));
    return readOrganisation(q);
}

Status LocalStore::insertOrganisation(const Organisation &o)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO organisation (id, name, name_key, kind, municipality_code, created_at, "
                             "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(o.id));
    q.addBindValue(o.name.trimmed());
    q.addBindValue(sortKey(o.name));
    q.addBindValue(key(o.kind));
    q.addBindValue(text(o.municipalityCode));
    q.addBindValue(o.meta.createdAt.isValid() ? o.meta.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(o.meta.updatedAt.isValid() ? o.meta.updatedAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(idValue(o.meta.changedBy.isNull() ? m_actor : o.meta.changedBy));
    q.addBindValue(o.meta.deleted ? 1 : 0);
    q.addBindValue(std::max<qint64>(1, o.meta.version));
    if (!q.exec())
        return dbError(q);
    return Done{};
}

Result<Organisation> LocalStore::saveOrganisation(const Organisation &changed)
{
    begin(ChangeSet::Organisations);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE name_key = ? AND deleted = 0 AND id <> ?"));
    q.addBindValue(sortKey(changed.name));
    q.addBindValue(idText(changed.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() > 0)
        return rule(tr("An organisation called \"%1\" already exists.").arg(changed.name.trimmed()));
    Organisation o = changed;
    if (o.id.isNull())
        o.id = QUuid::createUuid();
    q.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"));
    q.addBindValue(idText(o.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() == 0) {
        o.meta = SyncMeta{};
        if (auto r = insertOrganisation(o); !r.ok())
            return r.error();
    } else {
        q.prepare(QStringLiteral("UPDATE organisation SET name = ?, name_key = ?, kind = ?, municipality_code = ?, "
                                 "updated_at = ?, changed_by = ?, version = version + 1 WHERE id = ?"));
        q.addBindValue(o.name.trimmed());
        q.addBindValue(sortKey(o.name));
        q.addBindValue(key(o.kind));
        q.addBindValue(text(o.municipalityCode));
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        q.addBindValue(idText(o.id));
        if (!q.exec())
            return dbError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The organisation could not be saved."));
    m_changes.ids = {o.id};
    return organisation(o.id);
}

Status LocalStore::setOrganisationDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Organisations);
    Transaction transaction(database());
    QSqlQuery q(database());
    if (deleted) {
        q.prepare(QStringLiteral("SELECT count(*) FROM participation pa JOIN project p ON p.id = pa.project_id "
                                 "WHERE pa.organisation_id = ? AND pa.left_on IS NULL AND pa.deleted = 0 AND "
                                 "p.deleted = 0"));
        q.addBindValue(idText(id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (const int n = q.value(0).toInt(); n > 0)
            return rule(QCoreApplication::translate(
                "Store", "This organisation still takes part in %n project(s). Let it leave them first.", nullptr, n));
    }
    q.prepare(QStringLiteral("UPDATE organisation SET deleted = ?, updated_at = ?, changed_by = ?, "
                             "version = version + 1 WHERE id = ? AND deleted = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(id));
    q.addBindValue(deleted ? 0 : 1);
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() != 1)
        return error(Error::NotFound, tr("The organisation no longer exists."));
    if (!transaction.commit())
        return error(Error::Storage, tr("The organisation could not be saved."));
    m_changes.ids = {id};
    return Done{};
}

Result<QList<Person>> LocalStore::people(const QUuid &organisationId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, organisation_id, name, email, function, %1 FROM person "
                             "WHERE organisation_id = ? AND deleted = 0 ORDER BY name")
                  .arg(QLatin1String(MetaColumns)));
    q.addBindValue(idText(organisationId));
    if (!q.exec())
        return dbError(q);
    QList<Person> rows;
    while (q.next()) {
        Person p;
        p.id = QUuid::fromString(q.value(0).toString());
        p.organisationId = QUuid::fromString(q.value(1).toString());
        p.name = q.value(2).toString();
        p.email = q.value(3).toString();
        p.function = q.value(4).toString();
        p.meta = readMeta(q, 5);
        rows.append(p);
    }
    return rows;
}

Status LocalStore::insertPerson(const Person &p)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO person (id, organisation_id, name, email, function, created_at, updated_at, "
                             "changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(p.id));
    q.addBindValue(idText(p.organisationId));
    q.addBindValue(p.name.trimmed());
    q.addBindValue(text(p.email));
    q.addBindValue(text(p.function));
    q.addBindValue(p.meta.createdAt.isValid() ? p.meta.createdAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(p.meta.updatedAt.isValid() ? p.meta.updatedAt.toString(Qt::ISODateWithMs) : now());
    q.addBindValue(idValue(p.meta.changedBy.isNull() ? m_actor : p.meta.changedBy));
    q.addBindValue(p.meta.deleted ? 1 : 0);
    q.addBindValue(std::max<qint64>(1, p.meta.version));
    if (!q.exec())
        return dbError(q);
    return Done{};
}

Result<Person> LocalStore::savePerson(const Person &changed)
{
    begin(ChangeSet::People);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    if (auto org = organisation(changed.organisationId); !org.ok())
        return org.error();
    Person p = changed;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE person SET organisation_id = ?, name = ?, email = ?, function = ?, updated_at = ?, "
                             "changed_by = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(idText(p.organisationId));
    q.addBindValue(p.name.trimmed());
    q.addBindValue(text(p.email));
    q.addBindValue(text(p.function));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(p.id));
    if (!q.exec())
        return dbError(q);
    if (q.numRowsAffected() == 0) {
        p.meta = SyncMeta{};
        if (auto r = insertPerson(p); !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The person could not be saved."));
    m_changes.ids = {p.id};
    return p;
}

Result<Identity> LocalStore::identity()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, o.id, o.name FROM local_setting s "
                               "JOIN person p ON p.id = s.value JOIN organisation o ON o.id = p.organisation_id "
                               "WHERE s.key = 'me' AND p.deleted = 0")))
        return dbError(q);
    Identity me;
    if (q.next()) {
        me.personId = QUuid::fromString(q.value(0).toString());
        me.personName = q.value(1).toString();
        me.organisationId = QUuid::fromString(q.value(2).toString());
        me.organisationName = q.value(3).toString();
        m_actor = me.personId;
    }
    // Written by the sync session from the server's hello.
    if (!q.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'server_role'")))
        return dbError(q);
    if (q.next())
        me.serverRole = q.value(0).toString();
    return me;
}

Result<Identity> LocalStore::setIdentity(const QUuid &personId)
{
    begin(ChangeSet::Identity);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES ('me', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(idText(personId));
    if (!q.exec())
        return dbError(q);
    return identity();
}

Status LocalStore::importBundle(const Bundle &bundle)
{
    begin(ChangeSet::Organisations | ChangeSet::People | ChangeSet::Projects | ChangeSet::Participations
          | ChangeSet::LeadTerms | ChangeSet::Identity | ChangeSet::Goals | ChangeSet::Milestones
          | ChangeSet::Progress);
    Transaction transaction(database());
    auto exists = [this](const char *table, const QUuid &id) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        q.addBindValue(idText(id));
        return q.exec() && q.next();
    };
    for (const auto &o : bundle.organisations) {
        if (const auto issues = validate(o); !issues.isEmpty())
            return error(Error::Validation, o.name + QStringLiteral(": ") + describe(issues));
        if (!exists("organisation", o.id))
            if (auto r = insertOrganisation(o); !r.ok())
                return r;
    }
    for (const auto &p : bundle.people) {
        if (!exists("person", p.id))
            if (auto r = insertPerson(p); !r.ok())
                return r;
    }
    for (const auto &p : bundle.projects) {
        if (const auto issues = validate(p); !issues.isEmpty())
            return error(Error::Validation, p.name + QStringLiteral(": ") + describe(issues));
        if (!exists("project", p.id))
            if (auto r = insertProject(p); !r.ok())
                return r;
    }
    for (const auto &p : bundle.participations) {
        if (!exists("participation", p.id))
            if (auto r = insertParticipation(p); !r.ok())
                return r;
    }
    for (const auto &t : bundle.leadTerms) {
        if (!exists("lead_term", t.id))
            if (auto r = insertLeadTerm(t); !r.ok())
                return r;
    }
    if (auto plan = importPlan(bundle); !plan.ok())
        return plan;
    // The lead rule holds for everything imported too.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT p.name FROM project p WHERE p.deleted = 0 AND p.status = 'active' AND NOT EXISTS "
                               "(SELECT 1 FROM participation l WHERE l.project_id = p.id AND l.role = 'lead' AND "
                               "l.left_on IS NULL AND l.deleted = 0)")))
        return dbError(q);
    if (q.next())
        return rule(tr("The active project \"%1\" has no lead organisation.").arg(q.value(0).toString()));
    if (!bundle.me.isNull()) {
        q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES ('me', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(idText(bundle.me));
        if (!q.exec())
            return dbError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The data could not be saved."));
    return Done{};
}

} // namespace Store
