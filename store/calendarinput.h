#pragma once

// The text of an .ics file made ready for libical before it parses it.

#include "calendar.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Store::Calendar {

/// What prepareInput() made of a file's text.
struct Input {
    QByteArray text; ///< UTF-8, CRLF, every line folded at 75 octets
    int sharedUids = 0; ///< to-dos and events that had the UID (and RECURRENCE-ID) of an earlier one
    bool windows1252 = false; ///< some lines were not UTF-8 and were read as Windows-1252
};

/// Unfolds @p data (the text between BOM and end) and folds every line again
/// at 75 octets: libical looks for each line's end once per 80 octets it
/// reads, so a line of megabytes took minutes; short lines take linear time.
/// A line that is not valid UTF-8 is read as Windows-1252 instead of being
/// replaced character by character. A to-do or event whose UID (with its
/// RECURRENCE-ID) an earlier one of its kind had gets a UID of its own, so
/// that KCalendarCore keeps both. Reports progress as @p offset plus the
/// bytes done, out of @p total; none when @p progress asks to stop.
std::optional<Input> prepareInput(QByteArrayView data, const Progress &progress = {}, qint64 offset = 0,
                                  qint64 total = 0);

} // namespace Store::Calendar
