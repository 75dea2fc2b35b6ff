#include "dateinput.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Model {

namespace {

// Two-digit years are this century: projects run now, not in 1926.
int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    return digits.size() <= 2 ? 2000 + y : y;
}

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QDate fromParts(const QString &day, const QString &month, const QString &year)
{
    if (day.size() > 2 || month.size() > 2 || (year.size() != 2 && year.size() != 4))
        return {};
    return QDate(fullYear(year), month.toInt(), day.toInt());
}

} // namespace

QDate parseDateInput(const QString &text, const QDate &today)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (t == QLatin1String("vandaag") || t == QLatin1String("today"))
        return today;
    static const QRegularExpression separators(QStringLiteral("[-/. ]+"));
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!allDigits(p))
            return {};
    }
    if (parts.size() == 3) {
        if (parts.at(0).size() == 4) // 2026-12-31
            return parts.at(1).size() <= 2 && parts.at(2).size() <= 2
                ? QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt())
                : QDate();
        return fromParts(parts.at(0), parts.at(1), parts.at(2));
    }
    if (parts.size() == 2) {
        if (parts.at(0).size() > 2 || parts.at(1).size() > 2)
            return {};
        return QDate(today.year(), parts.at(1).toInt(), parts.at(0).toInt());
    }
    if (parts.size() != 1)
        return {};
    const QString &d = parts.constFirst();
    switch (d.size()) {
    case 8: // 31122026
        return fromParts(d.left(2), d.mid(2, 2), d.mid(4));
    case 6: // 311226
        return fromParts(d.left(2), d.mid(2, 2), d.mid(4));
    case 4: // 3112
        return QDate(today.year(), d.mid(2, 2).toInt(), d.left(2).toInt());
    default:
        return {};
    }
}

QString dateInputText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace Model
