#include "../views/windowfixture.h"

#include "model/attachmentfetcher.h"
#include "store/blobstore.h"
#include "views/attachmentpanel.h"
#include "views/knowledgeactions.h"
#include "views/knowledgewindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

/// Catches what the desktop would open.
class Opener : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

/// Fetches by storing a file it was given, as the server would hand it over.
class FakeFetcher : public Model::AttachmentFetcher
{
public:
    QString root;
    QString source;
    QStringList asked;
    void fetchAttachment(const QString &sha256, qint64 byteSize) override
    {
        asked << sha256;
        Q_EMIT fetchProgress(sha256, byteSize / 2, byteSize);
        const auto stored = Store::BlobStore(root).store(source);
        Q_EMIT fetchFinished(sha256, stored.ok() && stored.value().sha256 == sha256 ? QString() : u"kapot"_s);
    }
    void cancelFetch() override { }
};

/// Ans of Dordrecht drops the report of her practice on the knowledge
/// window, opens it from the list, takes it off with undo and back with redo.
class AttachmentFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;
    Model::KnowledgeItem m_practice;
    Opener m_opener;

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QDesktopServices::setUrlHandler(u"file"_s, &m_opener, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void init()
    {
        m_f = std::make_unique<TestLib::WindowFixture>();
        const Model::Organisation dordrecht = m_f->addOrganisation(u"Dordrecht"_s, u"GM0505"_s);
        const Model::Identity ans = m_f->becomeSomeoneAt(dordrecht, u"Ans de Vries"_s);
        Model::KnowledgeItem p;
        p.id = QUuid::createUuid();
        p.kind = Model::KnowledgeKind::Practice;
        p.title = u"Warmtenet in de wijk"_s;
        p.summary = u"Met de woningcorporatie aangelegd."_s;
        p.organisationId = dordrecht.id;
        p.status = Model::KnowledgeStatus::Published;
        const auto saved = TestLib::await(m_f->store.saveKnowledgeItem(p));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        m_practice = saved.value();
        m_f->startWindow(ans);
        m_opener.opened.clear();
    }

    void cleanup() { m_f.reset(); }

    void shouldAttachADroppedFileOpenItAndUndoIt()
    {
        // GIVEN her practice open in the knowledge base, and its report on her disk
        m_f->find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        QVERIFY(QTest::qWaitForWindowExposed(kb));
        kb->showItem(m_practice.id);
        QTRY_COMPARE(kb->currentItem().id, m_practice.id);
        auto *list = kb->findChild<QListWidget *>(u"attachmentList"_s);
        auto *attach = kb->findChild<QPushButton *>(u"attachButton"_s);
        QTRY_VERIFY(attach->isEnabled());
        const QByteArray report = QByteArray("Verslag van de aanleg in Sterrenburg.\n").repeated(100);
        const QString path = m_f->dir.file(u"verslag warmtenet.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report);
        file.close();

        // WHEN she drops it on the window
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(kb, &enter);
        QVERIFY(enter.isAccepted());
        QApplication::sendEvent(kb, &drop);

        // THEN it is listed on the item with its size, and the bar is gone
        QTRY_VERIFY2(list->count() == 1, qPrintable(m_f->messages.errors.join(u"; "_s)));
        QVERIFY2(list->item(0)->text().startsWith(u"verslag warmtenet.txt ("_s), qPrintable(list->item(0)->text()));
        QVERIFY(!kb->findChild<QProgressBar *>(u"attachmentProgress"_s)->isVisible());

        // WHEN she opens it
        list->setCurrentRow(0);
        kb->findChild<QPushButton *>(u"openAttachmentButton"_s)->click();

        // THEN the desktop is handed a checked copy under its own name
        QTRY_COMPARE(m_opener.opened.size(), 1);
        const QString copy = m_opener.opened.first().toLocalFile();
        QVERIFY(copy.endsWith(u"/verslag warmtenet.txt"_s));
        QFile opened(copy);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), report);

        // WHEN its words turn out unreadable, THEN the list says it has no text
        const auto attachments = TestLib::await(m_f->store.attachments(m_practice.id)).value();
        QVERIFY(TestLib::await(m_f->store.saveAttachmentText({attachments.first().sha256, false, {}})).ok());
        QTRY_VERIFY2(list->count() == 1 && list->item(0)->text().contains(u"geen tekst"_s), qPrintable(list->item(0)->text()));

        // WHEN she undoes the attaching, THEN it leaves the item; redo brings it back
        QUndoStack *undo = m_f->editor.undoStack();
        while (undo->canUndo() && undo->undoText().contains(u"verslag"_s) == false)
            undo->undo();
        QVERIFY(undo->undoText().contains(u"verslag warmtenet.txt"_s));
        undo->undo();
        QTRY_COMPARE(list->count(), 0);
        undo->redo();
        QTRY_COMPARE(list->count(), 1);
    }

    void shouldFetchAFileThisLaptopLacksBeforeOpeningIt()
    {
        // GIVEN an attachment whose content is not on this laptop (as the sync brings them)
        FakeFetcher fetcher;
        fetcher.root = Store::BlobStore::rootFor(m_f->dir.file(u"regie.sqlite"_s));
        fetcher.source = m_f->dir.file(u"plan.txt"_s);
        QFile file(fetcher.source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Plan van aanpak warmtenet");
        file.close();
        const auto blob = TestLib::await(m_f->store.storeFile(fetcher.source));
        QVERIFY(blob.ok());
        Model::KnowledgeAttachment a;
        a.id = QUuid::createUuid();
        a.itemId = m_practice.id;
        a.sha256 = blob.value().sha256;
        a.fileName = u"plan.txt"_s;
        a.byteSize = blob.value().byteSize;
        QVERIFY(TestLib::await(m_f->store.saveAttachment(a)).ok());
        QVERIFY(QFile::remove(Store::BlobStore(fetcher.root).pathOf(a.sha256)));
        m_f->window.reset();
        m_f->fetcher = &fetcher;
        m_f->startWindow(TestLib::await(m_f->store.identity()).value());
        m_f->find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        kb->showItem(m_practice.id);
        auto *list = kb->findChild<QListWidget *>(u"attachmentList"_s);
        QTRY_COMPARE(list->count(), 1);

        // WHEN she opens it
        list->setCurrentRow(0);
        kb->findChild<QPushButton *>(u"openAttachmentButton"_s)->click();

        // THEN it is fetched, kept here, and opened
        QTRY_COMPARE(m_opener.opened.size(), 1);
        QCOMPARE(fetcher.asked, QStringList{a.sha256});
        QVERIFY(Store::BlobStore(fetcher.root).contains(a.sha256, a.byteSize));
        // AND opening it again needs no fetch
        kb->findChild<QPushButton *>(u"openAttachmentButton"_s)->click();
        QTRY_COMPARE(m_opener.opened.size(), 2);
        QCOMPARE(fetcher.asked.size(), 1);

        // WHEN the content is gone again and she asks to keep it offline
        QVERIFY(QFile::remove(Store::BlobStore(fetcher.root).pathOf(a.sha256)));
        auto *keep = kb->findChild<QPushButton *>(u"keepOfflineButton"_s);
        QTRY_VERIFY(keep->isEnabled());
        keep->click();

        // THEN it is fetched and kept, and not opened
        QTRY_VERIFY(Store::BlobStore(fetcher.root).contains(a.sha256, a.byteSize));
        QCOMPARE(fetcher.asked.size(), 2);
        QTest::qWait(100);
        QCOMPARE(m_opener.opened.size(), 2);
        m_f->window.reset();
    }

    void shouldRefuseAFileThatIsGoneInWordsAndAttachNothing()
    {
        // GIVEN her practice open
        m_f->find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        kb->showItem(m_practice.id);
        QTRY_COMPARE(kb->currentItem().id, m_practice.id);
        QTRY_VERIFY(kb->findChild<QPushButton *>(u"attachButton"_s)->isEnabled());

        // WHEN a file that no longer exists is attached
        kb->attachmentPanel()->attachFiles({m_f->dir.file(u"weg.pdf"_s)});

        // THEN she is told why, and nothing is attached
        QTRY_COMPARE(m_f->messages.errors.size(), 1);
        QVERIFY(m_f->messages.errors.first().contains(u"weg.pdf"_s));
        QCOMPARE(TestLib::await(m_f->store.attachments(m_practice.id)).value().size(), 0);
    }
};

QTEST_MAIN(AttachmentFeatureTest)
#include "attachmentfeaturetest.moc"
