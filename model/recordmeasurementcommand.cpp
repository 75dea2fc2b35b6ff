#include "recordmeasurementcommand.h"

#include "editor.h"

namespace Model {

RecordMeasurementCommand::RecordMeasurementCommand(Editor *editor, const std::optional<Measurement> &before,
                                                   const Measurement &after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
    , m_latest(before ? before->id : QUuid())
{
}

void RecordMeasurementCommand::redo()
{
    if (!m_written && !m_before) {
        // A first reading, under the id made for it.
        m_written = true;
        Measurement first = m_after;
        first.correctsId = {};
        first.withdrawn = false;
        m_latest = first.id;
        m_editor->track(m_editor->plan()->addMeasurement(first), this, true);
        return;
    }
    const QUuid id = m_written ? QUuid::createUuid() : m_after.id;
    m_written = true;
    correct(m_after, id, true);
}

void RecordMeasurementCommand::undo()
{
    if (isObsolete())
        return;
    // The state before: the replaced row's values, or no reading at all.
    Measurement state = m_before ? *m_before : m_after;
    if (!m_before) {
        state.withdrawn = true;
        state.note.clear();
    }
    correct(state, QUuid::createUuid(), false);
}

void RecordMeasurementCommand::correct(Measurement state, const QUuid &id, bool isRedo)
{
    state.id = id;
    state.projectId = m_after.projectId;
    state.goalId = m_after.goalId;
    state.personId = m_after.personId; // recorded by whoever takes it back, in their own name
    // The newest row of the chain, also when another command corrected it since.
    state.correctsId = m_editor->latestMeasurement(m_latest);
    state.meta = {};
    m_editor->noteMeasurementCorrection(state.correctsId, id);
    m_latest = id;
    m_editor->track(m_editor->plan()->addMeasurement(state), this, isRedo);
}

} // namespace Model
