#pragma once

#include "knowledgeattachment.h"

#include <QUndoCommand>

namespace Model {

class Editor;

/// Attaches a stored file to a knowledge item; undo marks the attachment
/// deleted (its content stays in the blob store), redo brings it back.
class AttachFileCommand : public QUndoCommand
{
public:
    AttachFileCommand(Editor *editor, const KnowledgeAttachment &attachment, const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    KnowledgeAttachment m_attachment;
    bool m_undone = false;
};

/// Removes an attachment from its item; undo brings it back.
class RemoveAttachmentCommand : public QUndoCommand
{
public:
    RemoveAttachmentCommand(Editor *editor, const KnowledgeAttachment &attachment, const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    QUuid m_id;
};

} // namespace Model
