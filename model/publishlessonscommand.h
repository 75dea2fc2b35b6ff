#pragma once

#include "knowledge.h"

#include <QUndoCommand>

namespace Model {

class Editor;

/// Publishes the lessons of an evaluation as new knowledge items, all in
/// one undo step: undo marks every one of them deleted, redo brings the same
/// items back. The step succeeds only when every item is written.
class PublishLessonsCommand : public QUndoCommand
{
public:
    PublishLessonsCommand(Editor *editor, const QList<KnowledgeItem> &items, const QString &text);
    void redo() override;
    void undo() override;

private:
    void setDeleted(bool deleted, bool isRedo);

    Editor *m_editor;
    QList<KnowledgeItem> m_items;
    bool m_undone = false;
};

} // namespace Model
