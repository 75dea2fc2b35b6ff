#include "quickentry.h"

#include <QRegularExpression>

namespace Model {

namespace {

std::optional<double> number(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QuickEntry parseQuickEntry(const QString &text)
{
    QuickEntry e;
    QString rest = text.trimmed();
    static const QRegularExpression hours(QStringLiteral("^(-?\\d+(?:[.,]\\d+)?)\\s*(?:u|uur|h|hours?)(?:\\s+|$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = hours.match(rest); m.hasMatch()) {
        e.hours = number(m.captured(1));
        rest = rest.mid(m.capturedLength()).trimmed();
    }
    static const QRegularExpression percent(QStringLiteral("(?:^|\\s)(\\d+(?:[.,]\\d+)?)\\s*%$"));
    if (const auto m = percent.match(rest); m.hasMatch()) {
        e.percent = number(m.captured(1));
        rest = rest.left(m.capturedStart()).trimmed();
    }
    e.note = rest;
    return e;
}

} // namespace Model
