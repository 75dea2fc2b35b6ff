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

#include <QHash>

#include <algorithm>

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
        QStringLiteral("SELECT m.id, p.name, m.title, m.description, m.due_date, m.status, m.completed_on, "
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
        i.completedOn = toDate(q.value(6));
        i.percentComplete = i.status == MilestoneStatus::Done ? 100 : std::clamp(q.value(7).toInt(), 0, 100);
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

Result<CalendarFile> CalendarTransfer::readCalendar(const QString &path, const QDate &from, const QDate &to,
                                                    const std::function<bool(qint64, qint64)> &progress)
{
    const auto parsed = Calendar::importFile(path, {from, to}, progress);
    if (!parsed.ok())
        return parsed.error();
    CalendarFile file;
    file.skipped = parsed.value().skipped;
    file.notes = parsed.value().notes;
    for (const Calendar::Item &i : parsed.value().items) {
        const bool todo = i.kind == Calendar::Item::Kind::Milestone;
        file.entries.append({todo ? CalendarEntry::Kind::Milestone : CalendarEntry::Kind::Evaluation, i.id, i.title,
                             i.description, i.date, todo ? std::optional(i.status) : std::nullopt, i.completedOn});
    }
    return file;
}

Result<CalendarImportCount> CalendarTransfer::importCalendar(const QUuid &projectId,
                                                             const QList<CalendarEntry> &entries,
                                                             CalendarImportUndo *undo)
{
    CalendarImportUndo changes;
    CalendarImportCount count;
    m_context.begin(ChangeSet::Milestones | ChangeSet::Evaluations);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    const auto lead = ParticipationStore(m_context).currentLead(projectId);
    const auto existing = MilestoneStore(m_context).milestones(projectId);
    if (!existing.ok())
        return existing.error();
    QHash<QUuid, Milestone> milestones;
    for (const Milestone &m : existing.value())
        milestones.insert(m.id, m);
    // The same file imported twice updates rather than duplicates: a Regie
    // id names its row, anything else its title and date. The same title on
    // the same date twice in one file (two items that shared a UID, say)
    // stays two, numbered in the file's order.
    QHash<QUuid, int> seen;
    const auto idOf = [&](const CalendarEntry &e) {
        QUuid id = e.id.isNull()
            ? QUuid::createUuidV5(projectId, e.title + QLatin1Char('|') + e.date.toString(Qt::ISODate))
            : e.id;
        if (const int earlier = seen[id]++; earlier > 0)
            id = QUuid::createUuidV5(id, QString::number(earlier));
        return id;
    };
    for (const CalendarEntry &e : entries) {
        if (e.kind == CalendarEntry::Kind::Evaluation) {
            // A planned evaluation on that date; imported again, it is moved, not doubled.
            Evaluation planned;
            planned.id = idOf(e);
            planned.projectId = projectId;
            planned.plannedOn = e.date;
            const auto before = plannedEvaluation(planned.id);
            if (!before.ok())
                return before.error();
            if (before.value() && before.value()->plannedOn == e.date) {
                ++count.unchanged;
                continue;
            }
            // One already held keeps its date and kind: it is a record.
            const auto written = EvaluationStore(m_context).writePlannedEvaluation(planned, std::nullopt, e.title);
            if (!written.ok())
                return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
            if (!written.value()) {
                ++count.unchanged;
            } else if (before.value()) {
                ++count.updated;
                changes.evaluationsBefore.append(*before.value());
            } else {
                ++count.added;
                changes.evaluationsAdded.append(planned.id);
            }
            continue;
        }
        Milestone m;
        m.id = idOf(e);
        const auto old = milestones.constFind(m.id);
        const bool found = old != milestones.constEnd();
        if (found) {
            m = *old;
        } else {
            m.projectId = projectId;
            m.ownerOrganisationId = lead.ok() ? lead.value().organisationId : QUuid();
        }
        m.title = e.title.left(Limits::TitleLength);
        m.description = e.description.left(Limits::TextLength);
        m.due = e.date;
        // An event says nothing of progress: the milestone keeps its status.
        if (e.status) {
            m.status = *e.status;
            if (m.status != MilestoneStatus::Done)
                m.completedOn = {};
            else if (e.completedOn.isValid())
                m.completedOn = e.completedOn;
            else if (!m.completedOn.isValid())
                m.completedOn = std::min(e.date, QDate::currentDate());
        }
        if (found) {
            const Milestone &was = *old;
            if (was.title == m.title && was.description == m.description && was.due == m.due
                && was.status == m.status && was.completedOn == m.completedOn) {
                ++count.unchanged;
                continue;
            }
        }
        if (auto written = MilestoneStore(m_context).writeMilestone(m); !written.ok()) {
            // A Regie id that belongs to another project's milestone reads
            // better with the title it carries.
            if (written.error().code == Error::Rule)
                return rule(tr("\"%1\" is a milestone of another project.").arg(e.title));
            return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
        }
        if (found) {
            ++count.updated;
            changes.milestonesBefore.append(*old);
        } else {
            ++count.added;
            changes.milestonesAdded.append(m.id);
        }
        milestones.insert(m.id, m);
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
