#include "testlib/localstoretestbase.h"

#include "store/outboxqueue.h"
#include "store/syncpassledger.h"

using namespace Qt::StringLiterals;

/// What a sync pass keeps between its steps: the cursor, what the server
/// said, conflicts and refusals for the user, the resync, projects to fetch
/// whole and whose people are here.
class SyncPassLedgerTest : public LocalStoreTestBase
{
    Q_OBJECT

    SyncPassLedger ledger() { return SyncPassLedger(store().database()); }


    Person addPerson(const Organisation &o, const QString &name)
    {
        Person p;
        p.id = QUuid::createUuid();
        p.organisationId = o.id;
        p.name = name;
        const auto saved = store().organisations().savePerson(p);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldKeepTheCursorWhereThePullStands()
    {
        QCOMPARE(ledger().cursor().value(), u"0"_s);
        QVERIFY(ledger().setCursor(u"{\"lo\":\"12\",\"hi\":\"40\"}"_s).ok());
        QCOMPARE(ledger().cursor().value(), u"{\"lo\":\"12\",\"hi\":\"40\"}"_s);
    }

    void shouldNotCaptureWhileApplying()
    {
        QVERIFY(ledger().setApplying(true).ok());
        addOrganisation(u"Dordrecht"_s);
        QCOMPARE(OutboxQueue(store().database()).size(), 0);

        QVERIFY(ledger().setApplying(false).ok());
        addOrganisation(u"Zwijndrecht"_s);
        QCOMPARE(OutboxQueue(store().database()).size(), 1);
    }

    void shouldNoteTheLastSync()
    {
        QVERIFY(!store().ledger().syncStatus().value().lastSync.isValid());
        ledger().noteSynced(idText(QUuid::createUuid()));
        const QDateTime last = store().ledger().syncStatus().value().lastSync;
        QVERIFY(last.isValid());
        QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void shouldRecordConflictsUntilResolved()
    {
        // GIVEN a renamed organisation whose name the server kept
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        QVERIFY(ledger()
                    .recordConflict(idText(QUuid::createUuid()), u"organisation"_s, idText(o.id), u"name"_s,
                                    u"[\"Dordrecht\"]"_s, u"[\"Gemeente Dordrecht\"]"_s, u"[\"Drechtstad\"]"_s)
                    .ok());

        // THEN the user sees it
        const auto conflicts = store().ledger().conflicts().value();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).field, u"name"_s);
        QCOMPARE(conflicts.at(0).mine, u"[\"Drechtstad\"]"_s);
        QCOMPARE(conflicts.at(0).rowLabel, u"Dordrecht"_s);
        QCOMPARE(store().ledger().syncStatus().value().conflicts, 1);

        // WHEN the user takes the server's value THEN it is settled
        QVERIFY(store().ledger().resolveConflict(conflicts.at(0).id, Resolution::Theirs, {}).ok());
        QCOMPARE(store().ledger().syncStatus().value().conflicts, 0);
    }

    void shouldRecordRefusalsUntilDismissed()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        QVERIFY(ledger()
                    .recordProblem(idText(QUuid::createUuid()), u"organisation"_s, idText(o.id), u"update"_s,
                                   u"{\"name\":\"X\"}"_s, u"not allowed"_s)
                    .ok());

        const auto problems = store().ledger().problems().value();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).message, u"not allowed"_s);
        QCOMPARE(problems.at(0).operation, u"update"_s);

        QVERIFY(store().ledger().dismissProblem(problems.at(0).id).ok());
        QVERIFY(store().ledger().problems().value().isEmpty());
    }

    void shouldSayWhetherASettingChanged()
    {
        QCOMPARE(ledger().setting(u"server_role"_s).value(), QString());
        QVERIFY(!ledger().hasSetting(u"server_role"_s).value());
        QCOMPARE(ledger().setSetting(u"server_role"_s, u"lead"_s).value(), true);
        QCOMPARE(ledger().setSetting(u"server_role"_s, u"lead"_s).value(), false);
        QCOMPARE(ledger().setSetting(u"server_role"_s, u"member"_s).value(), true);
        QCOMPARE(ledger().setting(u"server_role"_s).value(), u"member"_s);
        QVERIFY(ledger().hasSetting(u"server_role"_s).value());
    }

    void shouldAdoptOnlyAPersonThatIsHere()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        QVERIFY(!ledger().adoptPerson(idText(QUuid::createUuid())));
        QCOMPARE(ledger().me().person, QString());

        const Person p = addPerson(o, u"Sanne"_s);
        QVERIFY(ledger().adoptPerson(idText(p.id)));
        QVERIFY(!ledger().adoptPerson(idText(p.id)));
        QCOMPARE(ledger().me().person, idText(p.id));
        QCOMPARE(ledger().me().organisation, idText(o.id));
    }

    void shouldLeaveWhatAResyncDidNotSee()
    {
        // GIVEN two organisations the server had, and one still to send
        const Organisation seen = addOrganisation(u"Dordrecht"_s);
        const Organisation unseen = addOrganisation(u"Zwijndrecht"_s);
        sendAll();
        addOrganisation(u"Papendrecht"_s);

        // WHEN a resync sees only the first
        QVERIFY(!ledger().isResyncing().value());
        QVERIFY(ledger().startResync().ok());
        QVERIFY(ledger().isResyncing().value());
        QVERIFY(ledger().markSeen(u"organisation"_s, {idText(seen.id)}).ok());

        // THEN the other is left, not the one waiting to be sent
        QCOMPARE(ledger().unseen(u"organisation"_s).value(), QStringList{idText(unseen.id)});
        QVERIFY(ledger().endResync().ok());
        QVERIFY(!ledger().isResyncing().value());
    }

    void shouldKeepProjectsToFetchWhole()
    {
        QVERIFY(!ledger().hasGained().value());
        QVERIFY(ledger().noteGained({u"a"_s, u"b"_s}).ok());
        QVERIFY(ledger().noteGained({u"a"_s}).ok());
        QVERIFY(ledger().hasGained().value());
        QStringList gained = ledger().gained().value();
        gained.sort();
        QCOMPARE(gained, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(ledger().clearGained().ok());
        QVERIFY(!ledger().hasGained().value());
    }

    void shouldHoldPeopleOfOrganisations()
    {
        QVERIFY(ledger().setSetting(u"people_unchecked"_s, u"1"_s).ok());
        QVERIFY(ledger().setPeopleHeld({u"a"_s, u"b"_s}).ok());

        QCOMPARE(ledger().peopleHeld().value(), (QSet<QString>{u"a"_s, u"b"_s}));
        QVERIFY(ledger().holdsPeopleOf(u"a"_s).value());
        QVERIFY(!ledger().holdsPeopleOf(u"c"_s).value());
        QVERIFY(!ledger().hasSetting(u"people_unchecked"_s).value());
        QVERIFY(ledger().setPeopleHeld({u"c"_s}).ok());
        QCOMPARE(ledger().peopleHeld().value(), QSet<QString>{u"c"_s});
    }

    void shouldTellProjectsAsTheServerHasThem()
    {
        const Organisation lead = addOrganisation(u"Dordrecht"_s);
        const Organisation partner = addOrganisation(u"Zwijndrecht"_s);
        const Project sent = addProject(makeProject(u"Warmtenet"_s), lead.id);
        sendAll();
        const Project waiting = addProject(makeProject(u"Fietspad"_s), lead.id);
        addPartner(waiting.id, partner.id);

        QCOMPARE(ledger().projects().value(), (QSet<QString>{idText(sent.id), idText(waiting.id)}));
        QCOMPARE(ledger().projectsSent().value(), QSet<QString>{idText(sent.id)});
        QVERIFY(!ledger().lacksProject(idText(sent.id)));
        QVERIFY(ledger().lacksProject(idText(QUuid::createUuid())));
        // The partner's participation waits to be sent: the server knows only the lead.
        QCOMPARE(ledger().organisationsTakingPart(u"own"_s).value(), (QSet<QString>{idText(lead.id), u"own"_s}));
    }

    void shouldListPeopleThatMayGo()
    {
        // GIVEN oneself, a colleague the server has, and one still to send
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        const Person me = addPerson(o, u"Sanne"_s);
        const Person colleague = addPerson(o, u"Joost"_s);
        sendAll();
        addPerson(o, u"Fatima"_s);
        QVERIFY(ledger().adoptPerson(idText(me.id)));

        QCOMPARE(ledger().removablePeople().value(), QStringList{idText(colleague.id)});
        QCOMPARE(ledger().personVersions().value().value(idText(colleague.id)), 1);
    }

    void shouldReadEveryRowOfATable()
    {
        const Organisation o = addOrganisation(u"Dordrecht"_s);
        const SyncSchema::Table &table = *SyncSchema::table(u"organisation"_s);
        QStringList names;
        QVERIFY(ledger()
                    .forEachRow(table,
                                [&](const QString &id, const QVariantList &values, qint64 version,
                                    const QString &createdAt) -> Status {
                                    names << values.at(0).toString();
                                    if (id != idText(o.id) || version != 1 || createdAt.isEmpty())
                                        return error(Error::Storage, u"unexpected row"_s);
                                    // Every synced column, deleted last.
                                    if (values.size() != table.syncedColumns().size())
                                        return error(Error::Storage, u"unexpected columns"_s);
                                    return Done{};
                                })
                    .ok());
        QCOMPARE(names, QStringList{u"Dordrecht"_s});
    }
};

QTEST_GUILESS_MAIN(SyncPassLedgerTest)
#include "syncpassledgertest.moc"
