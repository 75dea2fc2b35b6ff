// Feature: jatwerk, reuse made visible.
//   As an official of a municipality that took up another's practice
//   I want to say in which of our projects we took it up, and later how it went
//   so that others see where it landed, and the reuse overview counts it.

#include "planfeaturefixture.h"

#include "views/knowledgeactions.h"
#include "views/knowledgewindow.h"
#include "views/reuseoverviewdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Model;
using namespace Qt::StringLiterals;

class ReuseFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

    KnowledgeItem m_practice;
    Project m_dordrechtOnly;

    Views::KnowledgeWindow *openPractice()
    {
        m_f->find<QAction>(u"openKnowledgeAction"_s)->trigger();
        Views::KnowledgeWindow *kb = m_f->window->knowledge()->window();
        if (!kb)
            return nullptr;
        kb->showItem(m_practice.id);
        if (!QTest::qWaitFor([&] { return kb->currentItem().id == m_practice.id; }, 5000))
            return nullptr;
        return kb;
    }

    QList<Reuse> reuses() { return TestLib::await(m_f->store.reuses(m_practice.id)).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init()
    {
        setUpProject();
        // Dordrecht's practice, and a project Zwijndrecht is not in
        m_dordrechtOnly = m_f->addProject(u"Alleen Dordrecht"_s, ProjectStatus::Active, m_dordrecht.id);
        m_practice.id = QUuid::createUuid();
        m_practice.kind = KnowledgeKind::Practice;
        m_practice.title = u"Warmtecoach per straat"_s;
        m_practice.summary = u"Een bewoner die buren helpt."_s;
        m_practice.organisationId = m_dordrecht.id;
        m_practice.status = KnowledgeStatus::Published;
        m_practice.publishedOn = QDate(2026, 1, 10);
        QVERIFY(TestLib::await(m_f->store.saveKnowledgeItem(m_practice)).ok());
    }

    void cleanup() { m_f.reset(); }

    void shouldRecordInWhichProjectItWasTakenUpAndLaterHowItWent()
    {
        // GIVEN Joost of Zwijndrecht reading Dordrecht's practice
        Views::KnowledgeWindow *kb = openPractice();
        QVERIFY(kb);
        auto *reuse = kb->findChild<QPushButton *>(u"reuseButton"_s);
        QTRY_VERIFY(reuse->isEnabled());

        // WHEN he records that Zwijndrecht adopted it
        QTest::mouseClick(reuse, Qt::LeftButton);
        QDialog *dialog = m_f->dialog(u"reuseDialog"_s);
        QVERIFY(dialog);
        // THEN he chooses among the projects Zwijndrecht takes part in, or none
        auto *project = dialog->findChild<QComboBox *>(u"projectCombo"_s);
        QCOMPARE(project->count(), 2);
        QVERIFY(project->findText(m_project.name) > 0);
        QCOMPARE(project->findText(m_dordrechtOnly.name), -1);
        project->setCurrentIndex(project->findText(m_project.name));
        auto *status = dialog->findChild<QComboBox *>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(ReuseStatus::Adopted)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(m_f->idle());

        // THEN the record names the project, and the item shows where it landed
        QCOMPARE(reuses().size(), 1);
        QCOMPARE(reuses().first().projectId, m_project.id);
        auto *list = kb->findChild<QTreeWidget *>(u"reuseList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTRY_COMPARE(list->topLevelItem(0)->text(3), m_project.name);

        // WHEN, later, he records how it turned out
        QTRY_COMPARE(reuse->text(), Views::KnowledgeWindow::tr("Record the &outcome…"));
        QTest::mouseClick(reuse, Qt::LeftButton);
        dialog = m_f->dialog(u"reuseDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(m_practice.title));
        auto *outcome = dialog->findChild<QPlainTextEdit *>(u"outcomeEdit"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"projectCombo"_s)->currentData().toUuid(), m_project.id);
        QTest::keyClicks(outcome, u"Veertig woningen van het gas af."_s);
        shoot(dialog, u"reuse-outcome"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(m_f->idle());

        // THEN the same record holds it, its project kept
        QCOMPARE(reuses().size(), 1);
        QCOMPARE(reuses().first().outcome, u"Veertig woningen van het gas af."_s);
        QCOMPARE(reuses().first().projectId, m_project.id);
        QCOMPARE(reuses().first().status, ReuseStatus::Adopted);
        shoot(kb, u"reuse-in-project"_s);
    }

    void shouldFillTheReuseOverviewWhenItsCountIsDone()
    {
        // GIVEN Zwijndrecht adapted Dordrecht's practice
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = m_practice.id;
        r.organisationId = m_zwijndrecht.id;
        r.status = ReuseStatus::Adapted;
        r.note = u"Met een coach per wijk."_s;
        r.date = QDate(2026, 3, 1);
        QVERIFY(TestLib::await(m_f->store.saveReuse(r)).ok());
        Views::KnowledgeWindow *kb = openPractice();
        QVERIFY(kb);

        // WHEN the overview is opened
        QSignalSpy shown(kb, &Views::KnowledgeWindow::overviewShown);
        QTest::mouseClick(kb->findChild<QPushButton *>(u"overviewButton"_s), Qt::LeftButton);
        auto *overview = m_f->dialog<Views::ReuseOverviewDialog>(u"reuseOverviewDialog"_s);
        QVERIFY(overview);
        // THEN it says it is counting, and then shows the count
        QVERIFY(overview->isBusy());
        QVERIFY(overview->findChild<QProgressBar *>(u"overviewBusy"_s)->isVisible());
        QVERIFY(shown.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(!overview->isBusy());
        QVERIFY(!overview->findChild<QProgressBar *>(u"overviewBusy"_s)->isVisible());
        auto *most = overview->findChild<QTreeWidget *>(u"mostReusedList"_s);
        QCOMPARE(most->topLevelItemCount(), 1);
        QCOMPARE(most->topLevelItem(0)->text(0), m_practice.title);
        QCOMPARE(most->topLevelItem(0)->text(1), u"1"_s);
        auto *reusing = overview->findChild<QTreeWidget *>(u"reusingList"_s);
        QCOMPARE(reusing->topLevelItem(0)->text(0), u"Zwijndrecht"_s);
        QVERIFY(overview->findChild<QLabel *>(u"medianLabel"_s)->text().contains(QLocale().toString(50)));
        shoot(overview, u"reuse-overview"_s);

        // WHEN another municipality takes it up while the overview is open
        const Organisation sliedrecht = m_f->addOrganisation(u"Sliedrecht"_s, u"GM0610"_s);
        Reuse second = r;
        second.id = QUuid::createUuid();
        second.organisationId = sliedrecht.id;
        second.status = ReuseStatus::Adopted;
        second.note.clear();
        QVERIFY(TestLib::await(m_f->store.saveReuse(second)).ok());
        // THEN it is counted again
        QTRY_COMPARE(most->topLevelItem(0)->text(1), u"2"_s);
    }

    void shouldDropAStaleCount()
    {
        // GIVEN the overview dialog
        Views::ReuseOverviewDialog dialog;
        QSignalSpy shown(&dialog, &Views::ReuseOverviewDialog::overviewShown);
        ReuseOverviewInput one;
        one.items = {m_practice};
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = m_practice.id;
        r.organisationId = m_zwijndrecht.id;
        r.status = ReuseStatus::Adopted;
        r.date = QDate(2026, 2, 1);
        one.reuses = {r};
        one.organisationNames = {{m_zwijndrecht.id, m_zwijndrecht.name}};
        ReuseOverviewInput none = one;
        none.reuses.clear();
        // WHEN a count is asked for, and a newer one before the first is shown
        dialog.compute(one);
        dialog.compute(none);
        // THEN only the newer is shown, once
        QVERIFY(shown.wait(TestLib::AnswerTimeoutMs));
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.overview().mostReusedItems.isEmpty());
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"mostReusedList"_s)->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(ReuseFeatureTest)
#include "reusefeaturetest.moc"
