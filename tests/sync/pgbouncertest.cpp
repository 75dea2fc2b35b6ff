#include "testlib/pgbouncer.h"
#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/synctables.h"
#include "sync/serveradmin.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <utility>

using namespace Model;
using TestLib::Laptop;

/// Laptops syncing through PgBouncer in transaction pooling mode, where
/// each statement may run on another server connection of the user's pool:
/// nothing a sync sends may depend on the session (a prepared statement made
/// on one connection does not exist on the next).
class PgBouncerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    std::unique_ptr<TestLib::PgBouncer> m_bouncer;
    Organisation m_dordrecht, m_zwijndrecht;

    QSqlDatabase admin() { return QSqlDatabase::database(u"admin"_s); }

    Sync::ServerSettings throughBouncer(const QString &login) const
    {
        Sync::ServerSettings s = TestLib::serverSettings(*m_server, u"regie"_s, login);
        s.port = m_bouncer->port();
        return s;
    }

    /// id and version of every row of @p table in @p project, as @p db has them.
    static QStringList rows(QSqlDatabase db, const SyncSchema::Table &table, const QUuid &project)
    {
        QSqlQuery q(db);
        const QString id = project.toString(QUuid::WithoutBraces);
        if (!q.exec(u"SELECT CAST(id AS text) || ' ' || version FROM %1 WHERE CAST(%2 AS text) = '%3' ORDER BY 1"_s.arg(
                table.name, table.projectColumn, id)))
            qFatal("%s", qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static QString text(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        m_server = std::make_unique<TestLib::PgServer>();
        m_server->createDatabase(u"regie"_s);
        Sync::ServerAdmin a(m_server->admin(u"regie"_s, u"admin"_s));
        QVERIFY(a.initialise().ok());
        m_dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
        m_zwijndrecht = TestLib::organisation(u"Zwijndrecht"_s, u"GM0642"_s);
        for (const auto &o : {m_dordrecht, m_zwijndrecht})
            QVERIFY(a.addOrganisation(o).ok());
        for (const auto &[login, org] :
             {std::pair {u"anna"_s, m_dordrecht.id}, std::pair {u"bram"_s, m_zwijndrecht.id}}) {
            Person p;
            p.id = QUuid::createUuid();
            p.name = login;
            p.organisationId = org;
            QVERIFY(a.addUser(login, TestLib::Password, p, u"lead"_s).ok());
        }
        m_bouncer = std::make_unique<TestLib::PgBouncer>(*m_server);
        // Two server connections per user, taken in turn: a statement
        // prepared on one is missing on the next.
        for (const QString &login : {u"anna"_s, u"bram"_s})
            m_bouncer->fillPool(u"regie"_s, login, TestLib::Password);
    }

    void cleanupTestCase()
    {
        m_bouncer.reset();
        admin().close();
        QSqlDatabase::removeDatabase(u"admin"_s);
        m_server.reset();
    }

    void shouldConvergeThroughATransactionPool()
    {
        // GIVEN Anna (Dordrecht) and Bram (Zwijndrecht) sync through PgBouncer
        Laptop anna(throughBouncer(u"anna"_s));
        Laptop bram(throughBouncer(u"bram"_s));
        // AND Anna starts a project with Zwijndrecht, with a logo and hostile text
        const QString hostile = u"'; DROP TABLE project; -- $$ \\ \\\\' %1 ? :name \u200F"_s;
        Project p;
        p.id = QUuid::createUuid();
        p.name = u"Schone Merwede"_s;
        p.purpose = u"Schone oevers"_s;
        p.urgency = u"De subsidie loopt af"_s;
        p.slogan = hostile;
        p.logo = QByteArray::fromHex("89504e470d0a1a0a005c2778"); // a PNG header, a NUL, a backslash, a quote
        p.status = ProjectStatus::Active;
        QVERIFY(anna.store.projects().createProject(p, m_dordrecht.id).ok());
        Participation z;
        z.id = QUuid::createUuid();
        z.projectId = p.id;
        z.organisationId = m_zwijndrecht.id;
        z.role = ParticipationRole::Partner;
        z.joined = QDate(2026, 1, 1);
        z.brings = u"Een projectleider"_s;
        QVERIFY(anna.store.participations().saveParticipation(z).ok());
        anna.syncNow();
        // WHEN Bram syncs, he has the new project, text and logo as Anna made them
        QCOMPARE(bram.syncNow().gainedProjects, 1);
        QCOMPARE(bram.project(p.id).slogan, hostile);
        QCOMPARE(bram.project(p.id).logo, p.logo);

        // GIVEN both edit offline: the same field of Zwijndrecht's part, and one field each
        auto part = [](Laptop &l, const QUuid &project) {
            const auto all = l.store.participations().participations(project);
            for (const Participation &x : all.value()) {
                if (x.role == ParticipationRole::Partner)
                    return x;
            }
            return Participation {};
        };
        Participation a = part(anna, p.id);
        a.brings = u"Twee projectleiders"_s;
        QVERIFY(anna.store.participations().saveParticipation(a).ok());
        Project ap = anna.project(p.id);
        ap.ambition = u"De hele oever schoon in 2027"_s;
        QVERIFY(anna.store.projects().updateProject(ap).ok());
        Participation b = part(bram, p.id);
        b.brings = u"Een projectleider en een boot"_s;
        b.gets = u"Kennis van "_s + hostile;
        QVERIFY(bram.store.participations().saveParticipation(b).ok());
        // WHEN they sync one after the other, and again
        anna.syncNow();
        const Sync::Report r = bram.syncNow();
        anna.syncNow();
        bram.syncNow();
        // THEN Bram's same-field edit is a conflict, the server keeps Anna's value, the rest merged
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_conflict"_s), 1);
        for (Laptop *l : {&anna, &bram}) {
            QCOMPARE(part(*l, p.id).brings, u"Twee projectleiders"_s);
            QCOMPARE(part(*l, p.id).gets, u"Kennis van "_s + hostile);
            QCOMPARE(l->project(p.id).ambition, u"De hele oever schoon in 2027"_s);
            QCOMPARE(l->count(u"SELECT count(*) FROM outbox"_s), 0);
        }
        // AND both laptops hold the server's rows of the project, version for version
        for (const SyncSchema::Table &t : SyncSchema::tables()) {
            if (t.scope != SyncSchema::Scope::Project)
                continue;
            const QStringList server = rows(admin(), t, p.id);
            QCOMPARE(rows(anna.store.database(), t, p.id), server);
            QCOMPARE(rows(bram.store.database(), t, p.id), server);
        }
        QCOMPARE(text(admin(), u"SELECT slogan FROM project"_s), hostile);
    }
};

QTEST_GUILESS_MAIN(PgBouncerTest)
#include "pgbouncertest.moc"
