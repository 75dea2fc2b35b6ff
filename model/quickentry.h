#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Model {

/// A progress line as typed into the quick-add field: "2,5u wijkavond
/// voorbereid 40%" gives 2.5 hours, 40 percent and the note.
struct QuickEntry {
    std::optional<double> hours;
    std::optional<double> percent;
    QString note;
};

/// Hours come first, as a number with "u", "uur" or "h" (decimal comma or
/// point); percent complete is a number with "%" at the end. The rest is the
/// note. Neither is required.
QuickEntry parseQuickEntry(const QString &text);

} // namespace Model
