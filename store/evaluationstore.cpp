#include "evaluationstore.h"

#include "model/text.h"
#include "model/validation.h"
#include "planrows.h"
#include "projectstore.h"
#include "rowreaders.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

#include <QSet>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

using namespace Rows;

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
    const QVariant kindValue = kind ? QVariant(key(*kind)) : QVariant();
    if (exists) {
        q.prepare(QStringLiteral("UPDATE evaluation SET planned_on = ?, kind = coalesce(?, kind), updated_at = ?, "
                                 "changed_by = ?, deleted = 0, version = version + 1 WHERE id = ?"));
        q.addBindValue(dateValue(e.plannedOn));
        q.addBindValue(kindValue);
        q.addBindValue(m_context.now());
        q.addBindValue(idValue(m_context.actor()));
        q.addBindValue(idText(e.id));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO evaluation (id, project_id, kind, planned_on, status, created_at, "
                           "updated_at, changed_by) VALUES (?, ?, coalesce(?, 'interim'), ?, 'planned', ?, ?, ?)"));
        q.addBindValue(idText(e.id));
        q.addBindValue(idText(e.projectId));
        q.addBindValue(kindValue);
        q.addBindValue(dateValue(e.plannedOn));
        q.addBindValue(m_context.now());
        q.addBindValue(m_context.now());
        q.addBindValue(idValue(m_context.actor()));
    }
    if (!q.exec())
        return dbError(q);
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
    const bool exists = q.value(0).toInt() > 0;
    if (exists) {
        q.prepare(
            QStringLiteral("UPDATE evaluation SET kind = ?, held_on = ?, findings = ?, lessons = ?, status = 'held', "
                           "updated_at = ?, changed_by = ?, version = version + 1 WHERE id = ?"));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO evaluation (kind, held_on, findings, lessons, status, updated_at, changed_by, "
                           "id, project_id, planned_on, created_at) VALUES (?, ?, ?, ?, 'held', ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(key(e.kind));
    q.addBindValue(dateValue(e.heldOn));
    q.addBindValue(text(e.findings));
    q.addBindValue(text(e.lessons));
    q.addBindValue(m_context.now());
    q.addBindValue(idValue(m_context.actor()));
    q.addBindValue(idText(e.id));
    if (!exists) {
        q.addBindValue(idText(e.projectId));
        q.addBindValue(dateValue(e.plannedOn.isValid() ? e.plannedOn : e.heldOn));
        q.addBindValue(m_context.now());
    }
    if (!q.exec())
        return dbError(q);

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
        if (q.next()) {
            const QString id = q.value(0).toString();
            q.prepare(
                QStringLiteral("UPDATE evaluation_score SET status = ?, remark = ?, updated_at = ?, changed_by = ?, "
                               "version = version + 1 WHERE id = ?"));
            q.addBindValue(key(s.status));
            q.addBindValue(text(s.remark));
            q.addBindValue(m_context.now());
            q.addBindValue(idValue(m_context.actor()));
            q.addBindValue(id);
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO evaluation_score (id, project_id, evaluation_id, goal_id, status, remark, "
                               "created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(idText(s.id.isNull() ? QUuid::createUuid() : s.id));
            q.addBindValue(idText(e.projectId));
            q.addBindValue(idText(e.id));
            q.addBindValue(idText(s.goalId));
            q.addBindValue(key(s.status));
            q.addBindValue(text(s.remark));
            q.addBindValue(m_context.now());
            q.addBindValue(m_context.now());
            q.addBindValue(idValue(m_context.actor()));
        }
        if (!q.exec())
            return dbError(q);
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
            q.prepare(
                QStringLiteral("UPDATE goal SET target = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                               "WHERE id = ?"));
            q.addBindValue(target);
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
            q.prepare(QStringLiteral("UPDATE milestone SET due_date = ?, updated_at = ?, changed_by = ?, "
                                     "version = version + 1 WHERE id = ?"));
            q.addBindValue(dateValue(due));
        }
        if (d.subject != Decision::Subject::None) {
            q.addBindValue(m_context.now());
            q.addBindValue(idValue(m_context.actor()));
            q.addBindValue(idText(d.subjectId));
            if (!q.exec())
                return dbError(q);
        }
        q.prepare(QStringLiteral("INSERT INTO decision (id, project_id, evaluation_id, text, subject, subject_id, "
                                 "before_value, after_value, reason, decided_on, created_at, updated_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(idText(d.id.isNull() ? QUuid::createUuid() : d.id));
        q.addBindValue(idText(e.projectId));
        q.addBindValue(idText(e.id));
        q.addBindValue(d.text.trimmed());
        q.addBindValue(key(d.subject));
        q.addBindValue(d.subject == Decision::Subject::None ? QVariant(QMetaType(QMetaType::QString))
                                                            : idValue(d.subjectId));
        q.addBindValue(text(before));
        q.addBindValue(text(d.subject == Decision::Subject::None ? QString() : d.after));
        q.addBindValue(text(d.reason));
        q.addBindValue(dateValue(d.decidedOn.isValid() ? d.decidedOn : e.heldOn));
        q.addBindValue(m_context.now());
        q.addBindValue(m_context.now());
        q.addBindValue(idValue(m_context.actor()));
        if (!q.exec())
            return dbError(q);
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
    q.prepare(
        QStringLiteral("INSERT INTO evaluation_comment (id, project_id, evaluation_id, person_id, comment, created_at, "
                       "updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QUuid id = c.id.isNull() ? QUuid::createUuid() : c.id;
    q.addBindValue(idText(id));
    q.addBindValue(project);
    q.addBindValue(idText(c.evaluationId));
    q.addBindValue(idText(person));
    q.addBindValue(c.comment.trimmed());
    q.addBindValue(m_context.now());
    q.addBindValue(m_context.now());
    q.addBindValue(idValue(m_context.actor()));
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, tr("The comment could not be saved."));
    EvaluationComment saved = c;
    saved.id = id;
    saved.personId = person;
    return saved;
}

} // namespace Store
