#include "windowfixture.h"

#include "model/milestonetimelinemodel.h"
#include "model/plancache.h"
#include "views/evaluationstab.h"
#include "views/milestonestab.h"
#include "views/projectpage.h"

#include <QApplication>
#include <QLabel>
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
