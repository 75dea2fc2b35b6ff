// Feature: find on the server what the laptop does not hold yet.
//   As a civil servant of Zwijndrecht searching the knowledge base
//   I want the server's hits after my laptop's, marked as such
//   so that I find Dordrecht's newest practice before my next sync,
//   and still see my laptop's hits when the server cannot be reached.

#include "../views/windowfixture.h"

#include "testlib/laptop.h"

#include "model/knowledgesearchmodel.h"
#include "sync/serveradmin.h"
#include "sync/serverknowledgesearchservice.h"
#include "views/knowledgeactions.h"
#include "views/knowledgewindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPromise>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;
using TestLib::Laptop;

namespace {

/// A server search whose answers the test gives, in the order it chooses.
class HeldServerSearch : public KnowledgeServerSearch
{
public:
    bool isAvailable() const override { return true; }
    QFuture<Result<QList<KnowledgeHit>>> searchServer(const QString &text, int) override
    {
        auto &p = promises.emplaceBack(std::make_shared<QPromise<Result<QList<KnowledgeHit>>>>());
        p->start();
        texts << text;
        return p->future();
    }
    void answer(int i, const QList<KnowledgeHit> &hits)
    {
        promises.at(i)->addResult(hits);
        promises.at(i)->finish();
    }

    QStringList texts;
    QList<std::shared_ptr<QPromise<Result<QList<KnowledgeHit>>>>> promises;
};

} // namespace

class KnowledgeServerFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    Organisation m_dordrecht = TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s);
    Organisation m_zwijndrecht = TestLib::organisation(u"Zwijndrecht"_s, u"GM0642"_s);
    const QString m_db = u"regie"_s;
    const QString m_sanne = u"sanne"_s;
    const QString m_joost = u"joost"_s;

    static KnowledgeItem practice(const Organisation &org, const QString &title)
    {
        KnowledgeItem k;
        k.id = QUuid::createUuid();
        k.kind = KnowledgeKind::Practice;
        k.title = title;
        k.summary = u"Hoe wij de kadeschouw met bewoners organiseren."_s;
        k.organisationId = org.id;
        k.status = KnowledgeStatus::Published;
        return k;
    }

    /// Syncs Joost's laptop as his own Regie would.
    void sync(TestLib::WindowFixture &joost)
    {
        Sync::SyncSession session;
        if (!session.openLocal(joost.dir.file(u"regie.sqlite"_s)).ok()
            || !session.connectServer(TestLib::serverSettings(*m_server, m_db, m_joost)).ok() || !session.sync().ok())
            qFatal("Joost's laptop cannot sync");
    }

    /// Joost's laptop with his own practice, synced, the knowledge base open.
    Views::KnowledgeWindow *openKnowledgeBase(TestLib::WindowFixture &joost, const KnowledgeItem &own)
    {
        sync(joost);
        if (!TestLib::await(joost.store.saveKnowledgeItem(own)).ok())
            qFatal("Joost's practice was not saved");
        sync(joost);
        joost.startWindow(TestLib::await(joost.store.identity()).value());
        joost.find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = joost.window->knowledge()->window();
        if (!kb || !QTest::qWaitForWindowExposed(kb))
            qFatal("the knowledge base did not open");
        return kb;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
        m_server = std::make_unique<TestLib::PgServer>();
        m_server->createDatabase(m_db);
        QSqlDatabase admin = m_server->admin(m_db, u"admin"_s);
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

    void cleanupTestCase()
    {
        QSqlDatabase::database(u"admin"_s).close();
        QSqlDatabase::removeDatabase(u"admin"_s);
        m_server.reset();
    }

    void shouldAddTheServersHitsAfterTheLaptopsMarked()
    {
        // GIVEN Joost's own practice on his laptop, which his sync also sent
        Sync::ServerKnowledgeSearchService server;
        TestLib::WindowFixture joost;
        joost.knowledgeServer = &server;
        const KnowledgeItem own = practice(m_zwijndrecht, u"Onze kadeschouw"_s);
        Views::KnowledgeWindow *kb = openKnowledgeBase(joost, own);
        // AND Sanne's practice of Dordrecht, written after Joost's last sync
        Laptop sanne(*m_server, m_db, m_sanne);
        const KnowledgeItem hers = practice(m_dordrecht, u"Kadeschouw met bewoners"_s);
        QVERIFY(sanne.store.knowledge().saveKnowledgeItem(hers).ok());
        QCOMPARE(sanne.syncNow().rejected, 0);
        // AND Joost signed in to the server
        server.setServer(TestLib::serverSettings(*m_server, m_db, m_joost));

        // WHEN he searches
        kb->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"kadeschouw"_s);
        // THEN his own practice comes first, Sanne's after it, marked "op de server"
        auto *list = kb->findChild<QListView *>(u"resultList"_s);
        QAbstractItemModel *rows = list->model();
        QTRY_COMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->index(0, 0).data(KnowledgeSearchModel::IdRole).toUuid(), own.id);
        QCOMPARE(rows->index(0, 0).data(KnowledgeSearchModel::WhereRole).toString(), QString());
        QCOMPARE(rows->index(1, 0).data(KnowledgeSearchModel::IdRole).toUuid(), hers.id);
        QCOMPARE(rows->index(1, 0).data(KnowledgeSearchModel::WhereRole).toString(), u"op de server"_s);
        QVERIFY(rows->index(1, 0).data(KnowledgeSearchModel::SnippetRole).toString().contains(u"<b>"_s));
        // AND the status says how many came from where
        auto *status = kb->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_COMPARE(status->text(), u"Gevonden: 1, en nog 1 op de server"_s);

        // WHEN he opens Sanne's practice
        list->setCurrentIndex(rows->index(1, 0));
        // THEN the reader says it is not on his laptop yet
        QTRY_VERIFY(kb->currentItem().id.isNull());

        // WHEN the server cannot be reached any more
        Sync::ServerSettings gone = TestLib::serverSettings(*m_server, m_db, m_joost);
        gone.port = 1;
        server.setServer(gone);
        kb->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"kadeschouwen"_s);
        // THEN his laptop's hit stays, with a short note
        QTRY_VERIFY2(status->text().endsWith(u"Op de server zoeken lukte niet."_s), qPrintable(status->text()));
        QCOMPARE(status->text(), u"Gevonden: 1 Op de server zoeken lukte niet."_s);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, 0).data(KnowledgeSearchModel::IdRole).toUuid(), own.id);
        QVERIFY(!status->toolTip().isEmpty());
    }

    void shouldDropTheServersAnswerToAnOlderSearch()
    {
        // GIVEN the knowledge base with a server search that answers when told
        HeldServerSearch held;
        TestLib::WindowFixture joost;
        joost.knowledgeServer = &held;
        Views::KnowledgeWindow *kb = openKnowledgeBase(joost, practice(m_zwijndrecht, u"Onze kadeschouw"_s));
        auto *search = kb->findChild<QLineEdit *>(u"searchEdit"_s);
        QAbstractItemModel *rows = kb->findChild<QListView *>(u"resultList"_s)->model();
        // WHEN he searches twice, and the server answers the second search first
        search->setText(u"kadeschouw"_s);
        QTRY_COMPARE(held.texts.size(), 1);
        search->setText(u"kadeschouw bewoners"_s);
        QTRY_COMPARE(held.texts.size(), 2);
        const QUuid newer = QUuid::createUuid(), older = QUuid::createUuid();
        held.answer(1, {{newer, u"Nieuwer"_s, KnowledgeKind::Practice, m_dordrecht.id, u"nieuw"_s, 1, true}});
        held.answer(0, {{older, u"Ouder"_s, KnowledgeKind::Practice, m_dordrecht.id, u"oud"_s, 1, true}});
        // THEN only the newer search's server hit is listed
        QTRY_VERIFY(kb->results()->rowOf(newer) >= 0);
        QTest::qWait(50);
        QCOMPARE(kb->results()->rowOf(older), -1);
        QCOMPARE(rows->index(rows->rowCount() - 1, 0).data(KnowledgeSearchModel::OnServerRole).toBool(), true);
    }
};

QTEST_MAIN(KnowledgeServerFeatureTest)
#include "knowledgeserverfeaturetest.moc"
