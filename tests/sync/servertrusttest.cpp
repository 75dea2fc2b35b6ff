#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/text.h"
#include "sync/serveradmin.h"
#include "sync/serverschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;
using TestLib::organisation;
using TestLib::Password;

/// The server trusts no client (server step 5), seen from the laptops: a
/// server of the previous release is upgraded in place, a change the server
/// cannot hold is refused alone, and hours are logged in one's own name.
class ServerTrustTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    int m_round = 0;
    QTranslator m_dutch; ///< refusals are checked in Dutch, as the window shows them

    QString addUser(QSqlDatabase db, const QString &name, const Organisation &o, const QString &role)
    {
        Person p;
        p.id = QUuid::createUuid();
        p.name = name;
        p.organisationId = o.id;
        const QString login = u"%1_%2"_s.arg(name).arg(m_round);
        const auto added = Sync::ServerAdmin(db).addUser(login, Password, p, role);
        if (!added.ok())
            qFatal("addUser: %s", qPrintable(added.error().message));
        return login;
    }

    /// A new server database with Dordrecht and a lead of it, Anna.
    struct Server {
        QString name;
        QSqlDatabase db;
        Organisation dordrecht = organisation(u"Dordrecht"_s, u"GM0505"_s);
        QString anna;
    };
    Server freshServer()
    {
        Server s;
        s.name = u"regie_trust_%1"_s.arg(m_round);
        m_server->createDatabase(s.name);
        s.db = m_server->admin(s.name, s.name);
        if (!Sync::ServerAdmin(s.db).initialise().ok() || !Sync::ServerAdmin(s.db).addOrganisation(s.dordrecht).ok())
            qFatal("cannot set up the server");
        s.anna = addUser(s.db, u"anna"_s, s.dordrecht, u"lead"_s);
        return s;
    }

    static Project activeProject(const QString &name)
    {
        Project p;
        p.id = QUuid::createUuid();
        p.name = name;
        p.purpose = u"Doel"_s;
        p.urgency = u"Nu"_s;
        p.status = ProjectStatus::Active;
        return p;
    }

    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QVERIFY(m_dutch.load(QStringLiteral(REGIE_NL_QM)));
        QCoreApplication::installTranslator(&m_dutch);
        m_server = std::make_unique<TestLib::PgServer>();
    }

    void init() { ++m_round; }

    void shouldUpgradeAServerOfTheLastReleaseToTheTrustRules()
    {
        // GIVEN a server at step 4 with a project loaded by an administrator
        // (no creator recorded) and a user made by that release
        const QString name = u"regie_trust_%1"_s.arg(m_round);
        m_server->createDatabase(name);
        QSqlDatabase db = m_server->admin(name, name);
        QVERIFY(Sync::ServerSchema::migrate(db, 4).ok());
        const Organisation dordrecht = organisation(u"Dordrecht"_s, u"GM0505"_s);
        const Organisation sliedrecht = organisation(u"Sliedrecht"_s, u"GM0610"_s);
        const QUuid project = QUuid::createUuid();
        const QUuid anna = QUuid::createUuid();
        const QString annaLogin = u"anna_old_%1"_s.arg(m_round);
        for (const QString &sql : {
                 u"INSERT INTO organisation (id, name, kind) VALUES ('%1', 'Dordrecht', 'municipality'), "
                 "('%2', 'Sliedrecht', 'municipality')"_s.arg(dordrecht.id.toString(QUuid::WithoutBraces),
                                                              sliedrecht.id.toString(QUuid::WithoutBraces)),
                 u"INSERT INTO project (id, name, purpose, urgency, status) VALUES ('%1', 'Oud project', 'Doel', 'Nu', "
                 "'active')"_s.arg(project.toString(QUuid::WithoutBraces)),
                 u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "
                 "(gen_random_uuid(), '%1', '%2', 'lead', '2025-01-01')"_s.arg(project.toString(QUuid::WithoutBraces),
                                                                              dordrecht.id.toString(QUuid::WithoutBraces)),
                 u"INSERT INTO lead_term (id, project_id, organisation_id, from_date) VALUES (gen_random_uuid(), '%1', "
                 "'%2', '2025-01-01')"_s.arg(project.toString(QUuid::WithoutBraces), dordrecht.id.toString(QUuid::WithoutBraces)),
                 u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE regie_users"_s.arg(annaLogin, Password),
                 u"INSERT INTO person (id, organisation_id, name) VALUES ('%1', '%2', 'Anna')"_s.arg(
                     anna.toString(QUuid::WithoutBraces), dordrecht.id.toString(QUuid::WithoutBraces)),
                 u"INSERT INTO regie_user VALUES ('%1', '%2', '%3', 'lead')"_s.arg(annaLogin, anna.toString(QUuid::WithoutBraces),
                                                                                   dordrecht.id.toString(QUuid::WithoutBraces))}) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
        }
        QVERIFY(scalar(db, u"SELECT count(*) FROM project WHERE created_by_org IS NULL"_s).toInt() == 1);
        // WHEN it is upgraded
        const Status upgraded = Sync::ServerSchema::migrate(db);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        // THEN the project's creator is its first lead, and no row lacks one
        QCOMPARE(Sync::ServerSchema::version(db), Sync::ServerSchema::currentVersion());
        QCOMPARE(scalar(db, u"SELECT created_by_org::text FROM project"_s).toString(),
                 dordrecht.id.toString(QUuid::WithoutBraces));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM participation WHERE created_by_org IS NULL"_s).toInt(), 0);
        // AND the user of the old release got the limits, and holds no write right
        QVERIFY(scalar(db, u"SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting WHERE setrole = '%1'::regrole"_s
                               .arg(annaLogin))
                    .toString()
                    .contains(u"idle_in_transaction_session_timeout"_s));
        QVERIFY(!scalar(db, u"SELECT has_table_privilege('%1', 'project', 'INSERT, UPDATE, DELETE, TRUNCATE')"_s.arg(annaLogin))
                     .toBool());
        QCOMPARE(scalar(db, u"SELECT pg_get_userbyid(relowner)::text FROM pg_class WHERE relname = 'project'"_s).toString(),
                 u"regie_owner"_s);
        // AND her laptop works with the project as before
        const QString piet = addUser(db, u"piet"_s, sliedrecht, u"lead"_s);
        {
            Laptop a(*m_server, name, annaLogin);
            Project p = a.project(project);
            QCOMPARE(p.name, u"Oud project"_s);
            p.slogan = u"Nog steeds van ons"_s;
            QVERIFY(a.store.projects().updateProject(p).ok());
            QCOMPARE(a.syncNow().rejected, 0);
            // AND an outsider still cannot take it over
            Laptop o(*m_server, name, piet);
            QVERIFY(o.project(project).id.isNull());
        }
        QCOMPARE(scalar(db, u"SELECT slogan FROM project"_s).toString(), u"Nog steeds van ons"_s);
        db.close();
    }

    void shouldRefuseAChangeTheServerCannotHoldAndSendTheRest()
    {
        const Server server = freshServer();
        const QString &name = server.name;
        QSqlDatabase db = server.db;
        const Organisation &dordrecht = server.dordrecht;
        const QString &login = server.anna;
        Laptop anna(*m_server, name, login);
        const Project p = activeProject(u"Schone Oevers"_s);
        QVERIFY(anna.store.projects().createProject(p, dordrecht.id).ok());
        QCOMPARE(anna.syncNow().rejected, 0);
        // GIVEN three entries logged offline, the middle one with a NUL pasted into its note
        for (const QString &note : {u"Voor"_s, u"Plak\u0000fout"_s, u"Na"_s}) {
            ProgressEntry e;
            e.id = QUuid::createUuid();
            e.projectId = p.id;
            e.organisationId = dordrecht.id;
            e.date = QDate(2026, 11, 2);
            e.hours = 1;
            e.note = note;
            QVERIFY(anna.store.progress().addProgress(e).ok());
        }
        // WHEN the laptop syncs
        const Sync::Report r = anna.syncNow();
        // THEN only that entry is refused, in words the user understands, and nothing waits
        QCOMPARE(r.rejected, 1);
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(scalar(db, u"SELECT string_agg(note, ',' ORDER BY note) FROM progress_entry"_s).toString(), u"Na,Voor"_s);
        const auto problems = anna.store.ledger().problems().value();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(describeRefusal(problems.first().message), u"Een tekst bevat een teken dat de server niet kan opslaan."_s);
        // AND the next sync goes on as usual
        Project later = anna.project(p.id);
        later.slogan = u"Verder"_s;
        QVERIFY(anna.store.projects().updateProject(later).ok());
        QCOMPARE(anna.syncNow().rejected, 0);
        QCOMPARE(scalar(db, u"SELECT slogan FROM project"_s).toString(), u"Verder"_s);
        db.close();
    }

    void shouldRefuseHoursLoggedForAnotherOrganisation()
    {
        const Server server = freshServer();
        const QString &name = server.name;
        QSqlDatabase db = server.db;
        const Organisation &dordrecht = server.dordrecht;
        const QString &login = server.anna;
        const Organisation zwijndrecht = organisation(u"Zwijndrecht"_s, u"GM0642"_s);
        QVERIFY(Sync::ServerAdmin(db).addOrganisation(zwijndrecht).ok());
        Laptop anna(*m_server, name, login);
        const Project p = activeProject(u"Vitale Parken"_s);
        QVERIFY(anna.store.projects().createProject(p, dordrecht.id).ok());
        Participation z;
        z.id = QUuid::createUuid();
        z.projectId = p.id;
        z.organisationId = zwijndrecht.id;
        z.role = ParticipationRole::Partner;
        z.joined = QDate(2026, 1, 1);
        QVERIFY(anna.store.participations().saveParticipation(z).ok());
        QCOMPARE(anna.syncNow().rejected, 0);
        // GIVEN Anna of Dordrecht logs hours as if Zwijndrecht worked them
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = p.id;
        e.organisationId = zwijndrecht.id;
        e.date = QDate(2026, 11, 2);
        e.hours = 4;
        QVERIFY(anna.store.progress().addProgress(e).ok());
        // WHEN she syncs THEN the server refuses it, saying why
        QCOMPARE(anna.syncNow().rejected, 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM progress_entry"_s).toInt(), 0);
        QCOMPARE(describeRefusal(anna.store.ledger().problems().value().first().message),
                 u"Uren en metingen worden vastgelegd op je eigen naam en voor je eigen organisatie."_s);
        db.close();
    }

    void shouldSendHoursLoggedBeforeTheFirstSyncInTheUsersOwnName()
    {
        const Server server = freshServer();
        const QString &name = server.name;
        QSqlDatabase db = server.db;
        const Organisation &dordrecht = server.dordrecht;
        const QString &login = server.anna;
        // GIVEN a new laptop whose user named herself locally and logged hours before any sync
        TestLib::TempDir dir;
        const QString file = dir.file(u"regie.sqlite"_s);
        Store::LocalStore store;
        QVERIFY(store.open(file).ok());
        QVERIFY(store.organisations().saveOrganisation(dordrecht).ok());
        Person me;
        me.id = QUuid::createUuid();
        me.name = u"Anna (deze laptop)"_s;
        me.organisationId = dordrecht.id;
        QVERIFY(store.organisations().savePerson(me).ok());
        QVERIFY(store.organisations().setIdentity(me.id).ok());
        const Project p = activeProject(u"Schone Oevers"_s);
        QVERIFY(store.projects().createProject(p, dordrecht.id).ok());
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = p.id;
        e.organisationId = dordrecht.id;
        e.date = QDate(2026, 11, 2);
        e.hours = 2;
        QVERIFY(store.progress().addProgress(e).ok());
        // WHEN she signs in and syncs for the first time
        Sync::SyncSession session;
        QVERIFY(session.openLocal(file).ok());
        const auto hello = session.connectServer(TestLib::serverSettings(*m_server, name, login));
        QVERIFY(hello.ok());
        const auto r = session.sync();
        QVERIFY(r.ok());
        // THEN the hours arrive in the name the server knows her by, here too
        QCOMPARE(r.value().rejected, 0);
        const QString known = hello.value().person.toString(QUuid::WithoutBraces);
        QCOMPARE(scalar(db, u"SELECT person_id::text FROM progress_entry"_s).toString(), known);
        QCOMPARE(scalar(store.database(), u"SELECT person_id FROM progress_entry"_s).toString(), known);
        db.close();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        QCoreApplication::removeTranslator(&m_dutch);
    }
};

QTEST_GUILESS_MAIN(ServerTrustTest)
#include "servertrusttest.moc"
