#include "testlib/localstoretestbase.h"

#include "store/localapply.h"
#include "store/outboxqueue.h"
#include "store/syncpassledger.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

/// Rows from the server written here as the pull writes them: pending
/// edits kept, nothing captured, local rows in the way set aside.
class LocalApplyTest : public LocalStoreTestBase
{
    Q_OBJECT

    OutboxQueue outbox() { return OutboxQueue(store().database()); }

    // An organisation row as the server sends it.
    static QVariantMap serverOrganisation(const QUuid &id, const QString &name, const QString &code, qint64 version)
    {
        return {{u"id"_s, idText(id)},
                {u"name"_s, name},
                {u"kind"_s, u"municipality"_s},
                {u"municipality_code"_s, code},
                {u"deleted"_s, 0},
                {u"created_at"_s, u"2024-01-01T00:00:00.000Z"_s},
                {u"updated_at"_s, u"2024-02-01T00:00:00.000Z"_s},
                {u"changed_by"_s, QVariant(QMetaType(QMetaType::QString))},
                {u"version"_s, version}};
    }

    Organisation organisation(const QUuid &id)
    {
        const auto all = store().organisations().organisations().value();
        for (const Organisation &o : all) {
            if (o.id == id)
                return o;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldWriteAServerRowWithoutCapturingIt()
    {
        const QUuid id = QUuid::createUuid();
        Transaction transaction(store().database());
        LocalApply apply(store().database());
        QVERIFY(apply.begin());
        QVERIFY(apply.apply(*SyncSchema::table(u"organisation"_s), serverOrganisation(id, u"Dordrecht"_s, u"GM0505"_s, 3)).ok());
        QVERIFY(apply.flush().ok());
        QVERIFY(apply.end());
        QVERIFY(transaction.commit());

        QCOMPARE(organisation(id).name, u"Dordrecht"_s);
        QCOMPARE(organisation(id).meta.version, 3);
        QVERIFY(outbox().isEmpty());
        QCOMPARE(apply.changedTables(), int(ChangeSet::Organisations));
    }

    void shouldKeepFieldsThatWaitForTheServer()
    {
        // GIVEN an organisation renamed here, not sent yet
        Organisation o = addOrganisation(u"Dordrecht"_s);
        sendAll();
        o.name = u"Gemeente Dordrecht"_s;
        QVERIFY(store().organisations().saveOrganisation(o).ok());

        // WHEN the server's row comes with another code and the old name
        Transaction transaction(store().database());
        LocalApply apply(store().database());
        QVERIFY(apply.begin());
        QVERIFY(apply.apply(*SyncSchema::table(u"organisation"_s), serverOrganisation(o.id, u"Dordrecht"_s, u"GM0590"_s, 4)).ok());
        QVERIFY(apply.end());
        QVERIFY(transaction.commit());

        // THEN the server's code is taken and the pending name kept
        QCOMPARE(organisation(o.id).municipalityCode, u"GM0590"_s);
        QCOMPARE(organisation(o.id).name, u"Gemeente Dordrecht"_s);
        QCOMPARE(outbox().size(), 1);
    }

    void shouldSetARemovedRowsEditsAside()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        LocalApply apply(store().database());
        QVERIFY(apply.begin());
        QVERIFY(apply.remove(*SyncSchema::table(u"organisation"_s), idText(o.id), u"in the way"_s).ok());
        QVERIFY(apply.end());

        QCOMPARE(organisation(o.id).id, QUuid());
        QCOMPARE(apply.removed().value(u"organisation"_s), QStringList{idText(o.id)});
        QVERIFY(outbox().isEmpty());
        const auto quarantine = store().ledger().quarantine().value();
        QCOMPARE(quarantine.size(), 1);
        QCOMPARE(quarantine.at(0).reason, u"in the way"_s);
    }

    void shouldDropOnlyRowsNothingRefersTo()
    {
        const Organisation lead = addOrganisation(u"Dordrecht"_s);
        const Project p = addProject(makeProject(u"Warmtenet"_s), lead.id);
        LocalApply apply(store().database());
        QVERIFY(apply.begin());

        QVERIFY(!apply.drop(*SyncSchema::table(u"organisation"_s), idText(lead.id)));
        QVERIFY(apply.removeProject(idText(p.id)).ok());
        QVERIFY(apply.drop(*SyncSchema::table(u"organisation"_s), idText(lead.id)));
        QVERIFY(apply.end());

        QCOMPARE(count(u"SELECT count(*) FROM project"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM participation"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM organisation"_s), 0);
        QVERIFY(apply.changedTables() & ChangeSet::Projects);
        QVERIFY(apply.changedTables() & ChangeSet::Organisations);
    }

    void shouldNoteThatPeopleNeedALookAfterParticipations()
    {
        const Organisation lead = addOrganisation(u"Dordrecht"_s);
        const Project p = addProject(makeProject(u"Warmtenet"_s), lead.id);
        LocalApply apply(store().database());
        QVERIFY(apply.begin());
        QVERIFY(apply.remove(*SyncSchema::table(u"participation"_s), idText(participationOf(p.id, lead.id).id)).ok());
        QVERIFY(apply.end());

        QVERIFY(SyncPassLedger(store().database()).hasSetting(u"people_unchecked"_s).value());
    }
};

QTEST_GUILESS_MAIN(LocalApplyTest)
#include "localapplytest.moc"
