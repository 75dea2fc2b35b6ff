#include "model/reuseoverview.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// The reuse overview ("jatprijs"): which items and organisations count,
/// how long items waited, what was looked at and never used, and why not.
class ReuseOverviewTest : public QObject
{
    Q_OBJECT

    QUuid dordrecht = QUuid::createUuid();
    QUuid zwijndrecht = QUuid::createUuid();
    QUuid winterswijk = QUuid::createUuid();
    QUuid aalten = QUuid::createUuid();

    static KnowledgeItem item(const QString &title, const QUuid &org, const QDate &published)
    {
        KnowledgeItem i;
        i.id = QUuid::createUuid();
        i.kind = KnowledgeKind::Practice;
        i.title = title;
        i.organisationId = org;
        i.status = KnowledgeStatus::Published;
        i.publishedOn = published;
        return i;
    }
    static Reuse reuse(const KnowledgeItem &i, const QUuid &org, ReuseStatus status, const QDate &date,
                       ReuseReason reason = ReuseReason::None, const QString &note = {})
    {
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = i.id;
        r.organisationId = org;
        r.status = status;
        r.date = date;
        r.reason = reason;
        r.note = note;
        return r;
    }

    ReuseOverviewInput input(const QList<KnowledgeItem> &items, const QList<Reuse> &reuses) const
    {
        ReuseOverviewInput in;
        in.items = items;
        in.reuses = reuses;
        in.organisationNames = {{dordrecht, u"Gemeente Dordrecht"_s},
                                {zwijndrecht, u"Gemeente Zwijndrecht"_s},
                                {winterswijk, u"Gemeente Winterswijk"_s},
                                {aalten, u"Gemeente Aalten"_s}};
        return in;
    }

private Q_SLOTS:
    void shouldRankItemsAndOrganisationsByReuseAcrossBorders()
    {
        // GIVEN Dordrecht's warmtenet practice taken up by Zwijndrecht and
        // Winterswijk, Winterswijk's participation lesson by Dordrecht, and
        // Dordrecht recording its own practice (which does not count)
        const KnowledgeItem warmte = item(u"Warmtenet in de wijk"_s, dordrecht, QDate(2026, 1, 10));
        const KnowledgeItem inspraak = item(u"Inspraak met jongeren"_s, winterswijk, QDate(2026, 3, 1));
        const QList<Reuse> reuses{reuse(warmte, zwijndrecht, ReuseStatus::Adopted, QDate(2026, 2, 9)),
                                  reuse(warmte, winterswijk, ReuseStatus::Adapted, QDate(2026, 4, 1)),
                                  reuse(warmte, dordrecht, ReuseStatus::Adopted, QDate(2026, 1, 11)),
                                  reuse(inspraak, dordrecht, ReuseStatus::Adopted, QDate(2026, 3, 21))};

        // WHEN the overview is made
        const ReuseOverview o = reuseOverview(input({warmte, inspraak}, reuses));

        // THEN the warmtenet practice leads with two takers, Winterswijk and
        // Dordrecht each reused, Dordrecht is reused most
        QCOMPARE(o.mostReusedItems.size(), 2);
        QCOMPARE(o.mostReusedItems[0].id, warmte.id);
        QCOMPARE(o.mostReusedItems[0].count, 2);
        QCOMPARE(o.mostReusedItems[1].count, 1);
        QCOMPARE(o.reusedOrganisations[0].id, dordrecht);
        QCOMPARE(o.reusedOrganisations[0].count, 2);
        QCOMPARE(o.reusedOrganisations[0].name, u"Gemeente Dordrecht"_s);
        QCOMPARE(o.reusingOrganisations.size(), 3);

        // AND the time to first reuse counts from publication to the first
        // other organisation: 30 days and 20 days, median 25
        QCOMPARE(o.firstReuses.size(), 2);
        QCOMPARE(o.firstReuses[0].itemId, inspraak.id);
        QCOMPARE(o.firstReuses[0].days, 20);
        QCOMPARE(o.firstReuses[1].days, 30);
        QCOMPARE(o.medianDaysToFirstReuse, 25);
    }

    void shouldTakeAnOrganisationsLatestRecord()
    {
        // GIVEN Aalten adopted and later gave up; Zwijndrecht considered and then adopted
        const KnowledgeItem warmte = item(u"Warmtenet"_s, dordrecht, QDate(2026, 1, 1));
        const QList<Reuse> reuses{
            reuse(warmte, aalten, ReuseStatus::Adopted, QDate(2026, 2, 1)),
            reuse(warmte, aalten, ReuseStatus::NotAdopted, QDate(2026, 6, 1), ReuseReason::NoBudget, u"Te duur"_s),
            reuse(warmte, zwijndrecht, ReuseStatus::Considering, QDate(2026, 2, 1)),
            reuse(warmte, zwijndrecht, ReuseStatus::Adopted, QDate(2026, 3, 1))};

        const ReuseOverview o = reuseOverview(input({warmte}, reuses));

        // THEN only Zwijndrecht counts as a taker, and Aalten's reason is kept
        QCOMPARE(o.mostReusedItems.size(), 1);
        QCOMPARE(o.mostReusedItems[0].count, 1);
        QCOMPARE(o.reusingOrganisations.size(), 1);
        QCOMPARE(o.reusingOrganisations[0].id, zwijndrecht);
        QCOMPARE(o.notAdoptedReasons.size(), 1);
        QCOMPARE(o.notAdoptedReasons[0].reason, ReuseReason::NoBudget);
        QCOMPARE(o.notAdoptedReasons[0].notes, QStringList{u"Te duur"_s});
        QCOMPARE(o.firstReuses[0].days, 59);
    }

    void shouldGroupTheReasonsForNotReusing()
    {
        const KnowledgeItem a = item(u"A"_s, dordrecht, QDate(2026, 1, 1));
        const KnowledgeItem b = item(u"B"_s, dordrecht, QDate(2026, 1, 1));
        const QList<Reuse> reuses{reuse(a, aalten, ReuseStatus::NotAdopted, QDate(2026, 2, 1), ReuseReason::NoFit),
                                  reuse(b, aalten, ReuseStatus::NotAdopted, QDate(2026, 2, 1), ReuseReason::NoFit,
                                        u"Andere schaal"_s),
                                  reuse(a, zwijndrecht, ReuseStatus::NotAdopted, QDate(2026, 2, 1),
                                        ReuseReason::OwnSolution)};

        const ReuseOverview o = reuseOverview(input({a, b}, reuses));

        QCOMPARE(o.notAdoptedReasons.size(), 2);
        QCOMPARE(o.notAdoptedReasons[0].reason, ReuseReason::NoFit);
        QCOMPARE(o.notAdoptedReasons[0].count, 2);
        QCOMPARE(o.notAdoptedReasons[0].notes, QStringList{u"Andere schaal"_s});
        QCOMPARE(o.notAdoptedReasons[1].reason, ReuseReason::OwnSolution);
        QVERIFY(o.mostReusedItems.isEmpty());
        QCOMPARE(o.medianDaysToFirstReuse, -1);
    }

    void shouldListMuchConsultedItemsNeverReused()
    {
        // GIVEN an item opened 40 times and never taken up, one opened 40
        // times and taken up, one opened twice, and a tombstoned one
        const KnowledgeItem looked = item(u"Veel bekeken"_s, dordrecht, QDate(2026, 1, 1));
        const KnowledgeItem used = item(u"Gebruikt"_s, dordrecht, QDate(2026, 1, 1));
        const KnowledgeItem quiet = item(u"Stil"_s, dordrecht, QDate(2026, 1, 1));
        KnowledgeItem gone = item(u"Weg"_s, dordrecht, QDate(2026, 1, 1));
        gone.meta.deleted = true;
        ReuseOverviewInput in = input({looked, used, quiet, gone},
                                      {reuse(used, aalten, ReuseStatus::Adopted, QDate(2026, 2, 1)),
                                       reuse(looked, aalten, ReuseStatus::Considering, QDate(2026, 2, 1))});
        in.consultations = {{looked.id, 40}, {used.id, 40}, {quiet.id, 2}, {gone.id, 90}};

        const ReuseOverview o = reuseOverview(in);

        QCOMPARE(o.consultedNeverReused.size(), 1);
        QCOMPARE(o.consultedNeverReused[0].id, looked.id);
        QCOMPARE(o.consultedNeverReused[0].count, 40);
    }

    void shouldExportTheOverviewAsCsv()
    {
        const KnowledgeItem warmte = item(u"Warmtenet; fase 1"_s, dordrecht, QDate(2026, 1, 10));
        const QList<Reuse> reuses{
            reuse(warmte, zwijndrecht, ReuseStatus::Adopted, QDate(2026, 2, 9)),
            reuse(warmte, aalten, ReuseStatus::NotAdopted, QDate(2026, 2, 9), ReuseReason::Political, u"=gemeenteraad"_s)};

        const QString csv = QString::fromUtf8(reuseOverviewCsv(reuseOverview(input({warmte}, reuses))).mid(3));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);

        QCOMPARE(lines.first(), u"Part;Name;Number;Published;First reuse;Days;Notes"_s);
        QVERIFY(lines.contains(u"Most reused items;\"Warmtenet; fase 1\";1;;;;"_s));
        QVERIFY(lines.contains(u"Time to first reuse;\"Warmtenet; fase 1\";;10-01-2026;09-02-2026;30;"_s));
        QVERIFY(lines.contains(u"Reasons for not reusing;Political choice;1;;;;'=gemeenteraad"_s));
    }
};

QTEST_GUILESS_MAIN(ReuseOverviewTest)
#include "reuseoverviewtest.moc"
