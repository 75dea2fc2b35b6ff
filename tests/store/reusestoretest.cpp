// Records of reuse ("jatwerk") in a real SQLite file.

#include "testlib/knowledgestoretestbase.h"

class ReuseStoreTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

    KnowledgeItem m_item;

    Reuse makeReuse(ReuseStatus status, const QDate &date, const QString &note = {})
    {
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = m_item.id;
        r.organisationId = m_zutphen;
        r.status = status;
        r.date = date;
        r.note = note;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init()
    {
        openStore();
        KnowledgeItem item = makeItem(u"Warmtenet in de wijk"_s, u"Zo deden wij het."_s);
        item.status = KnowledgeStatus::Published;
        m_item = save(item);
    }
    void cleanup() { closeStore(); }

    void shouldRecordReuseAndAnswerTheRowAsWritten()
    {
        // GIVEN Zutphen considers Dordrecht's practice
        const Reuse considering = makeReuse(ReuseStatus::Considering, QDate(2026, 3, 1));

        // WHEN it is recorded
        const auto saved = store().reuse().saveReuse(considering);

        // THEN the answer is the row, recorded by this laptop's person, waiting for the server
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().id, considering.id);
        QCOMPARE(saved.value().status, ReuseStatus::Considering);
        QCOMPARE(saved.value().date, QDate(2026, 3, 1));
        QCOMPARE(saved.value().organisationId, m_zutphen);
        QCOMPARE(saved.value().personId, m_actor);
        QCOMPARE(saved.value().meta.version, qint64(1));
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'reuse' AND op = 'insert'"_s), 1);
        QCOMPARE(store().lastChanges().tables, int(ChangeSet::Knowledge));
        QCOMPARE(store().lastChanges().ids, QList<QUuid>{considering.id});

        // WHEN it is adapted later, with what changed and how it went
        Reuse adapted = saved.value();
        adapted.status = ReuseStatus::Adapted;
        adapted.note = u"Kleiner begonnen: één wijk."_s;
        adapted.outcome = u"300 woningen aangesloten."_s;
        const auto changed = store().reuse().saveReuse(adapted);

        // THEN the record changes in place and the change syncs as an update
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QCOMPARE(changed.value().status, ReuseStatus::Adapted);
        QCOMPARE(changed.value().outcome, adapted.outcome);
        QCOMPARE(changed.value().meta.version, qint64(2));
        QCOMPARE(store().reuse().reuses(m_item.id).value().size(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'reuse' AND op = 'update' "
                       "AND json_extract(fields, '$.status') = 'adapted'"_s),
                 1);
    }

    void shouldListReuseOldestFirst()
    {
        // GIVEN three records on different days
        const Reuse late = makeReuse(ReuseStatus::Adopted, QDate(2026, 6, 1));
        const Reuse early = makeReuse(ReuseStatus::Considering, QDate(2026, 1, 1));
        Reuse middle = makeReuse(ReuseStatus::NotAdopted, QDate(2026, 3, 1), u"Te duur voor ons."_s);
        middle.organisationId = m_dordrecht;
        for (const Reuse &r : {late, early, middle})
            QVERIFY(store().reuse().saveReuse(r).ok());
        // WHEN they are listed
        const auto all = store().reuse().reuses(m_item.id).value();
        // THEN oldest first
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, early.id);
        QCOMPARE(all.at(1).id, middle.id);
        QCOMPARE(all.at(1).note, middle.note);
        QCOMPARE(all.at(2).id, late.id);
    }

    void shouldRefuseBadReuseAndWriteNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("missingItem");
        QTest::addColumn<int>("code");
        QTest::newRow("adapted without what changed")
            << int(ReuseStatus::Adapted) << QDate(2026, 1, 1) << QString() << false << int(Error::Validation);
        QTest::newRow("not adopted without why")
            << int(ReuseStatus::NotAdopted) << QDate(2026, 1, 1) << u"  "_s << false << int(Error::Validation);
        QTest::newRow("no date") << int(ReuseStatus::Adopted) << QDate() << QString() << false
                                 << int(Error::Validation);
        QTest::newRow("note too long") << int(ReuseStatus::NotAdopted) << QDate(2026, 1, 1) << QString(4001, u'n')
                                       << false << int(Error::Validation);
        QTest::newRow("item not here") << int(ReuseStatus::Adopted) << QDate(2026, 1, 1) << QString() << true
                                       << int(Error::NotFound);
    }

    void shouldRefuseBadReuseAndWriteNothing()
    {
        QFETCH(int, status);
        QFETCH(QDate, date);
        QFETCH(QString, note);
        QFETCH(bool, missingItem);
        QFETCH(int, code);
        Reuse r = makeReuse(ReuseStatus(status), date, note);
        if (missingItem)
            r.itemId = QUuid::createUuid();
        const int outbox = count(u"SELECT count(*) FROM outbox"_s);
        const auto saved = store().reuse().saveReuse(r);
        QVERIFY(!saved.ok());
        QCOMPARE(int(saved.error().code), code);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM reuse"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox);
    }

    void shouldKeepRecordWithItsOrganisation()
    {
        // GIVEN Zutphen's record
        Reuse r = store().reuse().saveReuse(makeReuse(ReuseStatus::Adopted, QDate(2026, 2, 1))).value();
        // WHEN it is saved as Dordrecht's
        r.organisationId = m_dordrecht;
        // THEN that is refused
        QCOMPARE(store().reuse().saveReuse(r).error().code, Error::Rule);
        QCOMPARE(store().reuse().reuses(m_item.id).value().first().organisationId, m_zutphen);
    }

    void shouldTombstoneRecordAndBringItBack()
    {
        // GIVEN a record
        const Reuse r = store().reuse().saveReuse(makeReuse(ReuseStatus::Adopted, QDate(2026, 2, 1))).value();
        // WHEN it is deleted
        QVERIFY(store().reuse().setReuseDeleted(r.id, true).ok());
        // THEN it is no longer listed, but kept, and the deletion syncs
        QVERIFY(store().reuse().reuses(m_item.id).value().isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM reuse WHERE deleted = 1"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'reuse' AND json_extract(fields, '$.deleted') = 1"_s),
                 1);
        // WHEN it is brought back
        QVERIFY(store().reuse().setReuseDeleted(r.id, false).ok());
        // THEN it is listed again
        QCOMPARE(store().reuse().reuses(m_item.id).value().size(), 1);
        // AND a record that never existed cannot be deleted
        QCOMPARE(store().reuse().setReuseDeleted(QUuid::createUuid(), true).error().code, Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(ReuseStoreTest)
#include "reusestoretest.moc"
