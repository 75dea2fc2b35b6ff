#include "model/evaluationlistmodel.h"
#include "model/plancache.h"
#include "model/text.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class EvaluationListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListPlannedAndHeldEvaluationsWithScoresAndComments()
    {
        // GIVEN two planned evaluations and a goal
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Goal homes = TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen"));
        QVERIFY(await(fixture.store()->saveGoal(homes)).ok());
        QVERIFY(await(fixture.store()->planEvaluations(d.project.id, QDate(2027, 1, 15), 3, QDate(2027, 4, 15))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        EvaluationListModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &EvaluationListModel::loaded);
        QObject view;
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::Evaluations);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN both are listed as planned, by date, with their kind
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EvaluationListModel::ColumnCount));
        const QString planned = QLocale().toString(QDate(2027, 1, 15), QLocale::ShortFormat);
        QVERIFY(model.index(0, EvaluationListModel::DateColumn).data().toString().contains(planned));
        QCOMPARE(model.index(0, EvaluationListModel::KindColumn).data().toString(), displayName(EvaluationKind::Interim));
        QCOMPARE(model.index(0, 0).data(EvaluationListModel::IsHeldRole).toBool(), false);
        QVERIFY(model.index(0, EvaluationListModel::ScoresColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(EvaluationListModel::NotesColumn, Qt::Horizontal).toString(),
                 EvaluationListModel::tr("Findings and comments"));

        // WHEN the first is held, scoring the goal at risk, and someone comments
        Evaluation held = model.index(0, 0).data(EvaluationListModel::EvaluationRole).value<Evaluation>();
        const QUuid id = held.id;
        held.heldOn = QDate(2027, 1, 16);
        held.findings = QStringLiteral("Minder woningen geschikt");
        held.scores.append({QUuid::createUuid(), homes.id, GoalHealth::AtRisk, QStringLiteral("Netcapaciteit"), homes.title});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(await(fixture.store()->holdEvaluation(held)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN its row shows it held, with the score and the findings, in place
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.index(0, 0).data(EvaluationListModel::IsHeldRole).toBool(), true);
        QVERIFY(model.index(0, 0).data().toString().contains(QLocale().toString(QDate(2027, 1, 16), QLocale::ShortFormat)));
        // (each score beside its goal's name, also in the cell)
        QCOMPARE(model.index(0, EvaluationListModel::ScoresColumn).data().toString(),
                 homes.title + QStringLiteral(": ") + displayName(GoalHealth::AtRisk));
        const QString tip = model.index(0, EvaluationListModel::ScoresColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(homes.title));
        QVERIFY(tip.contains(QStringLiteral("Netcapaciteit")));
        QCOMPARE(model.index(0, EvaluationListModel::NotesColumn).data().toString(), QStringLiteral("Minder woningen geschikt"));
        QCOMPARE(model.evaluations().size(), 2);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);

        // WHEN a reflector comments on it
        Person joost{QUuid::createUuid(), QStringLiteral("Joost Bakker"), {}, {}, d.zwijndrecht.id, {}};
        QVERIFY(await(fixture.store()->savePerson(joost)).ok());
        EvaluationComment c;
        c.id = QUuid::createUuid();
        c.evaluationId = id;
        c.personId = joost.id;
        c.comment = QStringLiteral("Betrek de huurders eerder");
        QVERIFY(await(fixture.store()->addEvaluationComment(c)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN the comment follows the findings, with its author
        const QString notes = model.index(0, EvaluationListModel::NotesColumn).data().toString();
        QVERIFY(notes.startsWith(QStringLiteral("Minder woningen geschikt")));
        QVERIFY(notes.contains(QStringLiteral("Joost Bakker")));
        QVERIFY(notes.contains(QStringLiteral("Betrek de huurders eerder")));

        // WHEN the second is removed
        QVERIFY(await(fixture.store()->setEvaluationDeleted(model.evaluations().at(1).id, true)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN one is left
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(EvaluationListModelTest)
#include "evaluationlistmodeltest.moc"
