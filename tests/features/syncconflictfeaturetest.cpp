// Feature: resolve a real conflict after working offline.
//   As a civil servant of Zwijndrecht working on a shared project
//   I want to see when somebody of Dordrecht changed what I changed
//   so that I choose which value stays, and nothing is lost silently.

#include "../views/windowfixture.h"

#include "testlib/laptop.h"

#include "sync/serveradmin.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Model;
using TestLib::Laptop;

class SyncConflictFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_server = std::make_unique<TestLib::PgServer>();
    }

    void cleanupTestCase() { m_server.reset(); }

    void shouldResolveConflictInConflictsView()
    {
        // GIVEN a server with Dordrecht (Sanne) and Zwijndrecht (Joost)
        const QString db = u"regie"_s;
        m_server->createDatabase(db);
        const Organisation dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
        const Organisation zwijndrecht = TestLib::organisation(u"Zwijndrecht"_s, u"GM0642"_s);
        {
            QSqlDatabase admin = m_server->admin(db, u"admin"_s);
            Sync::ServerAdmin a(admin);
            QVERIFY(a.initialise().ok());
            QVERIFY(a.addOrganisation(dordrecht).ok());
            QVERIFY(a.addOrganisation(zwijndrecht).ok());
            for (auto [login, org] : {std::pair{u"sanne"_s, dordrecht}, std::pair{u"joost"_s, zwijndrecht}}) {
                Person p;
                p.id = QUuid::createUuid();
                p.name = login;
                p.organisationId = org.id;
                QVERIFY(a.addUser(login, TestLib::Password, p, u"lead"_s).ok());
            }
        }
        QSqlDatabase::removeDatabase(u"admin"_s);

        // AND a project of Dordrecht with Zwijndrecht as partner, made on Sanne's laptop
        Laptop sanne(*m_server, db, u"sanne"_s);
        Project project;
        project.id = QUuid::createUuid();
        project.name = u"Schone Merwede"_s;
        project.purpose = u"Oevers"_s;
        project.urgency = u"Nu"_s;
        project.status = ProjectStatus::Active;
        QVERIFY(sanne.store.createProject(project, dordrecht.id).ok());
        Participation z;
        z.id = QUuid::createUuid();
        z.projectId = project.id;
        z.organisationId = zwijndrecht.id;
        z.joined = QDate(2026, 1, 1);
        z.brings = u"Een projectleider"_s;
        QVERIFY(sanne.store.saveParticipation(z).ok());
        sanne.syncNow();

        // AND Joost's laptop with Regie's main window, synced
        TestLib::WindowFixture joost;
        Sync::SyncSession joostSync;
        QVERIFY(joostSync.openLocal(joost.dir.file(u"regie.sqlite"_s)).ok());
        const Sync::ServerSettings s = TestLib::serverSettings(*m_server, db, u"joost"_s, TestLib::Password);
        QVERIFY(joostSync.connectServer(s).ok());
        auto syncJoost = [&] {
            const auto r = joostSync.sync();
            QVERIFY(r.ok());
            Q_EMIT joost.store.notifier()->changed(ChangeSet{r.value().tablesChanged | ChangeSet::Sync, {}});
        };
        syncJoost();
        joost.startWindow(TestLib::await(joost.store.identity()).value());

        // WHEN both change what Zwijndrecht brings, offline, and Sanne syncs first
        Participation mine = z;
        mine.brings = u"Twee projectleiders"_s;
        QVERIFY(TestLib::await(joost.store.saveParticipation(mine)).ok());
        Participation hers = z;
        hers.brings = u"Een projectleider en een jurist"_s;
        QVERIFY(sanne.store.saveParticipation(hers).ok());
        sanne.syncNow();
        syncJoost();

        // THEN Joost's status bar tells him of one conflict
        auto *counts = joost.find<QLabel>(u"syncCountsLabel"_s);
        QTRY_VERIFY(counts->text().contains(u"1 conflict"_s));
        // AND the Conflicts view shows both values
        joost.find<QAction>(u"conflictsAction"_s)->trigger();
        auto *dialog = joost.dialog(u"conflictsDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"conflictsTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"brings"_s);
        QCOMPARE(table->item(0, 2)->text(), u"Een projectleider"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Een projectleider en een jurist"_s);
        QCOMPARE(table->item(0, 4)->text(), u"Twee projectleiders"_s);
        // (REGIE_SCREENSHOT_DIR: pictures of the window and the view, to look at)
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog->grab().save(shots + u"/conflicts.png"_s);
            joost.window->grab().save(shots + u"/window-with-conflict.png"_s);
        }

        // WHEN he keeps his own value and syncs
        table->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"keepMineButton"_s), Qt::LeftButton);
        QTRY_COMPARE(table->rowCount(), 0);
        syncJoost();
        sanne.syncNow();

        // THEN Sanne has his value, and nothing is left open
        const auto parts = sanne.store.participations(project.id);
        QVERIFY(parts.ok());
        QString brings;
        for (const auto &p : parts.value()) {
            if (p.organisationId == zwijndrecht.id)
                brings = p.brings;
        }
        QCOMPARE(brings, u"Twee projectleiders"_s);
        QTRY_VERIFY(!counts->text().contains(u"conflict"_s));
        QCOMPARE(joost.messages.errors, QStringList());
    }
};

QTEST_MAIN(SyncConflictFeatureTest)
#include "syncconflictfeaturetest.moc"
