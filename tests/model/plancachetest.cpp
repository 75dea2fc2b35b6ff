#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class PlanCacheTest : public QObject
{
    Q_OBJECT

    /// Waits until @p cache has answered every part it asked for.
    static bool settle(PlanCache &cache)
    {
        return QTest::qWaitFor([&] { return !cache.isPending(PlanCache::Parts::fromInt((1 << PlanCache::PartCount) - 1)); }, TestLib::AnswerTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldReadOnlyWhatAViewShows()
    {
        // GIVEN a project with a goal and a milestone, and a cache on it
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        QVERIFY(await(fixture.store()->saveGoal(TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen")))).ok());
        QVERIFY(await(fixture.store()->saveMilestone(
                          TestLib::makeMilestone(d.project.id, QStringLiteral("Warmteplan"), QDate(2027, 3, 1), d.dordrecht.id)))
                    .ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        QSignalSpy changed(&cache, &PlanCache::changed);

        // WHEN no view shows anything
        cache.setProjectId(d.project.id);
        // THEN nothing is read
        QCOMPARE(cache.requests(), 0);

        // WHEN a view shows the goals
        QObject goalsView;
        cache.show(&goalsView, PlanCache::Goals);
        QVERIFY(settle(cache));
        // THEN only the goals are read
        QCOMPARE(cache.requests(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<PlanCache::Part>(), PlanCache::Goals);
        QCOMPARE(cache.goals().size(), 1);
        QCOMPARE(cache.goals().first().title, QStringLiteral("Honderd woningen"));
        QVERIFY(cache.isLoaded(PlanCache::Goals));
        QVERIFY(!cache.isLoaded(PlanCache::Milestones));
        QVERIFY(cache.milestones().isEmpty());
    }

    void shouldReadAPartOnceForEveryViewShowingIt()
    {
        // GIVEN a cache on a project
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);

        // WHEN two views show the goals, one with the measurements, the other with the evaluations
        QObject goalsView, evaluationsView;
        cache.show(&goalsView, PlanCache::Goals | PlanCache::Measurements);
        cache.show(&evaluationsView, PlanCache::Goals | PlanCache::Evaluations);
        QVERIFY(settle(cache));

        // THEN each part is read once
        QCOMPARE(cache.requests(), 3);
        QCOMPARE(cache.shown(), PlanCache::Goals | PlanCache::Measurements | PlanCache::Evaluations);
        // AND showing them again reads nothing
        cache.hide(&goalsView);
        cache.show(&goalsView, PlanCache::Goals | PlanCache::Measurements);
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 3);
    }

    void shouldRefreshOnlyThePartsAChangeNames()
    {
        // GIVEN a view showing goals and milestones, read
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        QObject view;
        cache.show(&view, PlanCache::Goals | PlanCache::Milestones);
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 2);
        QSignalSpy changed(&cache, &PlanCache::changed);

        // WHEN a milestone is saved
        QVERIFY(await(fixture.store()->saveMilestone(
                          TestLib::makeMilestone(d.project.id, QStringLiteral("Aanbesteding"), QDate(2027, 5, 1), d.dordrecht.id)))
                    .ok());
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(settle(cache));

        // THEN the milestones are read again, the goals are not
        QCOMPARE(cache.requests(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<PlanCache::Part>(), PlanCache::Milestones);
        QCOMPARE(cache.milestones().size(), 1);
    }

    void shouldLeaveWhatNoViewShowsUntilItIsShownAgain()
    {
        // GIVEN the goals read for a view that is then hidden
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        auto view = std::make_unique<QObject>();
        cache.show(view.get(), PlanCache::Goals);
        QVERIFY(settle(cache));
        cache.hide(view.get());

        // WHEN a goal is added
        QSignalSpy notified(fixture.notifier(), &ChangeNotifier::changed);
        QVERIFY(await(fixture.store()->saveGoal(TestLib::makeGoal(d.project.id, QStringLiteral("Minder CO2")))).ok());
        QTRY_VERIFY(!notified.isEmpty());
        QTest::qWait(20);

        // THEN nothing is read while nobody looks
        QCOMPARE(cache.requests(), 1);
        QVERIFY(cache.goals().isEmpty());
        // AND the goal is there as soon as the view shows again
        cache.show(view.get(), PlanCache::Goals);
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 2);
        QCOMPARE(cache.goals().size(), 1);
        // AND a view that is gone shows nothing any more
        view.reset();
        QCOMPARE(cache.shown(), PlanCache::Parts());
    }

    void shouldDropAnswersForAProjectNoLongerShown()
    {
        // GIVEN two projects, each with its own goal
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Project other = TestLib::makeProject(QStringLiteral("Schone Merwede"));
        QVERIFY(await(fixture.store()->createProject(other, {})).ok());
        QVERIFY(await(fixture.store()->saveGoal(TestLib::makeGoal(d.project.id, QStringLiteral("Van Dordrecht")))).ok());
        QVERIFY(await(fixture.store()->saveGoal(TestLib::makeGoal(other.id, QStringLiteral("Van de Merwede")))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        QObject view;
        cache.show(&view, PlanCache::Goals);
        QSignalSpy changed(&cache, &PlanCache::changed);
        QSignalSpy projectChanged(&cache, &PlanCache::projectChanged);

        // WHEN the first project is asked for and, before it answers, the other is shown
        cache.setProjectId(d.project.id);
        cache.setProjectId(other.id);
        QVERIFY(settle(cache));
        QTest::qWait(20);

        // THEN only the other's answer arrives
        QCOMPARE(projectChanged.count(), 2);
        QCOMPARE(cache.requests(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cache.goals().size(), 1);
        QCOMPARE(cache.goals().first().title, QStringLiteral("Van de Merwede"));
        // AND the same project again changes nothing
        cache.setProjectId(other.id);
        QCOMPARE(projectChanged.count(), 2);
        QCOMPARE(cache.requests(), 2);
    }

    void shouldDropAnAnswerANewerRequestSupersedes()
    {
        // GIVEN a log of two organisations shown by a view
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.dordrecht.id, 2, QStringLiteral("Overleg")))).ok());
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.zwijndrecht.id, 3, QStringLiteral("Wijkavond")))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        QObject view;
        cache.show(&view, PlanCache::ProgressLog);
        QVERIFY(settle(cache));
        QCOMPARE(cache.progress().size(), 2);
        QSignalSpy changed(&cache, &PlanCache::changed);

        // WHEN the filter changes twice before the first answer
        ProgressFilter f = cache.progressFilter();
        f.organisationId = d.dordrecht.id;
        cache.setProgressFilter(f);
        f.organisationId = d.zwijndrecht.id;
        cache.setProgressFilter(f);
        QVERIFY(settle(cache));
        QTest::qWait(20);

        // THEN only the last one's rows arrive
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cache.progress().size(), 1);
        QCOMPARE(cache.progress().first().note, QStringLiteral("Wijkavond"));
        QCOMPARE(cache.progressFilter().projectId, d.project.id);
    }

    void shouldReadTheWholeLogsHoursWhateverTheFilter()
    {
        // GIVEN hours of two organisations, and a log filtered to one of them
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.dordrecht.id, 2, QStringLiteral("Overleg")))).ok());
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.zwijndrecht.id, 3, QStringLiteral("Wijkavond")))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        ProgressFilter f = cache.progressFilter();
        f.organisationId = d.dordrecht.id;
        cache.setProgressFilter(f);

        // WHEN a view shows the filtered totals and another the whole log's hours
        QObject log, map;
        cache.show(&log, PlanCache::Contributions);
        cache.show(&map, PlanCache::ProjectHours);
        QVERIFY(settle(cache));

        // THEN the one has Dordrecht's hours only, the other both organisations'
        QCOMPARE(cache.contributions().size(), 1);
        QCOMPARE(cache.projectHours().size(), 2);
        QCOMPARE(cache.projectHours().first().hours, 3.0);
    }

    void shouldReadTheDashboardWithoutAProject()
    {
        // GIVEN an overdue milestone and a cache without a project
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        QVERIFY(await(fixture.store()->saveMilestone(TestLib::makeMilestone(d.project.id, QStringLiteral("Te laat"),
                                                                             QDate::currentDate().addDays(-3), d.dordrecht.id)))
                    .ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        QObject dashboard;

        // WHEN the dashboard is shown, and the project parts too
        cache.show(&dashboard, PlanCache::Dashboard | PlanCache::Goals);
        QVERIFY(settle(cache));

        // THEN the dashboard is read, and no project part
        QCOMPARE(cache.requests(), 1);
        QCOMPARE(cache.dashboard().overdueMilestones.size(), 1);
        QCOMPARE(cache.dashboard().overdueMilestones.first().title, QStringLiteral("Te laat"));
        // AND refreshing it reads it again
        cache.refresh(PlanCache::Dashboard);
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 2);
    }

    void shouldKnowWhichPartsATableFeeds_data()
    {
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("parts");
        QTest::newRow("goals") << int(ChangeSet::Goals)
                               << int(PlanCache::Goals | PlanCache::Measurements | PlanCache::Evaluations | PlanCache::Dashboard);
        QTest::newRow("milestones") << int(ChangeSet::Milestones)
                                    << int(PlanCache::Milestones | PlanCache::Evaluations | PlanCache::ProgressLog
                                           | PlanCache::Contributions | PlanCache::ProgressAuthors | PlanCache::Dashboard);
        QTest::newRow("progress") << int(ChangeSet::Progress)
                                  << int(PlanCache::ProgressLog | PlanCache::Contributions | PlanCache::ProgressAuthors
                                         | PlanCache::ProjectHours | PlanCache::Dashboard);
        QTest::newRow("people") << int(ChangeSet::People)
                                << int(PlanCache::ProgressLog | PlanCache::Contributions | PlanCache::ProgressAuthors);
        QTest::newRow("evaluations") << int(ChangeSet::Evaluations) << int(PlanCache::Evaluations | PlanCache::Dashboard);
        QTest::newRow("projects") << int(ChangeSet::Projects) << int(PlanCache::Dashboard);
        QTest::newRow("participations") << int(ChangeSet::Participations) << 0;
        QTest::newRow("sync") << int(ChangeSet::Sync) << 0;
    }

    void shouldKnowWhichPartsATableFeeds()
    {
        QFETCH(int, tables);
        QFETCH(int, parts);
        QCOMPARE(PlanCache::partsOf(ChangeSet{tables, {}}).toInt(), parts);
    }
};

QTEST_MAIN(PlanCacheTest)
#include "plancachetest.moc"
