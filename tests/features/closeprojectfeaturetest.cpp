// Feature: stopping once the result is reached (stoppen als het resultaat bereikt is).
//   As a project lead
//   I want the closing evaluation to close the project and settle what was still planned
//   so that the project is shown as closed, not lost, and nothing dangles.
//
// Feature: measurable goals (meetbaarheid), put right.
//   As a member who logs measurements
//   I want to correct or withdraw a measurement, and undo that
//   so that the chart shows what was really measured while the record stays.

#include "planfeaturefixture.h"

#include "model/measurementlistmodel.h"
#include "model/text.h"
#include "views/evaluationstab.h"
#include "views/goalstab.h"
#include "views/projectlistpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Model;
using namespace Qt::StringLiterals;

class CloseProjectFeatureTest : public QObject, public PlanFeatureFixture
{
    Q_OBJECT

    QAction *undo() const { return m_f->window->findChild<QAction *>(u"undoAction"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }
    void init() { setUpProject(); }
    void cleanup() { m_f.reset(); }

    void shouldCloseTheProjectFromItsClosingEvaluationAndKeepItInView()
    {
        // GIVEN two planned evaluations, and a list that hides closed projects
        for (const QDate &on : {QDate(2027, 3, 1), QDate(2027, 9, 1)}) {
            Evaluation e;
            e.id = QUuid::createUuid();
            e.projectId = m_project.id;
            e.plannedOn = on;
            QVERIFY(TestLib::await(m_f->store.savePlannedEvaluation(e)).ok());
        }
        Views::ProjectListPanel *panel = m_f->window->listPanel();
        QVERIFY(!panel->showClosedAction()->isChecked());
        QTRY_COMPARE(panel->currentProjectId(), m_project.id);
        Views::EvaluationsTab *tab = m_f->window->projectPage()->evaluationsTab();
        showTab(tab);
        auto *list = tab->findChild<QTreeView *>(u"evaluationList"_s);
        QTRY_COMPARE(rows(list), 2);

        // WHEN the first is held as the closing evaluation, with its lessons
        choose(list, 0);
        auto *holdButton = tab->findChild<QPushButton *>(u"holdEvaluationButton"_s);
        QTRY_VERIFY(holdButton->isEnabled());
        QTest::mouseClick(holdButton, Qt::LeftButton);
        auto *hold = m_f->dialog(u"holdEvaluationDialog"_s);
        QVERIFY(hold);
        auto *kind = hold->findChild<QComboBox *>(u"kindCombo"_s);
        auto *cancel = hold->findChild<QCheckBox *>(u"cancelPlannedCheck"_s);
        auto *afterwards = hold->findChild<QComboBox *>(u"afterwardsCombo"_s);
        QVERIFY(cancel->isHidden() && afterwards->isHidden()); // an interim one settles nothing of the kind
        kind->setCurrentIndex(kind->findData(int(EvaluationKind::Closing)));
        QTest::keyClicks(hold->findChild<QPlainTextEdit *>(u"lessonsEdit"_s), u"Begin met de netbeheerder aan tafel"_s);
        // THEN it offers to cancel the other planned one and to complete the project
        QVERIFY(cancel->isVisibleTo(hold));
        QVERIFY(cancel->isChecked());
        QVERIFY(cancel->text().contains(QLocale().toString(QDate(2027, 9, 1), QLocale::ShortFormat)));
        QVERIFY(afterwards->isVisibleTo(hold));
        QCOMPARE(afterwards->currentText(), displayName(ProjectStatus::Completed));
        shoot(hold, u"hold-closing-evaluation"_s);
        hold->findChild<QCheckBox *>(u"shareLessonsCheck"_s)->setChecked(false); // sharing has a test of its own
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // THEN the project is completed, and the window stays on it, shown as closed
        QTRY_COMPARE(TestLib::await(m_f->store.project(m_project.id)).value().status, ProjectStatus::Completed);
        Views::ProjectPage *page = m_f->window->projectPage();
        QTRY_VERIFY(page->hasProject() && page->project().status == ProjectStatus::Completed);
        QCOMPARE(page->projectId(), m_project.id);
        // AND the list shows closed projects now, with this one chosen, and says why
        QTRY_VERIFY(panel->showClosedAction()->isChecked());
        QTRY_COMPARE(panel->currentProjectId(), m_project.id);
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(u"Afgesloten projecten"_s));
        // AND the other planned evaluation is cancelled, with a decision that says so
        QTRY_COMPARE(rows(list), 1);
        auto *log = tab->findChild<QTableView *>(u"decisionLog"_s);
        QTRY_COMPARE(rows(log), 1);
        QVERIFY2(text(log, 0, 0).contains(u"vervalt"_s) || text(log, 0, 1).contains(u"vervalt"_s),
                 qPrintable(text(log, 0, 1)));
        shoot(m_f->window.get(), u"closed-project"_s);
        QCOMPARE(m_f->messages.errors, QStringList());

        // WHEN closing is undone (a step of its own)
        QVERIFY(undo()->isEnabled());
        undo()->trigger();
        // THEN the project is active again, still in view; the held evaluation stays
        QTRY_COMPARE(TestLib::await(m_f->store.project(m_project.id)).value().status, ProjectStatus::Active);
        QTRY_VERIFY(page->hasProject() && page->project().status == ProjectStatus::Active);
        QCOMPARE(panel->currentProjectId(), m_project.id);
        QCOMPARE(rows(list), 1);
    }

    void shouldCorrectAndWithdrawAMeasurementWithUndo()
    {
        // GIVEN a goal measured once, 45 homes
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = u"Honderd woningen"_s;
        g.unit = u"woningen"_s;
        g.baseline = 0;
        g.target = 100;
        QVERIFY(TestLib::await(m_f->store.saveGoal(g)).ok());
        Measurement m{QUuid::createUuid(), m_project.id, g.id, 45, QDate::currentDate().addDays(-10), {}, {}, {}, {}, {}, {}};
        QVERIFY(TestLib::await(m_f->store.addMeasurement(m)).ok());
        Views::GoalsTab *tab = m_f->window->projectPage()->goalsTab();
        showTab(tab);
        auto *list = tab->findChild<QTableView *>(u"measurementList"_s);
        auto *health = tab->findChild<QLabel *>(u"goalHealth"_s);
        QTRY_COMPARE(rows(list), 1);
        auto *correct = tab->findChild<QPushButton *>(u"correctMeasurementButton"_s);
        auto *withdraw = tab->findChild<QPushButton *>(u"withdrawMeasurementButton"_s);
        QVERIFY(!correct->isEnabled()); // nothing chosen yet

        // WHEN it is chosen and corrected: 54, the digits were swapped
        choose(list, 0);
        QTRY_VERIFY(correct->isEnabled());
        QTest::mouseClick(correct, Qt::LeftButton);
        auto *dialog = m_f->dialog(u"measurementDialog"_s);
        QVERIFY(dialog);
        auto *value = dialog->findChild<QLineEdit *>(u"valueEdit"_s);
        QCOMPARE(value->text(), u"45"_s); // starts from what it corrects
        value->selectAll();
        QTest::keyClicks(value, u"54"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"noteEdit"_s), u"Cijfers omgedraaid"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // THEN the list keeps the first, struck through, with the correction under it; the goal reads 54
        QTRY_COMPARE(rows(list), 2);
        QVERIFY(list->model()->index(0, 1).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(text(list, 1, 2).contains(u"Cijfers omgedraaid"_s));
        QTRY_VERIFY2(health->text().contains(u"54"_s), qPrintable(health->text()));
        shoot(m_f->window.get(), u"goals-tab-corrected"_s);

        // WHEN it is undone
        undo()->trigger();
        // THEN 45 stands again, by a correction of its own: nothing is removed
        QTRY_COMPARE(rows(list), 3);
        QTRY_VERIFY2(health->text().contains(u"45"_s), qPrintable(health->text()));

        // WHEN the reading is withdrawn with the Delete key
        choose(list, 2);
        QTRY_VERIFY(withdraw->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        // THEN the list says so, the goal has no reading left, and nothing more can be corrected
        QTRY_COMPARE(rows(list), 4);
        QCOMPARE(list->model()->index(3, 0).data(MeasurementListModel::StateRole).value<MeasurementListModel::State>(),
                 MeasurementListModel::State::Withdrawn);
        QTRY_VERIFY(!health->text().contains(u"45"_s));
        choose(list, 0);
        QVERIFY(!correct->isEnabled());
        shoot(m_f->window.get(), u"goals-tab-withdrawn"_s);
        QCOMPARE(m_f->messages.errors, QStringList());
        QCOMPARE(m_f->window->projectPage()->projectId(), m_project.id); // Delete took the measurement, not the project
    }
};

QTEST_MAIN(CloseProjectFeatureTest)
#include "closeprojectfeaturetest.moc"
