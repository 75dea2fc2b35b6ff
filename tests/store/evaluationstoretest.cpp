// Evaluations, their decisions and reflections in a real SQLite file.

#include "testlib/planstoretestbase.h"

class EvaluationStoreTest : public PlanStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }

    void shouldPlanEvaluationsInACycleWithoutDoubles()
    {
        // WHEN evaluations are planned every three months through 2026, twice
        const auto first
            = store().evaluations().planEvaluations(m_project.id, QDate(2026, 1, 15), 3, QDate(2026, 12, 31));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value(), 4);
        QCOMPARE(
            store().evaluations().planEvaluations(m_project.id, QDate(2026, 1, 15), 3, QDate(2026, 12, 31)).value(), 0);
        // THEN there are four, planned, in order
        const auto all = store().evaluations().evaluations(m_project.id).value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(1).plannedOn, QDate(2026, 4, 15));
        QVERIFY(!all.at(1).isHeld());
        // AND a nonsense cycle is refused
        QCOMPARE(
            store().evaluations().planEvaluations(m_project.id, QDate(2026, 1, 1), 0, QDate(2026, 12, 31)).error().code,
            Error::Validation);
    }

    void shouldHoldEvaluationAndApplyDecisionsWithBeforeAndAfter()
    {
        // GIVEN a goal, a milestone and a planned evaluation
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Milestone m{QUuid::createUuid(),
                      m_project.id,
                      u"Warmtenet aangelegd"_s,
                      {},
                      QDate(2027, 6, 1),
                      m_dordrecht.id,
                      {},
                      {},
                      MilestoneStatus::Planned,
                      {},
                      {},
                      {}};
        QVERIFY(store().milestones().saveMilestone(m).ok());
        QVERIFY(store().evaluations().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        Evaluation e = store().evaluations().evaluations(m_project.id).value().first();
        QSqlQuery clear(store().database());
        QVERIFY(clear.exec(u"DELETE FROM outbox"_s));
        // WHEN it is held: the goal scored at risk, the target lowered and the milestone moved
        e.heldOn = QDate(2026, 6, 3);
        e.findings = u"De aanbesteding loopt vertraging op"_s;
        e.scores = {{ QUuid::createUuid(), g.id, GoalHealth::AtRisk, u"Achter op schema"_s, {} }};
        Decision lower{QUuid::createUuid(),
                         m_project.id,
                         e.id,
                         u"Streefwaarde bijstellen"_s,
                         Decision::Subject::GoalTarget,
                         g.id,
                         {},
                         {},
                         u"800"_s,
                         u"Minder woningen geschikt dan gedacht"_s,
                         {}};
        Decision move{QUuid::createUuid(),
                        m_project.id,
                        e.id,
                        u"Mijlpaal een kwartaal later"_s,
                        Decision::Subject::MilestoneDue,
                        m.id,
                        {},
                        {},
                        u"2027-09-01"_s,
                        u"Vertraging aanbesteding"_s,
                        {}};
        e.decisions = {lower, move};
        const auto held = store().evaluations().holdEvaluation(e);
        QVERIFY2(held.ok(), qPrintable(held.error().message));
        // THEN the changes are made, and the decision log says what they replaced
        QCOMPARE(*store().goals().goals(m_project.id).value().first().target, 800.0);
        QCOMPARE(store().milestones().milestones(m_project.id).value().first().due, QDate(2027, 9, 1));
        const Evaluation after = held.value();
        QVERIFY(after.isHeld());
        QCOMPARE(after.scores.size(), 1);
        QCOMPARE(after.scores.first().status, GoalHealth::AtRisk);
        QCOMPARE(after.scores.first().goalTitle, u"Duizend woningen"_s);
        QCOMPARE(after.decisions.size(), 2);
        QCOMPARE(after.decisions.at(0).before, u"1000"_s);
        QCOMPARE(after.decisions.at(0).after, u"800"_s);
        QCOMPARE(after.decisions.at(0).subjectTitle, u"Duizend woningen"_s);
        QCOMPARE(after.decisions.at(1).before, u"2027-06-01"_s);
        // AND everything goes to the server: evaluation, score, two decisions, the goal and the milestone
        QCOMPARE(count(u"SELECT count(DISTINCT tbl) FROM outbox"_s), 5);
        // WHEN it is saved again with the same decisions
        QVERIFY(store().evaluations().holdEvaluation(after).ok());
        // THEN nothing is applied twice
        QCOMPARE(count(u"SELECT count(*) FROM decision"_s), 2);
        QCOMPARE(store().milestones().milestones(m_project.id).value().first().due, QDate(2027, 9, 1));
    }

    void shouldMoveAndRemovePlannedEvaluationsButKeepHeldOnes()
    {
        // GIVEN two planned evaluations, one of which is held
        QVERIFY(store().evaluations().planEvaluations(m_project.id, QDate(2026, 3, 1), 3, QDate(2026, 6, 1)).ok());
        auto all = store().evaluations().evaluations(m_project.id).value();
        QCOMPARE(all.size(), 2);
        Evaluation held = all.at(0);
        held.heldOn = QDate(2026, 3, 2);
        held.findings = u"Op koers"_s;
        QVERIFY(store().evaluations().holdEvaluation(held).ok());
        // WHEN the planned one is moved and made the closing evaluation
        Evaluation moved = all.at(1);
        moved.plannedOn = QDate(2026, 7, 15);
        moved.kind = EvaluationKind::Closing;
        const auto saved = store().evaluations().savePlannedEvaluation(moved);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        // THEN it has its new date and kind
        QCOMPARE(saved.value().plannedOn, QDate(2026, 7, 15));
        QCOMPARE(saved.value().kind, EvaluationKind::Closing);
        // AND one more can be planned by itself
        Evaluation extra;
        extra.id = QUuid::createUuid();
        extra.projectId = m_project.id;
        extra.plannedOn = QDate(2026, 9, 1);
        QVERIFY(store().evaluations().savePlannedEvaluation(extra).ok());
        QCOMPARE(store().evaluations().evaluations(m_project.id).value().size(), 3);
        // WHEN the extra one is removed, and brought back (undo)
        QVERIFY(store().evaluations().setEvaluationDeleted(extra.id, true).ok());
        QCOMPARE(store().evaluations().evaluations(m_project.id).value().size(), 2);
        QVERIFY(store().evaluations().setEvaluationDeleted(extra.id, false).ok());
        QCOMPARE(store().evaluations().evaluations(m_project.id).value().size(), 3);
        // THEN a held evaluation can be neither moved nor removed: it is a record
        Evaluation tooLate = held;
        tooLate.plannedOn = QDate(2026, 12, 1);
        QCOMPARE(store().evaluations().savePlannedEvaluation(tooLate).error().code, Error::Rule);
        QCOMPARE(store().evaluations().setEvaluationDeleted(held.id, true).error().code, Error::Rule);
        const Evaluation still = store().evaluations().evaluations(m_project.id).value().first();
        QCOMPARE(still.plannedOn, QDate(2026, 3, 1));
        QVERIFY(still.isHeld());
        // AND a planned evaluation needs a date, and stays in its project
        Evaluation undated = extra;
        undated.plannedOn = {};
        QCOMPARE(store().evaluations().savePlannedEvaluation(undated).error().code, Error::Validation);
        const Project other
            = store()
                  .projects()
                  .createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_dordrecht.id)
                  .value();
        Evaluation elsewhere = extra;
        elsewhere.projectId = other.id;
        QCOMPARE(store().evaluations().savePlannedEvaluation(elsewhere).error().code, Error::Rule);
        QCOMPARE(store().evaluations().evaluations(m_project.id).value().size(), 3);
    }

    void shouldRefuseBadEvaluationsAndKeepEverything()
    {
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        QVERIFY(store().evaluations().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        Evaluation e = store().evaluations().evaluations(m_project.id).value().first();
        e.heldOn = QDate(2026, 6, 3);
        // A closing evaluation without lessons
        e.kind = EvaluationKind::Closing;
        QCOMPARE(store().evaluations().holdEvaluation(e).error().code, Error::Validation);
        // A decision whose new target is not a number: nothing at all is written
        e.kind = EvaluationKind::Interim;
        e.findings = u"Goed"_s;
        e.decisions = {{ QUuid::createUuid(),
                          m_project.id,
                          e.id,
                          u"Bijstellen"_s,
                          Decision::Subject::GoalTarget,
                          g.id,
                          {},
                          {},
                          u"veel"_s,
                          {},
                          {} }};
        QCOMPARE(store().evaluations().holdEvaluation(e).error().code, Error::Validation);
        QVERIFY(!store().evaluations().evaluations(m_project.id).value().first().isHeld());
        QCOMPARE(*store().goals().goals(m_project.id).value().first().target, 1000.0);
        QCOMPARE(count(u"SELECT count(*) FROM decision"_s), 0);
    }

    void shouldKeepCommentsOfReflectors()
    {
        QVERIFY(store().evaluations().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        const Evaluation e = store().evaluations().evaluations(m_project.id).value().first();
        Person reflector;
        reflector.id = QUuid::createUuid();
        reflector.name = u"Ahmed Yilmaz"_s;
        reflector.organisationId = m_zwijndrecht.id;
        QVERIFY(store().organisations().savePerson(reflector).ok());
        EvaluationComment c;
        c.evaluationId = e.id;
        c.personId = reflector.id;
        c.comment = u"Betrek de huurdersvereniging eerder"_s;
        QVERIFY(store().evaluations().addEvaluationComment(c).ok());
        c.comment = u"  "_s;
        QCOMPARE(store().evaluations().addEvaluationComment(c).error().code, Error::Validation);
        const auto comments = store().evaluations().evaluations(m_project.id).value().first().comments;
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().personName, u"Ahmed Yilmaz"_s);
    }
};

QTEST_GUILESS_MAIN(EvaluationStoreTest)
#include "evaluationstoretest.moc"
