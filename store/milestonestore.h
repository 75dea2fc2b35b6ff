#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

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
    /// Live milestones whose @p column equals @p value, with their goals.
    Model::Result<QList<Model::Milestone>> read(const QString &column, const QUuid &value);
    /// Live milestones matching @p where (alias m), their goal links matching
    /// @p linksWhere, both bound to @p values.
    Model::Result<QList<Model::Milestone>> read(const QString &where, const QString &linksWhere,
                                                const QVariantList &values);

    WriteContext &m_context;
};

} // namespace Store
