#pragma once

#include <QDate>
#include <QString>

namespace Model {

/// Dates as Dutch users type them. Day first, always:
///   31-12-2026, 31/12/2026, 31.12.2026, 31 12 2026, 1-2-26 (two-digit years
///   are this century), 31122026, 311226, 31-12 or 3112 (this year),
///   2026-12-31 (ISO, year first with four digits), and "vandaag"/"today".
/// Answers an invalid date for anything else, also for dates that do not
/// exist (31-11-2026). @p today is what "vandaag" and a missing year mean.
QDate parseDateInput(const QString &text, const QDate &today = QDate::currentDate());

/// @p date as the date fields write it: dd-mm-jjjj; empty for none.
QString dateInputText(const QDate &date);

} // namespace Model
