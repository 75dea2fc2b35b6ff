#include "calendartransfer.h"

#include "calendar.h"
#include "evaluationstore.h"
#include "milestonestore.h"
#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "participationstore.h"
#include "projectstore.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

Result<int> CalendarTransfer::exportCalendar(const QUuid &projectId, const QString &path)
{
    QList<Calendar::Item> items;
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    const QString which = projectId.isNull() ? QStringLiteral("p.deleted = 0 AND p.status IN ('idea', 'active')")
                                             : QStringLiteral("p.id = ?");
    // Percent complete: done is 100, else the highest percent logged for it.
    q.prepare(
        QStringLiteral("SELECT m.id, p.name, m.title, m.description, m.due_date, m.status, "
                       "(SELECT max(e.percent) FROM progress_entry e WHERE e.milestone_id = m.id AND e.deleted = 0) "
                       "FROM milestone m JOIN project p ON p.id = m.project_id WHERE m.deleted = 0 AND %1 "
                       "ORDER BY m.due_date")
            .arg(which));
    if (!projectId.isNull())
        q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Calendar::Item i;
        i.kind = Calendar::Item::Kind::Milestone;
        i.id = QUuid::fromString(q.value(0).toString());
        i.projectName = q.value(1).toString();
        i.title = q.value(2).toString();
        i.description = q.value(3).toString();
        i.date = toDate(q.value(4));
        i.status = milestoneStatusFromKey(q.value(5).toString());
        i.percentComplete = i.status == MilestoneStatus::Done ? 100 : std::clamp(q.value(6).toInt(), 0, 100);
        items.append(i);
    }
    q.prepare(
        QStringLiteral("SELECT e.id, p.name, e.kind, e.findings, e.planned_on FROM evaluation e JOIN project p ON "
                       "p.id = e.project_id WHERE e.deleted = 0 AND e.status = 'planned' AND %1 ORDER BY e.planned_on")
            .arg(which));
    if (!projectId.isNull())
        q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Calendar::Item i;
        i.kind = Calendar::Item::Kind::Evaluation;
        i.id = QUuid::fromString(q.value(0).toString());
        i.projectName = q.value(1).toString();
        i.title = q.value(2).toString() == QLatin1String("closing") ? tr("Closing evaluation: %1").arg(i.projectName)
                                                                    : tr("Interim evaluation: %1").arg(i.projectName);
        i.description = q.value(3).toString();
        i.date = toDate(q.value(4));
        items.append(i);
    }
    if (auto written = Calendar::exportFile(path, items); !written.ok())
        return written.error();
    return int(items.size());
}

Result<CalendarFile> CalendarTransfer::readCalendar(const QString &path)
{
    const auto parsed = Calendar::importFile(path);
    if (!parsed.ok())
        return parsed.error();
    CalendarFile file;
    file.skipped = parsed.value().skipped;
    for (const Calendar::Item &i : parsed.value().items)
        file.entries.append({i.kind == Calendar::Item::Kind::Evaluation ? CalendarEntry::Kind::Evaluation
                                                                         : CalendarEntry::Kind::Milestone,
                              i.id, i.title, i.description, i.date});
    return file;
}

Result<int> CalendarTransfer::importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries,
                                             CalendarImportUndo *undo)
{
    CalendarImportUndo changes;
    m_context.begin(ChangeSet::Milestones | ChangeSet::Evaluations);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    const auto lead = ParticipationStore(m_context).currentLead(projectId);
    const auto existing = MilestoneStore(m_context).milestones(projectId);
    if (!existing.ok())
        return existing.error();
    int count = 0;
    for (const CalendarEntry &e : entries) {
        if (e.kind == CalendarEntry::Kind::Evaluation) {
            // A planned evaluation on that date; imported again, it is moved, not doubled.
            Evaluation planned;
            planned.id = e.id.isNull()
                ? QUuid::createUuidV5(projectId, e.title + QLatin1Char('|') + e.date.toString(Qt::ISODate))
                : e.id;
            planned.projectId = projectId;
            planned.plannedOn = e.date;
            const auto before = plannedEvaluation(planned.id);
            if (!before.ok())
                return before.error();
            // One already held keeps its date and kind: it is a record.
            const auto written = EvaluationStore(m_context).writePlannedEvaluation(planned, std::nullopt, e.title);
            if (!written.ok())
                return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
            if (written.value()) {
                ++count;
                if (before.value())
                    changes.evaluationsBefore.append(*before.value());
                else
                    changes.evaluationsAdded.append(planned.id);
            }
            continue;
        }
        Milestone m;
        // The same file imported twice updates rather than duplicates: a
        // Regie id names its milestone, anything else its title and date.
        m.id = e.id.isNull() ? QUuid::createUuidV5(projectId, e.title + QLatin1Char('|') + e.date.toString(Qt::ISODate))
                             : e.id;
        bool found = false;
        for (const Milestone &old : existing.value()) {
            if (old.id == m.id) {
                m = old;
                found = true;
            }
        }
        if (found) {
            changes.milestonesBefore.append(m);
        } else {
            m.projectId = projectId;
            m.ownerOrganisationId = lead.ok() ? lead.value().organisationId : QUuid();
            changes.milestonesAdded.append(m.id);
        }
        m.title = e.title.left(Limits::TitleLength);
        m.description = e.description.left(Limits::TextLength);
        m.due = e.date;
        if (auto written = MilestoneStore(m_context).writeMilestone(m); !written.ok()) {
            // A Regie id that belongs to another project's milestone reads
            // better with the title it carries.
            if (written.error().code == Error::Rule)
                return rule(tr("\"%1\" is a milestone of another project.").arg(e.title));
            return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
        }
        ++count;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    if (undo)
        *undo = changes;
    return count;
}

Result<std::optional<Evaluation>> CalendarTransfer::plannedEvaluation(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id, kind, planned_on FROM evaluation "
                             "WHERE id = ? AND deleted = 0 AND status = 'planned'"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Evaluation>();
    Evaluation e;
    e.id = id;
    e.projectId = QUuid::fromString(q.value(0).toString());
    e.kind = evaluationKindFromKey(q.value(1).toString());
    e.plannedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    return std::optional<Evaluation>(e);
}

Status CalendarTransfer::undoCalendarImport(const QUuid &projectId, const CalendarImportUndo &undo)
{
    m_context.begin(ChangeSet::Milestones | ChangeSet::Evaluations);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(projectId); !writable.ok())
        return writable;
    for (const Milestone &m : undo.milestonesBefore) {
        if (auto written = MilestoneStore(m_context).writeMilestone(m); !written.ok())
            return written;
    }
    for (const Evaluation &e : undo.evaluationsBefore) {
        if (auto written = EvaluationStore(m_context).writePlannedEvaluation(e, e.kind, tr("The evaluation"));
            !written.ok())
            return written.error();
    }
    // What the import added goes again; a planned evaluation held since
    // then is a record and stays.
    const auto removeAll = [this, &projectId](const QString &table, const QList<QUuid> &ids,
                                              const QString &onlyIf) -> Status {
        const SyncSchema::Table &rows = *SyncSchema::table(table);
        for (const QUuid &id : ids) {
            if (auto r = m_context.rows().update(rows, {{QStringLiteral("deleted"), 1}}, m_context,
                                                 QStringLiteral("id = ? AND project_id = ? AND deleted = 0") + onlyIf,
                                                 {idText(id), idText(projectId)});
                !r.ok())
                return r.error();
        }
        return Done{};
    };
    if (auto removed = removeAll(QStringLiteral("milestone"), undo.milestonesAdded, QString()); !removed.ok())
        return removed;
    if (auto removed =
            removeAll(QStringLiteral("evaluation"), undo.evaluationsAdded, QStringLiteral(" AND status = 'planned'"));
        !removed.ok())
        return removed;
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    return Done{};
}

} // namespace Store
