#include "model/measurementlistmodel.h"
#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class MeasurementListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListTheMeasurementsOfOneGoalOldestFirst()
    {
        // GIVEN two goals with measurements, added out of order
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Goal homes = TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen"));
        const Goal waste = TestLib::makeGoal(d.project.id, QStringLiteral("Minder afval"));
        QVERIFY(await(fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(fixture.store()->saveGoal(waste)).ok());
        Measurement late = TestLib::makeMeasurement(homes, 60.5, QDate(2026, 6, 1));
        late.note = QStringLiteral("Na de zomer");
        QVERIFY(await(fixture.store()->addMeasurement(late)).ok());
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 20, QDate(2026, 1, 1)))).ok());
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(waste, 7, QDate(2026, 2, 1)))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        MeasurementListModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&cache, &PlanCache::changed);
        QObject view;
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::Measurements);
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));

        // WHEN the first goal is chosen
        model.setGoalId(homes.id);

        // THEN its two measurements are listed, oldest first, with date, value and note
        QCOMPARE(model.goalId(), homes.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(MeasurementListModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(MeasurementListModel::DateRole).toDate(), QDate(2026, 1, 1));
        QCOMPARE(model.index(1, MeasurementListModel::DateColumn).data().toString(),
                 QLocale().toString(QDate(2026, 6, 1), QLocale::ShortFormat));
        QCOMPARE(model.index(1, MeasurementListModel::ValueColumn).data().toString(), QLocale().toString(60.5));
        QCOMPARE(model.index(1, MeasurementListModel::ValueColumn).data(MeasurementListModel::ValueRole).toDouble(), 60.5);
        QCOMPARE(model.index(1, MeasurementListModel::NoteColumn).data().toString(), QStringLiteral("Na de zomer"));
        QCOMPARE(model.index(1, 0).data(MeasurementListModel::IdRole).toUuid(), late.id);
        QCOMPARE(model.measurements().size(), 2);
        QVERIFY(!model.headerData(MeasurementListModel::ValueColumn, Qt::Horizontal).toString().isEmpty());

        // WHEN a newer measurement is added
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 80, QDate(2026, 9, 1)))).ok());
        QVERIFY(inserted.wait(TestLib::AnswerTimeoutMs));
        // THEN it is added below, the others stay
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, MeasurementListModel::ValueColumn).data(MeasurementListModel::ValueRole).toDouble(), 80.0);

        // WHEN the other goal is chosen, or none
        model.setGoalId(waste.id);
        QCOMPARE(model.rowCount(), 1);
        model.setGoalId({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(MeasurementListModelTest)
#include "measurementlistmodeltest.moc"
