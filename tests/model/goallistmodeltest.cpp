#include "model/goallistmodel.h"
#include "model/plancache.h"
#include "model/text.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class GoalListModelTest : public QObject
{
    Q_OBJECT

    struct Setup {
        TestLib::StoreFixture fixture;
        TestLib::Drechtsteden d = TestLib::makeDrechtsteden(fixture);
        PlanCache cache{fixture.store(), fixture.notifier()};
        QObject view;
    };

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListTheGoalsWithTheirHealth()
    {
        // GIVEN a goal well on its way and one without measurements
        Setup s;
        const Goal homes = TestLib::makeGoal(s.d.project.id, QStringLiteral("Honderd woningen"));
        Goal waste = TestLib::makeGoal(s.d.project.id, QStringLiteral("Minder zwerfafval"), std::nullopt, std::nullopt);
        waste.due = QDate(2030, 1, 1);
        QVERIFY(await(s.fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(s.fixture.store()->saveGoal(waste)).ok());
        for (const auto &[value, ago] : {std::pair{40.0, 60}, std::pair{100.0, 1}})
            QVERIFY(await(s.fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, value, QDate::currentDate().addDays(-ago)))).ok());
        GoalListModel model(&s.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &GoalListModel::loaded);
        QSignalSpy reached(&model, &GoalListModel::targetReached);

        // WHEN a view shows the project's goals
        s.cache.setProjectId(s.d.project.id);
        s.cache.show(&s.view, PlanCache::Goals | PlanCache::Measurements);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN both are listed (dated first), each with its title, health and colour
        QCOMPARE(model.rowCount(), 2);
        const int w = model.rowOf(waste.id);
        const int h = model.rowOf(homes.id);
        QCOMPARE(w, 0);
        QCOMPARE(h, 1);
        QCOMPARE(model.index(h).data(GoalListModel::HealthRole).toInt(), int(GoalHealth::Reached));
        QCOMPARE(model.index(h).data().toString(), QStringLiteral("Honderd woningen\n") + displayName(GoalHealth::Reached));
        QCOMPARE(model.index(h).data(Qt::DecorationRole).value<QColor>(), healthColour(GoalHealth::Reached));
        QCOMPARE(model.index(w).data(GoalListModel::HealthRole).toInt(), int(GoalHealth::Unknown));
        QCOMPARE(model.index(w).data(GoalListModel::IdRole).toUuid(), waste.id);
        QCOMPARE(model.index(w).data(GoalListModel::GoalRole).value<Goal>().title, waste.title);
        QCOMPARE(model.index(w).data(GoalListModel::TitleRole).toString(), waste.title);
        QCOMPARE(model.trend(h).latest, std::optional<double>(100));
        QCOMPARE(model.goals().size(), 2);
        // AND a target reached before the goal was first shown is no news
        QCOMPARE(reached.count(), 0);
    }

    void shouldAnnounceATargetJustReachedOnce()
    {
        // GIVEN a goal shown half way
        Setup s;
        const Goal homes = TestLib::makeGoal(s.d.project.id, QStringLiteral("Honderd woningen"));
        QVERIFY(await(s.fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(s.fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 50, QDate::currentDate().addDays(-30)))).ok());
        GoalListModel model(&s.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &GoalListModel::loaded);
        QSignalSpy reached(&model, &GoalListModel::targetReached);
        s.cache.setProjectId(s.d.project.id);
        s.cache.show(&s.view, PlanCache::Goals | PlanCache::Measurements);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN a measurement reaches the target (here or from another laptop)
        QVERIFY(await(s.fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 100, QDate::currentDate()))).ok());
        QVERIFY(reached.wait(TestLib::AnswerTimeoutMs));

        // THEN it is announced, naming the goal, and the row changes in place
        QCOMPARE(reached.count(), 1);
        QCOMPARE(reached.first().first().value<Goal>().id, homes.id);
        QCOMPARE(model.index(0).data(GoalListModel::HealthRole).toInt(), int(GoalHealth::Reached));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);

        // WHEN another measurement keeps it reached
        QVERIFY(await(s.fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 101, QDate::currentDate()))).ok());
        loaded.clear();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN it is not announced again
        QCOMPARE(reached.count(), 1);
    }

    void shouldStartAfreshForAnotherProject()
    {
        // GIVEN the goals of a project shown
        Setup s;
        QVERIFY(await(s.fixture.store()->saveGoal(TestLib::makeGoal(s.d.project.id, QStringLiteral("Honderd woningen")))).ok());
        GoalListModel model(&s.cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &GoalListModel::loaded);
        s.cache.setProjectId(s.d.project.id);
        s.cache.show(&s.view, PlanCache::Goals | PlanCache::Measurements);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(model.rowCount(), 1);

        // WHEN no project is shown
        s.cache.setProjectId({});
        // THEN the list is empty at once
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    }
};

QTEST_MAIN(GoalListModelTest)
#include "goallistmodeltest.moc"
