#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;
namespace PlanStatements {
struct Statement;
struct LinkedStatement;
} // namespace PlanStatements

/// A project's goals (with the partners each serves) and their measurements,
/// which are only ever added.
class GoalStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit GoalStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::Goal>> goals(const QUuid &projectId);
    /// The live goals of @p projectId among @p ids, in goals()' order.
    Model::Result<QList<Model::Goal>> goalsWithIds(const QUuid &projectId, const QList<QUuid> &ids);
    /// One live goal with its partners.
    Model::Result<Model::Goal> goal(const QUuid &id);
    /// Answers the goal as written.
    Model::Result<Model::Goal> saveGoal(const Model::Goal &goal);
    Model::Status setGoalDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::Measurement>> measurements(const QUuid &goalId);
    Model::Result<QList<Model::Measurement>> projectMeasurements(const QUuid &projectId);
    /// The live measurements of @p projectId among @p ids, in projectMeasurements()' order.
    Model::Result<QList<Model::Measurement>> measurementsWithIds(const QUuid &projectId, const QList<QUuid> &ids);
    Model::Result<Model::Measurement> addMeasurement(const Model::Measurement &measurement);

private:
    /// The goals @p statement reads, with their partners.
    Model::Result<QList<Model::Goal>> read(const PlanStatements::LinkedStatement &statement);
    Model::Result<QList<Model::Measurement>> readMeasurements(const PlanStatements::Statement &statement);

    WriteContext &m_context;
};

} // namespace Store
