#include "testlib/laptop.h"
#include "testlib/pgserver.h"

#include "sync/serveradmin.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Model;
using TestLib::Laptop;

/// Laptops killed with SIGKILL at random moments of push and pull, and a
/// server stopped in the middle of a sync: afterwards no acknowledged edit
/// is lost, none is applied twice, and the next sync finishes.
/// REGIE_TORTURE_RUNS sets the number of kills (default 12; 100 or more
/// for the torture run recorded in docs/BENCHMARKS.md).
class CrashSafetyTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    Organisation m_dordrecht;
    QHash<QString, QUuid> m_people;
    int m_runs = 12;
    QRandomGenerator m_rng{20261125};

    /// Starts sync-helper on @p file and kills it after a random moment;
    /// returns true when it finished before the kill.
    bool syncAndMaybeKill(const QString &file, const QString &user, int batch, int page, bool kill = true,
                          int maxDelayMs = 400)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(SYNC_HELPER),
                    {file, QString::number(m_server->port()), u"regie"_s, user, TestLib::Password,
                     QString::number(batch), QString::number(page)});
        if (!child.waitForStarted())
            qFatal("sync-helper did not start");
        const int after = kill ? int(m_rng.bounded(5, maxDelayMs)) : 120000;
        if (child.waitForFinished(after))
            return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        return false;
    }

    int serverCount(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(u"admin"_s));
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        if (const int runs = qEnvironmentVariableIntValue("REGIE_TORTURE_RUNS"); runs > 0)
            m_runs = runs;
        m_server = std::make_unique<TestLib::PgServer>();
        m_server->createDatabase(u"regie"_s);
        QSqlDatabase admin = m_server->admin(u"regie"_s, u"admin"_s);
        Sync::ServerAdmin a(admin);
        QVERIFY(a.initialise().ok());
        m_dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
        QVERIFY(a.addOrganisation(m_dordrecht).ok());
        for (const QString &login : {u"anna"_s, u"carla"_s}) {
            Person p;
            p.id = QUuid::createUuid();
            p.name = login;
            p.organisationId = m_dordrecht.id;
            QVERIFY(a.addUser(login, TestLib::Password, p, u"lead"_s).ok());
            m_people.insert(login, p.id);
        }
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(u"admin"_s).close();
        QSqlDatabase::removeDatabase(u"admin"_s);
        m_server.reset();
    }

    void shouldLoseNothingWhenKilledDuringPushAndPull()
    {
        // Only the killed processes touch the laptop files while they run:
        // this process opens them before and after, never at the same time.
        TestLib::TempDir dir;
        const QString annaFile = dir.file(u"anna.sqlite"_s);
        const QString carlaFile = dir.file(u"carla.sqlite"_s);

        // GIVEN Anna's laptop made 300 organisations and renamed a project 100 times, offline
        QVERIFY(syncAndMaybeKill(annaFile, u"anna"_s, 500, 2000, false));
        {
            Store::LocalStore anna;
            QVERIFY(anna.open(annaFile).ok());
            // Hours and measurements are logged in her own name (the server checks).
            anna.setActor(m_people.value(u"anna"_s));
            Project p;
            p.id = QUuid::createUuid();
            p.name = u"Proef"_s;
            p.purpose = u"Doel"_s;
            p.urgency = u"Nu"_s;
            p.status = ProjectStatus::Active;
            QVERIFY(anna.projects().createProject(p, m_dordrecht.id).ok());
            for (int i = 0; i < 300; ++i) {
                Organisation o = TestLib::organisation(u"Partner %1"_s.arg(i, 3, 10, QLatin1Char('0')), {});
                o.kind = OrganisationKind::Company;
                QVERIFY(anna.organisations().saveOrganisation(o).ok());
            }
            for (int i = 0; i < 100; ++i) {
                Project q = anna.projects().project(p.id).value();
                q.slogan = u"versie %1"_s.arg(i);
                QVERIFY(anna.projects().updateProject(q).ok());
            }
            // AND logged her work and measured a goal (rows only ever added)
            Goal g;
            g.id = QUuid::createUuid();
            g.projectId = p.id;
            g.title = u"Proefdoel"_s;
            g.baseline = 0;
            g.target = 100;
            QVERIFY(anna.goals().saveGoal(g).ok());
            for (int i = 0; i < 60; ++i) {
                ProgressEntry e;
                e.id = QUuid::createUuid();
                e.projectId = p.id;
                e.organisationId = m_dordrecht.id;
                e.date = QDate(2026, 1, 1).addDays(i);
                e.hours = 1;
                e.note = u"regel %1"_s.arg(i);
                QVERIFY(anna.progress().addProgress(e).ok());
                Measurement m{QUuid::createUuid(), p.id, g.id, double(i), QDate(2026, 1, 1).addDays(i), {}, {}, {}, {}, {}, {}};
                QVERIFY(anna.goals().addMeasurement(m).ok());
            }
        }

        // WHEN her sync process is killed again and again while it pushes in small batches
        int kills = 0;
        for (int run = 0; run < m_runs; ++run) {
            if (syncAndMaybeKill(annaFile, u"anna"_s, 3, 13, true, 150))
                break;
            ++kills;
        }
        // AND a sync finally runs to the end
        QSqlQuery end(QSqlDatabase::database(u"admin"_s));
        QVERIFY(end.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna'"_s));
        QVERIFY(syncAndMaybeKill(annaFile, u"anna"_s, 500, 2000, false));
        qInfo("push: %d killed", kills);

        // THEN the server has every edit exactly once and her outbox is empty
        QCOMPARE(serverCount(u"SELECT count(*) FROM organisation WHERE name LIKE 'Partner %'"_s), 300);
        QCOMPARE(serverCount(u"SELECT count(DISTINCT name) FROM organisation WHERE name LIKE 'Partner %'"_s), 300);
        QCOMPARE(serverCount(u"SELECT count(*) FROM project WHERE slogan = 'versie 99'"_s), 1);
        QCOMPARE(serverCount(u"SELECT count(*) FROM progress_entry"_s), 60);
        QCOMPARE(serverCount(u"SELECT count(DISTINCT note) FROM progress_entry"_s), 60);
        QCOMPARE(serverCount(u"SELECT count(*) FROM measurement"_s), 60);
        QCOMPARE(serverCount(u"SELECT count(*) FROM regie_conflict"_s), 0);
        {
            Store::LocalStore anna;
            const auto opened = anna.open(annaFile);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(anna.ledger().syncStatus().value().pending, 0);
            QCOMPARE(anna.ledger().syncStatus().value().problems, 0);
        }

        // WHEN Carla's new laptop pulls in small pages, killed again and again,
        // while others keep adding organisations on the server
        kills = 0;
        int onServer = 300;
        for (int run = 0; run < m_runs; ++run) {
            QSqlQuery w(QSqlDatabase::database(u"admin"_s));
            // Numbered from 300 on, past Anna's "Partner 000" to "Partner 299":
            // unpadded, so every number stays a name of its own however many runs.
            QVERIFY(w.exec(u"INSERT INTO organisation (id, name, kind) SELECT gen_random_uuid(), 'Partner ' || "
                           "(%1 + g)::text, 'company' FROM generate_series(0, 2) g"_s.arg(onServer)));
            onServer += 3;
            if (!syncAndMaybeKill(carlaFile, u"carla"_s, 7, 5, true, 120))
                ++kills;
        }
        // The server ends the sessions of killed clients when it notices them;
        // until then their open transactions hold the feed's watermark back
        // (nothing is skipped, it only comes later). Here it notices now.
        QVERIFY(end.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename IN ('anna', 'carla')"_s));
        QVERIFY(syncAndMaybeKill(carlaFile, u"carla"_s, 500, 2000, false));
        qInfo("pull: %d runs, %d killed", m_runs, kills);

        // THEN she has exactly what the server has
        Store::LocalStore carla;
        const auto opened = carla.open(carlaFile);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QSqlQuery c(carla.database());
        QVERIFY(c.exec(u"SELECT count(*), count(DISTINCT name) FROM organisation WHERE name LIKE 'Partner %'"_s));
        QVERIFY(c.next());
        QCOMPARE(c.value(0).toInt(), onServer);
        QCOMPARE(c.value(1).toInt(), onServer);
        QVERIFY(c.exec(u"SELECT slogan FROM project"_s) && c.next());
        QCOMPARE(c.value(0).toString(), u"versie 99"_s);
        QVERIFY(c.exec(u"SELECT (SELECT count(*) FROM progress_entry), (SELECT count(*) FROM measurement)"_s) && c.next());
        QCOMPARE(c.value(0).toInt(), 60);
        QCOMPARE(c.value(1).toInt(), 60);
    }

    void shouldFinishAfterServerStoppedMidSync()
    {
        // GIVEN Anna has 200 edits waiting
        Laptop anna(*m_server, u"regie"_s, u"anna"_s);
        for (int i = 0; i < 200; ++i) {
            Organisation o = TestLib::organisation(u"Stichting %1"_s.arg(i, 3, 10, QLatin1Char('0')), {});
            o.kind = OrganisationKind::Other;
            QVERIFY(anna.store.organisations().saveOrganisation(o).ok());
        }
        anna.sync.setBatchSize(5);
        // WHEN the server stops after her first batches
        int calls = 0;
        const auto r = anna.sync.push([&](const Sync::Progress &) {
            if (++calls == 4) {
                QSqlDatabase::database(u"admin"_s).close();
                m_server->stop();
            }
            return true;
        });
        // THEN the sync fails with a clear message and keeps what is not acknowledged
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(anna.count(u"SELECT count(*) FROM outbox"_s) > 0);
        // WHEN the server is back and she syncs again
        m_server->start();
        QVERIFY(QSqlDatabase::database(u"admin"_s).open());
        anna.sync.disconnectServer();
        const Sync::ServerSettings s = TestLib::serverSettings(*m_server, u"regie"_s, u"anna"_s, TestLib::Password);
        QVERIFY(anna.sync.connectServer(s).ok());
        anna.syncNow();
        // THEN everything arrived once
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(serverCount(u"SELECT count(*) FROM organisation WHERE name LIKE 'Stichting %'"_s), 200);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "crashsafetytest.moc"
