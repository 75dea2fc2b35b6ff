#include "commands.h"

#include "editor.h"

#include <QCoreApplication>

namespace Model {

CreateProjectCommand::CreateProjectCommand(Editor *editor, const Project &project, const QUuid &lead)
    : QUndoCommand(QCoreApplication::translate("Model::Commands", "Create project %1").arg(project.name))
    , m_editor(editor)
    , m_project(project)
    , m_lead(lead)
{
}

void CreateProjectCommand::redo()
{
    if (!m_created) {
        m_created = true;
        m_editor->track(m_editor->projects()->createProject(m_project, m_lead), this, true);
    } else {
        m_editor->track(m_editor->projects()->setProjectDeleted(m_project.id, false), this, true);
    }
}

void CreateProjectCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->setProjectDeleted(m_project.id, true), this, false);
}

UpdateProjectCommand::UpdateProjectCommand(Editor *editor, const Project &before, const Project &after)
    : QUndoCommand(QCoreApplication::translate("Model::Commands", "Edit project %1").arg(after.name))
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void UpdateProjectCommand::redo()
{
    m_editor->track(m_editor->projects()->updateProject(m_after), this, true);
}

void UpdateProjectCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->updateProject(m_before), this, false);
}

DeleteProjectCommand::DeleteProjectCommand(Editor *editor, const Project &project)
    : QUndoCommand(QCoreApplication::translate("Model::Commands", "Delete project %1").arg(project.name))
    , m_editor(editor)
    , m_id(project.id)
{
}

void DeleteProjectCommand::redo()
{
    m_editor->track(m_editor->projects()->setProjectDeleted(m_id, true), this, true);
}

void DeleteProjectCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->setProjectDeleted(m_id, false), this, false);
}

AddParticipationCommand::AddParticipationCommand(Editor *editor, const Participation &participation)
    : QUndoCommand(QCoreApplication::translate("Model::Commands", "Add partner %1").arg(participation.organisationName))
    , m_editor(editor)
    , m_participation(participation)
{
}

void AddParticipationCommand::redo()
{
    if (!m_created) {
        m_created = true;
        m_editor->track(m_editor->projects()->saveParticipation(m_participation), this, true);
    } else {
        m_editor->track(m_editor->projects()->setParticipationDeleted(m_participation.id, false), this, true);
    }
}

void AddParticipationCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->setParticipationDeleted(m_participation.id, true), this, false);
}

UpdateParticipationCommand::UpdateParticipationCommand(Editor *editor, const Participation &before,
                                                       const Participation &after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void UpdateParticipationCommand::redo()
{
    m_editor->track(m_editor->projects()->saveParticipation(m_after), this, true);
}

void UpdateParticipationCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->saveParticipation(m_before), this, false);
}

HandOverLeadCommand::HandOverLeadCommand(Editor *editor, const LeadHandOver &handOver, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_handOver(handOver)
{
}

void HandOverLeadCommand::redo()
{
    m_editor->track(m_editor->projects()->handOverLead(m_handOver), this, true);
}

void HandOverLeadCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->projects()->revertHandOver(m_handOver), this, false);
}

SaveOrganisationCommand::SaveOrganisationCommand(Editor *editor, const Organisation &before, const Organisation &after)
    : QUndoCommand(before.id.isNull() ? QCoreApplication::translate("Model::Commands", "Create organisation %1").arg(after.name)
                                      : QCoreApplication::translate("Model::Commands", "Edit organisation %1").arg(after.name))
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void SaveOrganisationCommand::redo()
{
    if (m_before.id.isNull() && m_created)
        m_editor->track(m_editor->organisations()->setOrganisationDeleted(m_after.id, false), this, true);
    else
        m_editor->track(m_editor->organisations()->saveOrganisation(m_after), this, true);
    m_created = true;
}

void SaveOrganisationCommand::undo()
{
    if (isObsolete())
        return;
    if (m_before.id.isNull())
        m_editor->track(m_editor->organisations()->setOrganisationDeleted(m_after.id, true), this, false);
    else
        m_editor->track(m_editor->organisations()->saveOrganisation(m_before), this, false);
}

DeleteOrganisationCommand::DeleteOrganisationCommand(Editor *editor, const Organisation &organisation)
    : QUndoCommand(QCoreApplication::translate("Model::Commands", "Delete organisation %1").arg(organisation.name))
    , m_editor(editor)
    , m_id(organisation.id)
{
}

void DeleteOrganisationCommand::redo()
{
    m_editor->track(m_editor->organisations()->setOrganisationDeleted(m_id, true), this, true);
}

void DeleteOrganisationCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->organisations()->setOrganisationDeleted(m_id, false), this, false);
}

namespace {

QFuture<Status> save(Editor *editor, const Goal &goal)
{
    return editor->plan()->saveGoal(goal).then([](const Result<Goal> &r) { return r.ok() ? Status(Done{}) : Status(r.error()); });
}

QFuture<Status> save(Editor *editor, const Milestone &milestone)
{
    return editor->plan()->saveMilestone(milestone).then(
        [](const Result<Milestone> &r) { return r.ok() ? Status(Done{}) : Status(r.error()); });
}

QFuture<Status> save(Editor *editor, const Evaluation &evaluation)
{
    return editor->plan()->savePlannedEvaluation(evaluation).then(
        [](const Result<Evaluation> &r) { return r.ok() ? Status(Done{}) : Status(r.error()); });
}

QFuture<Status> setDeleted(Editor *editor, const Evaluation &evaluation, bool deleted)
{
    return editor->plan()->setEvaluationDeleted(evaluation.id, deleted);
}

QFuture<Status> setDeleted(Editor *editor, const Goal &goal, bool deleted)
{
    return editor->plan()->setGoalDeleted(goal.id, deleted);
}

QFuture<Status> setDeleted(Editor *editor, const Milestone &milestone, bool deleted)
{
    return editor->plan()->setMilestoneDeleted(milestone.id, deleted);
}

} // namespace

template<typename T>
void SavePlanItemCommand<T>::redo()
{
    if (!m_before && m_undone) {
        // Created, undone (deleted), now redone: bring the same row back.
        m_editor->track(setDeleted(m_editor, m_after, false), this, true);
        return;
    }
    m_editor->track(save(m_editor, m_after), this, true);
}

template<typename T>
void SavePlanItemCommand<T>::undo()
{
    if (isObsolete())
        return;
    m_undone = true;
    if (m_before)
        m_editor->track(save(m_editor, *m_before), this, false);
    else
        m_editor->track(setDeleted(m_editor, m_after, true), this, false);
}

template<typename T>
void DeletePlanItemCommand<T>::redo()
{
    m_editor->track(setDeleted(m_editor, m_item, true), this, true);
}

template<typename T>
void DeletePlanItemCommand<T>::undo()
{
    if (isObsolete())
        return;
    m_editor->track(setDeleted(m_editor, m_item, false), this, false);
}

template class SavePlanItemCommand<Goal>;
template class SavePlanItemCommand<Milestone>;
template class DeletePlanItemCommand<Goal>;
template class DeletePlanItemCommand<Milestone>;
template class SavePlanItemCommand<Evaluation>;
template class DeletePlanItemCommand<Evaluation>;

} // namespace Model
