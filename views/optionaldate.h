#pragma once

#include <QDate>

class QDateEdit;

namespace Views::OptionalDate {

/// A QDateEdit that can also say "no date": its minimum shows as a dash.
void setup(QDateEdit *edit);
void set(QDateEdit *edit, const QDate &date);
QDate get(const QDateEdit *edit);

} // namespace Views::OptionalDate
