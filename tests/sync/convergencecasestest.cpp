#include "testlib/faultproxy.h"
#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/region.h"
#include "testlib/testenvironment.h"

#include "store/localstore.h"
#include "sync/serveradmin.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;

/// The six ways laptops once failed to converge (docs/SYNC.md, "What the
/// sync promises"), one case each, and the rule that no local constraint
/// stops a pull. The convergence harness finds them at random; these name them.
class ConvergenceCasesTest : public QObject, TestLib::RegionRounds
{
    Q_OBJECT

    QString m_anna, m_carla, m_bram, m_piet;

    Project makeProject(Laptop &laptop, const QString &name)
    {
        return TestLib::makeProject(laptop, m_dordrecht, m_zwijndrecht, name);
    }

    static QString id(const QUuid &u) { return u.toString(QUuid::WithoutBraces); }

    /// Where the laptop's row differs from the server's row as its user sees
    /// it: one line per column, empty when equal.
    static QString difference(Laptop &laptop, const QString &table, const QUuid &row, const QStringList &fields)
    {
        QSqlQuery s(laptop.sync.serverDatabase());
        if (!s.exec(u"SELECT to_jsonb(t)::text FROM %1 t WHERE id = '%2'"_s.arg(table, id(row))))
            return s.lastError().text();
        const QJsonObject server = s.next() ? QJsonDocument::fromJson(s.value(0).toString().toUtf8()).object() : QJsonObject();
        QSqlQuery l(laptop.store.database());
        if (!l.exec(u"SELECT * FROM %1 WHERE id = '%2'"_s.arg(table, id(row))))
            return l.lastError().text();
        const bool here = l.next();
        if (server.isEmpty() || !here)
            return here == server.isEmpty() ? u"%1 on only one side"_s.arg(table) : QString();
        QStringList out;
        auto differs = [&](const QString &column, const QString &mine, const QString &theirs) {
            if (mine != theirs)
                out << u"%1: here %2, server %3"_s.arg(column, mine, theirs);
        };
        for (const QString &f : fields)
            differs(f, l.value(f).toString(), server.value(f).toVariant().toString());
        differs(u"deleted"_s, l.value(u"deleted"_s).toBool() ? u"true"_s : u"false"_s,
                server.value(u"deleted"_s).toBool() ? u"true"_s : u"false"_s);
        differs(u"version"_s, l.value(u"version"_s).toString(), QString::number(server.value(u"version"_s).toInteger()));
        // To the millisecond, cut as the laptop keeps it.
        static const QRegularExpression micros(u"(\\.\\d{3})\\d+"_s);
        auto ms = [](QString text) {
            text.replace(micros, u"\\1"_s);
            return QString::number(QDateTime::fromString(text, Qt::ISODate).toMSecsSinceEpoch());
        };
        for (const QString &stamp : {u"created_at"_s, u"updated_at"_s})
            differs(stamp, ms(l.value(stamp).toString()), ms(server.value(stamp).toString()));
        return out.join(u"; "_s);
    }

    /// An offline hand-over of @p p from Dordrecht to @p to on @p laptop.
    static void handOver(Laptop &laptop, const Project &p, const Organisation &from, const Organisation &to)
    {
        LeadHandOver h;
        h.projectId = p.id;
        h.fromOrganisation = from.id;
        h.toOrganisation = to.id;
        h.openedTermId = QUuid::createUuid();
        h.date = QDate::currentDate();
        const auto done = laptop.store.participations().handOverLead(h);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    }

    /// Papendrecht joins @p p as a partner, made on @p laptop and synced.
    void addPapendrecht(Laptop &laptop, const Project &p)
    {
        Participation x;
        x.id = QUuid::createUuid();
        x.projectId = p.id;
        x.organisationId = m_papendrecht.id;
        x.role = ParticipationRole::Partner;
        x.joined = QDate(2026, 2, 1);
        QVERIFY(laptop.store.participations().saveParticipation(x).ok());
        laptop.syncNow();
    }

    /// The laptop's current lead organisation of @p p, and that on the server.
    static std::pair<QString, QString> leads(Laptop &laptop, const Project &p)
    {
        const QString sql = u"SELECT organisation_id FROM participation WHERE project_id = '%1' AND role = 'lead' AND "
                            "left_on IS NULL AND %2"_s;
        QSqlQuery l(laptop.store.database());
        l.exec(sql.arg(id(p.id), u"deleted = 0"_s));
        QSqlQuery s(laptop.sync.serverDatabase());
        s.exec(sql.arg(id(p.id), u"NOT deleted"_s));
        return {l.next() ? l.value(0).toString() : QString(), s.next() ? s.value(0).toString() : QString()};
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        m_anna = addUser(u"anna"_s, m_dordrecht, u"lead"_s);
        m_carla = addUser(u"carla"_s, m_dordrecht, u"lead"_s);
        m_bram = addUser(u"bram"_s, m_zwijndrecht, u"lead"_s);
        m_piet = addUser(u"piet"_s, m_papendrecht, u"member"_s);
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    // 1. The partners' people existed before the project: behind the creator's cursor.
    void shouldGiveTheCreatorThePeopleOfItsPartners()
    {
        Laptop bram(*m_server, m_db, m_bram);
        Laptop anna(*m_server, m_db, m_anna);
        QCOMPARE(anna.count(u"SELECT count(*) FROM person WHERE organisation_id = '%1'"_s.arg(id(m_zwijndrecht.id))), 0);
        // WHEN Anna makes a project with Zwijndrecht and syncs
        const Project p = makeProject(anna, u"Schone Merwede"_s);
        // THEN she has Bram, whom the server now shows her
        QCOMPARE(anna.count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(id(bram.person))), 1);
        // AND when Papendrecht joins, Piet comes too
        Laptop piet(*m_server, m_db, m_piet);
        addPapendrecht(anna, p);
        QCOMPARE(anna.count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(id(piet.person))), 1);
        // AND when Papendrecht's participation is deleted, Piet goes out of sight again
        const auto annas = anna.store.participations().participations(p.id);
        for (const auto &x : annas.value()) {
            if (x.organisationId == m_papendrecht.id)
                QVERIFY(anna.store.participations().setParticipationDeleted(x.id, true).ok());
        }
        anna.syncNow();
        QCOMPARE(anna.count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(id(piet.person))), 0);
        QCOMPARE(anna.count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(id(bram.person))), 1);
    }

    // Found by the convergence test: a pass cut while it fetched a project
    // that became visible left the project's older rows out for good, since
    // the next pass no longer saw the project as new.
    void shouldFetchAGainedProjectWholeAfterACutConnection()
    {
        Laptop anna(*m_server, m_db, m_anna);
        TestLib::FaultProxy relay(m_server->port());
        Sync::ServerSettings viaRelay = TestLib::serverSettings(*m_server, m_db, m_bram);
        viaRelay.port = relay.port();
        Laptop bram(viaRelay);
        // GIVEN a project of Dordrecht alone, with a lead term, that Bram's laptop has passed by
        Project p;
        p.id = QUuid::createUuid();
        p.name = u"Later Erbij"_s;
        p.purpose = u"Samen"_s;
        p.urgency = u"Nu"_s;
        p.status = ProjectStatus::Active;
        QVERIFY(anna.store.projects().createProject(p, m_dordrecht.id).ok());
        anna.syncNow();
        bram.syncNow();
        // AND then Zwijndrecht joins and the project is renamed
        Participation z;
        z.id = QUuid::createUuid();
        z.projectId = p.id;
        z.organisationId = m_zwijndrecht.id;
        z.role = ParticipationRole::Partner;
        z.joined = QDate(2026, 3, 1);
        QVERIFY(anna.store.participations().saveParticipation(z).ok());
        Project renamed = anna.project(p.id);
        renamed.name = u"Nu Samen"_s;
        QVERIFY(anna.store.projects().updateProject(renamed).ok());
        anna.syncNow();
        // WHEN Bram's connection is cut while his laptop fetches the project whole
        relay.cutAfter("= ANY (string_to_array", 0);
        bram.syncNow();
        QCOMPARE(relay.fired(), 1);
        // THEN the pass that connected again fetched it: Dordrecht's participation and lead term are there
        QCOMPARE(bram.store.participations().participations(p.id).value().size(), 2);
        QCOMPARE(bram.store.participations().leadHistory(p.id).value().size(), 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_gained"_s), 0);
    }

    // Found by the convergence test: a partner's people hidden for a moment
    // (its participation deleted, then restored) while the pull read the
    // people: a person's row written then was passed unseen, and the laptop
    // never saw the participation change that would have told it.
    void shouldCompareThePeopleAfterAParticipationCameOrWent()
    {
        Laptop anna(*m_server, m_db, m_anna);
        TestLib::FaultProxy relay(m_server->port());
        Sync::ServerSettings viaRelay = TestLib::serverSettings(*m_server, m_db, m_carla);
        viaRelay.port = relay.port();
        Laptop carla(viaRelay);
        Laptop piet(*m_server, m_db, m_piet);
        const Project p = makeProject(anna, u"Even Weg"_s);
        addPapendrecht(anna, p);
        carla.syncNow();
        QCOMPARE(carla.count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(id(piet.person))), 1);
        // GIVEN Papendrecht's participation is deleted, and Piet then changes his e-mail address
        Participation papendrecht;
        const auto parts = anna.store.participations().participations(p.id);
        for (const auto &x : parts.value()) {
            if (x.organisationId == m_papendrecht.id)
                papendrecht = x;
        }
        QVERIFY(anna.store.participations().setParticipationDeleted(papendrecht.id, true).ok());
        anna.syncNow();
        const auto people = piet.store.organisations().people(m_papendrecht.id);
        QVERIFY(people.ok() && !people.value().isEmpty());
        Person me = people.value().constFirst();
        me.email = u"piet@papendrecht.nl"_s;
        QVERIFY(piet.store.organisations().savePerson(me).ok());
        piet.syncNow();
        // AND Carla's pull reads the people, then its connection is cut (and she gives up for now)
        relay.cutAfter("FROM participation t WHERE", 0);
        const auto cut = carla.sync.sync([](const Sync::Progress &progress) {
            return progress.phase != Sync::Progress::Reconnecting;
        });
        QVERIFY(!cut.ok());
        // AND meanwhile the participation is restored
        QVERIFY(anna.store.participations().setParticipationDeleted(papendrecht.id, false).ok());
        anna.syncNow();
        // WHEN Carla syncs again
        carla.syncNow();
        // THEN she has Piet as the server has him now
        QCOMPARE(difference(carla, u"person"_s, me.id, {u"email"_s}), QString());
    }

    // 2. Two offline hand-overs of one project: the second is refused, and
    // its rows must not stay to collide with the server's on every pull.
    void shouldRecoverFromTwoOfflineHandOversOfOneProject()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Dubbele Overdracht"_s);
        addPapendrecht(anna, p);
        carla.syncNow();
        // GIVEN Anna hands the regie to Zwijndrecht and Carla, offline, to Papendrecht
        handOver(anna, p, m_dordrecht, m_zwijndrecht);
        handOver(carla, p, m_dordrecht, m_papendrecht);
        anna.syncNow();
        // WHEN Carla syncs, twice
        const auto first = carla.sync.sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(first.value().rejected > 0);
        const auto second = carla.sync.sync();
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        // THEN her laptop shows the server's lead, its lead terms, and nothing of her hand-over but the refusals
        const auto [here, server] = leads(carla, p);
        QCOMPARE(here, id(m_zwijndrecht.id));
        QCOMPARE(server, id(m_zwijndrecht.id));
        QCOMPARE(carla.count(u"SELECT count(*) FROM lead_term WHERE until_date IS NULL AND deleted = 0"_s), 1);
        QCOMPARE(carla.store.participations().leadHistory(p.id).value().size(), anna.store.participations().leadHistory(p.id).value().size());
        const auto carlas = carla.store.participations().participations(p.id);
        for (const auto &x : carlas.value())
            QCOMPARE(difference(carla, u"participation"_s, x.id, {u"role"_s, u"left_on"_s}), QString());
        QCOMPARE(carla.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(carla.count(u"SELECT count(*) FROM sync_quarantine"_s), 0);
        QVERIFY(carla.count(u"SELECT count(*) FROM sync_problem"_s) > 0);
    }

    // No local rule stops a pull: a hand-over made while a sync was between
    // its push and its pull meets the server's, and is kept aside.
    void shouldKeepALocalRowAsideThatStandsInTheWayOfAPull()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Tussendoor"_s);
        addPapendrecht(anna, p);
        carla.syncNow();
        handOver(anna, p, m_dordrecht, m_zwijndrecht);
        anna.syncNow();
        handOver(carla, p, m_dordrecht, m_papendrecht);
        // WHEN Carla's laptop pulls before it has pushed her hand-over
        const auto pulled = carla.sync.pull();
        // THEN the pull succeeds, the server's lead stands, and her rows in its way are kept aside with a reason
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().message));
        const auto [here, server] = leads(carla, p);
        QCOMPARE(here, server);
        QVERIFY(carla.count(u"SELECT count(*) FROM sync_quarantine WHERE reason LIKE '%another row in its place%'"_s) > 0);
        const auto quarantined = carla.store.ledger().quarantine();
        QVERIFY(quarantined.ok() && !quarantined.value().isEmpty());
        QVERIFY(!quarantined.value().constFirst().reason.isEmpty());
        // AND a full sync afterwards leaves her laptop as the server has it
        const auto synced = carla.sync.sync();
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
        const auto carlas = carla.store.participations().participations(p.id);
        for (const auto &x : carlas.value())
            QCOMPARE(difference(carla, u"participation"_s, x.id, {u"role"_s, u"left_on"_s}), QString());
        QCOMPARE(carla.count(u"SELECT count(*) FROM lead_term WHERE until_date IS NULL AND deleted = 0"_s), 1);
    }

    // 3. The push reached the server, its answer did not: the re-sent batch
    // must bring the server's row, or the laptop keeps its losing value.
    void shouldTakeTheServersRowWhenAnAnswerWasLost()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Verloren Antwoord"_s);
        carla.syncNow();
        // GIVEN Carla changes the slogan offline, and Anna changes it too and syncs
        Project c = carla.project(p.id);
        c.slogan = u"Van Carla"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        Project a = anna.project(p.id);
        a.slogan = u"Van Anna"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        anna.syncNow();
        // AND Carla's laptop pulled (edited during a sync) past Anna's row, keeping her pending value
        QVERIFY(carla.sync.pull().ok());
        QCOMPARE(carla.project(p.id).slogan, u"Van Carla"_s);
        // AND her push reached the server, but its answer was lost: a copy of her laptop sent it
        {
            TestLib::TempDir elsewhere;
            const QString copy = elsewhere.file(u"kopie.sqlite"_s);
            QSqlQuery q(carla.store.database());
            QVERIFY(q.exec(u"VACUUM INTO '%1'"_s.arg(copy)));
            Sync::SyncSession lost;
            QVERIFY(lost.openLocal(copy).ok());
            QVERIFY(lost.connectServer(TestLib::serverSettings(*m_server, m_db, m_carla)).ok());
            const auto pushed = lost.push();
            QVERIFY(pushed.ok());
            QCOMPARE(pushed.value().conflicts, 1);
        }
        // WHEN her laptop sends the batch again
        const auto r = carla.syncNow();
        // THEN it records the conflict and takes the server's value and version
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(carla.project(p.id).slogan, u"Van Anna"_s);
        QCOMPARE(difference(carla, u"project"_s, p.id, {u"slogan"_s}), QString());
        QCOMPARE(carla.count(u"SELECT count(*) FROM sync_conflict WHERE mine LIKE '%Van Carla%'"_s), 1);
    }

    // 4. A save that changes nothing sends nothing, so it must raise no version.
    void shouldKeepTheServersVersionWhenASaveChangesNothing()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Zelfde Waarde"_s);
        carla.syncNow();
        // GIVEN Carla saves the project as it is
        QVERIFY(carla.store.projects().updateProject(carla.project(p.id)).ok());
        QCOMPARE(carla.count(u"SELECT count(*) FROM outbox"_s), 0);
        // AND Anna, offline too, sets a slogan Carla then sets to the same value
        Project a = anna.project(p.id);
        a.slogan = u"Samen"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        anna.syncNow();
        QVERIFY(carla.sync.pull().ok());
        Project c = carla.project(p.id);
        c.slogan = u"Samen"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        // WHEN she syncs
        carla.syncNow();
        // THEN her row has the server's version and stamps
        QCOMPARE(difference(carla, u"project"_s, p.id, {u"slogan"_s}), QString());
    }

    // A change that finds the value already on the server: the answer says so with the row.
    void shouldAnswerAChangeTheServerHadAlreadyWithItsRow()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Al Gedaan"_s);
        carla.syncNow();
        Project c = carla.project(p.id);
        c.ambition = u"Vijftig procent"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        Project a = anna.project(p.id);
        a.ambition = u"Vijftig procent"_s;
        a.slogan = u"Eerst"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        anna.syncNow();
        // WHEN Carla pushes only: the server holds her value already
        const auto pushed = carla.sync.push();
        QVERIFY(pushed.ok());
        QCOMPARE(pushed.value().conflicts, 0);
        // THEN her laptop took the server's row with the answer, before any pull
        QCOMPARE(carla.project(p.id).slogan, u"Eerst"_s);
        QCOMPARE(difference(carla, u"project"_s, p.id, {u"slogan"_s, u"ambition"_s}), QString());
    }

    // Qt's driver sets bytea_output to escape: the push compared a logo in
    // that text with the laptop's hex, so every logo change was a conflict.
    void shouldChangeALogoWithoutAConflict()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Met Logo"_s);
        Project a = anna.project(p.id);
        a.logo = QByteArray("\x89PNG\r\n\x1a\nanna", 12);
        QVERIFY(anna.store.projects().updateProject(a).ok());
        QCOMPARE(anna.syncNow().conflicts, 0);
        carla.syncNow();
        QCOMPARE(carla.project(p.id).logo, a.logo);
        Project c = carla.project(p.id);
        c.logo = QByteArray("\x89PNG\r\n\x1a\ncarla", 13);
        QVERIFY(carla.store.projects().updateProject(c).ok());
        QCOMPARE(carla.syncNow().conflicts, 0);
        anna.syncNow();
        QCOMPARE(anna.project(p.id).logo, c.logo);
        QCOMPARE(difference(carla, u"project"_s, p.id, {u"name"_s}), QString());
    }

    // 5. Two laptops delete the same row: the same end, not a conflict.
    void shouldNotCallADeleteOfADeletedRowAConflict()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Twee Keer Weg"_s);
        carla.syncNow();
        QVERIFY(anna.store.projects().setProjectDeleted(p.id, true).ok());
        QVERIFY(carla.store.projects().setProjectDeleted(p.id, true).ok());
        anna.syncNow();
        const auto r = carla.syncNow();
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(carla.count(u"SELECT count(*) FROM sync_conflict"_s), 0);
        QCOMPARE(difference(carla, u"project"_s, p.id, {u"name"_s}), QString());
    }

    // 6. created_at is when the user made the row, but never later than the
    // server's clock; updated_at is the server's. The laptop takes both.
    void shouldNotLetAClockAheadCreateRowsInTheFuture()
    {
        Laptop anna(*m_server, m_db, m_anna);
        // GIVEN Anna's clock runs two hours ahead when she makes a project
        Project p;
        p.id = QUuid::createUuid();
        p.name = u"Vooruit"_s;
        p.purpose = u"Tijd"_s;
        p.urgency = u"Nu"_s;
        p.status = ProjectStatus::Idea;
        QVERIFY(anna.store.projects().createProject(p, m_dordrecht.id).ok());
        const QString ahead = QDateTime::currentDateTimeUtc().addSecs(2 * 3600).toString(Qt::ISODateWithMs);
        QSqlQuery q(anna.store.database());
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 1"_s));
        QVERIFY(q.exec(u"UPDATE project SET created_at = '%1', updated_at = '%1'"_s.arg(ahead)));
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 0"_s));
        QVERIFY(q.exec(u"UPDATE outbox SET created_at = '%1'"_s.arg(ahead)));
        // WHEN she syncs
        anna.syncNow();
        // THEN the server's row was not made in the future, and her laptop holds the server's stamps
        QSqlQuery s(anna.sync.serverDatabase());
        QVERIFY(s.exec(u"SELECT created_at <= now() FROM project WHERE id = '%1'"_s.arg(id(p.id))) && s.next());
        QVERIFY(s.value(0).toBool());
        QCOMPARE(difference(anna, u"project"_s, p.id, {u"name"_s}), QString());
    }

    // A server of the last release (step 5) with laptops on it takes step 6
    // in place: the push answers as above from then on.
    void shouldUpgradeAServerOfTheLastReleaseInPlace()
    {
        const QString name = u"regie_step5_%1"_s.arg(m_round);
        m_server->createDatabase(name);
        QSqlDatabase db = m_server->admin(name, name);
        QVERIFY(Sync::ServerSchema::migrate(db, 5).ok());
        Sync::ServerAdmin a(db);
        for (const auto &o : {m_dordrecht, m_zwijndrecht})
            QVERIFY(a.addOrganisation(o).ok());
        const QString anna = TestLib::addUser(db, u"anna5"_s, m_dordrecht, u"lead"_s, m_round);
        const QString carla = TestLib::addUser(db, u"carla5"_s, m_dordrecht, u"lead"_s, m_round);
        Laptop annas(*m_server, name, anna);
        Laptop carlas(*m_server, name, carla);
        const Project p = makeProject(annas, u"Oude Server"_s);
        carlas.syncNow();
        QVERIFY(annas.store.projects().setProjectDeleted(p.id, true).ok());
        QVERIFY(carlas.store.projects().setProjectDeleted(p.id, true).ok());
        annas.syncNow();
        // WHEN the server is upgraded while the laptops stay connected
        const Model::Status upgraded = Sync::ServerSchema::migrate(db);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QCOMPARE(Sync::ServerSchema::version(db), Sync::ServerSchema::currentVersion());
        // THEN the new functions belong to the owner, and the second delete is no conflict
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT DISTINCT pg_get_userbyid(proowner)::text FROM pg_proc WHERE proname IN ('regie_stamp', "
                       "'regie_push', 'regie_visible_row')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"regie_owner"_s);
        QVERIFY(!q.next());
        const auto r = carlas.syncNow();
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(difference(carlas, u"project"_s, p.id, {u"name"_s}), QString());
        db.close();
    }

    // A value the server took that this laptop's rules would refuse (written
    // by another version of Regie): the pull keeps it, and goes on.
    void shouldPullARowThatBreaksALocalRule()
    {
        Laptop anna(*m_server, m_db, m_anna);
        const Project p = makeProject(anna, u"Kort"_s);
        // A newer server that allows longer names than this laptop
        QSqlQuery q(admin());
        QVERIFY(q.exec(u"ALTER TABLE project DROP CONSTRAINT project_name_check"_s));
        QVERIFY2(q.exec(u"UPDATE project SET name = repeat('Lang ', 40) WHERE id = '%1'"_s.arg(id(p.id))),
                 qPrintable(q.lastError().text()));
        const auto r = anna.sync.sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(anna.project(p.id).name.size(), 200);
    }
};

QTEST_GUILESS_MAIN(ConvergenceCasesTest)
#include "convergencecasestest.moc"
