// Feature: resolve a real conflict after working offline.
//   As a civil servant of Zwijndrecht working on a shared project
//   I want to see when somebody of Dordrecht changed what I changed
//   so that I choose which value stays, and nothing is lost silently.
//
// Feature: keep the edits of a project one has left.
//   As a civil servant whose municipality left a project while I was offline
//   I want the edits I made to it kept and exportable
//   so that I can hand them to the regie instead of losing them.

#include "../views/windowfixture.h"

#include "testlib/laptop.h"

#include "sync/serveradmin.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <tuple>

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

private:
    /// Room for a passing message: the status bar's width left of its first visible permanent widget.
    static int messageRoom(QMainWindow *window)
    {
        int left = window->statusBar()->width();
        for (QWidget *w : window->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->isVisible() && w->x() > 0)
                left = std::min(left, w->x());
        }
        return left - 12; // QStatusBar's margins on either side of the message
    }

    Organisation m_dordrecht;
    Organisation m_zwijndrecht;
    QString m_sanne;
    QString m_joost;

    /// A server with Dordrecht (Sanne) and Zwijndrecht (Joost), both leads.
    /// Logins belong to the whole test cluster, so each database has its own.
    void makeServer(const QString &db)
    {
        m_sanne = u"sanne_"_s + db;
        m_joost = u"joost_"_s + db;
        m_server->createDatabase(db);
        m_dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
        m_zwijndrecht = TestLib::organisation(u"Zwijndrecht"_s, u"GM0642"_s);
        {
            QSqlDatabase admin = m_server->admin(db, u"admin"_s);
            Sync::ServerAdmin a(admin);
            QVERIFY(a.initialise().ok());
            QVERIFY(a.addOrganisation(m_dordrecht).ok());
            QVERIFY(a.addOrganisation(m_zwijndrecht).ok());
            for (auto [login, org] : {std::pair{m_sanne, m_dordrecht}, std::pair{m_joost, m_zwijndrecht}}) {
                Person p;
                p.id = QUuid::createUuid();
                p.name = login;
                p.organisationId = org.id;
                QVERIFY(a.addUser(login, TestLib::Password, p, u"lead"_s).ok());
            }
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
    }

    /// A project of Dordrecht with Zwijndrecht as partner, made on Sanne's laptop and synced.
    std::pair<Project, Participation> makeProject(Laptop &sanne)
    {
        Project project;
        project.id = QUuid::createUuid();
        project.name = u"Schone Merwede"_s;
        project.purpose = u"Oevers"_s;
        project.urgency = u"Nu"_s;
        project.status = ProjectStatus::Active;
        if (!sanne.store.projects().createProject(project, m_dordrecht.id).ok())
            qFatal("createProject failed");
        Participation z;
        z.id = QUuid::createUuid();
        z.projectId = project.id;
        z.organisationId = m_zwijndrecht.id;
        z.joined = QDate(2026, 1, 1);
        z.brings = u"Een projectleider"_s;
        if (!sanne.store.participations().saveParticipation(z).ok())
            qFatal("saveParticipation failed");
        sanne.syncNow();
        return {project, z};
    }

private Q_SLOTS:
    void shouldResolveConflictInConflictsView()
    {
        const QString db = u"regie"_s;
        makeServer(db);
        const Organisation zwijndrecht = m_zwijndrecht;
        Laptop sanne(*m_server, db, m_sanne);
        const auto [project, z] = makeProject(sanne);

        // AND Joost's laptop with Regie's main window, synced
        TestLib::WindowFixture joost;
        Sync::SyncSession joostSync;
        QVERIFY(joostSync.openLocal(joost.dir.file(u"regie.sqlite"_s)).ok());
        const Sync::ServerSettings s = TestLib::serverSettings(*m_server, db, m_joost, TestLib::Password);
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
        QVERIFY(sanne.store.participations().saveParticipation(hers).ok());
        sanne.syncNow();
        syncJoost();

        // THEN Joost's status bar has a button for the one conflict
        auto *button = joost.find<QToolButton>(u"conflictsButton"_s);
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), u"1 conflict oplossen"_s);
        // AND the sync's message beside it is shown whole
        const QString message = QCoreApplication::translate(
            "App::Application", "%n new conflict(s)", nullptr, 1);
        joost.window->statusBar()->showMessage(message);
        QCOMPARE(joost.window->statusBar()->currentMessage(), u"1 nieuw conflict"_s);
        QTRY_VERIFY2(messageRoom(joost.window.get()) >= joost.window->statusBar()->fontMetrics().horizontalAdvance(message),
                     qPrintable(u"room %1"_s.arg(messageRoom(joost.window.get()))));
        // AND the button opens the Conflicts view with both values
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = joost.dialog(u"conflictsDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"conflictsTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"Brengt"_s);
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
        const auto parts = sanne.store.participations().participations(project.id);
        QVERIFY(parts.ok());
        QString brings;
        for (const auto &p : parts.value()) {
            if (p.organisationId == zwijndrecht.id)
                brings = p.brings;
        }
        QCOMPARE(brings, u"Twee projectleiders"_s);
        QTRY_VERIFY(!button->isVisible());
        QCOMPARE(joost.messages.errors, QStringList());
    }

    void shouldTypeAnotherValueAndTellWhoseValueItReplaced()
    {
        const QString db = u"regie_anders"_s;
        makeServer(db);
        Laptop office(*m_server, db, m_sanne);
        const auto [project, z] = makeProject(office);
        // GIVEN Sanne's and Joost's windows, each on a laptop synced with the server
        TestLib::WindowFixture sanne;
        TestLib::WindowFixture joost;
        Sync::SyncSession sanneSync;
        Sync::SyncSession joostSync;
        auto syncOf = [](TestLib::WindowFixture &w, Sync::SyncSession &session) {
            const auto r = session.sync();
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            Q_EMIT w.store.notifier()->changed(ChangeSet{r.value().tablesChanged | ChangeSet::Sync, {}});
        };
        for (auto [w, session, login] : {std::tuple{&sanne, &sanneSync, m_sanne}, std::tuple{&joost, &joostSync, m_joost}}) {
            QVERIFY(session->openLocal(w->dir.file(u"regie.sqlite"_s)).ok());
            QVERIFY(session->connectServer(TestLib::serverSettings(*m_server, db, login, TestLib::Password)).ok());
            syncOf(*w, *session);
            w->startWindow(TestLib::await(w->store.identity()).value());
        }
        // WHEN both change what Zwijndrecht brings, and Sanne syncs first
        Participation hers = z;
        hers.brings = u"Een projectleider en een jurist"_s;
        QVERIFY(TestLib::await(sanne.store.saveParticipation(hers)).ok());
        Participation mine = z;
        mine.brings = u"Twee projectleiders"_s;
        QVERIFY(TestLib::await(joost.store.saveParticipation(mine)).ok());
        syncOf(sanne, sanneSync);
        syncOf(joost, joostSync);
        // AND Joost chooses to type another value
        QTest::mouseClick(joost.find<QToolButton>(u"conflictsButton"_s), Qt::LeftButton);
        auto *conflicts = joost.dialog(u"conflictsDialog"_s);
        auto *table = conflicts->findChild<QTableWidget *>(u"conflictsTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        table->selectRow(0);
        // THEN the view says who made the server's value, and when, in Dutch
        const QString when = QLocale().toString(QDate::currentDate(), u"d MMMM yyyy"_s);
        QVERIFY2(conflicts->findChild<QLabel *>(u"conflictWhoLabel"_s)->text().startsWith(
                     u"%1 (Dordrecht) wijzigde dit op de server op %2 om "_s.arg(m_sanne, when)),
                 qPrintable(conflicts->findChild<QLabel *>(u"conflictWhoLabel"_s)->text()));
        QTest::mouseClick(conflicts->findChild<QPushButton *>(u"editValueButton"_s), Qt::LeftButton);
        auto *edit = joost.dialog(u"conflictValueDialog"_s);
        QVERIFY(edit);
        // AND the edit box is named as in the partner form, holds several lines, and says who and when too
        QCOMPARE(edit->findChild<QLabel *>(u"valueLabel"_s)->text(), u"Brengt:"_s);
        QVERIFY(edit->findChild<QLabel *>(u"conflictWhoLabel"_s)->text().contains(when));
        auto *text = edit->findChild<QPlainTextEdit *>(u"valueText"_s);
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), u"Twee projectleiders"_s);
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            edit->grab().save(shots + u"/conflict-value.png"_s);
        text->selectAll();
        QTest::keyClicks(text, u"Twee projectleiders"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, u"en een jurist van Dordrecht"_s);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!edit->isVisible());
        QTRY_COMPARE(table->rowCount(), 0);
        syncOf(joost, joostSync);
        // WHEN Sanne syncs
        syncOf(sanne, sanneSync);
        // THEN her status bar tells her that her value was replaced, and by whom
        auto *counts = sanne.find<QLabel>(u"syncCountsLabel"_s);
        QTRY_VERIFY2(counts->text().contains(u"1 waarde vervangen"_s), qPrintable(counts->text()));
        QCOMPARE(sanne.window->statusBar()->currentMessage(), u"Iemand anders verving 1 waarde van je."_s);
        QVERIFY2(messageRoom(sanne.window.get())
                     >= sanne.window->statusBar()->fontMetrics().horizontalAdvance(sanne.window->statusBar()->currentMessage()),
                 qPrintable(u"room %1"_s.arg(messageRoom(sanne.window.get()))));
        Q_EMIT counts->linkActivated(u"replaced"_s);
        auto *replaced = sanne.dialog(u"conflictsDialog"_s);
        auto *list = replaced->findChild<QTableWidget *>(u"replacedTable"_s);
        QTRY_COMPARE(list->rowCount(), 1);
        QVERIFY(list->isVisible());
        QCOMPARE(list->item(0, 1)->text(), u"Brengt"_s);
        QCOMPARE(list->item(0, 2)->text(), u"Een projectleider en een jurist"_s);
        QCOMPARE(list->item(0, 3)->text(), u"Twee projectleiders\nen een jurist van Dordrecht"_s);
        QCOMPARE(list->item(0, 4)->text(), u"%1 (Zwijndrecht)"_s.arg(m_joost));
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            replaced->grab().save(shots + u"/replaced.png"_s);
            sanne.window->grab().save(shots + u"/window-with-replaced.png"_s);
        }
        // WHEN she marks it seen, THEN the list and the notice are gone
        QTest::mouseClick(replaced->findChild<QPushButton *>(u"markSeenButton"_s), Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 0);
        QTRY_VERIFY(!counts->text().contains(u"vervangen"_s));
        QCOMPARE(sanne.messages.errors, QStringList());
        QCOMPARE(joost.messages.errors, QStringList());
    }

    void shouldExportEditsOfALostProject()
    {
        const QString db = u"regie_verlaten"_s;
        makeServer(db);
        Laptop sanne(*m_server, db, m_sanne);
        const auto [project, z] = makeProject(sanne);
        TestLib::WindowFixture joost;
        Sync::SyncSession joostSync;
        QVERIFY(joostSync.openLocal(joost.dir.file(u"regie.sqlite"_s)).ok());
        QVERIFY(joostSync.connectServer(TestLib::serverSettings(*m_server, db, m_joost, TestLib::Password)).ok());
        auto syncJoost = [&] {
            const auto r = joostSync.sync();
            QVERIFY(r.ok());
            Q_EMIT joost.store.notifier()->changed(ChangeSet{r.value().tablesChanged | ChangeSet::Sync, {}});
        };
        syncJoost();
        joost.startWindow(TestLib::await(joost.store.identity()).value());

        // GIVEN Joost edits what Zwijndrecht brings, offline
        Participation mine = z;
        mine.brings = u"Twee projectleiders"_s;
        QVERIFY(TestLib::await(joost.store.saveParticipation(mine)).ok());
        // WHEN meanwhile Sanne records that Zwijndrecht left, and then Joost syncs
        Participation left = z;
        left.left = QDate(2026, 6, 1);
        QVERIFY(sanne.store.participations().saveParticipation(left).ok());
        sanne.syncNow();
        syncJoost();

        // THEN the project is gone from his laptop, and the status bar says an edit was kept aside
        auto *counts = joost.find<QLabel>(u"syncCountsLabel"_s);
        QTRY_VERIFY(counts->text().contains(u"1 apart gezet"_s));
        QVERIFY(!TestLib::await(joost.store.project(project.id)).ok());
        // AND following the link shows it
        Q_EMIT counts->linkActivated(u"quarantine"_s);
        auto *dialog = joost.dialog(u"conflictsDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"quarantineTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QVERIFY(table->isVisible());
        QCOMPARE(table->item(0, 0)->text(), u"Partner: Twee projectleiders"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Je organisatie neemt niet meer deel aan dit project."_s);
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + u"/kept-aside.png"_s);

        // WHEN he exports it to a file
        QSignalSpy exported(dialog, SIGNAL(exported(int)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportQuarantineButton"_s), Qt::LeftButton);
        auto *files = dialog->findChild<QFileDialog *>(u"quarantineFileDialog"_s);
        QVERIFY(files);
        const QString path = joost.dir.file(u"voor-sanne.json"_s);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // (QFileDialog hides accept())
        QVERIFY(exported.wait(TestLib::AnswerTimeoutMs));
        // THEN the file holds his edit
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray changes = QJsonDocument::fromJson(file.readAll()).object().value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value(u"project_id"_s).toString(), project.id.toString(QUuid::WithoutBraces));
        QCOMPARE(change.value(u"fields"_s).toObject().value(u"brings"_s).toString(), u"Twee projectleiders"_s);

        // WHEN he removes it, confirming
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeQuarantineButton"_s), Qt::LeftButton);
        // THEN he was told where the export went, and nothing is kept aside any more
        QCOMPARE(joost.messages.questions.size(), 1);
        QVERIFY(joost.messages.questions.first().contains(u"voor-sanne.json"_s));
        QTRY_COMPARE(table->rowCount(), 0);
        QTRY_VERIFY(!counts->text().contains(u"apart gezet"_s));
        QCOMPARE(joost.messages.errors, QStringList());
    }

    void shouldTellWhenTheExportCannotBeWritten()
    {
        // GIVEN a laptop with one kept-aside edit
        TestLib::WindowFixture laptop;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"direct"_s);
            db.setDatabaseName(laptop.dir.file(u"regie.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO sync_quarantine (change_id, project_id, tbl, row_id, op, fields, base, created_at) VALUES ('c1', 'p1', 'project', 'r1', 'update', "
                           "'{\"name\": \"Weg\"}', '{\"name\": \"Oud\"}', '2026-11-25T10:00:00.000Z')"_s));
        }
        QSqlDatabase::removeDatabase(u"direct"_s);
        laptop.startWindow(TestLib::await(laptop.store.identity()).value());
        laptop.find<QAction>(u"conflictsAction"_s)->trigger();
        auto *dialog = laptop.dialog(u"conflictsDialog"_s);
        auto *table = dialog->findChild<QTableWidget *>(u"quarantineTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        // WHEN he exports to a folder that does not exist
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportQuarantineButton"_s), Qt::LeftButton);
        auto *files = dialog->findChild<QFileDialog *>(u"quarantineFileDialog"_s);
        QVERIFY(files);
        Q_EMIT files->fileSelected(laptop.dir.file(u"weg/bestaat/niet.json"_s));
        // THEN he is told, and the edit is still kept
        QTRY_COMPARE(laptop.messages.errors.size(), 1);
        QVERIFY(laptop.messages.errors.first().contains(u"niet.json"_s));
        // AND removing it unexported asks with a warning that it will be lost; saying no keeps it
        laptop.messages.answer = false;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeQuarantineButton"_s), Qt::LeftButton);
        QVERIFY(laptop.messages.questions.last().contains(u"verloren"_s));
        QTest::qWait(50);
        QCOMPARE(table->rowCount(), 1);
    }
};

QTEST_MAIN(SyncConflictFeatureTest)
#include "syncconflictfeaturetest.moc"
