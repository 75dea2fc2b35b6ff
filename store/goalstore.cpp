#include "goalstore.h"

#include "model/synctables.h"
#include "model/validation.h"
#include "planrows.h"
#include "planstatements.h"
#include "projectstore.h"
#include "linkedrows.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

using namespace Rows;

Result<QList<Goal>> GoalStore::goals(const QUuid &projectId)
{
    return read(PlanStatements::goals(QStringLiteral("project_id"), projectId));
}

Result<Goal> GoalStore::goal(const QUuid &id)
{
    const auto found = read(PlanStatements::goals(QStringLiteral("id"), id));
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return error(Error::NotFound, tr("The goal no longer exists."));
    return found.value().first();
}

Result<QList<Goal>> GoalStore::goalsWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return read(PlanStatements::goalsWhere(QStringLiteral("g.project_id = ? AND g.id IN (SELECT value FROM json_each(?))"),
                                      QStringLiteral("l.project_id = ? AND l.goal_id IN (SELECT value FROM json_each(?))"),
                                      {idText(projectId), idArray(ids)}));
}

Result<QList<Goal>> GoalStore::read(const PlanStatements::LinkedStatement &statement)
{
    return readLinked<Goal>(m_context.database(), statement.rows, statement.links, statement.values, goalReader,
                            &Goal::servesOrganisations);
}

Result<Goal> GoalStore::saveGoal(const Goal &goal)
{
    m_context.begin(ChangeSet::Goals);
    if (const auto issues = validate(goal); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(goal.projectId); !writable.ok())
        return writable.error();
    if (auto written = PlanRows(m_context).writeRow(
            QStringLiteral("goal"), goal.id, goal.projectId,
            {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("indicator"),
              QStringLiteral("unit"), QStringLiteral("baseline"), QStringLiteral("target"),
              QStringLiteral("due_date")},
            {goal.title.trimmed(), text(goal.description), text(goal.indicator), text(goal.unit),
              numberValue(goal.baseline), numberValue(goal.target), dateValue(goal.due)},
            tr("A goal cannot move to another project."));
        !written.ok())
        return written.error();
    if (auto links
        = PlanRows(m_context).replaceLinks(QStringLiteral("goal_partner"), QStringLiteral("goal_id"), goal.id,
                                           QStringLiteral("organisation_id"), goal.projectId, goal.servesOrganisations);
        !links.ok())
        return links.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The goal could not be saved."));
    m_context.setChangedIds({goal.id});
    return this->goal(goal.id);
}

Status GoalStore::setGoalDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Goals | ChangeSet::Milestones);
    return PlanRows(m_context).setDeleted(QStringLiteral("goal"), id, deleted, tr("The goal no longer exists."),
                                          tr("The goal could not be saved."));
}

Result<QList<Measurement>> GoalStore::measurements(const QUuid &goalId)
{
    return readMeasurements(PlanStatements::measurements(QStringLiteral("goal_id"), goalId));
}

Result<QList<Measurement>> GoalStore::projectMeasurements(const QUuid &projectId)
{
    return readMeasurements(PlanStatements::measurements(QStringLiteral("project_id"), projectId));
}

Result<QList<Measurement>> GoalStore::measurementsWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return readMeasurements(PlanStatements::measurementsWhere(
        QStringLiteral("m.project_id = ? AND m.id IN (SELECT value FROM json_each(?))"), {idText(projectId), idArray(ids)}));
}

Result<QList<Measurement>> GoalStore::readMeasurements(const PlanStatements::Statement &statement)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(statement.sql);
    for (const QVariant &v : statement.values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<Measurement> all;
    const auto read = measurementReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<Measurement> GoalStore::addMeasurement(const Measurement &measurement)
{
    m_context.begin(ChangeSet::Goals);
    if (const auto issues = validate(measurement); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id FROM goal WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(measurement.goalId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The goal no longer exists."));
    const QUuid projectId = QUuid::fromString(q.value(0).toString());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    if (measurement.withdrawn && !measurement.isCorrection())
        return rule(tr("Only a correction withdraws a measurement."));
    if (measurement.isCorrection()) {
        // A correction replaces a measurement of the same goal: any row of
        // its chain, normally the latest (undo and redo correct corrections).
        q.prepare(QStringLiteral("SELECT count(*) FROM measurement WHERE id = ? AND goal_id = ? AND deleted = 0"));
        q.addBindValue(idText(measurement.correctsId));
        q.addBindValue(idText(measurement.goalId));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() == 0)
            return rule(tr("The measurement to correct is not one of this goal."));
    }
    QVariantMap row = Rows::values(measurement);
    row.insert(QStringLiteral("project_id"), idText(projectId));
    row.insert(QStringLiteral("note"), text(measurement.note.trimmed()));
    row.insert(QStringLiteral("person_id"),
               idValue(measurement.personId.isNull() ? m_context.actor() : measurement.personId));
    RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
    if (auto written = m_context.rows().write(*SyncSchema::table(QStringLiteral("measurement")), row,
                                              RowWriter::Mode::Insert);
        !written.ok())
        return written.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The measurement could not be saved."));
    m_context.setChangedIds({measurement.id});
    q.prepare(measurementSelect() + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(idText(measurement.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    return measurementReader(q.record())(q);
}

} // namespace Store
