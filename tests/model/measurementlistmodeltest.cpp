#include "model/editor.h"
#include "model/measurementhistory.h"
#include "model/measurementlistmodel.h"
#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTimeZone>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

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

    void shouldShowCorrectionsUnderWhatTheyReplaceAndUndoThem()
    {
        // GIVEN a goal with two measurements, shown in the list
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Goal homes = TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen"));
        QVERIFY(await(fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(fixture.store()->addMeasurement(TestLib::makeMeasurement(homes, 20, QDate(2026, 1, 1)))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        MeasurementListModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject view;
        QSignalSpy changed(&cache, &PlanCache::changed);
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::Measurements);
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));
        model.setGoalId(homes.id);
        QUndoStack stack;
        Editor editor(fixture.store(), fixture.store(), &stack);
        editor.setPlan(fixture.store());
        // Every step adds one row: wait for it, and for the reads it set off.
        auto settle = [&](int rows) {
            QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), rows, TestLib::AnswerTimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(editor.pending(), 0, TestLib::AnswerTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!cache.isPending(PlanCache::Measurements), TestLib::AnswerTimeoutMs);
        };
        auto standing = [&] { return cache.measurementsOf(homes.id); };
        Measurement added = TestLib::makeMeasurement(homes, 45, QDate(2026, 3, 1));
        editor.addMeasurement(added);
        settle(2);
        QCOMPARE(model.rowCount(), 2);

        // WHEN the second is corrected: 54, not 45
        Measurement corrected = added;
        corrected.id = QUuid::createUuid();
        corrected.value = 54;
        corrected.note = QStringLiteral("Cijfers omgedraaid");
        editor.correctMeasurement(added, corrected);
        settle(3);

        // THEN the correction goes right under it, which is struck through, and the chart's values take 54
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data(MeasurementListModel::IdRole).toUuid(), added.id);
        QCOMPARE(model.index(1, 0).data(MeasurementListModel::StateRole).value<MeasurementListModel::State>(),
                 MeasurementListModel::State::Replaced);
        QVERIFY(model.index(1, MeasurementListModel::ValueColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(2, 0).data(MeasurementListModel::IdRole).toUuid(), corrected.id);
        QCOMPARE(model.index(2, 0).data(MeasurementListModel::StateRole).value<MeasurementListModel::State>(),
                 MeasurementListModel::State::Current);
        QVERIFY(model.index(2, MeasurementListModel::NoteColumn).data().toString().contains(corrected.note));
        QCOMPARE(model.standing(1)->id, corrected.id);
        QCOMPARE(standing().size(), 2);
        QCOMPARE(standing().last().value, 54.0);

        // WHEN the correction is undone
        stack.undo();
        settle(4);
        // THEN a correction puts 45 back: nothing is removed, the chart has 45 again
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(standing().last().value, 45.0);
        QCOMPARE(model.index(3, 0).data(MeasurementListModel::StateRole).value<MeasurementListModel::State>(),
                 MeasurementListModel::State::Current);

        // WHEN it is redone, and then the reading is withdrawn
        stack.redo();
        settle(5);
        QCOMPARE(standing().last().value, 54.0);
        editor.withdrawMeasurement(*model.standing(1), {});
        settle(6);
        // THEN the chart leaves it out, and the list says it is withdrawn
        QCOMPARE(standing().size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(5, 0).data(MeasurementListModel::StateRole).value<MeasurementListModel::State>(),
                 MeasurementListModel::State::Withdrawn);
        QCOMPARE(model.index(5, MeasurementListModel::ValueColumn).data().toString(), QStringLiteral("—"));

        // WHEN the withdrawal and the correction are undone
        stack.undo();
        stack.undo();
        settle(8);
        // THEN the reading is back as it was, and undoing its adding withdraws it too
        QCOMPARE(standing().size(), 2);
        QCOMPARE(standing().last().value, 45.0);
        stack.undo();
        settle(9);
        QCOMPARE(standing().size(), 1);
        QCOMPARE(standing().first().value, 20.0);
        // AND a redo brings it back, each row in the store naming the one it replaces
        stack.redo();
        settle(10);
        QCOMPARE(standing().size(), 2);
        QCOMPARE(standing().last().value, 45.0);
        const QList<MeasurementChain> chains = measurementChains(cache.measurementRecordsOf(homes.id));
        QCOMPARE(chains.size(), 2);
        for (int i = 1; i < chains.last().rows.size(); ++i)
            QCOMPARE(chains.last().rows.at(i).correctsId, chains.last().rows.at(i - 1).id);
        QCOMPARE(chains.last().standing.id, chains.last().rows.last().id);
    }

    void shouldLetTheLaterOfTwoOfflineCorrectionsStand()
    {
        // GIVEN a reading corrected on two laptops at once: both name it
        const QUuid goal = QUuid::createUuid();
        auto row = [&](double value, const QUuid &corrects, int second) {
            Measurement m;
            m.id = QUuid::createUuid();
            m.goalId = goal;
            m.value = value;
            m.measuredOn = QDate(2026, 5, 1);
            m.correctsId = corrects;
            m.meta.createdAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0, second), QTimeZone::UTC);
            return m;
        };
        const Measurement first = row(10, {}, 0);
        const Measurement mine = row(11, first.id, 5);
        const Measurement theirs = row(12, first.id, 7);
        const Measurement other = row(30, {}, 1);

        // WHEN the chains are made, in whichever order the rows came
        for (const QList<Measurement> &rows : {QList<Measurement>{first, mine, theirs, other},
                                              QList<Measurement>{theirs, other, mine, first}}) {
            const QList<MeasurementChain> chains = measurementChains(rows);
            // THEN the later correction stands, the other is kept in its chain
            QCOMPARE(chains.size(), 2);
            const MeasurementChain &corrected = chains.first().rows.size() == 3 ? chains.first() : chains.last();
            QCOMPARE(corrected.rows.first().id, first.id);
            QCOMPARE(corrected.standing.id, theirs.id);
            const QList<Measurement> current = currentMeasurements(rows);
            QCOMPARE(current.size(), 2);
            QVERIFY(std::any_of(current.cbegin(), current.cend(), [](const Measurement &m) { return m.value == 12; }));
        }
    }
};

QTEST_MAIN(MeasurementListModelTest)
#include "measurementlistmodeltest.moc"
