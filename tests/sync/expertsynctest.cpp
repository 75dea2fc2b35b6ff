#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/region.h"
#include "testlib/testenvironment.h"

#include "model/expertoffer.h"
#include "model/knowledge.h"
#include "store/localstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;

/// Who may be asked and how often items are opened, between laptops of
/// different municipalities through a real server (server step 10).
class ExpertSyncTest : public QObject, SyncUsers
{
    Q_OBJECT

    KnowledgeItem share(Laptop &laptop, const Organisation &organisation, const QString &title,
                        KnowledgeVisibility visibility = KnowledgeVisibility::Everyone)
    {
        KnowledgeItem k;
        k.id = QUuid::createUuid();
        k.kind = KnowledgeKind::Practice;
        k.title = title;
        k.summary = u"Hoe wij het aanpakten."_s;
        k.organisationId = organisation.id;
        k.authorId = laptop.person;
        k.status = KnowledgeStatus::Published;
        k.visibility = visibility;
        k.topics = {u"Warmtenet"_s};
        const auto saved = laptop.store.knowledge().saveKnowledgeItem(k);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

    int onServer(const QString &sql)
    {
        QSqlQuery q(admin());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void init()
    {
        nextDatabase();
        addUsers();
    }
    void cleanup() { closeDatabase(); }
    void cleanupTestCase() { stopServer(); }

    void shouldShareOffersWithEveryoneAndCountOpeningsOncePerDay()
    {
        // GIVEN Anna of Dordrecht shares a practice, and Bram of Zwijndrecht
        // works on two laptops that both have it
        Laptop anna(*m_server, m_db, m_anna);
        const KnowledgeItem practice = share(anna, m_dordrecht, u"Warmtenet in de wijk"_s);
        anna.syncNow();
        Laptop bram(*m_server, m_db, m_bram);
        Laptop bramsOther(*m_server, m_db, m_bram);
        QCOMPARE(bram.count(u"SELECT count(*) FROM knowledge_item"_s), 1);

        // WHEN Bram opens it on both laptops on the same day, offline, and
        // offers on one of them to be asked about heat networks
        const QDate day(2026, 12, 1);
        QVERIFY(bram.store.consultations().recordConsultation(practice.id, day).ok());
        QVERIFY(bramsOther.store.consultations().recordConsultation(practice.id, day).ok());
        ExpertOffer offer;
        offer.personId = bram.person;
        offer.organisationId = m_zwijndrecht.id;
        offer.topics = {u"Warmtenet"_s};
        offer.note = u"Bel me op dinsdag"_s;
        QVERIFY(bram.store.experts().saveExpertOffer(offer).ok());
        const Sync::Report first = bram.syncNow();
        const Sync::Report second = bramsOther.syncNow();

        // THEN the server takes both without refusing or conflicting, and
        // keeps one opening
        QCOMPARE(first.rejected, 0);
        QCOMPARE(second.rejected, 0);
        QCOMPARE(second.conflicts, 0);
        QCOMPARE(onServer(u"SELECT count(*) FROM knowledge_consultation"_s), 1);
        QCOMPARE(onServer(u"SELECT count(*) FROM knowledge_expert"_s), 1);
        QCOMPARE(bramsOther.count(u"SELECT count(*) FROM outbox"_s), 0);

        // AND Anna counts the opening by another municipality, and sees Bram's offer
        anna.syncNow();
        QCOMPARE(anna.store.consultations().consultationCounts().value().value(practice.id), 1);
        const auto offers = anna.store.experts().expertOffers();
        QVERIFY(offers.ok());
        QCOMPARE(offers.value().size(), 1);
        QCOMPARE(offers.value().first().personId, bram.person);
        QCOMPARE(offers.value().first().note, u"Bel me op dinsdag"_s);
        // AND so does Piet of Papendrecht, who works with neither
        Laptop piet(*m_server, m_db, m_piet);
        QCOMPARE(piet.store.experts().expertOffers().value().size(), 1);
        QCOMPARE(piet.count(u"SELECT count(*) FROM knowledge_consultation"_s), 1);

        // WHEN Bram's other laptop withdraws the offer
        bramsOther.syncNow();
        ExpertOffer none = offer;
        none.topics.clear();
        QVERIFY(bramsOther.store.experts().saveExpertOffer(none).ok());
        QCOMPARE(bramsOther.syncNow().rejected, 0);

        // THEN it is gone for everyone
        anna.syncNow();
        QVERIFY(anna.store.experts().expertOffers().value().isEmpty());
    }

    void shouldKeepOpeningsOfAnOrganisationsOwnItemsWithIt()
    {
        // GIVEN an item Dordrecht keeps to itself, opened by Carla of Dordrecht
        Laptop anna(*m_server, m_db, m_anna);
        const KnowledgeItem internal = share(anna, m_dordrecht, u"Wat er misging"_s, KnowledgeVisibility::Organisation);
        anna.syncNow();
        Laptop carla(*m_server, m_db, m_carla);
        QVERIFY(carla.store.consultations().recordConsultation(internal.id, QDate(2026, 12, 1)).ok());
        QCOMPARE(carla.syncNow().rejected, 0);
        QCOMPARE(onServer(u"SELECT count(*) FROM knowledge_consultation"_s), 1);

        // WHEN Bram of Zwijndrecht syncs
        Laptop bram(*m_server, m_db, m_bram);

        // THEN he holds neither the item nor its opening
        QCOMPARE(bram.count(u"SELECT count(*) FROM knowledge_item"_s), 0);
        QCOMPARE(bram.count(u"SELECT count(*) FROM knowledge_consultation"_s), 0);
        // AND Anna has Carla's opening, which the overview does not count (her own organisation's)
        anna.syncNow();
        QCOMPARE(anna.count(u"SELECT count(*) FROM knowledge_consultation"_s), 1);
        QVERIFY(anna.store.consultations().consultationCounts().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ExpertSyncTest)
#include "expertsynctest.moc"
