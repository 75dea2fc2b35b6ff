#include "participationstore.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "organisationstore.h"
#include "projectstore.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

using namespace Rows;

Result<QList<Participation>> ParticipationStore::participations(const QUuid &projectId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(participationSelect()
              + QStringLiteral(" WHERE p.project_id = ? AND p.deleted = 0 ORDER BY p.joined_on, o.name_key"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Participation> rows;
    const auto read = participationReader(q.record());
    while (q.next())
        rows.append(read(q));
    return rows;
}

Result<Participation> ParticipationStore::participation(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.prepare(participationSelect() + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("This participation no longer exists."));
    return participationReader(q.record())(q);
}

Result<Participation> ParticipationStore::currentLead(const QUuid &projectId)
{
    QSqlQuery q(m_context.database());
    q.prepare(participationSelect()
              + QStringLiteral(" WHERE p.project_id = ? AND p.role = 'lead' AND p.left_on IS NULL AND p.deleted = 0"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The project has no lead organisation."));
    return participationReader(q.record())(q);
}

Status ParticipationStore::insertParticipation(const Participation &p)
{
    QVariantMap row = Rows::values(p);
    RowWriter::addBookkeeping(row, p.meta, m_context);
    return m_context.rows().write(*SyncSchema::table(QStringLiteral("participation")), row, RowWriter::Mode::Insert);
}

Status ParticipationStore::insertLeadTerm(const LeadTerm &t)
{
    QVariantMap row = Rows::values(t);
    RowWriter::addBookkeeping(row, t.meta, m_context);
    return m_context.rows().write(*SyncSchema::table(QStringLiteral("lead_term")), row, RowWriter::Mode::Insert);
}

Result<Participation> ParticipationStore::saveParticipation(const Participation &changed)
{
    m_context.begin(ChangeSet::Participations | ChangeSet::LeadTerms);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(changed.projectId); !writable.ok())
        return writable.error();
    auto org = OrganisationStore(m_context).organisation(changed.organisationId);
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
        QSqlQuery q(m_context.database());
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
        // The project stays: a move to another was refused above.
        if (auto r = m_context.rows().update(*SyncSchema::table(QStringLiteral("participation")), Rows::values(p),
                                             m_context, QStringLiteral("id = ?"), {idText(p.id)});
            !r.ok())
            return r.error();
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
    m_context.setChangedIds({p.id, p.projectId});
    return participation(p.id);
}

Status ParticipationStore::setParticipationDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Participations | ChangeSet::LeadTerms);
    Transaction transaction(m_context.database());
    auto existing = participation(id);
    if (!existing.ok())
        return existing.error();
    const Participation &p = existing.value();
    if (p.meta.deleted == deleted)
        return Done{};
    if (auto writable = ProjectStore(m_context).checkProjectWritable(p.projectId); !writable.ok())
        return writable.error();
    const bool isLead = p.isCurrent() && p.role == ParticipationRole::Lead;
    QSqlQuery q(m_context.database());
    if (isLead && deleted) {
        auto proj = ProjectStore(m_context).project(p.projectId);
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
    if (auto r = m_context.rows().setDeleted(*SyncSchema::table(QStringLiteral("participation")), id, deleted,
                                             m_context);
        !r.ok())
        return r.error();
    if (isLead) {
        // The lead term that came with this lead goes and comes back with it.
        if (auto r = m_context.rows().update(*SyncSchema::table(QStringLiteral("lead_term")),
                                             {{QStringLiteral("deleted"), deleted ? 1 : 0}}, m_context,
                                             QStringLiteral("id = (SELECT id FROM lead_term WHERE project_id = ? AND "
                                                            "organisation_id = ? AND until_date IS NULL "
                                                            "ORDER BY from_date DESC LIMIT 1)"),
                                             {idText(p.projectId), idText(p.organisationId)});
            !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The participation could not be saved."));
    m_context.setChangedIds({id, p.projectId});
    return Done{};
}

Status ParticipationStore::setRole(const QUuid &projectId, const QUuid &organisationId, ParticipationRole role)
{
    auto changed = m_context.rows().update(
        *SyncSchema::table(QStringLiteral("participation")), {{QStringLiteral("role"), key(role)}}, m_context,
        QStringLiteral("project_id = ? AND organisation_id = ? AND left_on IS NULL AND deleted = 0"),
        {idText(projectId), idText(organisationId)});
    if (!changed.ok())
        return changed.error();
    if (changed.value() != 1)
        return rule(tr("The organisation no longer takes part in this project."));
    return Done{};
}

Status ParticipationStore::handOverLead(const LeadHandOver &h)
{
    m_context.begin(ChangeSet::Participations | ChangeSet::LeadTerms | ChangeSet::Projects);
    if (!h.date.isValid())
        return error(Error::Validation, tr("Choose the date of the hand-over."));
    if (h.fromOrganisation == h.toOrganisation)
        return rule(tr("This organisation already holds the regie."));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(h.projectId); !writable.ok())
        return writable.error();
    auto lead = currentLead(h.projectId);
    if (!lead.ok() || lead.value().organisationId != h.fromOrganisation)
        return rule(tr("The regie of this project changed in the meantime. Look again and retry."));
    QSqlQuery q(m_context.database());
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
    QSqlQuery check(m_context.database());
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

    const SyncSchema::Table &leadTerms = *SyncSchema::table(QStringLiteral("lead_term"));
    if (!openTerm.isEmpty()) {
        if (auto r = m_context.rows().update(leadTerms, {{QStringLiteral("until_date"), dateValue(h.date)}}, m_context,
                                             QStringLiteral("id = ?"), {openTerm});
            !r.ok())
            return r.error();
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
    auto revived = m_context.rows().update(leadTerms,
                                           {{QStringLiteral("deleted"), 0},
                                            {QStringLiteral("organisation_id"), idText(t.organisationId)},
                                            {QStringLiteral("from_date"), dateValue(t.from)},
                                            {QStringLiteral("until_date"), dateValue(t.until)}},
                                           m_context, QStringLiteral("id = ? AND project_id = ? AND deleted = 1"),
                                           {idText(t.id), idText(t.projectId)});
    if (!revived.ok())
        return revived.error();
    if (revived.value() == 0) {
        if (auto r = insertLeadTerm(t); !r.ok())
            return r;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The hand-over could not be saved."));
    m_context.setChangedIds({h.projectId});
    return Done{};
}

Status ParticipationStore::revertHandOver(const LeadHandOver &h)
{
    m_context.begin(ChangeSet::Participations | ChangeSet::LeadTerms | ChangeSet::Projects);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(h.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM lead_term WHERE id = ? AND until_date IS NULL AND deleted = 0"));
    q.addBindValue(idText(h.openedTermId));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() != 1)
        return rule(tr("The regie changed again since this hand-over; it cannot be undone."));
    const SyncSchema::Table &leadTerms = *SyncSchema::table(QStringLiteral("lead_term"));
    if (auto r = m_context.rows().setDeleted(leadTerms, h.openedTermId, true, m_context); !r.ok())
        return r.error();
    // The term the hand-over closed is open again.
    if (auto r = m_context.rows().update(leadTerms, {{QStringLiteral("until_date"), dateValue({})}}, m_context,
                                         QStringLiteral("id = (SELECT id FROM lead_term WHERE project_id = ? AND "
                                                        "organisation_id = ? AND until_date = ? AND deleted = 0 "
                                                        "ORDER BY from_date DESC LIMIT 1)"),
                                         {idText(h.projectId), idText(h.fromOrganisation), dateValue(h.date)});
        !r.ok())
        return r.error();
    if (auto r = setRole(h.projectId, h.toOrganisation, h.previousRoleOfNewLead); !r.ok())
        return r;
    if (auto r = setRole(h.projectId, h.fromOrganisation, ParticipationRole::Lead); !r.ok())
        return r;
    if (!transaction.commit())
        return error(Error::Storage, tr("The hand-over could not be undone."));
    m_context.setChangedIds({h.projectId});
    return Done{};
}

Result<QList<LeadTerm>> ParticipationStore::leadHistory(const QUuid &projectId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(leadTermSelect()
              + QStringLiteral(" WHERE t.project_id = ? AND t.deleted = 0 "
                               "ORDER BY t.until_date IS NULL DESC, t.from_date DESC, t.until_date DESC"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<LeadTerm> rows;
    const auto read = leadTermReader(q.record());
    while (q.next())
        rows.append(read(q));
    return rows;
}

} // namespace Store
