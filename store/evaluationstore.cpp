#include "evaluationstore.h"

#include "model/text.h"
#include "model/validation.h"
#include "planrows.h"
#include "projectstore.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "model/synctables.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

#include <QSet>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

using namespace Rows;

namespace {

// A new row of @p table, stamped as this write's.
Status insertRow(WriteContext &context, const char *table, QVariantMap row)
{
    RowWriter::addBookkeeping(row, SyncMeta{}, context);
    return context.rows().write(*SyncSchema::table(QLatin1String(table)), row, RowWriter::Mode::Insert);
}

Result<int> updateRow(WriteContext &context, const char *table, const QString &id, const QVariantMap &set)
{
    return context.rows().update(*SyncSchema::table(QLatin1String(table)), set, context, QStringLiteral("id = ?"),
                                 {id});
}

} // namespace

Result<QList<Evaluation>> EvaluationStore::evaluations(const QUuid &projectId)
{
    return read(QStringLiteral("project_id"), projectId);
}

Result<Evaluation> EvaluationStore::evaluation(const QUuid &id)
{
    const auto found = read(QStringLiteral("id"), id);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return error(Error::NotFound, tr("The evaluation no longer exists."));
    return found.value().first();
}

Result<QList<Evaluation>> EvaluationStore::read(const QString &column, const QUuid &value)
{
    // By project, or one evaluation by its id: what hangs on it carries it as evaluation_id.
    const QString linkColumn = column == QLatin1String("id") ? QStringLiteral("evaluation_id") : column;
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(evaluationSelect()
              + QStringLiteral(" WHERE e.%1 = ? AND e.deleted = 0 ORDER BY e.planned_on, e.id").arg(column));
    q.addBindValue(idText(value));
    if (!q.exec())
        return dbError(q);
    QList<Evaluation> all;
    QHash<QUuid, qsizetype> index;
    const auto readEvaluation = evaluationReader(q.record());
    while (q.next()) {
        all.append(readEvaluation(q));
        index.insert(all.constLast().id, all.size() - 1);
    }
    // What hangs on an evaluation, appended to it by its evaluation_id.
    auto readParts = [&](const QString &sql, auto makeReader, auto append) -> Status {
        q.prepare(sql.arg(linkColumn));
        q.addBindValue(idText(value));
        if (!q.exec())
            return dbError(q);
        const auto readPart = makeReader(q.record());
        const int evaluation = Rows::column(q.record(), "evaluation_id"_L1);
        while (q.next()) {
            const auto it = index.constFind(QUuid::fromString(q.value(evaluation).toString()));
            if (it != index.constEnd())
                append(all[*it], readPart(q));
        }
        return Done{};
    };
    // By goal, so that every laptop lists an evaluation's scores alike.
    if (auto s = readParts(scoreSelect()
                               + QStringLiteral(" WHERE s.%1 = ? AND s.deleted = 0 ORDER BY g.title, s.goal_id"),
                           scoreReader, [](Evaluation &e, EvaluationScore s) { e.scores.append(std::move(s)); });
        !s.ok())
        return s.error();
    if (auto s = readParts(commentSelect() + QStringLiteral(" WHERE c.%1 = ? AND c.deleted = 0 ORDER BY c.created_at"),
                           commentReader, [](Evaluation &e, EvaluationComment c) { e.comments.append(std::move(c)); });
        !s.ok())
        return s.error();
    if (auto s = readParts(decisionSelect()
                               + QStringLiteral(" WHERE d.%1 = ? AND d.deleted = 0 "
                                                "ORDER BY d.decided_on, d.created_at, d.rowid"),
                           decisionReader, [](Evaluation &e, Decision d) { e.decisions.append(std::move(d)); });
        !s.ok())
        return s.error();
    return all;
}

Result<int> EvaluationStore::planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths,
                                             const QDate &until)
{
    m_context.begin(ChangeSet::Evaluations);
    if (!first.isValid() || !until.isValid() || until < first)
        return error(Error::Validation, tr("Choose a first date, and an end after it."));
    if (everyMonths < 1 || everyMonths > 24)
        return error(Error::Validation, tr("Evaluate every 1 to 24 months."));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT planned_on FROM evaluation WHERE project_id = ? AND deleted = 0"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QSet<QDate> planned;
    while (q.next())
        planned.insert(toDate(q.value(0)));
    int added = 0;
    for (QDate d = first; d <= until && added < 200; d = d.addMonths(everyMonths)) {
        if (planned.contains(d))
            continue;
        Evaluation next;
        next.id = QUuid::createUuid();
        next.projectId = projectId;
        next.plannedOn = d;
        if (auto written = writePlannedEvaluation(next, EvaluationKind::Interim, tr("The evaluation")); !written.ok())
            return written.error();
        ++added;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluations could not be saved."));
    return added;
}

Result<Evaluation> EvaluationStore::savePlannedEvaluation(const Evaluation &e)
{
    m_context.begin(ChangeSet::Evaluations);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(e.projectId); !writable.ok())
        return writable.error();
    const auto written = writePlannedEvaluation(e, e.kind, tr("The evaluation"));
    if (!written.ok())
        return written.error();
    if (!written.value())
        return rule(tr("This evaluation has been held: it is a record and keeps its date."));
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluations could not be saved."));
    return evaluation(e.id);
}

Status EvaluationStore::setEvaluationDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Evaluations);
    // Scores, findings and decisions hang on a held evaluation: it stays.
    // (Bringing one back is always allowed: that is an undo.)
    auto stillPlanned = [this, id, deleted]() -> Status {
        if (!deleted)
            return Done{};
        QSqlQuery q(m_context.database());
        q.prepare(QStringLiteral("SELECT status FROM evaluation WHERE id = ?"));
        q.addBindValue(idText(id));
        if (!q.exec())
            return dbError(q);
        if (q.next() && q.value(0).toString() != QLatin1String("planned"))
            return rule(tr("A held evaluation is a record and cannot be removed."));
        return Done{};
    };
    return PlanRows(m_context).setDeleted(QStringLiteral("evaluation"), id, deleted,
                                          tr("The evaluation no longer exists."),
                                          tr("The evaluations could not be saved."), stillPlanned);
}

Result<bool> EvaluationStore::writePlannedEvaluation(const Evaluation &e, std::optional<EvaluationKind> kind,
                                                     const QString &label)
{
    if (!e.plannedOn.isValid())
        return error(Error::Validation, tr("%1 has no date.").arg(label));
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id, status FROM evaluation WHERE id = ?"));
    q.addBindValue(idText(e.id));
    if (!q.exec())
        return dbError(q);
    const bool exists = q.next();
    if (exists && q.value(0).toString() != idText(e.projectId))
        return rule(tr("An evaluation cannot move to another project."));
    if (exists && q.value(1).toString() != QLatin1String("planned"))
        return false;
    if (exists) {
        // Without a kind, the planned evaluation keeps its own.
        QVariantMap set{{QStringLiteral("planned_on"), dateValue(e.plannedOn)}, {QStringLiteral("deleted"), 0}};
        if (kind)
            set.insert(QStringLiteral("kind"), key(*kind));
        if (auto r = updateRow(m_context, "evaluation", idText(e.id), set); !r.ok())
            return r.error();
    } else {
        const QVariantMap row{{QStringLiteral("id"), idText(e.id)},
                              {QStringLiteral("project_id"), idText(e.projectId)},
                              {QStringLiteral("kind"), key(kind.value_or(EvaluationKind::Interim))},
                              {QStringLiteral("planned_on"), dateValue(e.plannedOn)},
                              {QStringLiteral("status"), QStringLiteral("planned")}};
        if (auto r = insertRow(m_context, "evaluation", row); !r.ok())
            return r.error();
    }
    return true;
}

Result<Evaluation> EvaluationStore::holdEvaluation(const Evaluation &e)
{
    m_context.begin(ChangeSet::Evaluations | ChangeSet::Goals | ChangeSet::Milestones);
    if (!e.heldOn.isValid())
        return error(Error::Validation, tr("Say when the evaluation was held."));
    if (e.findings.size() > 8000 || e.lessons.size() > 8000)
        return error(Error::Validation, tr("Findings and lessons may be at most 8,000 characters each."));
    if (e.kind == EvaluationKind::Closing && e.lessons.trimmed().isEmpty())
        return error(Error::Validation, tr("A closing evaluation records the lessons learned."));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(e.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ? AND project_id = ?"));
    q.addBindValue(idText(e.id));
    q.addBindValue(idText(e.projectId));
    if (!q.exec() || !q.next())
        return dbError(q);
    QVariantMap row = Rows::values(e);
    row.insert(QStringLiteral("status"), QStringLiteral("held"));
    if (q.value(0).toInt() > 0) {
        for (const char *kept : {"id", "project_id", "planned_on"})
            row.remove(QLatin1String(kept));
        if (auto r = updateRow(m_context, "evaluation", idText(e.id), row); !r.ok())
            return r.error();
    } else {
        row.insert(QStringLiteral("planned_on"), dateValue(e.plannedOn.isValid() ? e.plannedOn : e.heldOn));
        if (auto r = insertRow(m_context, "evaluation", row); !r.ok())
            return r.error();
    }

    // One score per goal: a second holding of the same evaluation updates it.
    for (const EvaluationScore &s : e.scores) {
        if (s.remark.size() > Limits::NoteLength)
            return error(Error::Validation, tr("A remark may be at most %1 characters.").arg(Limits::NoteLength));
        q.prepare(
            QStringLiteral("SELECT id FROM evaluation_score WHERE evaluation_id = ? AND goal_id = ? AND deleted = 0"));
        q.addBindValue(idText(e.id));
        q.addBindValue(idText(s.goalId));
        if (!q.exec())
            return dbError(q);
        const QVariantMap set{{QStringLiteral("status"), key(s.status)}, {QStringLiteral("remark"), text(s.remark)}};
        if (q.next()) {
            if (auto r = updateRow(m_context, "evaluation_score", q.value(0).toString(), set); !r.ok())
                return r.error();
        } else {
            QVariantMap row = set;
            row.insert(QStringLiteral("id"), idText(s.id.isNull() ? QUuid::createUuid() : s.id));
            row.insert(QStringLiteral("project_id"), idText(e.projectId));
            row.insert(QStringLiteral("evaluation_id"), idText(e.id));
            row.insert(QStringLiteral("goal_id"), idText(s.goalId));
            if (auto r = insertRow(m_context, "evaluation_score", row); !r.ok())
                return r.error();
        }
    }

    // New decisions, each applied to what it changes.
    for (const Decision &d : e.decisions) {
        q.prepare(QStringLiteral("SELECT count(*) FROM decision WHERE id = ?"));
        q.addBindValue(idText(d.id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() > 0)
            continue; // taken before: decisions are not rewritten
        if (d.text.trimmed().isEmpty() || d.text.size() > Limits::TextLength)
            return error(Error::Validation,
                         tr("Say what was decided (at most %1 characters).").arg(Limits::TextLength));
        QString before;
        QVariantMap change; // what the decision sets on its subject
        if (d.subject == Decision::Subject::GoalTarget) {
            bool ok = false;
            const double target = QString(d.after).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok)
                return error(Error::Validation, tr("The new target is not a number."));
            q.prepare(QStringLiteral("SELECT target FROM goal WHERE id = ? AND project_id = ? AND deleted = 0"));
            q.addBindValue(idText(d.subjectId));
            q.addBindValue(idText(e.projectId));
            if (!q.exec())
                return dbError(q);
            if (!q.next())
                return error(Error::NotFound, tr("The goal no longer exists."));
            before = q.value(0).isNull() ? QString() : QString::number(q.value(0).toDouble(), 'g', 12);
            change.insert(QStringLiteral("target"), target);
        } else if (d.subject == Decision::Subject::MilestoneDue) {
            const QDate due = QDate::fromString(d.after, Qt::ISODate);
            if (!due.isValid())
                return error(Error::Validation, tr("The new due date is not a date."));
            q.prepare(QStringLiteral("SELECT due_date FROM milestone WHERE id = ? AND project_id = ? AND deleted = 0"));
            q.addBindValue(idText(d.subjectId));
            q.addBindValue(idText(e.projectId));
            if (!q.exec())
                return dbError(q);
            if (!q.next())
                return error(Error::NotFound, tr("The milestone no longer exists."));
            before = q.value(0).toString();
            change.insert(QStringLiteral("due_date"), dateValue(due));
        }
        const bool changes = d.subject != Decision::Subject::None;
        if (changes) {
            const char *subject = d.subject == Decision::Subject::GoalTarget ? "goal" : "milestone";
            if (auto r = updateRow(m_context, subject, idText(d.subjectId), change); !r.ok())
                return r.error();
        }
        const QVariantMap row{
            {QStringLiteral("id"), idText(d.id.isNull() ? QUuid::createUuid() : d.id)},
            {QStringLiteral("project_id"), idText(e.projectId)},
            {QStringLiteral("evaluation_id"), idText(e.id)},
            {QStringLiteral("text"), d.text.trimmed()},
            {QStringLiteral("subject"), key(d.subject)},
            {QStringLiteral("subject_id"), changes ? idValue(d.subjectId) : QVariant(QMetaType(QMetaType::QString))},
            {QStringLiteral("before_value"), text(before)},
            {QStringLiteral("after_value"), text(changes ? d.after : QString())},
            {QStringLiteral("reason"), text(d.reason)},
            {QStringLiteral("decided_on"), dateValue(d.decidedOn.isValid() ? d.decidedOn : e.heldOn)}};
        if (auto r = insertRow(m_context, "decision", row); !r.ok())
            return r.error();
    }

    // Planned evaluations this one makes moot go with it; the decisions
    // above say so in the log.
    for (const QUuid &planned : e.cancelPlanned) {
        q.prepare(QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ? AND project_id = ? AND status = "
                                 "'planned' AND deleted = 0"));
        q.addBindValue(idText(planned));
        q.addBindValue(idText(e.projectId));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (planned == e.id || q.value(0).toInt() == 0)
            return rule(tr("Only another planned evaluation of this project can be cancelled."));
        if (auto r = m_context.rows().setDeleted(*SyncSchema::table(QStringLiteral("evaluation")), planned, true,
                                                 m_context);
            !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluation could not be saved."));
    return evaluation(e.id);
}

Result<EvaluationComment> EvaluationStore::addEvaluationComment(const EvaluationComment &c)
{
    m_context.begin(ChangeSet::Evaluations);
    if (c.comment.trimmed().isEmpty() || c.comment.size() > Limits::TextLength)
        return error(Error::Validation, tr("Write a comment of at most %1 characters.").arg(Limits::TextLength));
    const QUuid person = c.personId.isNull() ? m_context.actor() : c.personId;
    if (person.isNull())
        return error(Error::Validation, tr("Choose who you are before you comment."));
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id FROM evaluation WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(c.evaluationId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The evaluation no longer exists."));
    const QString project = q.value(0).toString();
    const QUuid id = c.id.isNull() ? QUuid::createUuid() : c.id;
    if (auto r = insertRow(m_context, "evaluation_comment",
                           {{QStringLiteral("id"), idText(id)},
                            {QStringLiteral("project_id"), project},
                            {QStringLiteral("evaluation_id"), idText(c.evaluationId)},
                            {QStringLiteral("person_id"), idText(person)},
                            {QStringLiteral("comment"), c.comment.trimmed()}});
        !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The comment could not be saved."));
    EvaluationComment saved = c;
    saved.id = id;
    saved.personId = person;
    return saved;
}

} // namespace Store
