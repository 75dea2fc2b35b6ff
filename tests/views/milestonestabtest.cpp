#include "windowfixture.h"

#include "model/milestonetimelinemodel.h"
#include "model/plancache.h"
#include "views/evaluationstab.h"
#include "views/milestonestab.h"
#include "views/projectpage.h"
#include "views/timelineganttproxy.h"
#include "views/timelinegrid.h"
#include "views/timelineitemdelegate.h"

#include <KGanttDateTimeGrid>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimeZone>
#include <QWheelEvent>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;
using Views::MilestonesTab;

class MilestonesTabTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;
    Organisation m_dordrecht;
    Project m_project;

    Milestone milestone(const QString &title, const QDate &due, MilestoneStatus status, const QDate &completed = {})
    {
        return {QUuid::createUuid(), m_project.id, title, {}, due, m_dordrecht.id, {}, {}, status, completed, {}, {}};
    }

    Views::ProjectPage *page() const { return m_f->window->projectPage(); }

    /// Lets queued answers and change notices arrive.
    bool settle()
    {
        const auto all = PlanCache::Parts::fromInt((1 << PlanCache::PartCount) - 1);
        if (!m_f->idle() || !QTest::qWaitFor([this, all] { return !page()->planCache()->isPending(all); }, 5000))
            return false;
        QTest::qWait(100);
        return !page()->planCache()->isPending(all);
    }

    MilestonesTab *openTab()
    {
        m_f->window->selectProject(m_project.id);
        if (!QTest::qWaitFor([this] { return m_f->window->projectPage()->hasProject(); }))
            return nullptr;
        MilestonesTab *tab = m_f->window->projectPage()->milestonesTab();
        m_f->window->projectPage()->tabs()->setCurrentWidget(tab);
        return tab;
    }

    static KGantt::DateTimeGrid *gridOf(MilestonesTab *tab)
    {
        return qobject_cast<KGantt::DateTimeGrid *>(tab->timeline()->grid());
    }

    /// Whether @p day is in the part of the chart shown.
    static bool inView(MilestonesTab *tab, const QDate &day)
    {
        KGantt::GraphicsView *chart = tab->timeline()->graphicsView();
        const QRectF shown = chart->mapToScene(chart->viewport()->rect()).boundingRect();
        return shown.contains(gridOf(tab)->mapFromDateTime(QDateTime(day, QTime(12, 0), QTimeZone::UTC)), shown.center().y());
    }

    static QString where(MilestonesTab *tab, const QDate &day)
    {
        KGantt::GraphicsView *chart = tab->timeline()->graphicsView();
        const QRectF shown = chart->mapToScene(chart->viewport()->rect()).boundingRect();
        const auto *bar = chart->horizontalScrollBar();
        return u"shown %1..%2, day at %3, bar %4 of %5..%6, scene %7..%8, day width %9"_s.arg(shown.left()).arg(shown.right())
            .arg(gridOf(tab)->mapFromDateTime(QDateTime(day, QTime(12, 0), QTimeZone::UTC))).arg(bar->value()).arg(bar->minimum())
            .arg(bar->maximum()).arg(chart->sceneRect().left()).arg(chart->sceneRect().right()).arg(gridOf(tab)->dayWidth());
    }

    static void ctrlWheel(QWidget *viewport, int delta)
    {
        const QPointF at = viewport->rect().center();
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init()
    {
        m_f = std::make_unique<TestLib::WindowFixture>();
        m_dordrecht = m_f->addOrganisation(u"Dordrecht"_s, u"GM0505"_s);
        m_project = m_f->addProject(u"Warm Wonen"_s, ProjectStatus::Active, m_dordrecht.id);
        m_f->startWindow(m_f->becomeSomeoneAt(m_dordrecht, u"Anna de Vries"_s));
        m_f->window->resize(1200, 800);
    }

    void cleanup() { m_f.reset(); }

    void shouldNameTheNewestSuccessesAndListAllOnRequest()
    {
        // GIVEN seven milestones reached on seven days
        for (int i = 1; i <= 7; ++i) {
            const QDate on(2026, 3, i);
            QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Stap %1"_s.arg(i), on, MilestoneStatus::Done, on))).ok());
        }
        // WHEN the milestones tab shows the project
        MilestonesTab *tab = openTab();
        QVERIFY(tab);
        auto *successes = tab->findChild<QLabel *>(u"successesLabel"_s);
        QTRY_VERIFY(successes->text().contains(u"Stap 7"_s));
        // THEN it names the newest five and links to the rest
        for (int i = 3; i <= 7; ++i)
            QVERIFY2(successes->text().contains(u"Stap %1"_s.arg(i)), qPrintable(successes->text()));
        QVERIFY(!successes->text().contains(u"Stap 2"_s));
        QVERIFY(!successes->text().contains(u"Stap 1"_s));
        QVERIFY(successes->text().contains(u"href"_s));
        QCOMPARE(tab->timelineModel()->rowCount(), 7);

        // WHEN the link is followed
        Q_EMIT successes->linkActivated(u"#successes"_s);
        // THEN a dialog lists all seven, newest first
        auto *dialog = m_f->dialog(u"successesDialog"_s);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(u"successesList"_s);
        QCOMPARE(list->count(), 7);
        QVERIFY(list->item(0)->text().contains(u"Stap 7"_s));
        QVERIFY(list->item(6)->text().contains(u"Stap 1"_s));
        dialog->close();
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldOpenOnTodayWithItsLineAndZoomByComboWheelAndKeys()
    {
        // GIVEN a plan of ten years, from long ago to far ahead, one milestone done and one overdue
        const QDate today = QDate::currentDate();
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Begin"_s, today.addYears(-6), MilestoneStatus::Done, today.addYears(-6)))).ok());
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Te laat"_s, today.addDays(-10), MilestoneStatus::Planned))).ok());
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Volgende stap"_s, today.addMonths(2), MilestoneStatus::InProgress))).ok());
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Einde"_s, today.addYears(4), MilestoneStatus::Planned))).ok());
        // WHEN the tab opens
        MilestonesTab *tab = openTab();
        QVERIFY(tab);
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 4);
        QTRY_VERIFY(tab->ganttModel()->isComplete());
        QTest::qWait(50);
        // THEN it shows today, not six years back, with a line through today
        QVERIFY2(inView(tab, today), qPrintable(where(tab, today)));
        QVERIFY(!inView(tab, today.addYears(-6)));
        QCOMPARE(tab->today(), today);
        auto *grid = qobject_cast<Views::TimelineGrid *>(tab->timeline()->grid());
        QVERIFY(grid);
        QVERIFY(inView(tab, grid->today()));
        // AND the done milestone is grey, the overdue one orange, and the legend says so
        auto *delegate = qobject_cast<Views::TimelineItemDelegate *>(tab->timeline()->graphicsView()->itemDelegate());
        QVERIFY(delegate);
        MilestoneTimelineModel *model = tab->timelineModel();
        auto colourOf = [&](const QString &title) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row).data().toString() == title)
                    return Views::TimelineItemDelegate::brushFor(tab->ganttModel()->index(row, 0)).color();
            }
            return QColor();
        };
        QCOMPARE(colourOf(u"Begin"_s), MilestoneTimelineModel::colour(MilestoneTimelineModel::Look::Done));
        QCOMPARE(colourOf(u"Te laat"_s), MilestoneTimelineModel::colour(MilestoneTimelineModel::Look::Overdue));
        QCOMPARE(colourOf(u"Volgende stap"_s), MilestoneTimelineModel::colour(MilestoneTimelineModel::Look::InProgress));
        QVERIFY(colourOf(u"Te laat"_s) != colourOf(u"Einde"_s));
        const QString legend = tab->findChild<QLabel *>(u"timelineLegend"_s)->text();
        QVERIFY(legend.contains(MilestoneTimelineModel::lookName(MilestoneTimelineModel::Look::Overdue)));
        QVERIFY(legend.contains(MilestoneTimelineModel::lookName(MilestoneTimelineModel::Look::Done)));
        QVERIFY(model->index(1).data(Qt::ToolTipRole).toString().contains(u"10"_s)); // ten days late
        // AND the chart has the room, the successes under it take little
        auto *split = tab->findChild<QSplitter *>(u"timelineSplitter"_s);
        QVERIFY(split);
        QVERIFY(split->sizes().at(0) > 3 * split->sizes().at(1));
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            m_f->window->grab().save(shots + u"/timeline-today.png"_s);

        // WHEN the user zooms to days with the combo
        auto *zoom = tab->findChild<QComboBox *>(u"zoomCombo"_s);
        zoom->setFocus();
        QTest::keyClick(zoom, Qt::Key_Down);
        // THEN a day is wide, the header counts days, and today stays in view
        QCOMPARE(tab->zoom(), MilestonesTab::Zoom::Days);
        QVERIFY(gridOf(tab)->dayWidth() >= 16);
        QCOMPARE(gridOf(tab)->userDefinedLowerScale()->range(), KGantt::DateTimeScaleFormatter::Day);
        QTRY_VERIFY2(inView(tab, today), qPrintable(where(tab, today)));
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            m_f->window->grab().save(shots + u"/timeline-days.png"_s);
        // WHEN she zooms out with Ctrl+wheel
        const double days = gridOf(tab)->dayWidth();
        ctrlWheel(tab->timeline()->graphicsView()->viewport(), -120);
        // THEN the days are narrower, and no fixed level is claimed
        QVERIFY(gridOf(tab)->dayWidth() < days);
        QCOMPARE(tab->zoom(), MilestonesTab::Zoom::Custom);
        QCOMPARE(zoom->currentIndex(), -1);
        // WHEN she zooms in with Ctrl++ and out with Ctrl+-
        const double wheeled = gridOf(tab)->dayWidth();
        tab->timeline()->graphicsView()->setFocus();
        QTest::keyClick(tab->timeline()->graphicsView(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(gridOf(tab)->dayWidth() > wheeled);
        QTest::keyClick(tab->timeline()->graphicsView(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(gridOf(tab)->dayWidth(), wheeled);
        // WHEN she chooses months THEN the header counts months
        tab->setZoom(MilestonesTab::Zoom::Months);
        QCOMPARE(zoom->currentData().toInt(), int(MilestonesTab::Zoom::Months));
        QCOMPARE(gridOf(tab)->userDefinedLowerScale()->range(), KGantt::DateTimeScaleFormatter::Month);
        // AND "Today" brings today back after scrolling away
        tab->timeline()->graphicsView()->horizontalScrollBar()->setValue(0);
        QVERIFY(!inView(tab, today));
        QTest::mouseClick(tab->findChild<QPushButton *>(u"todayButton"_s), Qt::LeftButton);
        QVERIFY(inView(tab, today));
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldCheerOnceWhenAMilestoneIsReached()
    {
        // GIVEN a planned milestone on the tab
        const Milestone planned = milestone(u"Warmtenet aanbesteed"_s, QDate(2027, 3, 31), MilestoneStatus::Planned);
        QVERIFY(TestLib::await(m_f->store.saveMilestone(planned)).ok());
        MilestonesTab *tab = openTab();
        QVERIFY(tab);
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 1);
        auto *cheer = tab->findChild<QLabel *>(u"milestoneCelebration"_s);
        QVERIFY(!cheer->isVisible());
        QSignalSpy celebrated(tab, &MilestonesTab::celebrated);

        // WHEN it is marked done
        Milestone done = tab->timelineModel()->milestones().first();
        Milestone after = done;
        after.status = MilestoneStatus::Done;
        after.completedOn = QDate(2027, 3, 28);
        m_f->editor.saveMilestone(done, after);

        // THEN the tab cheers, naming the partner, once
        QTRY_COMPARE(celebrated.count(), 1);
        QVERIFY(cheer->isVisible());
        QVERIFY(cheer->text().contains(u"Warmtenet aanbesteed"_s));
        QVERIFY(cheer->text().contains(u"Dordrecht"_s));
        // AND another change in the plan does not cheer again
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Tweede"_s, QDate(2027, 5, 1), MilestoneStatus::Planned))).ok());
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 2);
        QCOMPARE(celebrated.count(), 1);
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldReadNothingWhileHiddenAndCatchUpWhenShown()
    {
        // GIVEN a milestone on the tab, then another tab in front
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Warmteplan"_s, QDate(2027, 2, 1), MilestoneStatus::Planned))).ok());
        MilestonesTab *tab = openTab();
        QVERIFY(tab);
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 1);
        QVERIFY(settle());
        page()->tabs()->setCurrentIndex(0);
        QVERIFY(!tab->isVisible());
        const int requests = page()->planCache()->requests();
        QSignalSpy loaded(tab, &MilestonesTab::loaded);

        // WHEN a milestone is added while the tab is hidden
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Wijkavond"_s, QDate(2027, 4, 1), MilestoneStatus::Planned))).ok());
        QVERIFY(settle());
        // THEN nothing is read for it and the hidden timeline stays as it was
        QCOMPARE(page()->planCache()->requests(), requests);
        QCOMPARE(tab->timelineModel()->rowCount(), 1);
        QCOMPARE(loaded.count(), 0);

        // WHEN the tab is shown again
        page()->tabs()->setCurrentWidget(tab);
        // THEN it reads what changed and shows it
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 2);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(page()->planCache()->requests() > requests);
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldShowWhatAnotherTabReadWithoutReadingAgain()
    {
        // GIVEN the tab shown once, then the evaluations tab, which shows the milestones too
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Warmteplan"_s, QDate(2027, 2, 1), MilestoneStatus::Planned))).ok());
        MilestonesTab *tab = openTab();
        QVERIFY(tab);
        QTRY_COMPARE(tab->timelineModel()->rowCount(), 1);
        page()->tabs()->setCurrentWidget(page()->evaluationsTab());
        QVERIFY(settle());
        // WHEN a milestone is added and the evaluations tab's cache reads it
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone(u"Wijkavond"_s, QDate(2027, 4, 1), MilestoneStatus::Planned))).ok());
        QTRY_COMPARE(page()->planCache()->milestones().size(), 2);
        QVERIFY(settle());
        QCOMPARE(tab->timelineModel()->rowCount(), 1);
        const int requests = page()->planCache()->requests();
        // WHEN the milestones tab is shown
        page()->tabs()->setCurrentWidget(tab);
        // THEN it shows the rows the cache holds at once, reading nothing
        QCOMPARE(tab->timelineModel()->rowCount(), 2);
        QVERIFY(settle());
        QCOMPARE(page()->planCache()->requests(), requests);
        QCOMPARE(m_f->messages.errors, QStringList());
    }
};

QTEST_MAIN(MilestonesTabTest)
#include "milestonestabtest.moc"
