// Sync over TLS with a checked server (sslmode=verify-full): the session
// talks only to a server whose certificate a trusted CA signed for the
// name the user typed, and says so clearly when that is not the case.

#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "sync/serveradmin.h"
#include "sync/syncsession.h"

#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

class TlsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    QString m_ca;

    Sync::ServerSettings settings(const QString &host, const QString &ca) const
    {
        Sync::ServerSettings s = TestLib::serverSettings(*m_server, u"regie"_s, u"anna"_s);
        s.host = host;
        s.sslMode = u"verify-full"_s;
        s.sslRootCert = ca;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        m_server = std::make_unique<TestLib::PgServer>();
        m_ca = m_server->enableTls(u"localhost"_s);
        m_server->createDatabase(u"regie"_s);
        {
            Sync::ServerAdmin admin(m_server->admin(u"regie"_s, u"admin"_s));
            QVERIFY(admin.initialise().ok());
            const Organisation dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
            QVERIFY(admin.addOrganisation(dordrecht).ok());
            Person anna;
            anna.id = QUuid::createUuid();
            anna.name = u"Anna"_s;
            anna.organisationId = dordrecht.id;
            QVERIFY(admin.addUser(u"anna"_s, TestLib::Password, anna, u"lead"_s).ok());
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
    }

    void cleanupTestCase() { m_server.reset(); }

    void shouldSyncOverCheckedTls()
    {
        // GIVEN a laptop that trusts the server's CA and names the server as its certificate does
        TestLib::TempDir dir;
        Store::LocalStore store;
        QVERIFY(store.open(dir.file(u"regie.sqlite"_s)).ok());
        Sync::SyncSession session;
        QVERIFY(session.openLocal(dir.file(u"regie.sqlite"_s)).ok());
        // WHEN it connects and syncs
        const auto hello = session.connectServer(settings(u"localhost"_s, m_ca));
        QVERIFY2(hello.ok(), qPrintable(hello.error().message));
        const auto synced = session.sync();
        QVERIFY2(synced.ok(), qPrintable(synced.error().message));
        // THEN the connection is encrypted, and the directory arrived
        QSqlQuery q(session.serverDatabase());
        QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(store.organisations().organisations().value().size(), 1);
    }

    void shouldRefuseAServerItCannotCheck_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<bool>("missingCa");
        QTest::newRow("certificate of another CA") << u"localhost"_s << true << false;
        QTest::newRow("name not in the certificate") << u"127.0.0.1"_s << false << false;
        QTest::newRow("CA file missing") << u"localhost"_s << false << true;
    }

    void shouldRefuseAServerItCannotCheck()
    {
        QFETCH(QString, host);
        QFETCH(bool, otherCa);
        QFETCH(bool, missingCa);
        // GIVEN a laptop whose trust does not cover the server, or which names it otherwise
        TestLib::TempDir dir;
        QString ca = m_ca;
        if (otherCa)
            ca = m_server->makeCertificateAuthority(dir.path());
        if (missingCa)
            ca = dir.file(u"ontbreekt.crt"_s);
        Sync::SyncSession session;
        // WHEN it connects
        const auto hello = session.connectServer(settings(host, ca));
        // THEN it refuses, saying the server could not prove who it is
        QVERIFY(!hello.ok());
        QCOMPARE(hello.error().code, Error::Validation);
        QVERIFY2(hello.error().message.contains(u"could not prove who it is"_s), qPrintable(hello.error().message));
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tlstest.moc"
