#pragma once

#include "plan.h"
#include "result.h"

#include <QFuture>
#include <QUndoCommand>

#include <memory>

namespace Model {

class Editor;

/// A calendar import as one undoable step. The store records what the
/// import changed in a shared CalendarImportUndo; undo hands that record
/// back to the store, which runs it after the import (its jobs run in
/// order), so undo never waits for the import's answer. Redo imports the
/// same entries again, which brings back what undo removed.
class ImportCalendarCommand : public QUndoCommand
{
public:
    ImportCalendarCommand(Editor *editor, const QUuid &projectId, const QList<CalendarEntry> &entries,
                          const QString &text);

    void redo() override;
    void undo() override;

    /// The first import's answer: what it added, updated and left alone.
    QFuture<Result<CalendarImportCount>> answer() const { return m_answer; }

private:
    Editor *m_editor;
    QUuid m_projectId;
    QList<CalendarEntry> m_entries;
    std::shared_ptr<CalendarImportUndo> m_undo;
    QFuture<Result<CalendarImportCount>> m_answer;
};

} // namespace Model
