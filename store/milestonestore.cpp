#include "milestonestore.h"

#include "model/text.h"
#include "model/validation.h"
#include "planrows.h"
#include "planstatements.h"
#include "projectstore.h"
#include "linkedrows.h"
#include "rowreaders.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

using namespace Rows;

Result<QList<Milestone>> MilestoneStore::milestones(const QUuid &projectId)
{
    return read(PlanStatements::milestones(QStringLiteral("project_id"), projectId));
}

Result<Milestone> MilestoneStore::milestone(const QUuid &id)
{
    const auto found = read(PlanStatements::milestones(QStringLiteral("id"), id));
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return error(Error::NotFound, tr("The milestone no longer exists."));
    return found.value().first();
}

Result<QList<Milestone>> MilestoneStore::milestonesWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return read(PlanStatements::milestonesWhere(
        QStringLiteral("m.project_id = ? AND m.id IN (SELECT value FROM json_each(?))"),
        QStringLiteral("project_id = ? AND milestone_id IN (SELECT value FROM json_each(?))"),
        {idText(projectId), idArray(ids)}));
}

Result<QList<Milestone>> MilestoneStore::read(const PlanStatements::LinkedStatement &statement)
{
    return readLinked<Milestone>(m_context.database(), statement.rows, statement.links, statement.values,
                                 milestoneReader, &Milestone::goals);
}

Result<Milestone> MilestoneStore::saveMilestone(const Milestone &milestone)
{
    m_context.begin(ChangeSet::Milestones);
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(milestone.projectId); !writable.ok())
        return writable.error();
    if (auto written = writeMilestone(milestone); !written.ok())
        return written.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    m_context.setChangedIds({milestone.id});
    return this->milestone(milestone.id);
}

Status MilestoneStore::writeMilestone(const Milestone &milestone)
{
    if (const auto issues = validate(milestone); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    // Saved again (a calendar imported anew), a removed milestone is back.
    if (auto written = PlanRows(m_context).writeRow(
            QStringLiteral("milestone"), milestone.id, milestone.projectId,
            {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("due_date"),
              QStringLiteral("owner_organisation_id"), QStringLiteral("owner_person_id"), QStringLiteral("status"),
              QStringLiteral("completed_on")},
            {milestone.title.trimmed(), text(milestone.description), dateValue(milestone.due),
              idValue(milestone.ownerOrganisationId), idValue(milestone.ownerPersonId), key(milestone.status),
              dateValue(milestone.status == MilestoneStatus::Done ? milestone.completedOn : QDate())},
            tr("A milestone cannot move to another project."), PlanRows::Revive::Yes);
        !written.ok())
        return written.error();
    return PlanRows(m_context).replaceLinks(QStringLiteral("milestone_goal"), QStringLiteral("milestone_id"),
                                            milestone.id, QStringLiteral("goal_id"), milestone.projectId,
                                            milestone.goals);
}

Status MilestoneStore::setMilestoneDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Milestones);
    m_context.setChangedIds({id});
    return PlanRows(m_context).setDeleted(QStringLiteral("milestone"), id, deleted,
                                          tr("The milestone no longer exists."),
                                          tr("The milestone could not be saved."));
}

} // namespace Store
