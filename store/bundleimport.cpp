#include "bundleimport.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/knowledgevalidation.h"
#include "model/validation.h"
#include "organisationstore.h"
#include "knowledgerows.h"
#include "participationstore.h"
#include "projectstore.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

Status BundleImport::importBundle(const Bundle &bundle)
{
    m_context.begin(ChangeSet::Organisations | ChangeSet::People | ChangeSet::Projects | ChangeSet::Participations
                    | ChangeSet::LeadTerms | ChangeSet::Identity | ChangeSet::Goals | ChangeSet::Milestones
                    | ChangeSet::Progress | ChangeSet::Knowledge);
    Transaction transaction(m_context.database());
    auto exists = [this](const char *table, const QUuid &id) {
        QSqlQuery q(m_context.database());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        q.addBindValue(idText(id));
        return q.exec() && q.next();
    };
    for (const auto &o : bundle.organisations) {
        if (const auto issues = validate(o); !issues.isEmpty())
            return error(Error::Validation, o.name + QStringLiteral(": ") + describe(issues));
        if (!exists("organisation", o.id))
            if (auto r = OrganisationStore(m_context).insertOrganisation(o); !r.ok())
                return r;
    }
    for (const auto &p : bundle.people) {
        if (!exists("person", p.id))
            if (auto r = OrganisationStore(m_context).insertPerson(p); !r.ok())
                return r;
    }
    for (const auto &p : bundle.projects) {
        if (const auto issues = validate(p); !issues.isEmpty())
            return error(Error::Validation, p.name + QStringLiteral(": ") + describe(issues));
        if (!exists("project", p.id))
            if (auto r = ProjectStore(m_context).insertProject(p); !r.ok())
                return r;
    }
    for (const auto &p : bundle.participations) {
        if (!exists("participation", p.id))
            if (auto r = ParticipationStore(m_context).insertParticipation(p); !r.ok())
                return r;
    }
    for (const auto &t : bundle.leadTerms) {
        if (!exists("lead_term", t.id))
            if (auto r = ParticipationStore(m_context).insertLeadTerm(t); !r.ok())
                return r;
    }
    if (auto plan = importPlan(bundle); !plan.ok())
        return plan;
    if (auto knowledge = importKnowledge(bundle); !knowledge.ok())
        return knowledge;
    // The lead rule holds for everything imported too.
    QSqlQuery q(m_context.database());
    if (!q.exec(
            QStringLiteral("SELECT p.name FROM project p WHERE p.deleted = 0 AND p.status = 'active' AND NOT EXISTS "
                           "(SELECT 1 FROM participation l WHERE l.project_id = p.id AND l.role = 'lead' AND "
                           "l.left_on IS NULL AND l.deleted = 0)")))
        return dbError(q);
    if (q.next())
        return rule(tr("The active project \"%1\" has no lead organisation.").arg(q.value(0).toString()));
    if (!bundle.me.isNull()) {
        // local_setting is this device's own, never synced: no bookkeeping to stamp.
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

Status BundleImport::insertRow(const char *table, QVariantMap row, const SyncMeta &meta)
{
    const QString stamp = meta.createdAt.isValid() ? meta.createdAt.toString(Qt::ISODateWithMs) : m_context.now();
    row.insert(QStringLiteral("created_at"), stamp);
    row.insert(QStringLiteral("updated_at"), stamp);
    row.insert(QStringLiteral("changed_by"), idValue(meta.changedBy));
    return m_context.rows().write(*SyncSchema::table(QString::fromLatin1(table)), row, RowWriter::Mode::InsertOrIgnore);
}

Status BundleImport::importPlan(const Bundle &bundle)
{
    // Rows that exist already are left alone: importing twice changes nothing.
    // An imported row keeps its author and carries one stamp (its creation).
    auto insert = [this](const char *table, const QVariantMap &row, const SyncMeta &meta) {
        return insertRow(table, row, meta);
    };
    for (const Goal &g : bundle.goals) {
        Status s = insert("goal", Rows::values(g), g.meta);
        for (const QUuid &org : g.servesOrganisations) {
            if (s.ok())
                s = insert("goal_partner",
                           Rows::link(QStringLiteral("goal_id"), g.id, QStringLiteral("organisation_id"), org,
                                      g.projectId),
                           g.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const Measurement &m : bundle.measurements) {
        if (auto s = insert("measurement", Rows::values(m), m.meta); !s.ok())
            return s;
    }
    for (const Milestone &m : bundle.milestones) {
        Status s = insert("milestone", Rows::values(m), m.meta);
        for (const QUuid &goal : m.goals) {
            if (s.ok())
                s = insert("milestone_goal",
                           Rows::link(QStringLiteral("milestone_id"), m.id, QStringLiteral("goal_id"), goal,
                                      m.projectId),
                           m.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const ProgressEntry &e : bundle.progress) {
        if (auto s = insert("progress_entry", Rows::values(e), e.meta); !s.ok())
            return s;
    }
    for (const Evaluation &e : bundle.evaluations) {
        Status s = insert("evaluation", Rows::values(e), e.meta);
        for (const EvaluationScore &score : e.scores) {
            if (s.ok())
                s = insert("evaluation_score",
                           {{QStringLiteral("id"), idText(score.id)},
                            {QStringLiteral("project_id"), idText(e.projectId)},
                            {QStringLiteral("evaluation_id"), idText(e.id)},
                            {QStringLiteral("goal_id"), idText(score.goalId)},
                            {QStringLiteral("status"), key(score.status)},
                            {QStringLiteral("remark"), text(score.remark)}},
                           e.meta);
        }
        for (const EvaluationComment &c : e.comments) {
            SyncMeta written = e.meta;
            if (c.at.isValid())
                written.createdAt = c.at;
            if (s.ok())
                s = insert("evaluation_comment",
                           {{QStringLiteral("id"), idText(c.id)},
                            {QStringLiteral("project_id"), idText(e.projectId)},
                            {QStringLiteral("evaluation_id"), idText(e.id)},
                            {QStringLiteral("person_id"), idText(c.personId)},
                            {QStringLiteral("comment"), c.comment}},
                           written);
        }
        for (const Decision &d : e.decisions) {
            if (s.ok())
                s = insert("decision",
                           {{QStringLiteral("id"), idText(d.id)},
                            {QStringLiteral("project_id"), idText(e.projectId)},
                            {QStringLiteral("evaluation_id"), idText(e.id)},
                            {QStringLiteral("text"), d.text},
                            {QStringLiteral("subject"), key(d.subject)},
                            {QStringLiteral("subject_id"), idValue(d.subjectId)},
                            {QStringLiteral("before_value"), text(d.before)},
                            {QStringLiteral("after_value"), text(d.after)},
                            {QStringLiteral("reason"), text(d.reason)},
                            {QStringLiteral("decided_on"), dateValue(d.decidedOn)}},
                           e.meta);
        }
        if (!s.ok())
            return s;
    }
    return Done{};
}

Status BundleImport::importKnowledge(const Bundle &bundle)
{
    auto insert = [this](const char *table, const QVariantMap &row, const SyncMeta &meta) {
        return insertRow(table, row, meta);
    };
    for (const KnowledgeItem &item : bundle.knowledge) {
        if (const auto issues = validate(item); !issues.isEmpty())
            return error(Error::Validation, item.title + QStringLiteral(": ") + describe(issues));
        // The first version carries the item's creation, so its history starts there.
        const QUuid version = QUuid::createUuidV5(item.id, QStringLiteral("version-1"));
        Status s = insert("knowledge_item", Rows::values(item), item.meta);
        if (s.ok())
            s = insert("knowledge_version", Rows::versionValues(item, version, 1), item.meta);
        if (!s.ok())
            return s;
    }
    for (const Reuse &r : bundle.reuses) {
        if (const auto issues = validate(r); !issues.isEmpty())
            return error(Error::Validation, describe(issues));
        if (auto s = insert("reuse", Rows::values(r), r.meta); !s.ok())
            return s;
    }
    return Done{};
}

} // namespace Store
