// Feature: log progress in a keystroke, and see who contributes what.
//   As a team member of a partner municipality
//   I want to log what I did by typing one line and pressing Enter
//   so that the log shows every organisation's contribution.
//
// Feature: milestones on a timeline.
//   As the project lead
//   I want to see the milestones on a timeline and drag one to a new date
//   so that replanning is quick, and undoable when I slip.
//
// Feature: the interest map (halen en brengen).
//   As the project lead
//   I want every partner's bringing, getting and priorities side by side
//   so that I see whose priorities no goal serves, and can share the picture.
//
// Feature: the dashboard.
//   As a manager of several projects
//   I want to see what is overdue, off track and reached across all of them
//   so that I know where to look, and get there with a double-click.
//
// Feature: measurable goals.
//   As the project lead
//   I want to set a goal with a baseline and a target and add measurements
//   so that everyone sees whether we are on track, and we celebrate reaching it.

#include "planfeaturefixture.h"

#include "model/text.h"
#include "views/calendarimportdialog.h"
#include "views/dashboardpage.h"
#include "views/evaluationstab.h"
#include "views/goalstab.h"
#include "views/interestmaptab.h"
#include "views/milestonestab.h"
#include "model/milestonetimelinemodel.h"
#include "views/timelineganttproxy.h"

#include <KGanttDateTimeGrid>
#include <KGanttGlobal>
#include <KGanttGraphicsItem>
#include <KGanttGraphicsView>
#include <KGanttView>
#include "views/progresstab.h"
#include "views/projectpage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QChartView>
#include "model/goallistmodel.h"
#include "model/measurementlistmodel.h"
#include "testlib/builders.h"
#include "views/datefield.h"

#include <QDateEdit>
#include <QTableView>
#include <QValueAxis>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QTest>

using namespace Model;
using Views::GoalsTab;
using Views::MilestonesTab;
using Model::MilestoneTimelineModel;
using Views::TimelineGanttProxy;
using Views::ProgressTab;
using namespace Qt::StringLiterals;

class PlanFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init() { setUpProject(); }

    void cleanup() { m_f.reset(); }

    void shouldLogProgressWithOneLineAndTotalPerOrganisation()
    {
        ProgressTab *tab = m_f->window->projectPage()->progressTab();
        QVERIFY(tab);
        showTab(tab);
        auto *line = tab->findChild<QLineEdit *>(u"quickAddEdit"_s);
        auto *table = tab->findChild<QTableView *>(u"progressTable"_s);
        auto *totals = tab->findChild<QTableView *>(u"contributionsTable"_s);
        auto *hint = tab->findChild<QLabel *>(u"quickAddHint"_s);
        QVERIFY(line->isEnabled());
        // WHEN Joost types a line and presses Enter
        line->setFocus();
        QTest::keyClicks(line, u"2,5u wijkavond voorbereid 40%"_s);
        QTest::keyClick(line, Qt::Key_Return);
        // THEN it is in the log with his name, hours and percent, and the line is empty for the next
        QTRY_COMPARE(rows(table), 1);
        QCOMPARE(text(table, 0, 1), u"Joost Bakker"_s);
        QCOMPARE(text(table, 0, 2), u"Zwijndrecht"_s);
        QCOMPARE(text(table, 0, 3), QLocale().toString(2.5));
        QCOMPARE(text(table, 0, 5), u"40"_s);
        QCOMPARE(text(table, 0, 6), u"wijkavond voorbereid"_s);
        QVERIFY(line->text().isEmpty());
        // AND Zwijndrecht's contribution is counted
        QTRY_COMPARE(rows(totals), 1);
        QCOMPARE(text(totals, 0, 0), u"Zwijndrecht"_s);
        QCOMPARE(text(totals, 0, 1), QLocale().toString(2.5));
        // WHEN he presses Enter on an empty line, or types too many hours
        QTest::keyClick(line, Qt::Key_Return);
        QTest::keyClicks(line, u"30u te veel"_s);
        QTest::keyClick(line, Qt::Key_Return);
        // THEN nothing is added, he is told why, and what he typed stays
        QVERIFY(!hint->text().isEmpty());
        QCOMPARE(line->text(), u"30u te veel"_s);
        QTest::qWait(100);
        QCOMPARE(rows(table), 1);
        // AND a correction is a new line, never a changed one
        line->clear();
        QTest::keyClicks(line, u"-1u was anderhalf uur"_s);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(rows(table), 2);
        QTRY_COMPARE(text(totals, 0, 1), QLocale().toString(1.5));
        // WHEN he corrects the first entry through the log: it was two hours, not two and a half
        auto *correct = tab->findChild<QPushButton *>(u"correctEntryButton"_s);
        choose(table, 1); // newest first: the original is below the quick correction
        QVERIFY(correct->isEnabled());
        QTest::mouseClick(correct, Qt::LeftButton);
        auto *dialog = m_f->dialog(u"correctEntryDialog"_s);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->setValue(2);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"was twee uur"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        // THEN a new entry of minus half an hour names the one it corrects, and the total follows
        QTRY_COMPARE(rows(table), 3);
        QTRY_COMPARE(text(totals, 0, 1), QLocale().toString(1.0));
        Model::ProgressFilter all;
        all.projectId = m_project.id;
        const auto entries = TestLib::await(m_f->store.progress(all)).value();
        QCOMPARE(entries.size(), 3);
        int named = 0;
        for (const auto &e : entries) {
            if (!e.correctsId.isNull()) {
                ++named;
                QCOMPARE(*e.hours, -0.5);
                QCOMPARE(e.note, u"was twee uur"_s);
            }
        }
        QCOMPARE(named, 1);
        // AND the dialog starts from where the entry stands now, so a second correction adds up
        int original = -1, correction = -1;
        for (int row = 0; row < rows(table); ++row) {
            if (text(table, row, 6) == u"wijkavond voorbereid"_s)
                original = row;
            else if (text(table, row, 6).contains(u"was twee uur"_s))
                correction = row;
        }
        QVERIFY(original >= 0 && correction >= 0);
        choose(table, correction);
        QVERIFY(!correct->isEnabled()); // a correction is corrected through its entry
        choose(table, original);
        QTest::mouseClick(correct, Qt::LeftButton);
        dialog = m_f->dialog(u"correctEntryDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->value(), 2.0);
        dialog->reject();
        shoot(m_f->window.get(), u"progress-tab"_s);
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldSetAGoalMeasureItAndCelebrateReachingIt()
    {
        GoalsTab *tab = m_f->window->projectPage()->goalsTab();
        QVERIFY(tab);
        showTab(tab);
        QSignalSpy loaded(tab, &GoalsTab::loaded);
        // WHEN the lead adds a goal that serves Zwijndrecht's priority
        QTest::mouseClick(tab->findChild<QPushButton *>(u"addGoalButton"_s), Qt::LeftButton);
        auto *dialog = m_f->dialog(u"goalDialog"_s);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled()); // no title yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Honderd woningen van het gas af"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"unitEdit"_s), u"woningen"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"baselineEdit"_s), u"0"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"targetEdit"_s), u"0"_s);
        QVERIFY(!ok->isEnabled()); // target equals baseline
        dialog->findChild<QLineEdit *>(u"targetEdit"_s)->setText(u"100"_s);
        QVERIFY(ok->isEnabled());
        auto *partners = dialog->findChild<QListWidget *>(u"partnerList"_s);
        for (int i = 0; i < partners->count(); ++i) {
            if (partners->item(i)->text().startsWith(u"Zwijndrecht"_s))
                partners->item(i)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(ok, Qt::LeftButton);
        // THEN it is listed, without enough measurements to judge
        auto *list = tab->findChild<QListView *>(u"goalList"_s);
        QTRY_COMPARE(rows(list), 1);
        QVERIFY(tab->findChild<QLabel *>(u"goalFacts"_s)->text().contains(u"Zwijndrecht"_s));
        // WHEN two measurements are added, the second reaching the target
        for (const auto &[value, daysAgo] : {std::pair{u"40"_s, 60}, std::pair{u"100"_s, 1}}) {
            QTest::mouseClick(tab->findChild<QPushButton *>(u"addMeasurementButton"_s), Qt::LeftButton);
            auto *measure = m_f->dialog(u"measurementDialog"_s);
            QVERIFY(measure);
            QTest::keyClicks(measure->findChild<QLineEdit *>(u"valueEdit"_s), value);
            measure->findChild<Views::DateField *>(u"dateEdit"_s)->setDate(QDate::currentDate().addDays(-daysAgo));
            QTest::mouseClick(measure->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!measure->isVisible());
            QVERIFY(m_f->idle());
        }
        // THEN the goal is reached, celebrated naming the partner, and the chart shows the measurements
        auto *celebration = tab->findChild<QLabel *>(u"celebration"_s);
        QTRY_VERIFY2(celebration->isVisible(), qPrintable(tab->findChild<QLabel *>(u"goalHealth"_s)->text() + u" / "_s + celebration->text()));
        QVERIFY(celebration->text().contains(u"Honderd woningen"_s));
        QVERIFY(celebration->text().contains(u"Zwijndrecht"_s));
        QVERIFY(tab->findChild<QLabel *>(u"goalHealth"_s)->text().startsWith(displayName(GoalHealth::Reached)));
        QVERIFY(tab->chartView()->chart()->series().size() >= 3); // measured, points, baseline, target
        // AND the measurements are listed beside the chart, oldest first, with who measured
        auto *measurements = tab->findChild<QTableView *>(u"measurementList"_s);
        QVERIFY(measurements && measurements->isVisible());
        QTRY_COMPARE(rows(measurements), 2);
        QCOMPARE(TestLib::cell(measurements->model(), 0, Model::MeasurementListModel::ValueColumn), u"40"_s);
        QCOMPARE(TestLib::cell(measurements->model(), 1, Model::MeasurementListModel::ValueColumn), u"100"_s);
        QCOMPARE(TestLib::cell(measurements->model(), 1, Model::MeasurementListModel::DateColumn),
                 QLocale().toString(QDate::currentDate().addDays(-1), QLocale::ShortFormat));
        QVERIFY(!TestLib::cell(measurements->model(), 1, Model::MeasurementListModel::PersonColumn).isEmpty());
        // AND the chart's value axis, of a count, starts at zero
        const auto axes = tab->chartView()->chart()->axes(Qt::Vertical);
        QVERIFY(!axes.isEmpty());
        QCOMPARE(qobject_cast<QValueAxis *>(axes.first())->min(), 0.0);
        shoot(m_f->window.get(), u"goals-tab"_s);
        // WHEN the goal's creation is undone (its two measurements are steps of their own, undone first)
        QTRY_COMPARE(m_f->stack.count(), 3);
        m_f->stack.setIndex(0);
        // THEN it is gone from the list; redo brings it back with its measurements
        QTRY_COMPARE(rows(list), 0);
        m_f->stack.setIndex(3);
        QTRY_COMPARE(rows(list), 1);
        QVERIFY(tab->findChild<QLabel *>(u"goalHealth"_s)->text().startsWith(displayName(GoalHealth::Reached)));
        // WHEN Delete is pressed in the list of goals
        list->setFocus();
        choose(list, 0);
        QTest::keyClick(list, Qt::Key_Delete);
        // THEN the goal goes, not the project (the window's Delete Project)
        QTRY_COMPARE(rows(list), 0);
        QCOMPARE(m_f->messages.questions, QStringList());
        QVERIFY(m_f->window->projectPage()->hasProject());
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldChooseTheGoalJustAddedWithCtrlEnter()
    {
        GoalsTab *tab = m_f->window->projectPage()->goalsTab();
        QVERIFY(tab);
        // GIVEN a goal already in the plan, chosen in the list
        QVERIFY(TestLib::await(m_f->store.saveGoal(TestLib::makeGoal(m_project.id, u"Aardgasvrij in 2030"_s))).ok());
        showTab(tab);
        auto *list = tab->findChild<QListView *>(u"goalList"_s);
        QTRY_COMPARE(rows(list), 1);
        QTRY_COMPARE(list->currentIndex().data(GoalListModel::IdRole).isValid(), true);
        // WHEN the lead adds a second goal and accepts it with Ctrl+Enter from its description
        QTest::mouseClick(tab->findChild<QPushButton *>(u"addGoalButton"_s), Qt::LeftButton);
        auto *dialog = m_f->dialog(u"goalDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Honderd woningen met een warmtepomp"_s);
        auto *description = dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QTest::keyClicks(description, u"Met de woningcorporatie"_s);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        // THEN the new goal is listed and chosen, ready to be measured
        QTRY_COMPARE(rows(list), 2);
        QTRY_VERIFY(list->currentIndex().data().toString().startsWith(u"Honderd woningen met een warmtepomp"_s));
        QTRY_COMPARE(tab->findChild<QLabel *>(u"goalTitle"_s)->text().contains(u"Honderd woningen"_s), true);
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldPlanMilestonesAndMoveThemOnTheTimelineWithUndo()
    {
        MilestonesTab *tab = m_f->window->projectPage()->milestonesTab();
        QVERIFY(tab);
        showTab(tab);
        // WHEN the lead adds a milestone through the dialog
        QTest::mouseClick(tab->findChild<QPushButton *>(u"addMilestoneButton"_s), Qt::LeftButton);
        auto *dialog = m_f->dialog(u"milestoneDialog"_s);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Warmtenet aanbesteed"_s);
        const QDate due(2027, 3, 31);
        dialog->findChild<Views::DateField *>(u"dueEdit"_s)->setDate(due);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        // THEN it is on the timeline, owned by the lead
        MilestoneTimelineModel *model = tab->timelineModel();
        TimelineGanttProxy *gantt = tab->ganttModel();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->milestones().first().due, due);
        QCOMPARE(model->milestones().first().ownerOrganisationName, u"Dordrecht"_s);
        QVERIFY(m_f->idle());
        // WHEN it is dragged with the mouse about a month, later if the view has room for it
        auto *view = tab->findChild<KGantt::View *>(u"timeline"_s);
        QVERIFY(view);
        KGantt::GraphicsView *chart = view->graphicsView();
        const auto *grid = qobject_cast<KGantt::DateTimeGrid *>(view->grid());
        QVERIFY(grid);
        KGantt::GraphicsItem *item = nullptr;
        QTRY_VERIFY([&] {
            const auto items = chart->scene()->items();
            for (QGraphicsItem *i : items) {
                if (auto *g = dynamic_cast<KGantt::GraphicsItem *>(i); g && g->isVisible())
                    item = g;
            }
            return item != nullptr;
        }());
        // on the diamond itself: its bounding rect also holds the title beside it
        const QPoint from = chart->mapFromScene(item->mapToScene(item->rect().center()));
        int days = 30;
        if (from.x() + days * grid->dayWidth() >= chart->viewport()->width())
            days = -days;
        const QPoint to = from + QPoint(qRound(days * grid->dayWidth()), 0);
        QVERIFY2(chart->viewport()->rect().contains(to), qPrintable(u"%1,%2 -> %3,%4 in %5x%6 day %7"_s.arg(from.x()).arg(from.y()).arg(to.x()).arg(to.y()).arg(chart->viewport()->width()).arg(chart->viewport()->height()).arg(grid->dayWidth())));
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(chart->viewport(), from + (to - from) * step / 4);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        // THEN the store has the new date (to the day the pixel falls on), as an edit on the undo stack
        QTRY_VERIFY(model->milestones().first().due != due);
        const qint64 moved = due.daysTo(model->milestones().first().due);
        QVERIFY2(std::abs(moved - days) <= 2, qPrintable(QString::number(moved)));
        QVERIFY(m_f->stack.undoText().contains(u"Warmtenet aanbesteed"_s));
        QCOMPARE(m_f->stack.count(), 2); // added, moved: one edit for the whole drag
        shoot(m_f->window.get(), u"milestones-tab"_s);
        // WHEN it is undone
        QVERIFY(m_f->idle());
        m_f->stack.undo();
        // THEN it is back on its first date
        QTRY_COMPARE(model->milestones().first().due, due);
        // AND a plan of many years still draws (a day at least a pixel wide)
        Milestone far{QUuid::createUuid(), m_project.id, u"Eindrapportage"_s, {}, due.addYears(6),
                      m_dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {}, {}};
        QVERIFY(TestLib::await(m_f->store.saveMilestone(far)).ok());
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(grid->dayWidth() >= 1.0);
        QVERIFY(!chart->grab().isNull()); // paints the background, which KGantt walks a day at a time
        // AND planned evaluations are on the timeline too, and move like milestones
        QVERIFY(TestLib::await(m_f->store.planEvaluations(m_project.id, QDate(2027, 6, 1), 6, QDate(2027, 12, 1))).ok());
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->evaluations().size(), 2);
        const QModelIndex evaluation = gantt->index(2, TimelineGanttProxy::Title);
        QCOMPARE(evaluation.data().toString(), displayName(EvaluationKind::Interim));
        QVERIFY(gantt->flags(evaluation) & Qt::ItemIsEditable);
        gantt->setData(gantt->index(2, TimelineGanttProxy::Start), QDate(2027, 6, 15).startOfDay(), KGantt::StartTimeRole);
        QTRY_COMPARE(model->evaluations().first().plannedOn, QDate(2027, 6, 15));
        // BUT a held one is a record: it cannot be dragged
        Evaluation held = model->evaluations().first();
        held.heldOn = QDate(2027, 6, 16);
        QVERIFY(TestLib::await(m_f->store.holdEvaluation(held)).ok());
        QTRY_VERIFY(model->evaluations().first().isHeld());
        QVERIFY(!(gantt->flags(gantt->index(2, TimelineGanttProxy::Title)) & Qt::ItemIsEditable));
        // AND marking it done lists it as a success
        Model::Milestone done = model->milestones().first();
        Model::Milestone after = done;
        after.status = MilestoneStatus::Done;
        after.completedOn = QDate(2027, 3, 28);
        m_f->editor.saveMilestone(done, after);
        auto *successes = tab->findChild<QLabel *>(u"successesLabel"_s);
        QTRY_VERIFY(successes->text().contains(u"Warmtenet aanbesteed"_s));
        // AND a goal whose target is met joins the successes
        Goal homes;
        homes.id = QUuid::createUuid();
        homes.projectId = m_project.id;
        homes.title = u"Honderd woningen"_s;
        homes.baseline = 0;
        homes.target = 100;
        QVERIFY(TestLib::await(m_f->store.saveGoal(homes)).ok());
        for (const auto &[value, on] : {std::pair{40.0, QDate(2027, 1, 10)}, std::pair{100.0, QDate(2027, 2, 20)}}) {
            Measurement m{QUuid::createUuid(), m_project.id, homes.id, value, on, {}, {}, {}, {}, {}, {}};
            QVERIFY(TestLib::await(m_f->store.addMeasurement(m)).ok());
        }
        QTRY_VERIFY(successes->text().contains(u"Honderd woningen"_s));
        QVERIFY(successes->text().contains(QLocale().toString(QDate(2027, 2, 20), QLocale::ShortFormat)));
        // AND it is celebrated, naming the partners
        auto *cheer = tab->findChild<QLabel *>(u"milestoneCelebration"_s);
        QTRY_VERIFY(cheer->isVisible());
        QVERIFY(cheer->text().contains(u"Dordrecht"_s));
        QVERIFY(cheer->text().contains(u"Zwijndrecht"_s));
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldShowWhatNeedsAttentionAcrossProjectsAndOpenIt()
    {
        // GIVEN an overdue milestone, a goal going the wrong way, a milestone reached this quarter and logged hours
        const QDate today = QDate::currentDate();
        Milestone late{QUuid::createUuid(), m_project.id, u"Warmteplan vastgesteld"_s, {}, today.addDays(-10),
                       m_dordrecht.id, {}, {}, MilestoneStatus::InProgress, {}, {}, {}};
        Milestone reached{QUuid::createUuid(), m_project.id, u"Wijkavond gehouden"_s, {}, today, m_zwijndrecht.id,
                          {}, {}, MilestoneStatus::Done, today, {}, {}};
        QVERIFY(TestLib::await(m_f->store.saveMilestone(late)).ok());
        QVERIFY(TestLib::await(m_f->store.saveMilestone(reached)).ok());
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = u"Minder zwerfafval"_s;
        g.baseline = 1000;
        g.target = 500;
        g.due = today.addYears(1);
        QVERIFY(TestLib::await(m_f->store.saveGoal(g)).ok());
        for (const auto &[value, ago] : {std::pair{1000.0, 200}, std::pair{1100.0, 100}}) {
            Measurement m{QUuid::createUuid(), m_project.id, g.id, value, today.addDays(-ago), {}, {}, {}, {}, {}, {}};
            QVERIFY(TestLib::await(m_f->store.addMeasurement(m)).ok());
        }
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.organisationId = m_zwijndrecht.id;
        e.date = today;
        e.hours = 6;
        e.note = u"Opruimactie"_s;
        QVERIFY(TestLib::await(m_f->store.addProgress(e)).ok());
        QVERIFY(TestLib::await(m_f->store.planEvaluations(m_project.id, today.addMonths(1), 6, today.addMonths(1))).ok());
        // WHEN no project is chosen
        m_f->window->selectProject({});
        Views::DashboardPage *dashboard = m_f->window->projectPage()->dashboard();
        QVERIFY(dashboard);
        QTRY_VERIFY(dashboard->isVisible());
        // THEN the dashboard lists each, and the hours per organisation
        auto *overdue = dashboard->findChild<QTreeView *>(u"overdueList"_s);
        QTRY_COMPARE(dashboard->dashboard().overdueMilestones.size(), 1);
        QCOMPARE(text(overdue, 0, 1), u"Warmteplan vastgesteld"_s);
        QCOMPARE(dashboard->dashboard().goalsOffTrack.size(), 1);
        QCOMPARE(dashboard->dashboard().goalsOffTrack.first().title, u"Minder zwerfafval"_s);
        QCOMPARE(dashboard->dashboard().successes.size(), 1);
        QCOMPARE(dashboard->dashboard().hoursThisQuarter.size(), 1);
        QCOMPARE(dashboard->dashboard().hoursThisQuarter.first().hours, 6.0);
        auto *evaluations = dashboard->findChild<QTreeView *>(u"evaluationsList"_s);
        QCOMPARE(rows(evaluations), 1);
        QCOMPARE(text(evaluations, 0, 1), displayName(EvaluationKind::Interim)); // a name, not a stored key
        shoot(m_f->window.get(), u"dashboard"_s);
        // WHEN the overdue milestone is opened
        choose(overdue, 0);
        Q_EMIT overdue->activated(overdue->model()->index(0, 0));
        // THEN its project is shown at its milestones
        QTRY_VERIFY(m_f->window->projectPage()->hasProject());
        QCOMPARE(m_f->window->projectPage()->projectId(), m_project.id);
        QCOMPARE(m_f->window->projectPage()->tabs()->currentWidget(), m_f->window->projectPage()->milestonesTab());
    }

    void shouldMapWhatPartnersBringAndGetAndExportIt()
    {
        // GIVEN Zwijndrecht with a priority that no goal serves yet, and its logged hours
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.organisationId = m_zwijndrecht.id;
        e.date = QDate::currentDate();
        e.hours = 12;
        e.note = u"Bewonersavonden"_s;
        QVERIFY(TestLib::await(m_f->store.addProgress(e)).ok());
        Views::InterestMapTab *tab = m_f->window->projectPage()->interestMapTab();
        QVERIFY(tab);
        showTab(tab);
        // THEN the map shows both partners, and flags Zwijndrecht's unserved priority
        // (the map follows the store: wait for the entry logged above to be counted)
        QTRY_VERIFY(std::any_of(tab->canvas()->rows().cbegin(), tab->canvas()->rows().cend(),
                                [](const InterestRow &r) { return r.hours == 12.0; }));
        QCOMPARE(tab->canvas()->rows().size(), 2);
        const auto &rows = tab->canvas()->rows();
        const auto zwijndrecht = std::find_if(rows.cbegin(), rows.cend(), [&](const InterestRow &r) {
            return r.organisationId == m_zwijndrecht.id;
        });
        QVERIFY(zwijndrecht != rows.cend());
        QVERIFY(zwijndrecht->prioritiesUnserved);
        QCOMPARE(zwijndrecht->hours, 12.0);
        const QString summary = tab->findChild<QLabel *>(u"interestMapSummary"_s)->text();
        QVERIFY2(summary.startsWith(u"1 partner met stokpaardjes die geen doel dient; "_s), qPrintable(summary)); // a plural, not "partner(s)"
        shoot(m_f->window.get(), u"interest-map"_s);
        // WHEN a goal serving that priority is added
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = u"Betaalbare warmte"_s;
        g.servesOrganisations = {m_zwijndrecht.id};
        m_f->editor.saveGoal(std::nullopt, g);
        // THEN the flag goes
        QTRY_VERIFY(std::none_of(tab->canvas()->rows().cbegin(), tab->canvas()->rows().cend(),
                                 [](const InterestRow &r) { return r.prioritiesUnserved; }));
        // WHEN it is exported through the dialog, as PNG and as SVG
        for (const QString &name : {u"kaart.png"_s, u"kaart.svg"_s}) {
            QSignalSpy exported(tab, &Views::InterestMapTab::exported);
            QTest::mouseClick(tab->findChild<QPushButton *>(u"exportMapButton"_s), Qt::LeftButton);
            auto *files = tab->findChild<QFileDialog *>(u"mapFileDialog"_s);
            QVERIFY(files);
            const QString path = m_f->dir.file(name);
            files->selectFile(path);
            static_cast<QDialog *>(files)->accept(); // (QFileDialog hides accept())
            QTRY_COMPARE(exported.count(), 1);
            QVERIFY(QFile::exists(path));
        }
        // THEN the PNG is a picture of the map and the SVG names the partners
        const QImage png(m_f->dir.file(u"kaart.png"_s));
        QVERIFY(png.width() > 600 && png.height() > 200);
        QFile svg(m_f->dir.file(u"kaart.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Zwijndrecht"));
        // AND a file that cannot be written is reported, not lost silently
        QSignalSpy failed(tab, &Views::InterestMapTab::exportFailed);
        tab->exportTo(m_f->dir.file(u"bestaat/niet/kaart.png"_s));
        QVERIFY(failed.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(failed.first().first().toString().contains(u"kaart.png"_s));
    }

};

QTEST_MAIN(PlanFeatureTest)
#include "planfeaturetest.moc"
