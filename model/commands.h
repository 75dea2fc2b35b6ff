#pragma once

#include "plan.h"
#include "types.h"

#include <QUndoCommand>

namespace Model {

class Editor;

/// Undo commands. Each redo()/undo() issues one repository call; the ids of
/// anything created are made before the first redo(), so undo never waits
/// for the store's answer. A second redo() restores a tombstone instead of
/// creating again, so ids stay stable for sync.

class CreateProjectCommand : public QUndoCommand
{
public:
    CreateProjectCommand(Editor *editor, const Project &project, const QUuid &lead);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    Project m_project;
    QUuid m_lead;
    bool m_created = false;
};

class UpdateProjectCommand : public QUndoCommand
{
public:
    UpdateProjectCommand(Editor *editor, const Project &before, const Project &after);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    Project m_before;
    Project m_after;
};

class DeleteProjectCommand : public QUndoCommand
{
public:
    DeleteProjectCommand(Editor *editor, const Project &project);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    QUuid m_id;
};

class AddParticipationCommand : public QUndoCommand
{
public:
    AddParticipationCommand(Editor *editor, const Participation &participation);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    Participation m_participation;
    bool m_created = false;
};

class UpdateParticipationCommand : public QUndoCommand
{
public:
    UpdateParticipationCommand(Editor *editor, const Participation &before, const Participation &after,
                               const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    Participation m_before;
    Participation m_after;
};

class HandOverLeadCommand : public QUndoCommand
{
public:
    HandOverLeadCommand(Editor *editor, const LeadHandOver &handOver, const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    LeadHandOver m_handOver;
};

class SaveOrganisationCommand : public QUndoCommand
{
public:
    /// @p before has a null id when the organisation is new.
    SaveOrganisationCommand(Editor *editor, const Organisation &before, const Organisation &after);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    Organisation m_before;
    Organisation m_after;
    bool m_created = false;
};

class DeleteOrganisationCommand : public QUndoCommand
{
public:
    DeleteOrganisationCommand(Editor *editor, const Organisation &organisation);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    QUuid m_id;
};

/// Saves a goal, milestone or planned evaluation (T), new or changed. Undo restores the earlier
/// state, or marks a new one deleted; redoing that restores the tombstone.
template<typename T>
class SavePlanItemCommand : public QUndoCommand
{
public:
    SavePlanItemCommand(Editor *editor, const std::optional<T> &before, const T &after, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(before)
        , m_after(after)
    {
    }
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    std::optional<T> m_before;
    T m_after;
    bool m_undone = false;
};

/// Marks a goal, milestone or planned evaluation (T) deleted; undo brings it back.
template<typename T>
class DeletePlanItemCommand : public QUndoCommand
{
public:
    DeletePlanItemCommand(Editor *editor, const T &item, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_item(item)
    {
    }
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    T m_item;
};

} // namespace Model
