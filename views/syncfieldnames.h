#pragma once

#include <QString>

namespace Views {

/// Synced tables and fields as the user knows them from the forms, for what
/// sync tells about them (conflicts, refused edits, replaced values). Names
/// are translated in the context "Views::ConflictsDialog".
class SyncFieldNames
{
public:
    /// "Partner" for participation, "Goal" for goal; the table's own name where none is known.
    static QString table(const QString &table);
    /// "Brings" for brings; the field's own name where none is known.
    static QString field(const QString &field);
    /// Whether the forms edit @p field in a box of several lines.
    static bool isMultiLine(const QString &field);
};

} // namespace Views
