#include "../views/windowfixture.h"

#include "model/knowledgesearchmodel.h"
#include "views/knowledgeactions.h"
#include "views/knowledgereader.h"
#include "views/knowledgewindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

/// Joost of Zwijndrecht finds Dordrecht's practice in Dutch, records that
/// his municipality adapted it, and shares a lesson of his own.
class KnowledgeFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;
    Model::Organisation m_dordrecht, m_zwijndrecht;
    Model::KnowledgeItem m_practice;

    void shoot(QWidget *widget, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            widget->grab().save(shots + u"/"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        m_f = std::make_unique<TestLib::WindowFixture>();
        m_dordrecht = m_f->addOrganisation(u"Dordrecht"_s, u"GM0505"_s);
        m_zwijndrecht = m_f->addOrganisation(u"Zwijndrecht"_s, u"GM0642"_s);
        Model::KnowledgeItem p;
        p.id = QUuid::createUuid();
        p.kind = Model::KnowledgeKind::Practice;
        p.title = u"Warmtenet in de wijk"_s;
        p.summary = u"Door de samenwerking met de woningcorporatie sloot Dordrecht 1.200 woningen aan."_s;
        p.body = u"## Aanpak\n\nBegin bij de corporatie. <script>alert(1)</script>"_s;
        p.organisationId = m_dordrecht.id;
        p.status = Model::KnowledgeStatus::Published;
        p.topics = {u"Warmtetransitie"_s};
        const auto saved = TestLib::await(m_f->store.saveKnowledgeItem(p));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        m_practice = saved.value();
        const Model::Identity joost = m_f->becomeSomeoneAt(m_zwijndrecht, u"Joost Bakker"_s);
        m_f->startWindow(joost);
        m_f->window->resize(1200, 800);
    }

    void cleanup() { m_f.reset(); }

    void shouldFindReadAndRecordReuseOfAnotherMunicipalitysPractice()
    {
        // GIVEN the knowledge base opened from the main window
        auto *open = m_f->find<QAction>(u"openKnowledgeAction"_s);
        QVERIFY(open);
        open->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        QVERIFY(kb);
        QVERIFY(QTest::qWaitForWindowExposed(kb));

        // WHEN Joost searches for an inflected form
        auto *search = kb->findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(u"samenwerken"_s);

        // THEN Dordrecht's practice is found, its matched word marked
        auto *list = kb->findChild<QListView *>(u"resultList"_s);
        const auto snippet = [list] {
            return list->model()->index(0, 0).data(Model::KnowledgeSearchModel::SnippetRole).toString();
        };
        // (Before the search answers, the list shows the recent items, unmarked.)
        QTRY_VERIFY2(snippet().contains(u"<b>samenwerking</b>"_s), qPrintable(snippet()));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), m_practice.title);

        // AND reading it shows its text without running the markup, and he
        // may not change another municipality's item, but may record reuse
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_COMPARE(kb->currentItem().id, m_practice.id);
        auto *reader = kb->findChild<Views::KnowledgeReader *>(u"reader"_s);
        QVERIFY(reader->toPlainText().contains(u"Begin bij de corporatie."_s));
        QVERIFY(!reader->toHtml().contains(u"<script>"_s));
        auto *edit = kb->findChild<QPushButton *>(u"editButton"_s);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!edit->toolTip().isEmpty());
        auto *reuse = kb->findChild<QPushButton *>(u"reuseButton"_s);
        QVERIFY(reuse->isEnabled());

        // WHEN he records that Zwijndrecht adapted it, saying what changed
        reuse->click();
        auto *dialog = m_f->dialog(u"reuseDialog"_s);
        QVERIFY(dialog);
        auto *status = dialog->findChild<QComboBox *>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(Model::ReuseStatus::Adapted)));
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled()); // an adaptation says what was adapted
        dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s)->setPlainText(u"Met een warmtecoach per straat."_s);
        QVERIFY(ok->isEnabled());
        ok->click();

        // THEN the item shows Zwijndrecht among those who took it up
        auto *reuses = kb->findChild<QTreeWidget *>(u"reuseList"_s);
        QTRY_COMPARE(reuses->topLevelItemCount(), 1);
        QCOMPARE(reuses->topLevelItem(0)->text(0), u"Zwijndrecht"_s);
        shoot(kb, u"knowledge-window"_s);
    }

    void shouldShareALessonAndTakeItBackWithUndo()
    {
        m_f->find<QAction>(u"newKnowledgeAction"_s)->trigger();
        auto *dialog = m_f->dialog(u"knowledgeItemDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Jongeren bereik je op school"_s);
        dialog->findChild<QPlainTextEdit *>(u"summaryEdit"_s)->setPlainText(u"Een enquête via de mbo-school werkte."_s);
        dialog->findChild<QLineEdit *>(u"topicsEdit"_s)->setText(u"Participatie, participatie; Wonen"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(m_f->idle());

        Model::KnowledgeFilter mine;
        mine.organisationId = m_zwijndrecht.id;
        auto listed = TestLib::await(m_f->store.knowledgeItems(mine));
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().topics, (QStringList{u"Participatie"_s, u"Wonen"_s}));

        // WHEN he undoes it, it is gone from the list
        m_f->stack.undo();
        QVERIFY(m_f->idle());
        listed = TestLib::await(m_f->store.knowledgeItems(mine));
        QVERIFY(listed.ok());
        QVERIFY(listed.value().isEmpty());
    }
};

QTEST_MAIN(KnowledgeFeatureTest)
#include "knowledgefeaturetest.moc"
