#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

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
    /// One live goal with its partners.
    Model::Result<Model::Goal> goal(const QUuid &id);
    /// Answers the goal as written.
    Model::Result<Model::Goal> saveGoal(const Model::Goal &goal);
    Model::Status setGoalDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::Measurement>> measurements(const QUuid &goalId);
    Model::Result<QList<Model::Measurement>> projectMeasurements(const QUuid &projectId);
    Model::Result<Model::Measurement> addMeasurement(const Model::Measurement &measurement);

private:
    /// Live goals whose @p column equals @p value, with their partners.
    Model::Result<QList<Model::Goal>> read(const QString &column, const QUuid &value);
    /// Live measurements whose @p column equals @p value, oldest first.
    Model::Result<QList<Model::Measurement>> readMeasurements(const QString &column, const QUuid &value);

    WriteContext &m_context;
};

} // namespace Store
