#include "model/csvwriter.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// What a spreadsheet program in a Dutch office reads from Regie's CSV.
class CsvWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteDutchSeparatorsWithByteOrderMark()
    {
        // GIVEN a row with a decimal number, a date and an accented name
        CsvWriter csv;
        csv.addRow({u"Gemeente"_s, u"Uren"_s, u"Datum"_s});
        csv.addRow({u"Súdwest-Fryslân"_s, CsvWriter::number(1200.5, 1), CsvWriter::date(QDate(2026, 11, 15))});

        // WHEN it is written
        const QByteArray data = csv.data();

        // THEN it starts with the UTF-8 byte order mark, uses semicolons and a
        // decimal comma without group separators, and Dutch dates
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(data.mid(3)), u"Gemeente;Uren;Datum\r\nSúdwest-Fryslân;1200,5;15-11-2026\r\n"_s);
    }

    void shouldQuoteFieldsThatHoldSeparatorsQuotesOrLines()
    {
        QCOMPARE(CsvWriter::field(u"een; twee"_s), u"\"een; twee\""_s);
        QCOMPARE(CsvWriter::field(u"zei \"ja\""_s), u"\"zei \"\"ja\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"regel 1\nregel 2"_s), u"\"regel 1\nregel 2\""_s);
        QCOMPARE(CsvWriter::field(u"gewoon"_s), u"gewoon"_s);
        QCOMPARE(CsvWriter::field(QString()), QString());
    }

    void shouldNotLetAFieldRunAsAFormula()
    {
        // A note typed as "=HYPERLINK(...)" must stay text in the spreadsheet.
        QCOMPARE(CsvWriter::field(u"=1+1"_s), u"'=1+1"_s);
        QCOMPARE(CsvWriter::field(u"+31 78 123"_s), u"'+31 78 123"_s);
        QCOMPARE(CsvWriter::field(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvWriter::field(u"-5; min"_s), u"\"'-5; min\""_s);
    }

    void shouldKeepANegativeNumberANumber()
    {
        // A measurement below zero is a number to the spreadsheet, not text.
        QCOMPARE(CsvWriter::field(CsvWriter::decimal(-2.5)), u"-2,5"_s);
        QCOMPARE(CsvWriter::field(u"-12"_s), u"-12"_s);
        QCOMPARE(CsvWriter::field(u"-1-1"_s), u"'-1-1"_s);
        QCOMPARE(CsvWriter::decimal(1234.5), u"1234,5"_s);
        QCOMPARE(CsvWriter::decimal(0.125), u"0,125"_s);
        QCOMPARE(CsvWriter::decimal(3), u"3"_s);
    }

    void shouldLeaveAnUnsetDateEmpty()
    {
        QCOMPARE(CsvWriter::date(QDate()), QString());
        QCOMPARE(CsvWriter::number(-2.25, 2), u"-2,25"_s);
    }
};

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "csvwritertest.moc"
