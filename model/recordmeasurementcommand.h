#pragma once

#include "plan.h"

#include <QUndoCommand>

#include <optional>

namespace Model {

class Editor;

/// Adds, corrects or withdraws a measurement, and takes it back, only ever
/// by adding rows: measurements are append-only (docs/SYNC.md). Undo adds a
/// correction that puts the earlier state back (for a first reading, a
/// withdrawal); redo adds one with the new state again. Each correction
/// names the newest row of its chain the Editor wrote, so the chain stays
/// in order without waiting for the store.
class RecordMeasurementCommand : public QUndoCommand
{
public:
    /// @p before is the standing row that @p after replaces, or null for a
    /// first reading. @p after carries its id (made by the caller), the
    /// values, whether it withdraws, and who records it.
    RecordMeasurementCommand(Editor *editor, const std::optional<Measurement> &before, const Measurement &after,
                             const QString &text);
    void redo() override;
    void undo() override;

private:
    /// Writes @p state as a correction of the latest row, under @p id.
    void correct(Measurement state, const QUuid &id, bool isRedo);

    Editor *m_editor;
    std::optional<Measurement> m_before;
    Measurement m_after;
    QUuid m_latest; ///< the row the next correction replaces
    bool m_written = false;
};

} // namespace Model
