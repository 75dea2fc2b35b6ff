#pragma once

// Reads back what Model::CsvWriter wrote, as a spreadsheet program would:
// a semicolon between fields, quoted fields with doubled quotes and line
// breaks inside, lines ended by CR LF. Header-only.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace TestLib {

/// The rows of @p data, which must start with a UTF-8 byte order mark; an
/// empty list when it does not.
inline QList<QStringList> readCsv(const QByteArray &data)
{
    if (!data.startsWith("\xEF\xBB\xBF"))
        return {};
    const QString text = QString::fromUtf8(data.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace TestLib
