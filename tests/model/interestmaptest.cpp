#include "model/interestmap.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// The interest map's judgements: whose priorities no goal serves, and who
/// brings much and gets little.
class InterestMapTest : public QObject
{
    Q_OBJECT

    static Participation partner(const QString &name, const QString &brings, const QString &gets, const QString &priorities)
    {
        Participation p;
        p.id = QUuid::createUuid();
        p.organisationId = QUuid::createUuid();
        p.organisationName = name;
        p.brings = brings;
        p.gets = gets;
        p.priorities = priorities;
        p.joined = QDate(2026, 1, 1);
        return p;
    }

private Q_SLOTS:
    void shouldFlagUnservedPrioritiesAndImbalance()
    {
        // GIVEN three partners: one served and balanced, one whose priority no goal serves,
        // one that puts in most hours and gets little back
        const Participation served = partner(u"Dordrecht"_s, u"Een projectleider"_s, u"Een warmtenet"_s, u"Betaalbaarheid"_s);
        const Participation unserved = partner(u"Papendrecht"_s, u"Kennis"_s, u"Inzicht"_s, u"Groen in de wijk"_s);
        Participation giver = partner(u"Zwijndrecht"_s, u"Twee projectleiders, een jurist en drie dagen per week communicatie"_s,
                                      u"Weinig"_s, QString());
        Participation gone = partner(u"Sliedrecht"_s, u"Geld"_s, QString(), u"Alles"_s);
        gone.left = QDate(2026, 6, 1);
        Goal g;
        g.id = QUuid::createUuid();
        g.title = u"Duizend woningen"_s;
        g.servesOrganisations = {served.organisationId};
        const QList<ContributionTotal> hours{{giver.organisationId, giver.organisationName, 40, 10},
                                             {served.organisationId, served.organisationName, 15, 5},
                                             {unserved.organisationId, unserved.organisationName, 5, 2}};
        // WHEN the map is made
        const auto rows = interestMap({served, unserved, giver, gone}, {g}, hours);
        // THEN the partner who left is not on it
        QCOMPARE(rows.size(), 3);
        // AND the served partner shows its goal and no flag
        QCOMPARE(rows.at(0).servedBy, QStringList{u"Duizend woningen"_s});
        QVERIFY(!rows.at(0).prioritiesUnserved);
        QVERIFY(!rows.at(0).bringsMuchGetsLittle);
        // AND the unserved priority is flagged
        QVERIFY(rows.at(1).prioritiesUnserved);
        // AND the partner with most hours and little in return is flagged, with its share of the hours
        QVERIFY(rows.at(2).bringsMuchGetsLittle);
        QCOMPARE(rows.at(2).share, 40.0 / 60.0);
        // AND without any hours logged nobody is said to bring much
        for (const auto &r : interestMap({served, unserved, giver}, {g}, {}))
            QVERIFY(!r.bringsMuchGetsLittle);
    }
};

QTEST_GUILESS_MAIN(InterestMapTest)
#include "interestmaptest.moc"
