#include "csvwriter.h"

#include <QLocale>
#include <QRegularExpression>

namespace Model {

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    m_text += quoted.join(QLatin1Char(';'));
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::data() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

QString CsvWriter::number(double value, int decimals)
{
    // Without group separators: spreadsheets read "1.200" as 1.2.
    QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    dutch.setNumberOptions(QLocale::OmitGroupSeparator);
    return dutch.toString(value, 'f', decimals);
}

QString CsvWriter::decimal(double value)
{
    return number(value, QLocale::FloatingPointShortest);
}

QString CsvWriter::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString CsvWriter::field(const QString &text)
{
    QString f = text;
    static const QRegularExpression plainNumber(QStringLiteral("^-\\d+(,\\d+)?$"));
    if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()) && !plainNumber.match(f).hasMatch())
        f.prepend(QLatin1Char('\''));
    const bool quote = f.contains(QLatin1Char(';')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
        || f.contains(QLatin1Char('\r'));
    if (!quote)
        return f;
    f.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

} // namespace Model
