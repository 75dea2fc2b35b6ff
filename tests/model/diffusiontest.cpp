#include "model/diffusion.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// The diffusion of an item over time: who took it up first, and the
/// adopter groups the chart labels.
class DiffusionTest : public QObject
{
    Q_OBJECT

    static Reuse reuse(const QUuid &org, ReuseStatus status, const QDate &date)
    {
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = QUuid::createUuid();
        r.organisationId = org;
        r.status = status;
        r.date = date;
        return r;
    }

private Q_SLOTS:
    void shouldCountEachOrganisationOnceAtItsFirstAdoption()
    {
        // GIVEN Dordrecht considering, then adopting; Zwijndrecht adapting
        // earlier; Sliedrecht not adopting; a tombstoned adoption
        const QUuid dordrecht = QUuid::createUuid();
        const QUuid zwijndrecht = QUuid::createUuid();
        const QUuid sliedrecht = QUuid::createUuid();
        const QUuid gone = QUuid::createUuid();
        Reuse deleted = reuse(gone, ReuseStatus::Adopted, QDate(2026, 1, 1));
        deleted.meta.deleted = true;
        const QList<Reuse> reuses{reuse(dordrecht, ReuseStatus::Considering, QDate(2026, 2, 1)),
                                  reuse(dordrecht, ReuseStatus::Adopted, QDate(2026, 5, 1)),
                                  reuse(dordrecht, ReuseStatus::Adopted, QDate(2026, 7, 1)),
                                  reuse(zwijndrecht, ReuseStatus::Adapted, QDate(2026, 3, 1)),
                                  reuse(sliedrecht, ReuseStatus::NotAdopted, QDate(2026, 4, 1)), deleted};

        // WHEN the diffusion is made
        const QList<DiffusionPoint> points = diffusion(reuses);

        // THEN it holds two adopters in date order, counted cumulatively
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].organisationId, zwijndrecht);
        QCOMPARE(points[0].date, QDate(2026, 3, 1));
        QCOMPARE(points[0].adopters, 1);
        QCOMPARE(points[1].organisationId, dordrecht);
        QCOMPARE(points[1].date, QDate(2026, 5, 1));
        QCOMPARE(points[1].adopters, 2);
    }

    void shouldLabelAdopterGroupsAsSharesOfThePotentialAdopters()
    {
        // Of 200 possible adopters: 5 innovators (2.5%), 27 early adopters
        // (13.5%), 68, 68 and 32.
        QCOMPARE(adopterGroup(1, 200), AdopterGroup::Innovators);
        QCOMPARE(adopterGroup(5, 200), AdopterGroup::Innovators);
        QCOMPARE(adopterGroup(6, 200), AdopterGroup::EarlyAdopters);
        QCOMPARE(adopterGroup(32, 200), AdopterGroup::EarlyAdopters);
        QCOMPARE(adopterGroup(33, 200), AdopterGroup::EarlyMajority);
        QCOMPARE(adopterGroup(100, 200), AdopterGroup::EarlyMajority);
        QCOMPARE(adopterGroup(101, 200), AdopterGroup::LateMajority);
        QCOMPARE(adopterGroup(168, 200), AdopterGroup::LateMajority);
        QCOMPARE(adopterGroup(169, 200), AdopterGroup::Laggards);
        QCOMPARE(adopterGroup(200, 200), AdopterGroup::Laggards);
    }

    void shouldGroupAgainstThePotentialAdoptersGiven()
    {
        // GIVEN 10 adopters out of the 342 municipalities
        QList<Reuse> reuses;
        for (int i = 0; i < 10; ++i)
            reuses.append(reuse(QUuid::createUuid(), ReuseStatus::Adopted, QDate(2026, 1, 1).addDays(i)));

        // WHEN drawn against all municipalities, and against the adopters alone
        const QList<DiffusionPoint> national = diffusion(reuses, 342);
        const QList<DiffusionPoint> alone = diffusion(reuses);

        // THEN nationally the tenth is still an early adopter; alone, a laggard
        QCOMPARE(national.last().group, AdopterGroup::EarlyAdopters);
        QCOMPARE(national.first().group, AdopterGroup::Innovators);
        QCOMPARE(alone.last().group, AdopterGroup::Laggards);
    }

    void shouldNameTheGroups()
    {
        QCOMPARE(adopterGroupName(AdopterGroup::Innovators), u"Innovators"_s);
        QVERIFY(!adopterGroupName(AdopterGroup::Laggards).isEmpty());
        QVERIFY(diffusion({}).isEmpty());
        QCOMPARE(adopterGroup(0, 0), AdopterGroup::Innovators);
    }
};

QTEST_GUILESS_MAIN(DiffusionTest)
#include "diffusiontest.moc"
