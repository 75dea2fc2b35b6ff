#include "model/dateinput.h"

#include <QTest>

using namespace Qt::StringLiterals;

class DateInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadDatesAsDutchUsersTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        const QDate none;
        QTest::newRow("dd-mm-jjjj") << u"15-11-2026"_s << QDate(2026, 11, 15);
        QTest::newRow("d-m-jj") << u"1-2-26"_s << QDate(2026, 2, 1);
        QTest::newRow("slashes") << u"31/12/2026"_s << QDate(2026, 12, 31);
        QTest::newRow("dots") << u"31.12.2026"_s << QDate(2026, 12, 31);
        QTest::newRow("spaces around") << u"  5 6 2027 "_s << QDate(2027, 6, 5);
        QTest::newRow("eight digits") << u"31122026"_s << QDate(2026, 12, 31);
        QTest::newRow("six digits") << u"311226"_s << QDate(2026, 12, 31);
        QTest::newRow("day and month") << u"3-4"_s << QDate(2026, 4, 3);
        QTest::newRow("four digits") << u"0304"_s << QDate(2026, 4, 3);
        QTest::newRow("iso") << u"2027-01-09"_s << QDate(2027, 1, 9);
        QTest::newRow("vandaag") << u"Vandaag"_s << QDate(2026, 12, 4);
        QTest::newRow("leap day") << u"29-2-2028"_s << QDate(2028, 2, 29);
        QTest::newRow("no leap day") << u"29-2-2027"_s << none;
        QTest::newRow("31 november") << u"31-11-2026"_s << none;
        QTest::newRow("month 13") << u"1-13-2026"_s << none;
        QTest::newRow("day 0") << u"0-1-2026"_s << none;
        QTest::newRow("three-digit year") << u"1-1-202"_s << none;
        QTest::newRow("letters") << u"15 november 2026"_s << none;
        QTest::newRow("unset text glued on") << u"niet ingesteld1122026"_s << none;
        QTest::newRow("seven digits") << u"3112202"_s << none;
        QTest::newRow("empty") << u""_s << none;
        QTest::newRow("four parts") << u"1-2-3-4"_s << none;
        QTest::newRow("long day") << u"001-02-2026"_s << none;
    }

    void shouldReadDatesAsDutchUsersTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QCOMPARE(Model::parseDateInput(typed, QDate(2026, 12, 4)), date);
    }

    void shouldWriteWhatItReads()
    {
        QCOMPARE(Model::dateInputText(QDate(2026, 2, 1)), u"01-02-2026"_s);
        QCOMPARE(Model::dateInputText({}), QString());
        const QDate d(2027, 10, 31);
        QCOMPARE(Model::parseDateInput(Model::dateInputText(d)), d);
    }
};

QTEST_GUILESS_MAIN(DateInputTest)
#include "dateinputtest.moc"
