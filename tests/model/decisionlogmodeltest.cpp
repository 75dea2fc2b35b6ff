#include "model/decisionlogmodel.h"
#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class DecisionLogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldLogEveryDecisionWithWhatItChanged()
    {
        // GIVEN a goal, a milestone and a planned evaluation
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Goal homes = TestLib::makeGoal(d.project.id, QStringLiteral("Duizend woningen"), 0, 1000);
        const Milestone plan = TestLib::makeMilestone(d.project.id, QStringLiteral("Warmteplan"), QDate(2027, 3, 1), d.dordrecht.id);
        QVERIFY(await(fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(fixture.store()->saveMilestone(plan)).ok());
        QVERIFY(await(fixture.store()->planEvaluations(d.project.id, QDate(2027, 1, 15), 3, QDate(2027, 1, 15))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        DecisionLogModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&cache, &PlanCache::changed);
        QObject view;
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::Evaluations);
        QVERIFY(changed.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(model.rowCount(), 0);

        // WHEN it is held with a decision lowering the target and one moving the milestone
        Evaluation e = cache.evaluations().first();
        e.heldOn = QDate(2027, 1, 16);
        Decision lower{QUuid::createUuid(), d.project.id, e.id, QStringLiteral("Streefwaarde naar 800"),
                       Decision::Subject::GoalTarget, homes.id, {}, {}, QStringLiteral("800"), QStringLiteral("Netcapaciteit"),
                       QDate(2027, 1, 16)};
        Decision later{QUuid::createUuid(), d.project.id, e.id, QStringLiteral("Warmteplan later"),
                       Decision::Subject::MilestoneDue, plan.id, {}, {}, QStringLiteral("2027-06-01"), QStringLiteral("Inspraak"),
                       QDate(2027, 1, 16)};
        e.decisions = {lower, later};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(await(fixture.store()->holdEvaluation(e)).ok());
        QVERIFY(inserted.wait(TestLib::AnswerTimeoutMs));

        // THEN both are logged in order, with before and after as the reader writes them, and why
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DecisionLogModel::ColumnCount));
        QCOMPARE(model.index(0, DecisionLogModel::DateColumn).data().toString(),
                 QLocale().toString(QDate(2027, 1, 16), QLocale::ShortFormat));
        QCOMPARE(model.index(0, DecisionLogModel::TextColumn).data().toString(), lower.text);
        const QString target = model.index(0, DecisionLogModel::ChangeColumn).data().toString();
        QVERIFY2(target.contains(QLocale().toString(1000.0, 'g', 12) + QStringLiteral(" → ") + QLocale().toString(800.0, 'g', 12)),
                 qPrintable(target));
        QVERIFY(target.contains(homes.title));
        QCOMPARE(model.index(0, DecisionLogModel::ReasonColumn).data().toString(), QStringLiteral("Netcapaciteit"));
        const QString date = model.index(1, DecisionLogModel::ChangeColumn).data().toString();
        QVERIFY2(date.contains(QLocale().toString(QDate(2027, 3, 1), QLocale::ShortFormat) + QStringLiteral(" → ")
                               + QLocale().toString(QDate(2027, 6, 1), QLocale::ShortFormat)),
                 qPrintable(date));
        QCOMPARE(model.index(1, 0).data(DecisionLogModel::IdRole).toUuid(), later.id);
        QCOMPARE(model.index(1, 0).data(DecisionLogModel::DecisionRole).value<Decision>().subject, Decision::Subject::MilestoneDue);
        QCOMPARE(model.decisions().size(), 2);
        QCOMPARE(model.headerData(DecisionLogModel::ReasonColumn, Qt::Horizontal).toString(), DecisionLogModel::tr("Reason"));

        // WHEN another project is shown
        cache.setProjectId({});
        // THEN the log is empty
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(DecisionLogModelTest)
#include "decisionlogmodeltest.moc"
