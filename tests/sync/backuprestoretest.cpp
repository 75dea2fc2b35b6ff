#include "testlib/laptop.h"
#include "testlib/region.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/synctables.h"
#include "store/localstore.h"
#include "sync/backupfile.h"
#include "sync/serveradmin.h"
#include "sync/serverrow.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;
using TestLib::organisation;
using TestLib::Password;

/// regie-admin backup and restore against a real PostgreSQL server, and how
/// laptops that synced past the backup bring back what the restore lost.
class BackupRestoreTest : public QObject, TestLib::RegionRounds
{
    Q_OBJECT

    TestLib::TempDir m_files;
    QString m_anna, m_bram;

    Sync::ServerAdmin serverAdmin() { return Sync::ServerAdmin(admin()); }

    /// An active project led by Dordrecht with Zwijndrecht as partner, made on @p laptop and synced.
    Project makeProject(Laptop &laptop, const QString &name)
    {
        return TestLib::makeProject(laptop, m_dordrecht, m_zwijndrecht, name);
    }

    Participation participationOf(Laptop &laptop, const QUuid &project, const QUuid &organisation)
    {
        const auto all = laptop.store.participations().participations(project);
        for (const auto &x : all.value()) {
            if (x.organisationId == organisation)
                return x;
        }
        qFatal("no participation");
    }

    static QString text(SyncSchema::Type type, const QVariant &v)
    {
        switch (type) {
        case SyncSchema::Type::Flag:
            return QString::number(v.toInt());
        case SyncSchema::Type::Number:
            return v.isNull() ? u"null"_s : QString::number(v.toDouble());
        case SyncSchema::Type::Blob:
            return QString::fromLatin1(v.toByteArray().toHex());
        default:
            return v.toString();
        }
    }

    /// Every synced row, field by field, as the server has it: all rows for the owner, through @p as what a user may see.
    QMap<QString, QStringList> serverRows(const QSqlDatabase &as = {})
    {
        QMap<QString, QStringList> all;
        QSqlQuery q(as.isValid() ? as : admin());
        for (const auto &t : SyncSchema::tables()) {
            if (!q.exec(u"SELECT %1 FROM %2"_s.arg(Sync::ServerRow::selectList(t), t.name)))
                qFatal("%s", qPrintable(q.lastError().text()));
            QStringList rows;
            while (q.next()) {
                const QVariantMap row = Sync::ServerRow::fromQuery(t, q);
                QStringList values{row.value(u"id"_s).toString()};
                for (const auto &c : t.syncedColumns())
                    values << text(c.type, row.value(c.name));
                rows << values.join(u'|');
            }
            rows.sort();
            all.insert(t.name, rows);
        }
        return all;
    }

    static QMap<QString, QStringList> laptopRows(Laptop &laptop)
    {
        QMap<QString, QStringList> all;
        QSqlQuery q(laptop.store.database());
        for (const auto &t : SyncSchema::tables()) {
            QStringList names{u"id"_s};
            for (const auto &c : t.syncedColumns())
                names << c.name;
            if (!q.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), t.name)))
                qFatal("%s", qPrintable(q.lastError().text()));
            QStringList rows;
            while (q.next()) {
                QStringList values{q.value(0).toString()};
                for (int i = 0; i < t.syncedColumns().size(); ++i)
                    values << text(t.syncedColumns().at(i).type, q.value(i + 1));
                rows << values.join(u'|');
            }
            rows.sort();
            all.insert(t.name, rows);
        }
        return all;
    }

    /// The rows only one of @p actual and @p expected has ("-" missing, "+" extra), so a failure says which.
    static QStringList difference(const QMap<QString, QStringList> &actual, const QMap<QString, QStringList> &expected)
    {
        QStringList out;
        for (const auto &t : SyncSchema::tables()) {
            for (const QString &row : expected.value(t.name)) {
                if (!actual.value(t.name).contains(row))
                    out << u"- %1 %2"_s.arg(t.name, row);
            }
            for (const QString &row : actual.value(t.name)) {
                if (!expected.value(t.name).contains(row))
                    out << u"+ %1 %2"_s.arg(t.name, row);
            }
        }
        return out;
    }

    /// Whether every row of @p part is in @p whole, field by field.
    static bool isPartOf(const QMap<QString, QStringList> &part, const QMap<QString, QStringList> &whole)
    {
        for (auto it = part.cbegin(); it != part.cend(); ++it) {
            for (const QString &row : it.value()) {
                if (!whole.value(it.key()).contains(row)) {
                    qWarning("%s: %s is not on the server", qPrintable(it.key()), qPrintable(row));
                    return false;
                }
            }
        }
        return true;
    }

    QString incarnation()
    {
        QSqlQuery q(admin());
        if (!q.exec(u"SELECT value FROM regie_meta WHERE key = 'incarnation'"_s) || !q.next())
            return {};
        return q.value(0).toString();
    }

    bool signsIn(const QString &login, const QString &password)
    {
        Sync::SyncSession session;
        return session.connectServer(TestLib::serverSettings(*m_server, m_db, login, password)).ok();
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        m_anna = addUser(u"anna"_s, m_dordrecht, u"lead"_s);
        m_bram = addUser(u"bram"_s, m_zwijndrecht, u"lead"_s);
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    void shouldBringBackEveryAcknowledgedEditAfterARestore()
    {
        // GIVEN a server with a project of Dordrecht and Zwijndrecht, Papendrecht taking part too
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Schone Merwede"_s);
        Participation papendrecht;
        papendrecht.id = QUuid::createUuid();
        papendrecht.projectId = p.id;
        papendrecht.organisationId = m_papendrecht.id;
        papendrecht.joined = QDate(2026, 2, 1);
        QVERIFY(anna.store.participations().saveParticipation(papendrecht).ok());
        anna.syncNow();
        bram.syncNow();
        // AND it is backed up
        const QString file = m_files.file(u"regie.backup"_s);
        const auto backedUp = serverAdmin().backup(file);
        QVERIFY2(backedUp.ok(), qPrintable(backedUp.error().message));
        const QString before = incarnation();
        QVERIFY(!before.isEmpty());

        // WHEN both laptops make and sync more edits: an update, a new project, a delete, a partner's edit and hours
        Project a = anna.project(p.id);
        a.slogan = u"Een rivier om in te zwemmen"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        const Project q = makeProject(anna, u"Groene Daken"_s);
        QVERIFY(anna.store.participations().setParticipationDeleted(papendrecht.id, true).ok());
        anna.syncNow();
        bram.syncNow();
        Participation z = participationOf(bram, p.id, m_zwijndrecht.id);
        z.brings = u"Twee projectleiders"_s;
        QVERIFY(bram.store.participations().saveParticipation(z).ok());
        QSqlQuery hours(bram.store.database());
        QVERIFY2(hours.exec(u"INSERT INTO progress_entry (id, project_id, entry_date, person_id, organisation_id, hours, "
                            "note, created_at, updated_at) VALUES ('%1', '%2', '2026-11-20', '%3', '%4', 3.5, "
                            "'Opruimactie Oude Maas', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z')"_s
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), p.id.toString(QUuid::WithoutBraces),
                                     bram.person.toString(QUuid::WithoutBraces),
                                     m_zwijndrecht.id.toString(QUuid::WithoutBraces))),
                 qPrintable(hours.lastError().text()));
        bram.syncNow();
        anna.syncNow();
        bram.syncNow();
        const QMap<QString, QStringList> acknowledged = serverRows();
        QMap<QString, QStringList> annasRows = laptopRows(anna);
        QMap<QString, QStringList> bramsRows = laptopRows(bram);
        QVERIFY(isPartOf(annasRows, acknowledged));
        QVERIFY(isPartOf(bramsRows, acknowledged));
        // AND Bram changes his part again offline, on top of what the backup lacks
        z = participationOf(bram, p.id, m_zwijndrecht.id);
        z.brings = u"Drie projectleiders"_s;
        QVERIFY(bram.store.participations().saveParticipation(z).ok());

        // AND the server is restored from the backup
        const auto restored = serverAdmin().restore(file);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QVERIFY(restored.value().recreated.isEmpty());
        QVERIFY(serverRows() != acknowledged);
        QVERIFY(incarnation() != before);

        // WHEN both laptops sync again on the connections they kept open, the partner first
        const Sync::Report fromBram = bram.syncNow();
        const Sync::Report fromAnna = anna.syncNow();
        bram.syncNow();
        // THEN both noticed and sent again what the server lost
        QVERIFY(fromBram.serverRestored);
        QVERIFY(fromAnna.serverRestored);
        QVERIFY(fromBram.resent > 0);
        QVERIFY(fromAnna.resent > 0);
        QCOMPARE(fromBram.conflicts + fromAnna.conflicts, 0);
        // AND the server has every acknowledged edit again, with Bram's offline one on top
        auto withBramsOfflineEdit = [](QMap<QString, QStringList> rows) {
            QStringList &participations = rows[u"participation"_s];
            for (QString &row : participations)
                row.replace(u"Twee projectleiders"_s, u"Drie projectleiders"_s);
            participations.sort();
            return rows;
        };
        const QMap<QString, QStringList> server = serverRows();
        QVERIFY2(difference(server, withBramsOfflineEdit(acknowledged)).isEmpty(), qPrintable(difference(server, withBramsOfflineEdit(acknowledged)).join(u'\n')));
        QCOMPARE(anna.project(q.id).name, u"Groene Daken"_s);
        // AND both laptops have all they had, with nothing left to send and nothing in conflict
        QVERIFY(isPartOf(withBramsOfflineEdit(annasRows), laptopRows(anna)));
        QVERIFY(isPartOf(withBramsOfflineEdit(bramsRows), laptopRows(bram)));
        // (and what the comparison read brought besides: each now has exactly what the server lets its user see)
        for (Laptop *l : {&anna, &bram}) {
            const QMap<QString, QStringList> visible = serverRows(l->sync.serverDatabase());
            QVERIFY2(difference(laptopRows(*l), visible).isEmpty(), qPrintable(difference(laptopRows(*l), visible).join(u'\n')));
            QCOMPARE(l->count(u"SELECT count(*) FROM outbox"_s), 0);
            QCOMPARE(l->count(u"SELECT count(*) FROM sync_conflict"_s), 0);
        }
        // AND the next sync is an ordinary one
        QVERIFY(!anna.syncNow().serverRestored);
    }

    void shouldLetUsersSignInAgainAfterARestore()
    {
        // GIVEN Dirk, a user when the backup was made
        const QString dirk = addUser(u"dirk"_s, m_dordrecht, u"member"_s);
        const QString file = m_files.file(u"users.backup"_s);
        QVERIFY(serverAdmin().backup(file).ok());
        // AND since then Eva was added, and Dirk's role went (the server is a new cluster, or someone dropped it)
        const QString eva = addUser(u"eva"_s, m_papendrecht, u"member"_s);
        QSqlQuery q(admin());
        QVERIFY2(q.exec(u"DROP ROLE %1"_s.arg(dirk)), qPrintable(q.lastError().text()));
        // WHEN the backup is restored
        const auto restored = serverAdmin().restore(file);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        // THEN Dirk's role is there again, in the users' group but without login, and Eva is named as unknown
        QCOMPARE(restored.value().recreated, QStringList{dirk});
        QCOMPARE(restored.value().notInBackup, QStringList{eva});
        QVERIFY(q.exec(u"SELECT rolcanlogin, pg_has_role(oid, 'regie_users', 'MEMBER') FROM pg_roles WHERE rolname = '%1'"_s.arg(dirk)));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
        // AND Anna, whose role stayed, signs in with her password; Dirk cannot yet
        QVERIFY(signsIn(m_anna, Password));
        QVERIFY(!signsIn(dirk, Password));
        // WHEN the administrator gives Dirk a new password
        QVERIFY(!serverAdmin().setPassword(dirk, u"kort"_s).ok());
        QCOMPARE(serverAdmin().setPassword(u"niemand"_s, u"lang-genoeg"_s).error().code, Error::NotFound);
        const auto reset = serverAdmin().setPassword(dirk, u"nieuw-wachtwoord"_s);
        QVERIFY2(reset.ok(), qPrintable(reset.error().message));
        // THEN he signs in with it, as the person he was
        Sync::SyncSession session;
        const auto hello = session.connectServer(TestLib::serverSettings(*m_server, m_db, dirk, u"nieuw-wachtwoord"_s));
        QVERIFY2(hello.ok(), qPrintable(hello.error().message));
        QCOMPARE(hello.value().personName, u"dirk"_s);
    }

    void shouldRestoreOntoANewServer()
    {
        // GIVEN a backup of a server with a project and Anna's edit
        Laptop anna(*m_server, m_db, m_anna);
        const Project p = makeProject(anna, u"Verhuisd Project"_s);
        const QString file = m_files.file(u"move.backup"_s);
        QVERIFY(serverAdmin().backup(file).ok());
        // WHEN it is restored into a new cluster, which has none of the roles
        TestLib::PgServer other;
        other.createDatabase(u"regie"_s);
        QSqlDatabase db = other.admin(u"regie"_s, u"other-admin"_s);
        const auto restored = Sync::ServerAdmin(db).restore(file);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        // THEN the owner role owns it again, with every write kept from users
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT pg_get_userbyid(relowner)::text, has_table_privilege('regie_users', 'project', "
                       "'INSERT, UPDATE, DELETE') FROM pg_class WHERE relname = 'project'"_s)
                && q.next());
        QCOMPARE(q.value(0).toString(), u"regie_owner"_s);
        QVERIFY(!q.value(1).toBool());
        // AND Anna, made again, signs in after a new password and gets her project
        QVERIFY(restored.value().recreated.contains(m_anna));
        QVERIFY(Sync::ServerAdmin(db).setPassword(m_anna, Password).ok());
        Laptop fresh(other, u"regie"_s, m_anna);
        QCOMPARE(fresh.project(p.id).name, u"Verhuisd Project"_s);
        Project edited = fresh.project(p.id);
        edited.slogan = u"Op de nieuwe server"_s;
        QVERIFY(fresh.store.projects().updateProject(edited).ok());
        QCOMPARE(fresh.syncNow().rejected, 0);
        QVERIFY(q.exec(u"SELECT slogan FROM project WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces))) && q.next());
        QCOMPARE(q.value(0).toString(), u"Op de nieuwe server"_s);
        db.close();
    }

    void shouldRefuseABrokenBackupAndLeaveTheServerAsItWas_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing"_s << u"There is no backup file"_s;
        QTest::newRow("not a backup") << u"other"_s << u"is not a Regie backup"_s;
        QTest::newRow("cut short") << u"cut"_s << u"is damaged or incomplete"_s;
        QTest::newRow("changed") << u"changed"_s << u"is damaged or incomplete"_s;
        QTest::newRow("not an archive") << u"archive"_s << u"pg_restore failed"_s;
    }

    void shouldRefuseABrokenBackupAndLeaveTheServerAsItWas()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        // GIVEN a backup, and a server that moved on since
        Laptop anna(*m_server, m_db, m_anna);
        const QString good = m_files.file(u"good.backup"_s);
        QVERIFY(serverAdmin().backup(good).ok());
        makeProject(anna, u"Na de back-up"_s);
        const QMap<QString, QStringList> server = serverRows();
        const QString before = incarnation();
        // AND the backup file is damaged
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const QString file = m_files.file(u"broken-%1.backup"_s.arg(damage));
        if (damage == u"other"_s)
            bytes = "Dit is een boodschappenlijstje.\n";
        else if (damage == u"cut"_s)
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"changed"_s)
            bytes[bytes.size() - 10] = char(bytes.at(bytes.size() - 10) ^ 0x5a);
        if (damage == u"archive"_s) {
            // A whole file around something pg_restore cannot read.
            const QString junk = m_files.file(u"junk.dump"_s);
            QFile j(junk);
            QVERIFY(j.open(QIODevice::WriteOnly));
            j.write("PGDMP but not really");
            j.close();
            QVERIFY(Sync::BackupFile::write(file, {{u"regie_backup"_s, 1}, {u"schema_version"_s, Sync::ServerSchema::currentVersion()}}, junk).ok());
        } else if (damage != u"missing"_s) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        // WHEN it is restored
        const auto restored = serverAdmin().restore(file);
        // THEN it is refused with a message that says why and that nothing happened
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(message), qPrintable(restored.error().message));
        QVERIFY2(restored.error().message.contains(u"Nothing was restored"_s), qPrintable(restored.error().message));
        // AND the server is as it was
        QCOMPARE(serverRows(), server);
        QCOMPARE(incarnation(), before);
        QVERIFY(!anna.syncNow().serverRestored);
    }

    void shouldSayWhyABackupCannotBeWritten()
    {
        const auto backedUp = serverAdmin().backup(m_files.file(u"no-such-folder/regie.backup"_s));
        QVERIFY(!backedUp.ok());
        QVERIFY2(backedUp.error().message.contains(u"could not be written"_s), qPrintable(backedUp.error().message));
    }
};

QTEST_GUILESS_MAIN(BackupRestoreTest)
#include "backuprestoretest.moc"
