#include "model/plancache.h"
#include "model/repository.h"
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

    /// The ids of @p rows in their order.
    template<typename T>
    static QList<QUuid> idsOf(const QList<T> &rows)
    {
        QList<QUuid> ids;
        for (const T &row : rows)
            ids.append(row.id);
        return ids;
    }

    /// True when @p cache holds what a whole read of its project answers now.
    static bool holdsWhatTheStoreHas(PlanCache &cache, Model::PlanRepository *plan)
    {
        const auto goals = await(plan->goals(cache.projectId()));
        const auto measurements = await(plan->projectMeasurements(cache.projectId()));
        const auto milestones = await(plan->milestones(cache.projectId()));
        if (!goals.ok() || !measurements.ok() || !milestones.ok())
            return false;
        bool same = idsOf(cache.goals()) == idsOf(goals.value())
            && idsOf(cache.measurements()) == idsOf(measurements.value())
            && idsOf(cache.milestones()) == idsOf(milestones.value());
        for (qsizetype i = 0; same && i < goals.value().size(); ++i) {
            same = cache.goals().at(i).title == goals.value().at(i).title
                && cache.goals().at(i).servesOrganisations == goals.value().at(i).servesOrganisations;
        }
        for (qsizetype i = 0; same && i < milestones.value().size(); ++i) {
            same = cache.milestones().at(i).title == milestones.value().at(i).title
                && cache.milestones().at(i).goals == milestones.value().at(i).goals;
        }
        return same;
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

    void shouldReadOnlyTheRowsAChangeNames()
    {
        // GIVEN goals, measurements and milestones of a project, read whole
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        Goal late = TestLib::makeGoal(d.project.id, QStringLiteral("Later doel"));
        late.due = QDate(2029, 1, 1);
        Goal soon = TestLib::makeGoal(d.project.id, QStringLiteral("Vroeg doel"));
        soon.due = QDate(2027, 1, 1);
        Goal open = TestLib::makeGoal(d.project.id, QStringLiteral("Zonder datum"));
        for (const Goal &g : {late, soon, open})
            QVERIFY(await(fixture.store()->saveGoal(g)).ok());
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(soon, 10, QDate(2026, 3, 1)))).ok());
        const Milestone first = TestLib::makeMilestone(d.project.id, QStringLiteral("Eerste"), QDate(2027, 2, 1), d.dordrecht.id);
        const Milestone second = TestLib::makeMilestone(d.project.id, QStringLiteral("Tweede"), QDate(2027, 6, 1), d.dordrecht.id);
        QVERIFY(await(fixture.store()->saveMilestone(first)).ok());
        QVERIFY(await(fixture.store()->saveMilestone(second)).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        QObject view;
        cache.show(&view, PlanCache::Goals | PlanCache::Measurements | PlanCache::Milestones);
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 3);
        QCOMPARE(cache.requestsByIds(), 0);
        QVERIFY(holdsWhatTheStoreHas(cache, fixture.store()));

        // WHEN a goal moves past the others by its date and gains a partner
        Goal moved = *cache.goal(soon.id);
        moved.due = QDate(2030, 1, 1);
        moved.servesOrganisations = {d.zwijndrecht.id};
        QVERIFY(await(fixture.store()->saveGoal(moved)).ok());
        QVERIFY(settle(cache));
        QTRY_COMPARE(cache.requests(), 5);
        QVERIFY(settle(cache));
        // THEN only that goal was read (and the measurements' read of its id found nothing), in its new place
        QCOMPARE(cache.requestsByIds(), 2);
        QVERIFY(holdsWhatTheStoreHas(cache, fixture.store()));
        QCOMPARE(cache.goals().at(1).id, soon.id);
        QCOMPARE(cache.goals().at(1).servesOrganisations, QList<QUuid>{d.zwijndrecht.id});

        // WHEN a measurement is added, a milestone added between the two and another removed
        const int before = cache.requests();
        // (each change read before the next: a change that comes while a read
        // of its part waits makes the part read whole, which is right but not
        // what this step checks; a busy machine would make that happen at random)
        int asked = cache.requests();
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(moved, 5, QDate(2026, 1, 1)))).ok());
        QTRY_VERIFY(cache.requests() > asked);
        QVERIFY(settle(cache));
        asked = cache.requests();
        QVERIFY(await(fixture.store()->saveMilestone(
                          TestLib::makeMilestone(d.project.id, QStringLiteral("Tussendoor"), QDate(2027, 4, 1), d.dordrecht.id)))
                    .ok());
        QTRY_VERIFY(cache.requests() > asked);
        QVERIFY(settle(cache));
        asked = cache.requests();
        QVERIFY(await(fixture.store()->setMilestoneDeleted(first.id, true)).ok());
        QTRY_VERIFY(cache.requests() > asked);
        QVERIFY(cache.requests() >= before + 3);
        QVERIFY(settle(cache));
        // THEN each part holds what a whole read would, every read by rows alone
        QCOMPARE(cache.requestsByIds(), cache.requests() - 3);
        QVERIFY(holdsWhatTheStoreHas(cache, fixture.store()));
        QCOMPARE(cache.measurements().size(), 2);
        QCOMPARE(cache.measurements().first().value, 5.0); // by date
        QCOMPARE(cache.milestones().size(), 2);
        QCOMPARE(cache.milestones().first().title, QStringLiteral("Tussendoor"));
    }

    void shouldReadWholeWhenAChangeNamesNoRowsOrMany()
    {
        // GIVEN goals read whole
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Goal goal = TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen"));
        QVERIFY(await(fixture.store()->saveGoal(goal)).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        cache.setProjectId(d.project.id);
        QObject view;
        cache.show(&view, PlanCache::Goals);
        QVERIFY(settle(cache));

        // WHEN the goal is removed (which names no rows: its milestones change too)
        QVERIFY(await(fixture.store()->setGoalDeleted(goal.id, true)).ok());
        QTRY_COMPARE(cache.requests(), 2);
        QVERIFY(settle(cache));
        // THEN the goals are read whole
        QCOMPARE(cache.requestsByIds(), 0);
        QVERIFY(cache.goals().isEmpty());

        // WHEN a change names more rows than are worth reading alone
        QList<QUuid> many;
        for (int i = 0; i <= PlanCache::MaxRefreshIds; ++i)
            many.append(QUuid::createUuid());
        Q_EMIT fixture.notifier()->changed(ChangeSet{ChangeSet::Goals, many});
        QVERIFY(settle(cache));
        // THEN they are read whole too
        QCOMPARE(cache.requests(), 3);
        QCOMPARE(cache.requestsByIds(), 0);
        // AND a few named rows are read alone, even ids of no goal
        Q_EMIT fixture.notifier()->changed(ChangeSet{ChangeSet::Goals, many.mid(0, 3)});
        QVERIFY(settle(cache));
        QCOMPARE(cache.requests(), 4);
        QCOMPARE(cache.requestsByIds(), 1);
        QVERIFY(cache.goals().isEmpty());
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
