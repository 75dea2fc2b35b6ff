#include "testlib/localstoretestbase.h"

#include "store/outboxqueue.h"
#include "store/syncpassledger.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

/// The outbox as the sync takes it: oldest first, answered entries out,
/// rows queued again for a restored server, edits set aside for the user.
class OutboxQueueTest : public LocalStoreTestBase
{
    Q_OBJECT

    OutboxQueue outbox() { return OutboxQueue(store().database()); }

    QStringList tablesWaiting()
    {
        QStringList tables;
        const auto all = outbox().oldest(1000).value();
        for (const OutboxEntry &e : all)
            tables << e.table + u':' + e.op;
        return tables;
    }

    QStringList quarantined()
    {
        QStringList rows;
        const auto all = store().ledger().quarantine().value();
        for (const QuarantinedChange &c : all)
            rows << c.table + u':' + c.reason;
        rows.sort();
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldTakeTheOldestEntriesFirst()
    {
        // GIVEN three new organisations, each captured in the outbox
        const Organisation a = addOrganisation(u"Dordrecht"_s);
        addOrganisation(u"Zwijndrecht"_s);
        addOrganisation(u"Papendrecht"_s);
        QCOMPARE(outbox().size(), 3);
        QVERIFY(!outbox().isEmpty());

        // WHEN the sync takes two
        const auto taken = outbox().oldest(2);

        // THEN they are the first two, in the order they were made
        QVERIFY(taken.ok());
        QCOMPARE(taken.value().size(), 2);
        QCOMPARE(taken.value().at(0).rowId, idText(a.id));
        QCOMPARE(taken.value().at(0).op, u"insert"_s);
        QVERIFY(taken.value().at(0).seq < taken.value().at(1).seq);
        QCOMPARE(QJsonDocument::fromJson(taken.value().at(0).fields.toUtf8()).object().value(u"name"_s).toString(),
                 u"Dordrecht"_s);
    }

    void shouldTakeOutWhatTheServerAnswered()
    {
        addOrganisation(u"Dordrecht"_s);
        addOrganisation(u"Zwijndrecht"_s);
        const Organisation last = addOrganisation(u"Papendrecht"_s);
        const auto taken = outbox().oldest(2).value();

        QVERIFY(outbox().acknowledge(taken.constLast().seq).ok());

        const auto left = outbox().oldest(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).rowId, idText(last.id));
        QVERIFY(outbox().acknowledge(left.at(0).seq).ok());
        QVERIFY(outbox().isEmpty());
        QCOMPARE(outbox().size(), 0);
    }

    void shouldKnowWhichFieldsOfARowWait()
    {
        // GIVEN an organisation the server has, renamed here since
        Organisation o = addOrganisation(u"Dordrecht"_s);
        QVERIFY(outbox().acknowledge(outbox().oldest(10).value().constLast().seq).ok());
        o.name = u"Gemeente Dordrecht"_s;
        QVERIFY(store().organisations().saveOrganisation(o).ok());

        // THEN only its name waits, in one edit
        QCOMPARE(outbox().pendingFields(u"organisation"_s, idText(o.id)), QSet<QString>{u"name"_s});
        QCOMPARE(outbox().pendingCounts(u"organisation"_s).value(), (QHash<QString, int>{{idText(o.id), 1}}));
        QVERIFY(outbox().pendingFields(u"organisation"_s, idText(QUuid::createUuid())).isEmpty());
    }

    void shouldFoldARowsEarlierEditsWhenQueuedAgain()
    {
        // GIVEN an organisation with two edits waiting
        Organisation o = addOrganisation(u"Dordrecht"_s);
        o.name = u"Gemeente Dordrecht"_s;
        QVERIFY(store().organisations().saveOrganisation(o).ok());
        QCOMPARE(outbox().size(), 2);

        // WHEN it is queued again for a server that lost it
        QVERIFY(outbox()
                    .requeue(u"organisation"_s, idText(o.id), u"insert"_s, u"{\"name\":\"Gemeente Dordrecht\"}"_s,
                             u"{}"_s, u"2024-01-01T00:00:00.000Z"_s)
                    .ok());

        // THEN one entry holds it
        const auto left = outbox().oldest(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).op, u"insert"_s);
        QCOMPARE(left.at(0).base, u"{}"_s);
        QCOMPARE(left.at(0).createdAt, u"2024-01-01T00:00:00.000Z"_s);
    }

    void shouldDropEntriesOfRowsNoLongerHere()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        QVERIFY(outbox().requeue(u"organisation"_s, idText(QUuid::createUuid()), u"update"_s, u"{}"_s, u"{}"_s,
                                 u"2024-01-01T00:00:00.000Z"_s)
                    .ok());
        QCOMPARE(outbox().size(), 2);

        QVERIFY(outbox().dropVanished(u"organisation"_s).ok());

        const auto left = outbox().oldest(10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).rowId, idText(o.id));
    }

    void shouldSetARowsEditsAsideWithTheReason()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        addOrganisation(u"Zwijndrecht"_s);

        QVERIFY(outbox().setAside(*SyncSchema::table(u"organisation"_s), idText(o.id), u"in the way"_s).ok());

        QCOMPARE(outbox().size(), 1);
        QCOMPARE(quarantined(), QStringList{u"organisation:in the way"_s});
        QCOMPARE(store().ledger().syncStatus().value().quarantined, 1);
    }

    void shouldSetAProjectsEditsAndRefusalsAside()
    {
        // GIVEN a project with its lead, waiting to be sent, and a refused
        // edit of its participation
        const Organisation lead = addOrganisation(u"Dordrecht"_s);
        addOrganisation(u"Zwijndrecht"_s);
        const Project p = addProject(makeProject(u"Warmtenet"_s), lead.id);
        const QString participation = idText(participationOf(p.id, lead.id).id);
        SyncPassLedger(store().database())
            .recordProblem(idText(QUuid::createUuid()), u"participation"_s, participation, u"update"_s,
                           u"{\"brings\":\"geld\"}"_s, u"not allowed"_s);
        QCOMPARE(store().ledger().problems().value().size(), 1);

        // WHEN the user no longer sees it
        QVERIFY(outbox().setAsideProject(idText(p.id)).ok());

        // THEN its edits and refusals wait in the quarantine; the rest stays
        QCOMPARE(tablesWaiting(), (QStringList{u"organisation:insert"_s, u"organisation:insert"_s}));
        QVERIFY(store().ledger().problems().value().isEmpty());
        const auto all = store().ledger().quarantine().value();
        for (const QuarantinedChange &c : all)
            QCOMPARE(c.projectId, p.id);
        QVERIFY(quarantined().contains(u"project:"_s));
        QCOMPARE(quarantined().count(u"participation:"_s), 2);
    }
};

QTEST_GUILESS_MAIN(OutboxQueueTest)
#include "outboxqueuetest.moc"
