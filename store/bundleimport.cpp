#include "bundleimport.h"

#include "model/text.h"
#include "model/validation.h"
#include "organisationstore.h"
#include "participationstore.h"
#include "projectstore.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

Status BundleImport::importBundle(const Bundle &bundle)
{
    m_context.begin(ChangeSet::Organisations | ChangeSet::People | ChangeSet::Projects | ChangeSet::Participations
                    | ChangeSet::LeadTerms | ChangeSet::Identity | ChangeSet::Goals | ChangeSet::Milestones
                    | ChangeSet::Progress);
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

Status BundleImport::importPlan(const Bundle &bundle)
{
    // Rows that exist already are left alone: importing twice changes nothing.
    auto insert = [this](const QString &table, const QStringList &columns, const QVariantList &values,
                         const SyncMeta &meta) -> Status{
        QSqlQuery q(m_context.database());
        QStringList all = columns;
        all << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("changed_by");
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                      .arg(table, all.join(QStringLiteral(", ")),
                           QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        const QString stamp = meta.createdAt.isValid() ? meta.createdAt.toString(Qt::ISODateWithMs) : m_context.now();
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        q.addBindValue(idValue(meta.changedBy));
        return q.exec() ? Status(Done{}) : Status(dbError(q));
    };
    for (const Goal &g : bundle.goals) {
        Status s = insert(QStringLiteral("goal"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("title"),
                            QStringLiteral("description"), QStringLiteral("indicator"), QStringLiteral("unit"),
                            QStringLiteral("baseline"), QStringLiteral("target"), QStringLiteral("due_date")},
                          {idText(g.id), idText(g.projectId), g.title, text(g.description), text(g.indicator),
                            text(g.unit), numberValue(g.baseline), numberValue(g.target), dateValue(g.due)},
                          g.meta);
        for (const QUuid &org : g.servesOrganisations) {
            if (s.ok())
                s = insert(
                    QStringLiteral("goal_partner"),
                    {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("goal_id"),
                      QStringLiteral("organisation_id")},
                    {idText(QUuid::createUuidV5(g.id, idText(org))), idText(g.projectId), idText(g.id), idText(org)},
                    g.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const Measurement &m : bundle.measurements) {
        if (auto s = insert(QStringLiteral("measurement"),
                            {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("goal_id"),
                              QStringLiteral("value"), QStringLiteral("measured_on"), QStringLiteral("note"),
                              QStringLiteral("person_id")},
                            {idText(m.id), idText(m.projectId), idText(m.goalId), m.value, dateValue(m.measuredOn),
                              text(m.note), idValue(m.personId)},
                            m.meta);
            !s.ok())
            return s;
    }
    for (const Milestone &m : bundle.milestones) {
        Status s = insert(QStringLiteral("milestone"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("title"),
                            QStringLiteral("description"), QStringLiteral("due_date"),
                            QStringLiteral("owner_organisation_id"), QStringLiteral("status"),
                            QStringLiteral("completed_on")},
                          {idText(m.id), idText(m.projectId), m.title, text(m.description), dateValue(m.due),
                            idValue(m.ownerOrganisationId), key(m.status), dateValue(m.completedOn)},
                          m.meta);
        for (const QUuid &goal : m.goals) {
            if (s.ok())
                s = insert(QStringLiteral("milestone_goal"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("milestone_id"),
                             QStringLiteral("goal_id")},
                           {idText(QUuid::createUuidV5(m.id, idText(goal))), idText(m.projectId), idText(m.id),
                             idText(goal)},
                           m.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const ProgressEntry &e : bundle.progress) {
        if (auto s = insert(QStringLiteral("progress_entry"),
                            {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("entry_date"),
                              QStringLiteral("person_id"), QStringLiteral("organisation_id"), QStringLiteral("hours"),
                              QStringLiteral("note"), QStringLiteral("milestone_id"), QStringLiteral("percent")},
                            {idText(e.id), idText(e.projectId), dateValue(e.date), idValue(e.personId),
                              idText(e.organisationId), numberValue(e.hours), text(e.note), idValue(e.milestoneId),
                              numberValue(e.percent)},
                            e.meta);
            !s.ok())
            return s;
    }
    for (const Evaluation &e : bundle.evaluations) {
        Status s = insert(QStringLiteral("evaluation"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("kind"),
                            QStringLiteral("planned_on"), QStringLiteral("held_on"), QStringLiteral("findings"),
                            QStringLiteral("lessons"), QStringLiteral("status")},
                          {idText(e.id), idText(e.projectId), key(e.kind), dateValue(e.plannedOn), dateValue(e.heldOn),
                            text(e.findings), text(e.lessons),
                            e.isHeld() ? QStringLiteral("held") : QStringLiteral("planned")},
                          e.meta);
        for (const EvaluationScore &score : e.scores) {
            if (s.ok())
                s = insert(QStringLiteral("evaluation_score"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                             QStringLiteral("goal_id"), QStringLiteral("status"), QStringLiteral("remark")},
                           {idText(score.id), idText(e.projectId), idText(e.id), idText(score.goalId),
                             key(score.status), text(score.remark)},
                           e.meta);
        }
        for (const EvaluationComment &c : e.comments) {
            SyncMeta written = e.meta;
            if (c.at.isValid())
                written.createdAt = c.at;
            if (s.ok())
                s = insert(QStringLiteral("evaluation_comment"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                             QStringLiteral("person_id"), QStringLiteral("comment")},
                           {idText(c.id), idText(e.projectId), idText(e.id), idText(c.personId), c.comment}, written);
        }
        for (const Decision &d : e.decisions) {
            if (s.ok())
                s = insert(QStringLiteral("decision"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                             QStringLiteral("text"), QStringLiteral("subject"), QStringLiteral("subject_id"),
                             QStringLiteral("before_value"), QStringLiteral("after_value"), QStringLiteral("reason"),
                             QStringLiteral("decided_on")},
                           {idText(d.id), idText(e.projectId), idText(e.id), d.text, key(d.subject),
                             idValue(d.subjectId), text(d.before), text(d.after), text(d.reason),
                             dateValue(d.decidedOn)},
                           e.meta);
        }
        if (!s.ok())
            return s;
    }
    return Done{};
}

} // namespace Store
