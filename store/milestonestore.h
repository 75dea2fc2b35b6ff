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

/// A project's milestones and the goals each serves.
class MilestoneStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit MilestoneStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::Milestone>> milestones(const QUuid &projectId);
    /// The live milestones of @p projectId among @p ids, in milestones()' order.
    Model::Result<QList<Model::Milestone>> milestonesWithIds(const QUuid &projectId, const QList<QUuid> &ids);
    /// One live milestone with its goals.
    Model::Result<Model::Milestone> milestone(const QUuid &id);
    /// Answers the milestone as written.
    Model::Result<Model::Milestone> saveMilestone(const Model::Milestone &milestone);
    Model::Status setMilestoneDeleted(const QUuid &id, bool deleted);

    /// Inside a transaction: the milestone row (brought back if it was
    /// removed) and its goal links.
    Model::Status writeMilestone(const Model::Milestone &milestone);

private:
    /// The milestones @p statement reads, with their goals.
    Model::Result<QList<Model::Milestone>> read(const PlanStatements::LinkedStatement &statement);

    WriteContext &m_context;
};

} // namespace Store
