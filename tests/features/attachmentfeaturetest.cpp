#include "../views/windowfixture.h"

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
        QTRY_VERIFY2(list->count() == 1 && list->item(0)->text().contains(u"no text"_s), qPrintable(list->item(0)->text()));

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
