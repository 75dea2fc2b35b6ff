#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "sync/serveradmin.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Model;
using TestLib::Laptop;

/// A laptop whose server goes away, comes back, refuses, or stalls: the
/// session connects again by itself where that helps, and every failure is
/// told in Dutch, as the application shows it.
class ServerConnectionTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    QTranslator m_dutch;
    QString m_db;
    QString m_anna;
    int m_round = 0;
    Organisation m_dordrecht;

    QSqlDatabase admin() { return QSqlDatabase::database(u"admin-"_s + m_db); }

    int serverCount(const QString &sql)
    {
        QSqlQuery q(admin());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

    void addOrganisations(Laptop &laptop, int n)
    {
        for (int i = 0; i < n; ++i) {
            Organisation o = TestLib::organisation(u"Stichting %1"_s.arg(i, 3, 10, QLatin1Char('0')), {});
            o.kind = OrganisationKind::Other;
            QVERIFY(laptop.store.organisations().saveOrganisation(o).ok());
        }
    }

    void restartServer()
    {
        admin().close();
        m_server->stop();
        m_server->start();
        QVERIFY(admin().open());
    }

    /// Ends every server session of @p login, as an administrator (or a
    /// pooler, or a network dropping) may.
    void dropConnections(const QString &login)
    {
        QSqlQuery q(admin());
        QVERIFY(
            q.exec(u"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(login)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        // Dutch, as the application starts.
        QVERIFY(m_dutch.load(QStringLiteral(REGIE_NL_QM)));
        QCoreApplication::installTranslator(&m_dutch);
        m_server = std::make_unique<TestLib::PgServer>();
    }

    void init()
    {
        ++m_round;
        m_db = u"regie_%1"_s.arg(m_round);
        m_server->createDatabase(m_db);
        Sync::ServerAdmin a(m_server->admin(m_db, u"admin-"_s + m_db));
        QVERIFY(a.initialise().ok());
        m_dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
        QVERIFY(a.addOrganisation(m_dordrecht).ok());
        Person p;
        p.id = QUuid::createUuid();
        p.name = u"Anna"_s;
        p.organisationId = m_dordrecht.id;
        m_anna = u"anna_%1"_s.arg(m_round);
        QVERIFY(a.addUser(m_anna, TestLib::Password, p, u"lead"_s).ok());
    }

    void cleanup()
    {
        admin().close();
        QSqlDatabase::removeDatabase(u"admin-"_s + m_db);
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_dutch);
        m_server.reset();
    }

    void shouldSyncAtOnceAfterTheServerRestarted()
    {
        // GIVEN Anna synced, and has edits waiting
        Laptop anna(*m_server, m_db, m_anna);
        addOrganisations(anna, 3);
        // WHEN the server restarts behind her session's back
        restartServer();
        // THEN her next sync, on the same session, connects again at once (no pause to wait out) and succeeds
        int paused = 0;
        const auto r = anna.sync.sync([&paused](const Sync::Progress &p) {
            paused += p.phase == Sync::Progress::Reconnecting;
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(paused, 0);
        QCOMPARE(r.value().pushed, 3);
        QCOMPARE(serverCount(u"SELECT count(*) FROM organisation WHERE name LIKE 'Stichting %'"_s), 3);
    }

    void shouldTellTheServerIsGoneAndSyncOnceItIsBack()
    {
        // GIVEN Anna synced, and has edits waiting
        Laptop anna(*m_server, m_db, m_anna);
        addOrganisations(anna, 2);
        // WHEN the server is down while she syncs
        admin().close();
        m_server->stop();
        QElapsedTimer waited;
        waited.start();
        const auto failed = anna.sync.sync();
        // THEN it failed after trying again for a few seconds, saying in Dutch what happened
        QVERIFY(!failed.ok());
        QVERIFY2(waited.elapsed() >= 3000, "three pauses of 0.5, 1 and 2 seconds");
        QCOMPARE(
            failed.error().message,
            u"De server 127.0.0.1 weigert de verbinding op poort %1: hij draait niet, of luistert op een andere "
            "poort. Je wijzigingen wachten op deze computer tot de server weer bereikbaar is."_s.arg(m_server->port()));
        QVERIFY2(failed.error().detail.contains(u"refused"_s), qPrintable(failed.error().detail));
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 2);
        // WHEN it is back and she syncs again with the same session
        m_server->start();
        QVERIFY(admin().open());
        const auto r = anna.sync.sync();
        // THEN everything arrived, once
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(serverCount(u"SELECT count(*) FROM organisation WHERE name LIKE 'Stichting %'"_s), 2);
    }

    void shouldSendAgainWhenTheConnectionDropsMidPush()
    {
        // GIVEN Anna has 40 edits waiting, sent in batches of 5
        Laptop anna(*m_server, m_db, m_anna);
        addOrganisations(anna, 40);
        anna.sync.setBatchSize(5);
        // WHEN her connection is ended after the third batch
        int batches = 0;
        const auto r = anna.sync.sync([&](const Sync::Progress &p) {
            if (p.phase == Sync::Progress::Pushing && ++batches == 4)
                dropConnections(m_anna);
            return true;
        });
        // THEN the pass connected again and finished: every edit arrived once
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(serverCount(u"SELECT count(*) FROM organisation WHERE name LIKE 'Stichting %'"_s), 40);
        QCOMPARE(serverCount(u"SELECT count(*) FROM regie_applied_change"_s), 40);
    }

    void shouldNameWhatHappenedInDutch_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("retried"); // by sync(); connectServer() itself tries once
        QTest::newRow("host not found")
            << u"host"_s
            << u"De servernaam regie.invalid is niet gevonden. Controleer de naam in Synchronisatie ▸ "
               "Synchronisatieserver, en of deze computer online is. Je wijzigingen wachten op deze computer tot de "
               "server weer bereikbaar is."_s
            << true;
        QTest::newRow("wrong password") << u"password"_s << u"De server weigerde de gebruikersnaam of het wachtwoord."_s
                                        << false;
        QTest::newRow("no answer in time")
            << u"silent"_s
            << u"De server 127.0.0.1 antwoordde niet op tijd: het netwerk of de server is traag of onbereikbaar. Je "
               "wijzigingen wachten op deze computer tot de server weer bereikbaar is."_s
            << true;
        QTest::newRow("connection ended mid-sync")
            << u"dropped"_s
            << u"Het ophalen van wijzigingen is mislukt. De server 127.0.0.1 heeft de verbinding beëindigd: hij wordt "
               "afgesloten of herstart, of de beheerder heeft de verbinding gesloten. Je wijzigingen wachten op deze "
               "computer tot de server weer bereikbaar is."_s
            << true;
        QTest::newRow("statement timeout")
            << u"timeout"_s
            << u"Het ophalen van wijzigingen is mislukt. De server heeft een opdracht afgebroken die te lang duurde "
               "(statement timeout). Synchroniseren probeert het later opnieuw; vraag de beheerder van de server om "
               "hulp als dit blijft gebeuren."_s
            << false;
        QTest::newRow("permission denied")
            << u"permission"_s
            << u"Het ophalen van wijzigingen is mislukt. De server staat gebruiker %1 dit niet toe (geen toestemming). "
               "Vraag de beheerder van de server de rechten van deze gebruiker na te kijken."_s
            << false;
    }

    void shouldNameWhatHappenedInDutch()
    {
        QFETCH(QString, situation);
        QFETCH(QString, expected);
        QFETCH(bool, retried);
        // GIVEN Anna's laptop, synced once
        Laptop anna(*m_server, m_db, m_anna);
        Sync::ServerSettings settings = TestLib::serverSettings(*m_server, m_db, m_anna);
        QTcpServer silent; // takes connections and never answers
        Sync::SyncSession::ProgressFunction progress;
        QSqlDatabase locker;
        if (situation == u"host"_s) {
            settings.host = u"regie.invalid"_s;
        } else if (situation == u"password"_s) {
            settings.password = u"fout"_s;
        } else if (situation == u"silent"_s) {
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            settings.port = silent.serverPort();
        } else if (situation == u"dropped"_s) {
            progress = [&](const Sync::Progress &p) {
                if (p.phase == Sync::Progress::Pulling)
                    dropConnections(m_anna);
                return true;
            };
        } else if (situation == u"timeout"_s) {
            // An administrator's transaction holds a lock the pull waits for.
            QSqlQuery q(admin());
            QVERIFY(q.exec(u"ALTER ROLE %1 SET statement_timeout = '300ms'"_s.arg(m_anna)));
            locker = m_server->admin(m_db, u"locker"_s);
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(u"BEGIN"_s));
            QVERIFY(lock.exec(u"LOCK TABLE project IN ACCESS EXCLUSIVE MODE"_s));
        } else if (situation == u"permission"_s) {
            QSqlQuery q(admin());
            QVERIFY(q.exec(u"REVOKE SELECT ON project FROM regie_users"_s));
            expected = expected.arg(m_anna);
        }
        // WHEN she syncs, connecting anew where the situation is in the settings
        Sync::SyncSession session;
        QVERIFY(session.openLocal(anna.dir.file(u"regie.sqlite"_s)).ok());
        QElapsedTimer waited;
        waited.start();
        Error e;
        const bool connects = situation != u"host"_s && situation != u"password"_s && situation != u"silent"_s;
        if (connects) {
            QVERIFY(session.connectServer(settings).ok());
            const auto r = session.sync(progress);
            QVERIFY(!r.ok());
            e = r.error();
        } else {
            const auto hello = session.connectServer(settings);
            QVERIFY(!hello.ok());
            e = hello.error();
        }
        // THEN the message says what happened, in Dutch; the driver's words are only the detail
        QCOMPARE(e.message, expected);
        QVERIFY(!e.message.contains(u"QPSQL"_s));
        QVERIFY(!e.message.contains(u"()"_s));
        QVERIFY(!e.detail.isEmpty());
        // AND a sync tried again only after connection troubles (0.5 + 1 + 2 s of pauses)
        if (connects)
            QCOMPARE(waited.elapsed() >= 3500, retried);
        if (locker.isValid()) {
            QSqlQuery(locker).exec(u"ROLLBACK"_s);
            locker.close();
            locker = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"locker"_s);
        }
    }
};

QTEST_GUILESS_MAIN(ServerConnectionTest)
#include "serverconnectiontest.moc"
