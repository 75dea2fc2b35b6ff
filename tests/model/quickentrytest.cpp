#include "model/quickentry.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// The quick-add line of the progress log: hours first, percent last.
class QuickEntryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadHoursPercentAndNote_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("hours"); // NaN: none
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("note");
        const double none = qQNaN();
        QTest::newRow("comma and u") << u"2,5u wijkavond voorbereid"_s << 2.5 << none << u"wijkavond voorbereid"_s;
        QTest::newRow("point and uur") << u"3.25 uur offertes"_s << 3.25 << none << u"offertes"_s;
        QTest::newRow("h and percent") << u"1h aanbesteding 40%"_s << 1.0 << 40.0 << u"aanbesteding"_s;
        QTest::newRow("correction") << u"-1u was drie uur"_s << -1.0 << none << u"was drie uur"_s;
        QTest::newRow("only a note") << u"  Gesprek met de netbeheerder "_s << none << none << u"Gesprek met de netbeheerder"_s;
        QTest::newRow("number inside the note") << u"Overleg met 3 wethouders"_s << none << none << u"Overleg met 3 wethouders"_s;
        QTest::newRow("year is not hours") << u"2026 plan besproken"_s << none << none << u"2026 plan besproken"_s;
        QTest::newRow("only hours") << u"4u"_s << 4.0 << none << QString();
        QTest::newRow("only percent") << u"75%"_s << none << 75.0 << QString();
    }

    void shouldReadHoursPercentAndNote()
    {
        QFETCH(QString, typed);
        QFETCH(double, hours);
        QFETCH(double, percent);
        QFETCH(QString, note);
        const QuickEntry e = parseQuickEntry(typed);
        QCOMPARE(e.hours.has_value(), !qIsNaN(hours));
        if (e.hours)
            QCOMPARE(*e.hours, hours);
        QCOMPARE(e.percent.has_value(), !qIsNaN(percent));
        if (e.percent)
            QCOMPARE(*e.percent, percent);
        QCOMPARE(e.note, note);
    }
};

QTEST_GUILESS_MAIN(QuickEntryTest)
#include "quickentrytest.moc"
