#include "importcalendarcommand.h"

#include "editor.h"

namespace Model {

ImportCalendarCommand::ImportCalendarCommand(Editor *editor, const QUuid &projectId,
                                             const QList<CalendarEntry> &entries, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_projectId(projectId)
    , m_entries(entries)
    , m_undo(std::make_shared<CalendarImportUndo>())
{
}

void ImportCalendarCommand::redo()
{
    auto future = m_editor->plan()->importCalendar(m_projectId, m_entries, m_undo);
    if (!m_answer.isValid())
        m_answer = future;
    m_editor->track(future, this, true);
}

void ImportCalendarCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->plan()->undoCalendarImport(m_projectId, m_undo), this, false);
}

} // namespace Model
