#include "../views/windowfixture.h"

#include "model/knowledgeexpertlistmodel.h"
#include "model/knowledgesearchmodel.h"
#include "views/knowledgeactions.h"
#include "views/knowledgereader.h"
#include "views/knowledgewindow.h"
#include "views/reuseoverviewdialog.h"
#include "views/whoknowsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
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

    Views::KnowledgeWindow *openKnowledgeBase()
    {
        m_f->find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        if (kb && !QTest::qWaitForWindowExposed(kb))
            return nullptr;
        return kb;
    }

    int timesOpened()
    {
        const auto counts = TestLib::await(m_f->store.consultationCounts());
        return counts.ok() ? counts.value().value(m_practice.id) : -1;
    }

    void shouldCountAnItemReadOnTenDaysAsMuchConsultedNeverReused()
    {
        // GIVEN the knowledge base
        Views::KnowledgeWindow *kb = openKnowledgeBase();
        QVERIFY(kb);

        // WHEN Joost reads Dordrecht's practice on ten days, twice on each
        const QDate first(2026, 11, 16);
        for (int day = 0; day < 10; ++day) {
            m_f->today = first.addDays(day);
            for (int time = 0; time < 2; ++time) {
                kb->showItem(m_practice.id);
                QTRY_COMPARE(kb->currentItem().id, m_practice.id);
            }
            // THEN each day counts once
            QTRY_COMPARE(timesOpened(), day + 1);
        }

        // AND the reuse overview lists it as much consulted but never reused
        kb->showOverview();
        auto *overview = m_f->dialog<Views::ReuseOverviewDialog>(u"reuseOverviewDialog"_s);
        QVERIFY(overview);
        auto *consulted = overview->findChild<QTreeWidget *>(u"consultedList"_s);
        QTRY_COMPARE(consulted->topLevelItemCount(), 1);
        QCOMPARE(consulted->topLevelItem(0)->text(0), m_practice.title);
        QCOMPARE(consulted->topLevelItem(0)->text(1), QLocale().toString(10));
        overview->close();

        // AND once Zwijndrecht takes it up, it is no longer "never reused"
        Model::Reuse r;
        r.itemId = m_practice.id;
        r.organisationId = m_zwijndrecht.id;
        r.status = Model::ReuseStatus::Adopted;
        r.date = first.addDays(10);
        m_f->editor.saveReuse(r);
        QVERIFY(m_f->idle());
        kb->showOverview();
        overview = m_f->dialog<Views::ReuseOverviewDialog>(u"reuseOverviewDialog"_s);
        QVERIFY(overview);
        consulted = overview->findChild<QTreeWidget *>(u"consultedList"_s);
        auto *most = overview->findChild<QTreeWidget *>(u"mostReusedList"_s);
        QTRY_COMPARE(most->topLevelItemCount(), 1);
        QCOMPARE(consulted->topLevelItemCount(), 0);
    }

    void shouldOfferToBeAskedAboutATopicAndTakeItBackWithUndo()
    {
        // GIVEN Joost reads Dordrecht's practice on "Warmtetransitie"
        Views::KnowledgeWindow *kb = openKnowledgeBase();
        QVERIFY(kb);
        kb->showItem(m_practice.id);
        QTRY_COMPARE(kb->currentItem().id, m_practice.id);
        auto *reader = kb->findChild<Views::KnowledgeReader *>(u"reader"_s);
        QTRY_VERIFY2(reader->toHtml().contains(u"regie-topic:Warmtetransitie"_s), qPrintable(reader->toPlainText()));

        // WHEN he follows the topic's link to who knows about it
        Q_EMIT reader->anchorClicked(QUrl(u"regie-topic:Warmtetransitie"_s));
        auto *who = m_f->dialog<Views::WhoKnowsDialog>(u"whoKnowsDialog"_s);
        QVERIFY(who);
        QCOMPARE(who->topic(), u"Warmtetransitie"_s);
        auto *list = who->findChild<QTreeView *>(u"expertList"_s);
        auto *offer = who->findChild<QPushButton *>(u"offerButton"_s);
        QTRY_VERIFY(who->experts()->topics().contains(u"Warmtetransitie"_s));

        // THEN nobody is known to ask yet, and he may offer himself
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(offer->isEnabled());
        QCOMPARE(offer->text(), u"Ik wil hierover gevraagd worden"_s);

        // WHEN he offers himself, saying how to reach him
        who->findChild<QLineEdit *>(u"offerNote"_s)->setText(u"Mail me, ik zit op dinsdag op het stadskantoor"_s);
        offer->click();
        QVERIFY(m_f->idle());

        // THEN he is listed as willing to be asked, by name and organisation
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const auto cell = [list](int column) { return list->model()->index(0, column).data().toString(); };
        QCOMPARE(cell(Model::KnowledgeExpertListModel::PersonColumn), u"Joost Bakker"_s);
        QCOMPARE(cell(Model::KnowledgeExpertListModel::OrganisationColumn), u"Zwijndrecht"_s);
        QVERIFY(cell(Model::KnowledgeExpertListModel::AskColumn).contains(u"dinsdag"_s));
        QTRY_COMPARE(offer->text(), u"Ik wil hierover niet meer gevraagd worden"_s);
        shoot(who, u"who-knows"_s);
        auto offers = TestLib::await(m_f->store.expertOffers());
        QVERIFY(offers.ok());
        QCOMPARE(offers.value().size(), 1);
        QCOMPARE(offers.value().first().topics, QStringList{u"Warmtetransitie"_s});

        // WHEN he undoes it, the offer is withdrawn again
        m_f->stack.undo();
        QVERIFY(m_f->idle());
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_COMPARE(offer->text(), u"Ik wil hierover gevraagd worden"_s);
        offers = TestLib::await(m_f->store.expertOffers());
        QVERIFY(offers.ok());
        QVERIFY(offers.value().isEmpty());
    }
};

QTEST_MAIN(KnowledgeFeatureTest)
#include "knowledgefeaturetest.moc"
