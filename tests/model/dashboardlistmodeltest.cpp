#include "model/dashboardlistmodel.h"
#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class DashboardListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldSayWhenAListIsEmpty()
    {
        // GIVEN a dashboard with nothing overdue
        TestLib::StoreFixture fixture;
        TestLib::makeDrechtsteden(fixture);
        PlanCache cache(fixture.store(), fixture.notifier());
        DashboardListModel model(&cache, DashboardListModel::OverdueMilestones);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&cache, &PlanCache::changed);
        QObject view;
        cache.show(&view, PlanCache::Dashboard);
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));

        // THEN one line says so, and it cannot be chosen or opened
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.list(), DashboardListModel::OverdueMilestones);
        QVERIFY(model.items().isEmpty());
        QCOMPARE(model.index(0, DashboardListModel::TitleColumn).data().toString(), DashboardListModel::tr("Nothing overdue."));
        QCOMPARE(model.flags(model.index(0, 0)), Qt::NoItemFlags);
        QVERIFY(model.index(0, 0).data(DashboardListModel::ProjectIdRole).isNull());
    }

    void shouldListEachLineWithItsProject_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("header");
        QTest::newRow("overdue") << int(DashboardListModel::OverdueMilestones) << QStringLiteral("Warmteplan vastgesteld")
                                 << DashboardListModel::tr("Milestone");
        QTest::newRow("successes") << int(DashboardListModel::Successes) << QStringLiteral("Wijkavond gehouden")
                                   << DashboardListModel::tr("What");
    }

    void shouldListEachLineWithItsProject()
    {
        QFETCH(int, list);
        QFETCH(QString, title);
        QFETCH(QString, header);
        // GIVEN an overdue milestone and one reached today
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const QDate today = QDate::currentDate();
        Milestone late = TestLib::makeMilestone(d.project.id, QStringLiteral("Warmteplan vastgesteld"), today.addDays(-10), d.dordrecht.id);
        late.status = MilestoneStatus::InProgress;
        Milestone reached = TestLib::makeMilestone(d.project.id, QStringLiteral("Wijkavond gehouden"), today, d.zwijndrecht.id);
        reached.status = MilestoneStatus::Done;
        reached.completedOn = today;
        QVERIFY(await(fixture.store()->saveMilestone(late)).ok());
        QVERIFY(await(fixture.store()->saveMilestone(reached)).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        DashboardListModel model(&cache, DashboardListModel::List(list));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&cache, &PlanCache::changed);
        QObject view;

        // WHEN the dashboard is shown
        cache.show(&view, PlanCache::Dashboard);
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));

        // THEN the list has the line, naming its project, and leads to it
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(DashboardListModel::ColumnCount));
        QCOMPARE(model.index(0, DashboardListModel::TitleColumn).data().toString(), title);
        QCOMPARE(model.index(0, DashboardListModel::TitleColumn).data(Qt::ToolTipRole).toString(), title);
        QCOMPARE(model.index(0, DashboardListModel::ProjectColumn).data().toString(), d.project.name);
        QCOMPARE(model.index(0, 0).data(DashboardListModel::ProjectIdRole).toUuid(), d.project.id);
        QCOMPARE(model.index(0, 0).data(DashboardListModel::KindRole).toInt(), int(DashboardItem::Kind::Milestone));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled);
        QCOMPARE(model.headerData(DashboardListModel::TitleColumn, Qt::Horizontal).toString(), header);
        QVERIFY(!model.index(0, DashboardListModel::DateColumn).data().toString().isEmpty());
    }
};

QTEST_MAIN(DashboardListModelTest)
#include "dashboardlistmodeltest.moc"
