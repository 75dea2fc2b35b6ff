#include "knowledgecommands.h"

#include "editor.h"
#include "knowledgerepository.h"

namespace Model {

SaveKnowledgeItemCommand::SaveKnowledgeItemCommand(Editor *editor, const std::optional<KnowledgeItem> &before,
                                                   const KnowledgeItem &after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void SaveKnowledgeItemCommand::redo()
{
    KnowledgeRepository *repository = m_editor->knowledge();
    if (!m_before && m_undone) {
        m_editor->track(repository->setKnowledgeItemDeleted(m_after.id, false), this, true);
        return;
    }
    m_editor->track(repository->saveKnowledgeItem(m_after), this, true);
}

void SaveKnowledgeItemCommand::undo()
{
    if (isObsolete())
        return;
    m_undone = true;
    KnowledgeRepository *repository = m_editor->knowledge();
    if (m_before)
        m_editor->track(repository->saveKnowledgeItem(*m_before), this, false);
    else
        m_editor->track(repository->setKnowledgeItemDeleted(m_after.id, true), this, false);
}

DeleteKnowledgeItemCommand::DeleteKnowledgeItemCommand(Editor *editor, const KnowledgeItem &item, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_id(item.id)
{
}

void DeleteKnowledgeItemCommand::redo()
{
    m_editor->track(m_editor->knowledge()->setKnowledgeItemDeleted(m_id, true), this, true);
}

void DeleteKnowledgeItemCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->knowledge()->setKnowledgeItemDeleted(m_id, false), this, false);
}

} // namespace Model
