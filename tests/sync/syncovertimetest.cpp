#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/region.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/synctables.h"
#include "model/text.h"
#include "store/localstore.h"
#include "sync/serveradmin.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;
using TestLib::organisation;
using TestLib::Password;

/// Laptops against a real PostgreSQL server over a longer life: many
/// offline edits meeting, a laptop away past the horizon, purges, servers
/// and clients of different releases, and the plan's rights per role.
class SyncOverTimeTest : public QObject, SyncUsers
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        addUsers();
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    void shouldUpgradeAServerOfThePreviousReleaseInPlace()
    {
        // GIVEN a server at step 3 (the release before the closing rule) with an active project
        const QString name = u"regie_upgrade_%1"_s.arg(m_round);
        m_server->createDatabase(name);
        {
            QSqlDatabase db = m_server->admin(name, u"upgrade"_s);
            QVERIFY(Sync::ServerSchema::migrate(db, 3).ok());
            QCOMPARE(Sync::ServerSchema::version(db), 3);
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"INSERT INTO project (id, name, purpose, urgency, status) VALUES "
                            "('6d1f3a52-0000-4b7e-9a55-2f0c8e4d7b10', 'Oud project', 'Doel', 'Nu', 'active')"_s),
                     qPrintable(q.lastError().text()));
            // WHEN it is upgraded
            const Status upgraded = Sync::ServerSchema::migrate(db);
            QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
            // THEN it is at the current step, its data kept, and the new rule in force
            QCOMPARE(Sync::ServerSchema::version(db), Sync::ServerSchema::currentVersion());
            QVERIFY(q.exec(u"SELECT count(*) FROM project"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(!q.exec(u"UPDATE project SET status = 'completed'"_s));
            QVERIFY(q.lastError().text().contains(u"closing evaluation"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"upgrade"_s);
    }


    void shouldConvergeAfterRandomOfflineEdits()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        Laptop bram(*m_server, m_db, m_bram);
        QList<Project> projects{makeProject(anna, u"Een"_s), makeProject(anna, u"Twee"_s)};
        carla.syncNow();
        bram.syncNow();
        QList<Laptop *> laptops{&anna, &carla, &bram};
        QRandomGenerator rng(20261125);
        const QHash<Laptop *, QUuid> organisationOf{{&anna, m_dordrecht.id}, {&carla, m_dordrecht.id}, {&bram, m_zwijndrecht.id}};
        int edits = 0;
        int logged = 0;
        // GIVEN many offline edits, in random order, of random fields (deletes, restores and progress entries included)
        for (int round = 0; round < 60; ++round) {
            Laptop *l = laptops.at(rng.bounded(int(laptops.size())));
            const Project target = projects.at(rng.bounded(int(projects.size())));
            const int what = rng.bounded(5);
            if (what == 4) {
                QSqlQuery q(l->store.database());
                QVERIFY(q.exec(u"INSERT INTO progress_entry (id, project_id, entry_date, person_id, organisation_id, hours, "
                               "note, created_at, updated_at) VALUES ('%1', '%2', '2026-11-%3', '%4', '%5', %6, 'ronde %3', "
                               "'2026-11-25T10:00:00.000Z', '2026-11-25T10:00:00.000Z')"_s
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        target.id.toString(QUuid::WithoutBraces))
                                   .arg(round % 28 + 1)
                                   .arg(l->person.toString(QUuid::WithoutBraces),
                                        organisationOf.value(l).toString(QUuid::WithoutBraces))
                                   .arg(round % 8 + 1)));
                ++logged;
            } else if (what == 3) {
                const bool deleted = l->project(target.id).id.isNull();
                l->store.projects().setProjectDeleted(target.id, !deleted);
            } else {
                Project p = l->project(target.id);
                if (p.id.isNull())
                    continue;
                const QString value = u"v%1"_s.arg(round);
                if (what == 0)
                    p.slogan = value;
                else if (what == 1)
                    p.ambition = value;
                else
                    p.urgency = value;
                if (!l->store.projects().updateProject(p).ok())
                    continue;
            }
            ++edits;
            // WHEN laptops sync now and then, in random order
            if (rng.bounded(3) == 0)
                laptops.at(rng.bounded(int(laptops.size())))->syncNow();
        }
        QVERIFY(edits > 20);
        // AND everybody syncs until nothing moves
        for (int pass = 0; pass < 3; ++pass) {
            for (Laptop *l : laptops)
                l->syncNow();
        }
        // THEN every replica equals the server
        auto snapshot = [](QSqlDatabase db) {
            QSqlQuery q(db);
            const bool server = db.driverName() == u"QPSQL"_s;
            q.exec(server ? u"SELECT id::text, name, slogan, ambition, urgency, deleted::int FROM project ORDER BY id::text"_s
                          : u"SELECT id, name, slogan, ambition, urgency, deleted FROM project ORDER BY id"_s);
            QStringList rows;
            while (q.next())
                rows << u"%1|%2|%3|%4|%5|%6"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            return rows;
        };
        const QStringList server = snapshot(admin());
        QCOMPARE(server.size(), 2);
        auto progress = [](QSqlDatabase db) {
            QSqlQuery q(db);
            q.exec(db.driverName() == u"QPSQL"_s ? u"SELECT id::text, hours, note FROM progress_entry ORDER BY id::text"_s
                                                 : u"SELECT id, hours, note FROM progress_entry ORDER BY id"_s);
            QStringList rows;
            while (q.next())
                rows << u"%1|%2|%3"_s.arg(q.value(0).toString()).arg(q.value(1).toDouble()).arg(q.value(2).toString());
            return rows;
        };
        const QStringList serverLog = progress(admin());
        // AND every progress entry arrived exactly once
        QVERIFY(logged > 5);
        QCOMPARE(serverLog.size(), logged);
        for (Laptop *l : laptops) {
            QCOMPARE(l->count(u"SELECT count(*) FROM outbox"_s), 0);
            QCOMPARE(snapshot(l->store.database()), server);
            QCOMPARE(progress(l->store.database()), serverLog);
        }
    }

    void shouldConvergePlanEditsFromSeveralLaptops()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Plan Samen"_s);
        // GIVEN a goal and a milestone made by the lead, known to everybody
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = p.id;
        g.title = u"Duizend woningen"_s;
        g.baseline = 0;
        g.target = 1000;
        QVERIFY(anna.store.goals().saveGoal(g).ok());
        Milestone m{QUuid::createUuid(), p.id, u"Warmtenet"_s, {}, QDate(2027, 6, 1), m_dordrecht.id, {}, {},
                    MilestoneStatus::Planned, {}, {g.id}, {}};
        QVERIFY(anna.store.milestones().saveMilestone(m).ok());
        anna.syncNow();
        carla.syncNow();
        bram.syncNow();
        // WHEN the two Dordrecht leads change target and dates offline, and Zwijndrecht measures, in random order
        QRandomGenerator rng(20261126);
        int measured = 0;
        for (int round = 0; round < 40; ++round) {
            const int what = rng.bounded(4);
            if (what == 3) {
                Measurement x{QUuid::createUuid(), p.id, g.id, double(rng.bounded(1000)), QDate(2026, 1, 1).addDays(round), {}, {}, {}, {}, {}, {}};
                QVERIFY(bram.store.goals().addMeasurement(x).ok());
                ++measured;
            } else {
                Laptop *l = what == 0 ? &anna : &carla;
                if (what == 2) {
                    auto goals = l->store.goals().goals(p.id).value();
                    Goal changed = goals.first();
                    changed.target = 500 + rng.bounded(1000);
                    QVERIFY(l->store.goals().saveGoal(changed).ok());
                } else {
                    Milestone changed = l->store.milestones().milestones(p.id).value().first();
                    changed.due = QDate(2027, 1, 1).addDays(rng.bounded(365));
                    QVERIFY(l->store.milestones().saveMilestone(changed).ok());
                }
            }
            if (rng.bounded(3) == 0)
                QList<Laptop *>{&anna, &carla, &bram}.at(rng.bounded(3))->syncNow();
        }
        for (int pass = 0; pass < 3; ++pass) {
            for (Laptop *l : {&anna, &carla, &bram})
                l->syncNow();
        }
        // THEN every laptop holds what the server holds, every measurement once
        auto snapshot = [](QSqlDatabase db) {
            const bool server = db.driverName() == u"QPSQL"_s;
            QStringList rows;
            QSqlQuery q(db);
            q.exec(server ? u"SELECT target::text, (SELECT due_date::text FROM milestone), (SELECT count(*) FROM measurement) FROM goal"_s
                          : u"SELECT target, (SELECT due_date FROM milestone), (SELECT count(*) FROM measurement) FROM goal"_s);
            while (q.next())
                rows << u"%1|%2|%3"_s.arg(q.value(0).toDouble()).arg(q.value(1).toString()).arg(q.value(2).toInt());
            return rows;
        };
        const QStringList server = snapshot(admin());
        QCOMPARE(server.size(), 1);
        QVERIFY(server.first().endsWith(u"|%1"_s.arg(measured)));
        for (Laptop *l : {&anna, &carla, &bram}) {
            QCOMPARE(l->count(u"SELECT count(*) FROM outbox"_s), 0);
            QCOMPARE(snapshot(l->store.database()), server);
        }
    }

    void shouldResyncLaptopAwayLongerThanTheHorizon()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Lange Adem"_s);
        Participation papendrecht;
        papendrecht.id = QUuid::createUuid();
        papendrecht.projectId = p.id;
        papendrecht.organisationId = m_papendrecht.id;
        papendrecht.joined = QDate(2026, 2, 1);
        QVERIFY(anna.store.participations().saveParticipation(papendrecht).ok());
        anna.syncNow();
        bram.syncNow();
        QCOMPARE(bram.store.participations().participations(p.id).value().size(), 3);
        // GIVEN Bram goes offline with an edit of what Zwijndrecht brings
        const auto bramsParts = bram.store.participations().participations(p.id);
        for (auto x : bramsParts.value()) {
            if (x.organisationId == m_zwijndrecht.id) {
                x.brings = u"Twee projectleiders"_s;
                QVERIFY(bram.store.participations().saveParticipation(x).ok());
            }
        }
        // AND meanwhile Anna removes Papendrecht's participation and changes the slogan
        QVERIFY(anna.store.participations().setParticipationDeleted(papendrecht.id, true).ok());
        Project a = anna.project(p.id);
        a.slogan = u"Adem in, adem uit"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        anna.syncNow();
        // AND the server purges deleted rows before Bram is back
        const auto purged = Sync::ServerAdmin(admin()).purge(0);
        QVERIFY2(purged.ok(), qPrintable(purged.error().message));
        QCOMPARE(purged.value(), 1);
        // WHEN Bram's laptop pulls
        const auto r = bram.sync.pull();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        // THEN it read everything again: the purged row is gone, the new slogan is there
        QVERIFY(r.value().resynced);
        QCOMPARE(bram.count(u"SELECT count(*) FROM participation WHERE id = '%1'"_s.arg(
                     papendrecht.id.toString(QUuid::WithoutBraces))),
                 0);
        QCOMPARE(bram.project(p.id).slogan, u"Adem in, adem uit"_s);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_resync"_s), 0);
        // AND his offline edit is still waiting, with his value
        QCOMPARE(bram.count(u"SELECT count(*) FROM outbox WHERE fields LIKE '%Twee projectleiders%'"_s), 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM participation WHERE brings = 'Twee projectleiders'"_s), 1);
        // WHEN he syncs again
        const auto again = bram.syncNow();
        // THEN his edit reaches Anna, and no second resync happens
        QVERIFY(!again.resynced);
        QCOMPARE(again.pushed, 1);
        anna.syncNow();
        QCOMPARE(anna.count(u"SELECT count(*) FROM participation WHERE brings = 'Twee projectleiders'"_s), 1);
        // AND a laptop that kept up does not resync at the next purge
        QVERIFY(Sync::ServerAdmin(admin()).purge(0).ok());
        QVERIFY(!anna.syncNow().resynced);
    }

    void shouldKeepPurgedRowsThatOthersStillReferTo()
    {
        Laptop anna(*m_server, m_db, m_anna);
        const Project p = makeProject(anna, u"Verwijsbaar"_s);
        // GIVEN a deleted project whose rows go with it, and a deleted organisation still taking part in another
        QVERIFY(anna.store.projects().setProjectDeleted(p.id, true).ok());
        const Project q = makeProject(anna, u"Blijvend"_s);
        anna.syncNow();
        QSqlQuery s(admin());
        // (the app refuses deleting an organisation that takes part; the owner can)
        QVERIFY(s.exec(u"UPDATE organisation SET deleted = true WHERE id = '%1'"_s.arg(m_zwijndrecht.id.toString(QUuid::WithoutBraces))));
        // WHEN the server purges
        const auto purged = Sync::ServerAdmin(admin()).purge(0);
        QVERIFY2(purged.ok(), qPrintable(purged.error().message));
        // THEN the project went with its two participations and lead term (4 rows), the organisation stayed
        QCOMPARE(purged.value(), 4);
        QVERIFY(s.exec(u"SELECT count(*) FROM organisation WHERE id = '%1'"_s.arg(m_zwijndrecht.id.toString(QUuid::WithoutBraces))));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toInt(), 1);
        QVERIFY(s.exec(u"SELECT count(*) FROM participation WHERE project_id = '%1'"_s.arg(q.id.toString(QUuid::WithoutBraces))));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toInt(), 2);
        // AND a purge with a long memory removes nothing recent
        QCOMPARE(Sync::ServerAdmin(admin()).purge(90).value(), 0);
    }

    void shouldKeepOlderClientsWorkingAfterAdditiveChange()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Groeiend Schema"_s);
        bram.syncNow();
        // GIVEN a newer server release adds a column with a default, a table and a function
        QSqlQuery s(admin());
        for (const QString &sql : {u"ALTER TABLE project ADD COLUMN budget text NOT NULL DEFAULT ''"_s,
                                   u"INSERT INTO regie_sync_column VALUES ('project', 'budget')"_s,
                                   u"CREATE TABLE risk (id uuid PRIMARY KEY, project_id uuid REFERENCES project (id), "
                                   "title text NOT NULL DEFAULT '')"_s,
                                   u"CREATE FUNCTION regie_risk_count() RETURNS bigint LANGUAGE sql AS "
                                   "'SELECT count(*) FROM risk'"_s,
                                   u"UPDATE regie_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                                       Sync::ServerSchema::currentVersion())}) {
            QVERIFY2(s.exec(sql), qPrintable(s.lastError().text()));
        }
        // AND a newer client fills the new column
        QVERIFY(s.exec(u"UPDATE project SET budget = '250000' WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces))));
        // WHEN the older clients edit, create and sync as before
        Project a = anna.project(p.id);
        a.slogan = u"Meer velden, zelfde werk"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        const Project second = makeProject(anna, u"Na de uitbreiding"_s);
        bram.syncNow();
        // THEN everything arrives, and the server keeps the value the older clients do not know
        QCOMPARE(bram.project(p.id).slogan, u"Meer velden, zelfde werk"_s);
        QCOMPARE(bram.project(second.id).name, u"Na de uitbreiding"_s);
        QVERIFY(s.exec(u"SELECT budget FROM project WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces))));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toString(), u"250000"_s);
        // AND a new laptop of an older client starts from scratch without trouble
        Laptop carla(*m_server, m_db, m_carla);
        QCOMPARE(carla.project(second.id).name, u"Na de uitbreiding"_s);
    }

    void shouldKeepPlanRightsPerRole()
    {
        // GIVEN a project led by Dordrecht, Zwijndrecht a partner and Sliedrecht an external reflector
        const Organisation sliedrecht = organisation(u"Sliedrecht"_s, u"GM0610"_s);
        QVERIFY(Sync::ServerAdmin(admin()).addOrganisation(sliedrecht).ok());
        const QString eva = addUser(u"eva"_s, sliedrecht, u"external"_s);
        Laptop anna(*m_server, m_db, m_anna);
        const Project p = makeProject(anna, u"Meetbaar Beter"_s);
        Participation reflector;
        reflector.id = QUuid::createUuid();
        reflector.projectId = p.id;
        reflector.organisationId = sliedrecht.id;
        reflector.role = ParticipationRole::External;
        reflector.joined = QDate(2026, 2, 1);
        QVERIFY(anna.store.participations().saveParticipation(reflector).ok());
        anna.syncNow();
        Laptop bram(*m_server, m_db, m_bram);
        Laptop evas(*m_server, m_db, eva);
        Laptop piet(*m_server, m_db, m_piet);
        const QString project = p.id.toString(QUuid::WithoutBraces);
        auto insert = [&](Laptop &l, const QString &table, const QString &columns, const QString &values) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QSqlQuery q(l.store.database());
            const QString now = u"2026-11-25T10:00:00.000Z"_s;
            if (!q.exec(u"INSERT INTO %1 (id, project_id, %2, created_at, updated_at) VALUES ('%3', '%4', %5, '%6', '%6')"_s
                            .arg(table, columns, id, project, values, now)))
                qFatal("insert into %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            return id;
        };
        // WHEN the lead sets a goal and plans an evaluation
        const QString goal = insert(anna, u"goal"_s, u"title, unit, baseline, target"_s, u"'Minder zwerfafval', 'kg', 1200, 600"_s);
        const QString evaluation = insert(anna, u"evaluation"_s, u"planned_on"_s, u"'2026-12-01'"_s);
        QCOMPARE(anna.syncNow().rejected, 0);
        bram.syncNow();
        evas.syncNow();
        // THEN the partner logs progress and a measurement, but may not add or change a goal
        const QString person = bram.person.toString(QUuid::WithoutBraces);
        insert(bram, u"progress_entry"_s, u"entry_date, person_id, organisation_id, hours, note"_s,
               u"'2026-11-20', '%1', '%2', 3.5, 'Opruimactie Oude Maas'"_s.arg(person, m_zwijndrecht.id.toString(QUuid::WithoutBraces)));
        insert(bram, u"measurement"_s, u"goal_id, value, measured_on, person_id"_s,
               u"'%1', 950.5, '2026-11-21', '%2'"_s.arg(goal, person));
        insert(bram, u"goal"_s, u"title"_s, u"'Eigen doel'"_s);
        QSqlQuery q(bram.store.database());
        QVERIFY(q.exec(u"UPDATE goal SET target = 100 WHERE id = '%1'"_s.arg(goal)));
        auto r = bram.syncNow();
        QCOMPARE(r.pushed, 4);
        QCOMPARE(r.rejected, 2);
        // AND nobody changes a logged entry, not even its author
        QVERIFY(q.exec(u"UPDATE progress_entry SET hours = 8"_s));
        QCOMPARE(bram.syncNow().rejected, 1);
        // AND the external reflector comments on the evaluation, and may do nothing else
        const QString evaPerson = evas.person.toString(QUuid::WithoutBraces);
        insert(evas, u"evaluation_comment"_s, u"evaluation_id, person_id, comment"_s,
               u"'%1', '%2', 'Meet ook in de zomer'"_s.arg(evaluation, evaPerson));
        insert(evas, u"progress_entry"_s, u"entry_date, organisation_id, hours"_s,
               u"'2026-11-22', '%1', 1"_s.arg(sliedrecht.id.toString(QUuid::WithoutBraces)));
        QSqlQuery e(evas.store.database());
        QVERIFY(e.exec(u"UPDATE evaluation SET findings = 'Goed bezig' WHERE id = '%1'"_s.arg(evaluation)));
        r = evas.syncNow();
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.rejected, 2);
        // AND the lead sees what partner and reflector added, with the server's target unchanged
        anna.syncNow();
        QCOMPARE(anna.count(u"SELECT count(*) FROM progress_entry WHERE hours = 3.5"_s), 1);
        QCOMPARE(anna.count(u"SELECT count(*) FROM measurement WHERE value = 950.5"_s), 1);
        QCOMPARE(anna.count(u"SELECT count(*) FROM evaluation_comment"_s), 1);
        QCOMPARE(anna.count(u"SELECT count(*) FROM goal WHERE target = 600"_s), 1);
        QCOMPARE(anna.count(u"SELECT count(*) FROM goal"_s), 1);
        // AND someone outside the project sees none of it
        piet.syncNow();
        for (const QString &table : Model::SyncSchema::planTables())
            QCOMPARE(piet.count(u"SELECT count(*) FROM %1"_s.arg(table)), 0);
    }

    void shouldTellOlderClientToUpdate()
    {
        QSqlQuery q(admin());
        QVERIFY(q.exec(u"UPDATE regie_meta SET value = '99' WHERE key = 'minimum_protocol'"_s));
        Sync::SyncSession session;
        const Sync::ServerSettings s = TestLib::serverSettings(*m_server, m_db, m_anna, Password);
        const auto hello = session.connectServer(s);
        QVERIFY(!hello.ok());
        QCOMPARE(hello.error().code, Error::TooNew);
    }

    void shouldRefuseWrongPassword()
    {
        Sync::SyncSession session;
        const Sync::ServerSettings s = TestLib::serverSettings(*m_server, m_db, m_anna, u"fout"_s);
        const auto hello = session.connectServer(s);
        QVERIFY(!hello.ok());
        QCOMPARE(hello.error().code, Error::Validation);
    }
};

QTEST_GUILESS_MAIN(SyncOverTimeTest)
#include "syncovertimetest.moc"
