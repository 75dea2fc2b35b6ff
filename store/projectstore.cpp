#include "projectstore.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "organisationstore.h"
#include "participationstore.h"
#include "projectsearch.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Model;

namespace Store {

using namespace Rows;

namespace {

    // The WHERE clause shared by findProjects() and countProjects();
    // @p common as ProjectSearch::isCommon() answered.
    QString projectFilter(const ProjectQuery &query, bool common)
    {
        QString where = QStringLiteral(" WHERE p.deleted = 0");
        if (!query.includeClosed)
            where += QStringLiteral(" AND p.status IN ('idea', 'active')");
        if (!query.organisationId.isNull())
            where += QStringLiteral(" AND EXISTS (SELECT 1 FROM participation m WHERE m.project_id = p.id"
                                    " AND m.organisation_id = :organisation AND m.left_on IS NULL AND m.deleted = 0)");
        if (!query.ids.isEmpty())
            where += QStringLiteral(" AND p.id IN (SELECT value FROM json_each(:ids))");
        return where + ProjectSearch::filter(query, common);
    }

    void bindFilter(QSqlQuery &q, const ProjectQuery &query, bool common)
    {
        ProjectSearch::bind(q, query, common);
        if (!query.organisationId.isNull())
            q.bindValue(QStringLiteral(":organisation"), idText(query.organisationId));
        if (!query.ids.isEmpty()) {
            QJsonArray ids;
            for (const QUuid &id : query.ids)
                ids.append(idText(id));
            q.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        }
    }

    const QString LeadJoin = QStringLiteral(
        " FROM project p"
        " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
        " LEFT JOIN organisation o ON o.id = l.organisation_id");

} // namespace

Result<QList<ProjectSummary>> ProjectStore::findProjects(const ProjectQuery &query)
{
    const bool common = ProjectSearch::isCommon(m_context.database(), query);
    QString sql = QStringLiteral("SELECT p.id, p.name, p.slogan, p.status, p.name_key, o.id, o.name") + LeadJoin
        + projectFilter(query, common);
    const bool after = !query.afterId.isNull();
    if (after)
        sql += QStringLiteral(" AND (p.name_key, p.id) > (:afterKey, :afterId)");
    sql += QStringLiteral(" ORDER BY p.name_key, p.id LIMIT :limit");
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindFilter(q, query, common);
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

Result<int> ProjectStore::countProjects(const ProjectQuery &query)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM project p") + projectFilter(query, false));
    bindFilter(q, query, false);
    if (!q.exec() || !q.next())
        return dbError(q);
    return q.value(0).toInt();
}

Result<Project> ProjectStore::project(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.prepare(projectSelect() + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The project no longer exists."));
    return projectReader(q.record())(q);
}

Status ProjectStore::insertProject(const Project &p)
{
    QVariantMap row = Rows::values(p);
    row.insert(QStringLiteral("name"), p.name.trimmed());
    RowWriter::addBookkeeping(row, p.meta, m_context);
    return m_context.rows().write(*SyncSchema::table(QStringLiteral("project")), row, RowWriter::Mode::Insert);
}

Result<Project> ProjectStore::createProject(const Project &created, const QUuid &lead)
{
    m_context.begin(ChangeSet::Projects | ChangeSet::Participations | ChangeSet::LeadTerms);
    if (const auto issues = validate(created); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    if (created.status == ProjectStatus::Active && lead.isNull())
        return rule(tr("An active project needs a lead organisation (the regie)."));
    Transaction transaction(m_context.database());
    Project p = created;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    p.meta = SyncMeta{};
    if (auto r = insertProject(p); !r.ok())
        return r.error();
    if (!lead.isNull()) {
        auto org = OrganisationStore(m_context).organisation(lead);
        if (!org.ok())
            return org.error();
        const QDate since = p.start.isValid() ? p.start : QDate::currentDate();
        Participation l;
        l.id = QUuid::createUuid();
        l.projectId = p.id;
        l.organisationId = lead;
        l.role = ParticipationRole::Lead;
        l.joined = since;
        if (auto r = ParticipationStore(m_context).insertParticipation(l); !r.ok())
            return r.error();
        LeadTerm t;
        t.id = QUuid::createUuid();
        t.projectId = p.id;
        t.organisationId = lead;
        t.from = since;
        if (auto r = ParticipationStore(m_context).insertLeadTerm(t); !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The project could not be saved."));
    m_context.setChangedIds({p.id});
    return project(p.id);
}

Status ProjectStore::checkProjectWritable(const QUuid &projectId)
{
    auto p = project(projectId);
    if (!p.ok())
        return p.error();
    if (isClosed(p.value().status))
        return rule(tr("The project \"%1\" is %2 and therefore read-only.")
                        .arg(p.value().name, displayName(p.value().status).toLower()));
    return Done{};
}

Result<Project> ProjectStore::updateProject(const Project &changed)
{
    m_context.begin(ChangeSet::Projects);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
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
        if (auto lead = ParticipationStore(m_context).currentLead(changed.id); !lead.ok())
            return rule(tr("An active project needs a lead organisation (the regie). Add a lead first."));
    }
    if (!isClosed(old.status) && isClosed(changed.status)) {
        // Completing or stopping is where a project's lessons are kept: a
        // held closing evaluation with lessons learned comes first.
        QSqlQuery c(m_context.database());
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
    QVariantMap set = Rows::values(changed);
    set.insert(QStringLiteral("name"), changed.name.trimmed());
    if (auto r = m_context.rows().update(*SyncSchema::table(QStringLiteral("project")), set, m_context,
                                         QStringLiteral("id = ?"), {idText(changed.id)});
        !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The project could not be saved."));
    m_context.setChangedIds({changed.id});
    return project(changed.id);
}

Status ProjectStore::setProjectDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Projects);
    const auto updated
        = m_context.rows().setDeleted(*SyncSchema::table(QStringLiteral("project")), id, deleted, m_context);
    if (!updated.ok())
        return updated.error();
    if (updated.value() != 1)
        return error(Error::NotFound, tr("The project no longer exists."));
    m_context.setChangedIds({id});
    return Done{};
}

} // namespace Store
