#include "attachmentcommands.h"

#include "attachmentrepository.h"
#include "editor.h"

namespace Model {

AttachFileCommand::AttachFileCommand(Editor *editor, const KnowledgeAttachment &attachment, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_attachment(attachment)
{
}

void AttachFileCommand::redo()
{
    AttachmentRepository *repository = m_editor->attachments();
    if (m_undone)
        m_editor->track(repository->setAttachmentDeleted(m_attachment.id, false), this, true);
    else
        m_editor->track(repository->saveAttachment(m_attachment), this, true);
}

void AttachFileCommand::undo()
{
    if (isObsolete())
        return;
    m_undone = true;
    m_editor->track(m_editor->attachments()->setAttachmentDeleted(m_attachment.id, true), this, false);
}

RemoveAttachmentCommand::RemoveAttachmentCommand(Editor *editor, const KnowledgeAttachment &attachment,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_id(attachment.id)
{
}

void RemoveAttachmentCommand::redo()
{
    m_editor->track(m_editor->attachments()->setAttachmentDeleted(m_id, true), this, true);
}

void RemoveAttachmentCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->attachments()->setAttachmentDeleted(m_id, false), this, false);
}

} // namespace Model
