// Offers to be asked about topics, and the openings of items, in a real
// SQLite file: what the who-knows view and the reuse overview read.

#include "testlib/knowledgestoretestbase.h"

#include "model/expertoffer.h"

class ExpertStoreTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

    Person m_eva; // of Dordrecht
    Person m_joost; // of Zutphen
    KnowledgeItem m_item; // Dordrecht's

    Person addPerson(const QString &name, const QUuid &organisation)
    {
        Person p;
        p.id = QUuid::createUuid();
        p.name = name;
        p.organisationId = organisation;
        const auto saved = store().organisations().savePerson(p);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

    void addOrganisation(const QUuid &id, const QString &name)
    {
        Organisation o;
        o.id = id;
        o.name = name;
        QVERIFY(store().organisations().saveOrganisation(o).ok());
    }

    ExpertOffer offer(const Person &p, const QStringList &topics, const QString &note = {})
    {
        ExpertOffer e;
        e.personId = p.id;
        e.organisationId = p.organisationId;
        e.topics = topics;
        e.note = note;
        return e;
    }

    int outbox(const QString &table)
    {
        return count(u"SELECT count(*) FROM outbox WHERE tbl = '%1'"_s.arg(table));
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init()
    {
        openStore();
        addOrganisation(m_dordrecht, u"Dordrecht"_s);
        addOrganisation(m_zutphen, u"Zutphen"_s);
        m_eva = addPerson(u"Eva de Wit"_s, m_dordrecht);
        m_joost = addPerson(u"Joost Smit"_s, m_zutphen);
        KnowledgeItem item = makeItem(u"Warmtenet in de wijk"_s, u"Zo deden wij het."_s);
        item.status = KnowledgeStatus::Published;
        m_item = save(item);
    }
    void cleanup() { closeStore(); }

    void shouldOfferOnePersonOnceAndKeepSinceWhenTopicsChange()
    {
        // GIVEN Eva offers to be asked about heat networks
        store().setActor(m_eva.id);
        const auto first = store().experts().saveExpertOffer(offer(m_eva, {u" Warmtenet "_s}, u"Bel gerust"_s));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value().id, expertOfferId(m_eva.id));
        QCOMPARE(first.value().topics, QStringList{u"Warmtenet"_s});
        QVERIFY(first.value().since.isValid());

        // WHEN she adds a topic later, with another date asked for
        ExpertOffer more = offer(m_eva, {u"Warmtenet"_s, u"Participatie"_s, u"Warmtenet"_s}, u"Bel gerust"_s);
        more.id = QUuid::createUuid(); // whatever the caller says: one offer per person
        more.since = first.value().since.addDays(-400);
        const auto second = store().experts().saveExpertOffer(more);

        // THEN it is the same offer, with both topics, offered since the first time
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().topics, (QStringList{u"Warmtenet"_s, u"Participatie"_s}));
        QCOMPARE(second.value().since, first.value().since);
        QCOMPARE(second.value().meta.version, 2);
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_expert"_s), 1);
        const auto all = store().experts().expertOffers();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().note, u"Bel gerust"_s);
        // AND both writes wait for the server
        QCOMPARE(outbox(u"knowledge_expert"_s), 2);
    }

    void shouldWithdrawWithoutTopicsAndComeBackWhenOfferedAgain()
    {
        // GIVEN Eva's offer
        store().setActor(m_eva.id);
        QVERIFY(store().experts().saveExpertOffer(offer(m_eva, {u"Warmtenet"_s})).ok());

        // WHEN she withdraws every topic
        const auto withdrawn = store().experts().saveExpertOffer(offer(m_eva, {}));

        // THEN the offer is a tombstone, no longer listed
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().message));
        QVERIFY(withdrawn.value().meta.deleted);
        QVERIFY(store().experts().expertOffers().value().isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_expert WHERE deleted = 1"_s), 1);

        // AND offering again brings the same row back
        const auto again = store().experts().saveExpertOffer(offer(m_eva, {u"Omgevingswet"_s}));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY(!again.value().meta.deleted);
        QCOMPARE(again.value().id, expertOfferId(m_eva.id));
        QCOMPARE(again.value().topics, QStringList{u"Omgevingswet"_s});
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_expert"_s), 1);
    }

    void shouldRefuseBadOffersAndWriteNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("another organisation's person") << u"foreign"_s;
        QTest::newRow("a person not here") << u"unknown"_s;
        QTest::newRow("a note too long") << u"note"_s;
        QTest::newRow("a topic too long") << u"topic"_s;
        QTest::newRow("an empty topic") << u"empty"_s;
    }

    void shouldRefuseBadOffersAndWriteNothing()
    {
        QFETCH(QString, what);
        // GIVEN an offer that breaks a rule
        ExpertOffer bad = offer(m_eva, {u"Warmtenet"_s});
        if (what == "foreign"_L1)
            bad.organisationId = m_zutphen; // Eva works for Dordrecht
        else if (what == "unknown"_L1)
            bad.personId = QUuid::createUuid();
        else if (what == "note"_L1)
            bad.note = QString(ExpertLimits::NoteLength + 1, u'x');
        else if (what == "topic"_L1)
            bad.topics = {QString(200, u'w')};
        else
            bad.topics = {u"Warmtenet"_s, u"  "_s};

        // WHEN it is saved
        const auto saved = store().experts().saveExpertOffer(bad);

        // THEN it is refused with a Dutch-translatable reason, and nothing is written
        QVERIFY(!saved.ok());
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_expert"_s), 0);
        QCOMPARE(outbox(u"knowledge_expert"_s), 0);
    }

    void shouldRecordAnOpeningOncePerPersonAndDay()
    {
        // GIVEN Joost of Zutphen reads Dordrecht's item
        store().setActor(m_joost.id);
        const QDate monday(2026, 11, 30);

        // WHEN he opens it three times on Monday and once on Tuesday
        for (int i = 0; i < 3; ++i)
            QVERIFY(store().consultations().recordConsultation(m_item.id, monday).ok());
        QVERIFY(store().consultations().recordConsultation(m_item.id, monday.addDays(1)).ok());

        // THEN two consultations are kept, each in Zutphen's name, and sent
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_consultation"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_consultation WHERE organisation_id = '%1'"_s.arg(
                     m_zutphen.toString(QUuid::WithoutBraces))),
                 2);
        QCOMPARE(outbox(u"knowledge_consultation"_s), 2);
        // AND the second day's row has the id every laptop of Joost's would give it
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_consultation WHERE id = '%1'"_s.arg(
                     consultationId(m_item.id, m_joost.id, monday.addDays(1)).toString(QUuid::WithoutBraces))),
                 1);
        const auto counts = store().consultations().consultationCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().value(m_item.id), 2);
    }

    void shouldCountOnlyOtherOrganisationsAndLiveItems()
    {
        // GIVEN Eva opens her own organisation's item, Joost opens it too
        store().setActor(m_eva.id);
        QVERIFY(store().consultations().recordConsultation(m_item.id, QDate(2026, 11, 30)).ok());
        store().setActor(m_joost.id);
        QVERIFY(store().consultations().recordConsultation(m_item.id, QDate(2026, 11, 30)).ok());

        // THEN only Joost's opening counts
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_consultation"_s), 2);
        QCOMPARE(store().consultations().consultationCounts().value().value(m_item.id), 1);

        // AND once the item is deleted it counts no more
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(m_item.id, true).ok());
        QVERIFY(store().consultations().consultationCounts().value().isEmpty());
        // AND it cannot be opened any more
        const Status gone = store().consultations().recordConsultation(m_item.id, QDate(2026, 12, 1));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::NotFound);
    }

    void shouldRecordNothingWithoutSomeoneWorkingHere()
    {
        // GIVEN nobody is set up on this laptop yet
        store().setActor({});

        // WHEN an item is opened
        const Status opened = store().consultations().recordConsultation(m_item.id, QDate(2026, 11, 30));

        // THEN nothing is recorded, and that is no error
        QVERIFY(opened.ok());
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_consultation"_s), 0);
    }
};

QTEST_GUILESS_MAIN(ExpertStoreTest)
#include "expertstoretest.moc"
