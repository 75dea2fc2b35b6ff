// Feature: lessons flow into the knowledge base.
//   As a project lead
//   I want to share what a closing evaluation taught us, lesson by lesson
//   so that other municipalities find it, and nothing is shared I did not read first.

#include "planfeaturefixture.h"

#include "model/knowledgetext.h"
#include "model/text.h"
#include "model/projectknowledgemodel.h"
#include "views/evaluationstab.h"
#include "views/knowledgeactions.h"
#include "views/knowledgereader.h"
#include "views/knowledgewindow.h"
#include "views/projectknowledgetab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Model;
using namespace Qt::StringLiterals;

class LessonsFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

    Views::EvaluationsTab *m_tab = nullptr;
    QTreeView *m_list = nullptr;

    QList<KnowledgeItem> projectKnowledge()
    {
        KnowledgeFilter f;
        f.projectId = m_project.id;
        const auto r = TestLib::await(m_f->store.knowledgeItems(f));
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return r.ok() ? r.value() : QList<KnowledgeItem>();
    }

    /// Plans one evaluation of @p kind and opens the hold dialog on it.
    QDialog *holdOne(EvaluationKind kind, const QString &lessons)
    {
        Evaluation e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.kind = kind;
        e.plannedOn = QDate(2027, 3, 1);
        if (!TestLib::await(m_f->store.savePlannedEvaluation(e)).ok())
            return nullptr;
        showTab(m_tab);
        if (!QTest::qWaitFor([&] { return rows(m_list) == 1; }, 5000))
            return nullptr;
        choose(m_list, 0);
        QTest::mouseClick(m_tab->findChild<QPushButton *>(u"holdEvaluationButton"_s), Qt::LeftButton);
        QDialog *hold = m_f->dialog(u"holdEvaluationDialog"_s);
        if (hold)
            hold->findChild<QPlainTextEdit *>(u"lessonsEdit"_s)->setPlainText(lessons);
        return hold;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init()
    {
        setUpProject();
        m_tab = m_f->window->projectPage()->evaluationsTab();
        m_list = m_tab->findChild<QTreeView *>(u"evaluationList"_s);
    }

    void cleanup() { m_f.reset(); }

    void shouldPublishTheLessonsOfAClosingEvaluationAsOneUndoableStep()
    {
        // GIVEN a closing evaluation held with two lessons
        QDialog *hold = holdOne(EvaluationKind::Closing,
                                u"- Begin bij de woningcorporatie. Zij kennen de huurders.\n"
                                u"- Een warmtecoach per straat\n  houdt bewoners aan boord.\n"_s);
        QVERIFY(hold);
        auto *share = hold->findChild<QCheckBox *>(u"shareLessonsCheck"_s);
        QVERIFY(share->isVisible());
        QVERIFY(share->isChecked()); // a closing evaluation offers it
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // THEN the lessons are offered one by one, titled by their first sentence
        QDialog *publish = m_f->dialog(u"publishLessonsDialog"_s);
        QVERIFY(publish);
        auto *lessons = publish->findChild<QListWidget *>(u"lessonList"_s);
        QCOMPARE(lessons->count(), 2);
        QCOMPARE(lessons->item(0)->text(), u"Begin bij de woningcorporatie"_s);
        QCOMPARE(lessons->item(1)->text(), u"Een warmtecoach per straat houdt bewoners aan boord"_s);
        auto *title = publish->findChild<QLineEdit *>(u"titleEdit"_s);
        auto *summary = publish->findChild<QPlainTextEdit *>(u"summaryEdit"_s);
        QCOMPARE(summary->toPlainText(), u"Begin bij de woningcorporatie. Zij kennen de huurders."_s);

        // WHEN the lead rewords the first, keeps it among the partners, and adds a topic for all
        title->selectAll();
        QTest::keyClicks(title, u"Begin bij de corporatie"_s);
        QCOMPARE(lessons->item(0)->text(), u"Begin bij de corporatie"_s);
        auto *visibility = publish->findChild<QComboBox *>(u"visibilityCombo"_s);
        visibility->setCurrentIndex(visibility->findData(int(KnowledgeVisibility::ProjectPartners)));
        QTest::keyClicks(publish->findChild<QLineEdit *>(u"topicsEdit"_s), u"Warmtetransitie"_s);
        // (an emptied title is not published)
        lessons->setCurrentRow(1);
        QCOMPARE(title->text(), u"Een warmtecoach per straat houdt bewoners aan boord"_s);
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Delete);
        auto *ok = publish->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(title, u"Warmtecoach per straat"_s);
        QVERIFY(ok->isEnabled());
        shoot(publish, u"publish-lessons"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(m_f->idle());

        // THEN both are lessons of Zwijndrecht, linked to the project, as edited
        QList<KnowledgeItem> items = projectKnowledge();
        QCOMPARE(items.size(), 2);
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.title < b.title; });
        QCOMPARE(items.at(0).title, u"Begin bij de corporatie"_s);
        QCOMPARE(items.at(0).visibility, KnowledgeVisibility::ProjectPartners);
        QCOMPARE(items.at(1).title, u"Warmtecoach per straat"_s);
        QCOMPARE(items.at(1).visibility, KnowledgeVisibility::Everyone);
        for (const KnowledgeItem &i : items) {
            QCOMPARE(i.kind, KnowledgeKind::Lesson);
            QCOMPARE(i.status, KnowledgeStatus::Published);
            QCOMPARE(i.organisationId, m_zwijndrecht.id);
            QCOMPARE(i.authorId, m_joost.personId);
            QCOMPARE(i.topics, QStringList{u"Warmtetransitie"_s});
        }

        // WHEN he undoes once, both are gone; a redo brings both back
        m_f->stack.undo();
        QVERIFY(m_f->idle());
        QVERIFY(projectKnowledge().isEmpty());
        m_f->stack.redo();
        QVERIFY(m_f->idle());
        QCOMPARE(projectKnowledge().size(), 2);
        // AND the evaluation itself stays held with its lessons
        QVERIFY(TestLib::await(m_f->store.evaluations(m_project.id)).value().first().isHeld());
    }

    void shouldPublishNothingOnNotNowAndOfferItAgainLater()
    {
        // GIVEN a closing evaluation held, and "not now" answered
        QDialog *hold = holdOne(EvaluationKind::Closing, u"Plan de raad vroeg in."_s);
        QVERIFY(hold);
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QDialog *publish = m_f->dialog(u"publishLessonsDialog"_s);
        QVERIFY(publish);
        QTest::mouseClick(publish->findChild<QPushButton *>(u"notNowButton"_s), Qt::LeftButton);
        QVERIFY(m_f->idle());
        // THEN nothing is shared, and no undo step was made for it (the one step closes the project)
        QVERIFY(projectKnowledge().isEmpty());
        QCOMPARE(m_f->stack.count(), 1);
        QVERIFY(!m_f->stack.text(0).isEmpty());
        QTRY_VERIFY(Model::isClosed(TestLib::await(m_f->store.project(m_project.id)).value().status));

        // WHEN he shares them later from the Evaluations tab
        auto *shareLater = m_tab->findChild<QPushButton *>(u"shareLessonsButton"_s);
        QTRY_VERIFY(TestLib::await(m_f->store.evaluations(m_project.id)).value().first().isHeld());
        choose(m_list, 0);
        QTRY_VERIFY(shareLater->isEnabled());
        QTest::mouseClick(shareLater, Qt::LeftButton);
        publish = m_f->dialog(u"publishLessonsDialog"_s);
        QVERIFY(publish);
        // (an unticked lesson is not published; with none ticked, nothing can be)
        auto *lessons = publish->findChild<QListWidget *>(u"lessonList"_s);
        auto *ok = publish->findChild<QPushButton *>(u"okButton"_s);
        lessons->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!ok->isEnabled());
        lessons->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(m_f->idle());
        // THEN it is in the knowledge base
        const QList<KnowledgeItem> items = projectKnowledge();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().title, u"Plan de raad vroeg in"_s);
        QVERIFY(items.first().body.contains(m_project.name));
    }

    void shouldNotOfferAnInterimEvaluationsLessonsUnlessAsked()
    {
        // GIVEN an interim evaluation held with a lesson, the offer left unticked
        QDialog *hold = holdOne(EvaluationKind::Interim, u"Meten is weten."_s);
        QVERIFY(hold);
        auto *share = hold->findChild<QCheckBox *>(u"shareLessonsCheck"_s);
        QVERIFY(!share->isChecked());
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(m_f->idle());
        // THEN no offer appears
        QTest::qWait(100);
        for (QDialog *d : m_f->window->findChildren<QDialog *>(u"publishLessonsDialog"_s))
            QVERIFY(!d->isVisible());
        // WHEN another is held with the offer ticked
        hold = nullptr;
        Evaluation second;
        second.id = QUuid::createUuid();
        second.projectId = m_project.id;
        second.plannedOn = QDate(2027, 6, 1);
        QVERIFY(TestLib::await(m_f->store.savePlannedEvaluation(second)).ok());
        QTRY_COMPARE(rows(m_list), 2);
        choose(m_list, 1);
        QTest::mouseClick(m_tab->findChild<QPushButton *>(u"holdEvaluationButton"_s), Qt::LeftButton);
        hold = m_f->dialog(u"holdEvaluationDialog"_s);
        QVERIFY(hold);
        hold->findChild<QPlainTextEdit *>(u"lessonsEdit"_s)->setPlainText(u"Bewoners willen zekerheid over kosten."_s);
        hold->findChild<QCheckBox *>(u"shareLessonsCheck"_s)->setChecked(true);
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        // THEN it is offered
        QVERIFY(m_f->dialog(u"publishLessonsDialog"_s));
    }

    void shouldListTheProjectsKnowledgeAndOpenItInTheReader()
    {
        // GIVEN a lesson of the project that Dordrecht shared, taken up by Zwijndrecht,
        // and an item of a project this laptop does not see
        KnowledgeItem lesson;
        lesson.id = QUuid::createUuid();
        lesson.kind = KnowledgeKind::Lesson;
        lesson.title = u"Begin bij de corporatie"_s;
        lesson.summary = u"Zij kent de huurders."_s;
        lesson.organisationId = m_dordrecht.id;
        lesson.projectId = m_project.id;
        lesson.status = KnowledgeStatus::Published;
        QVERIFY(TestLib::await(m_f->store.saveKnowledgeItem(lesson)).ok());
        KnowledgeItem foreign = lesson;
        foreign.id = QUuid::createUuid();
        foreign.title = u"Elders geleerd"_s;
        foreign.projectId = QUuid::createUuid();
        QVERIFY(TestLib::await(m_f->store.saveKnowledgeItem(foreign)).ok());
        Reuse taken;
        taken.id = QUuid::createUuid();
        taken.itemId = lesson.id;
        taken.organisationId = m_zwijndrecht.id;
        taken.status = ReuseStatus::Adopted;
        taken.date = QDate(2027, 4, 1);
        QVERIFY(TestLib::await(m_f->store.saveReuse(taken)).ok());

        // WHEN the project's Knowledge tab is shown
        Views::ProjectKnowledgeTab *tab = m_f->window->projectPage()->knowledgeTab();
        QVERIFY(tab);
        showTab(tab);
        auto *list = tab->findChild<QTreeView *>(u"projectKnowledgeList"_s);
        // THEN it lists the lesson with its kind, status and reuse, and not the other item
        QTRY_COMPARE(rows(list), 1);
        QTRY_COMPARE(text(list, 0, ProjectKnowledgeModel::ReuseColumn), u"1"_s);
        QCOMPARE(text(list, 0, ProjectKnowledgeModel::TitleColumn), lesson.title);
        QCOMPARE(text(list, 0, ProjectKnowledgeModel::KindColumn), displayName(KnowledgeKind::Lesson));
        QCOMPARE(text(list, 0, ProjectKnowledgeModel::StatusColumn), displayName(KnowledgeStatus::Published));
        shoot(m_f->window.get(), u"project-knowledge"_s);

        // WHEN a lesson is shared from an evaluation meanwhile, the tab follows
        KnowledgeItem second = lesson;
        second.id = QUuid::createUuid();
        second.title = u"Meet alles"_s;
        m_f->editor.publishLessons({second}, QDate(2027, 3, 1));
        QTRY_COMPARE(rows(list), 2);
        m_f->stack.undo();
        QTRY_COMPARE(rows(list), 1);

        // WHEN he opens the lesson
        choose(list, 0);
        auto *open = tab->findChild<QPushButton *>(u"openKnowledgeItemButton"_s);
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        // THEN the knowledge window reads it, naming its source project as a link
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        QVERIFY(kb);
        QTRY_COMPARE(kb->currentItem().id, lesson.id);
        auto *reader = kb->findChild<Views::KnowledgeReader *>(u"reader"_s);
        QTRY_VERIFY2(reader->toPlainText().contains(u"Warm Wonen"_s), qPrintable(reader->toPlainText()));
        QVERIFY(reader->toHtml().contains(u"regie-project:"_s + m_project.id.toString(QUuid::WithoutBraces)));
        shoot(kb, u"knowledge-from-project"_s);
        // AND following the link shows the project again
        m_f->window->selectProject({});
        QTRY_VERIFY(!m_f->window->projectPage()->hasProject());
        Q_EMIT reader->anchorClicked(QUrl(u"regie-project:"_s + m_project.id.toString(QUuid::WithoutBraces)));
        QTRY_VERIFY(m_f->window->projectPage()->hasProject());
        QCOMPARE(m_f->window->projectPage()->projectId(), m_project.id);

        // WHEN he reads the item of a project he does not see
        kb->showItem(foreign.id);
        QTRY_COMPARE(kb->currentItem().id, foreign.id);
        // THEN it says so, without a link
        QTRY_VERIFY(reader->toPlainText().contains(Views::KnowledgeReader::tr("From a project that is not shared with you")));
        QVERIFY(!reader->toHtml().contains(u"regie-project:"_s));
    }
};

QTEST_MAIN(LessonsFeatureTest)
#include "lessonsfeaturetest.moc"
