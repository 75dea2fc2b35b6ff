#pragma once

#include "knowledge.h"

#include <QUndoCommand>

#include <optional>

namespace Model {

class Editor;

/// Saves a knowledge item, new or changed. Undo saves the earlier contents
/// again (so the history keeps both: nothing of a kept version is lost) or
/// marks a new item deleted; redoing that brings the same item back.
class SaveKnowledgeItemCommand : public QUndoCommand
{
public:
    SaveKnowledgeItemCommand(Editor *editor, const std::optional<KnowledgeItem> &before, const KnowledgeItem &after,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    std::optional<KnowledgeItem> m_before;
    KnowledgeItem m_after;
    bool m_undone = false;
};

/// Marks a knowledge item deleted; undo brings it back with its versions.
class DeleteKnowledgeItemCommand : public QUndoCommand
{
public:
    DeleteKnowledgeItemCommand(Editor *editor, const KnowledgeItem &item, const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    QUuid m_id;
};

} // namespace Model
