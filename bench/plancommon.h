#pragma once

// What the plan benchmark's parts share: the day the generated plan calls
// today, and how ids, counts and dates are written.

#include <QDate>
#include <QLocale>
#include <QUuid>

#include <cstdio>
#include <string>

namespace Bench::Plan {

inline QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

inline const QDate Today(2026, 11, 25);
inline const QDate LogStart(2021, 11, 1); // five years of log before today

inline std::string isoDate(const QDate &d)
{
    char s[11];
    std::snprintf(s, sizeof s, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return std::string(s, 10);
}

} // namespace Bench::Plan
