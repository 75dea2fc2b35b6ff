#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace Model {

/// Text for the council's spreadsheets: Dutch separators (a semicolon
/// between fields, a decimal comma), dates as dd-mm-jjjj, and UTF-8 with a
/// byte order mark so that spreadsheet programs read "é" correctly.
///
/// A field is quoted when it holds a separator, a quote or a line break;
/// a field that starts with =, +, - or @ is prefixed with a quote mark
/// so that a spreadsheet shows it as text instead of running it as a formula;
/// a plain number such as "-2,5" is left as it is, so it stays a number.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    /// The rows so far, with the byte order mark, lines ended by CR LF.
    QByteArray data() const;

    static QString number(double value, int decimals = 0);
    /// @p value with as many decimals as it has ("1234,5", "0,125", "3").
    static QString decimal(double value);
    static QString date(const QDate &date);
    static QString field(const QString &text);

private:
    QString m_text;
};

} // namespace Model
