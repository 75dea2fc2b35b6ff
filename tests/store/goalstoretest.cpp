// Goals and their measurements in a real SQLite file.

#include "testlib/planstoretestbase.h"

#include "model/measurementhistory.h"

class GoalStoreTest : public PlanStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }

    void shouldSaveGoalWithThePartnersItServes()
    {
        // GIVEN a goal serving Zwijndrecht's priority
        Goal g = makeGoal(u"Duizend woningen van het gas af"_s);
        g.servesOrganisations = {m_zwijndrecht.id};
        // WHEN it is saved and read back
        const auto saved = store().goals().saveGoal(g);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        // THEN every field and the partner are there, and the edit is in the outbox
        const auto all = store().goals().goals(m_project.id).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().title, g.title);
        QCOMPARE(all.first().unit, u"woningen"_s);
        QCOMPARE(*all.first().baseline, 0.0);
        QCOMPARE(*all.first().target, 1000.0);
        QCOMPARE(all.first().due, QDate(2027, 12, 31));
        QCOMPARE(all.first().servesOrganisations, QList<QUuid> { m_zwijndrecht.id });
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl IN ('goal', 'goal_partner')"_s), 2);
        // WHEN the partner is swapped for Dordrecht and the target is cleared
        Goal changed = all.first();
        changed.servesOrganisations = {m_dordrecht.id};
        changed.target.reset();
        QVERIFY(store().goals().saveGoal(changed).ok());
        // THEN the old link is marked deleted, not lost, and the target is empty
        const Goal again = store().goals().goals(m_project.id).value().first();
        QCOMPARE(again.servesOrganisations, QList<QUuid> { m_dordrecht.id });
        QVERIFY(!again.target);
        QCOMPARE(count(u"SELECT count(*) FROM goal_partner WHERE deleted = 1"_s), 1);
    }

    void shouldAnswerTheGoalAsWrittenWithItsPartners()
    {
        // GIVEN a goal serving both partners' priorities
        Goal g = makeGoal(u"Duizend woningen"_s);
        g.servesOrganisations = {m_zwijndrecht.id, m_dordrecht.id};

        // WHEN it is saved, and saved again renamed and with one partner less
        const auto first = store().goals().saveGoal(g);
        g.title = u"Duizend woningen aardgasvrij"_s;
        g.servesOrganisations = {m_zwijndrecht.id};
        const auto second = store().goals().saveGoal(g);

        // THEN each answer is the goal as stored then, partners by name
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value().servesOrganisations, (QList<QUuid> { m_dordrecht.id, m_zwijndrecht.id }));
        QCOMPARE(first.value().meta.version, qint64(1));
        QVERIFY(second.ok());
        QCOMPARE(second.value().servesOrganisations, QList<QUuid> { m_zwijndrecht.id });
        QCOMPARE(second.value().title, g.title);
        QCOMPARE(second.value().meta.version, qint64(2));
        QCOMPARE(store().goals().goal(g.id).value().servesOrganisations, QList<QUuid> { m_zwijndrecht.id });
    }

    void shouldRefuseBadGoalsAndKeepEverything_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("target");
        QTest::newRow("empty title") << u"  "_s << u"kg"_s << 10.0;
        QTest::newRow("oversized title") << QString(201, u'x') << u"kg"_s << 10.0;
        QTest::newRow("oversized unit") << u"Minder afval"_s << QString(41, u'k') << 10.0;
        QTest::newRow("target equals baseline") << u"Minder afval"_s << u"kg"_s << 0.0;
    }

    void shouldRefuseBadGoalsAndKeepEverything()
    {
        QFETCH(QString, title);
        QFETCH(QString, unit);
        QFETCH(double, target);
        Goal g = makeGoal(title);
        g.unit = unit;
        g.target = target;
        const auto saved = store().goals().saveGoal(g);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Validation);
        QCOMPARE(count(u"SELECT count(*) FROM goal"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'goal'"_s), 0);
    }

    void shouldJudgeGoalFromItsMeasurements()
    {
        // GIVEN a goal from 0 to 1000 homes by the end of 2027
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        auto measure = [&](double value, const QDate &date) {
            Measurement m;
            m.id = QUuid::createUuid();
            m.goalId = g.id;
            m.value = value;
            m.measuredOn = date;
            const auto added = store().goals().addMeasurement(m);
            QVERIFY2(added.ok(), qPrintable(added.error().message));
        };
        // WHEN it is measured twice, half a year apart, with 300 homes more
        measure(100, QDate(2026, 1, 1));
        measure(400, QDate(2026, 7, 1));
        // THEN the trend reaches the target before the end of 2027: on track
        const auto ms = store().goals().projectMeasurements(m_project.id).value();
        QCOMPARE(ms.size(), 2);
        GoalTrend t = goalTrend(g, ms);
        QCOMPARE(t.health, GoalHealth::OnTrack);
        QVERIFY(*t.projected > 1000);
        // WHEN a later measurement falls back
        measure(250, QDate(2026, 11, 1));
        t = goalTrend(g, store().goals().projectMeasurements(m_project.id).value());
        // THEN the line falls short of the target
        QVERIFY(t.health == GoalHealth::AtRisk || t.health == GoalHealth::OffTrack);
        // WHEN the target is reached
        measure(1000, QDate(2026, 12, 1));
        QCOMPARE(goalTrend(g, store().goals().projectMeasurements(m_project.id).value()).health, GoalHealth::Reached);
        // AND a goal aiming down (less waste) reads the other way
        Goal less = makeGoal(u"Minder afval"_s);
        less.baseline = 1200;
        less.target = 600;
        Measurement a{QUuid::createUuid(), m_project.id, less.id, 1100, QDate(2026, 1, 1), {}, {}, {}, {}, {}, {}};
        Measurement b{QUuid::createUuid(), m_project.id, less.id, 1150, QDate(2026, 6, 1), {}, {}, {}, {}, {}, {}};
        QCOMPARE(goalTrend(less, {a, b}).health, GoalHealth::OffTrack);
        // AND the target counts as reached on the day it was first measured there
        QCOMPARE(reachedOn(g, store().goals().projectMeasurements(m_project.id).value()), QDate(2026, 12, 1));
        QVERIFY(!reachedOn(less, {a, b}).isValid());
        Measurement c{QUuid::createUuid(), m_project.id, less.id, 590, QDate(2026, 9, 1), {}, {}, {}, {}, {}, {}};
        Measurement d{QUuid::createUuid(), m_project.id, less.id, 580, QDate(2026, 10, 1), {}, {}, {}, {}, {}, {}};
        QCOMPARE(reachedOn(less, {d, c, a, b}), QDate(2026, 9, 1)); // in any order
        // BUT a target touched once and lost again is no success
        Measurement e{QUuid::createUuid(), m_project.id, less.id, 700, QDate(2026, 11, 1), {}, {}, {}, {}, {}, {}};
        QVERIFY(!reachedOn(less, {a, b, c, e}).isValid());
        // AND reached, lost and reached again counts from the day it came back
        Measurement f{QUuid::createUuid(), m_project.id, less.id, 595, QDate(2026, 12, 1), {}, {}, {}, {}, {}, {}};
        QCOMPARE(reachedOn(less, {a, b, c, e, f}), QDate(2026, 12, 1));
    }

    void shouldRefuseMeasurementsWithoutDateOrGoal()
    {
        Measurement m;
        m.id = QUuid::createUuid();
        m.goalId = QUuid::createUuid();
        m.value = 3;
        QCOMPARE(store().goals().addMeasurement(m).error().code, Error::Validation); // no date
        m.measuredOn = QDate(2026, 1, 1);
        QCOMPARE(store().goals().addMeasurement(m).error().code, Error::NotFound); // no such goal
        QCOMPARE(count(u"SELECT count(*) FROM measurement"_s), 0);
    }

    void shouldCorrectAMeasurementByANewRowOfTheSameGoal()
    {
        // GIVEN a goal measured once
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Measurement first;
        first.id = QUuid::createUuid();
        first.goalId = g.id;
        first.value = 100;
        first.measuredOn = QDate(2026, 1, 1);
        QVERIFY(store().goals().addMeasurement(first).ok());

        // WHEN it is corrected: 120 on the 2nd
        Measurement correction = first;
        correction.id = QUuid::createUuid();
        correction.correctsId = first.id;
        correction.value = 120;
        correction.measuredOn = QDate(2026, 1, 2);
        correction.note = u"Telfout"_s;
        const auto added = store().goals().addMeasurement(correction);

        // THEN both rows are kept, the answer names what it corrects, and the outbox carries it
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QCOMPARE(added.value().correctsId, first.id);
        QVERIFY(!added.value().withdrawn);
        const auto all = store().goals().measurements(g.id).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'measurement' AND json_extract(fields, '$.corrects_id') = '%1'"_s
                           .arg(first.id.toString(QUuid::WithoutBraces))),
                 1);
        // AND what stands is the correction
        QCOMPARE(currentMeasurements(all).size(), 1);
        QCOMPARE(currentMeasurements(all).first().value, 120.0);
        QCOMPARE(currentMeasurements(all).first().measuredOn, QDate(2026, 1, 2));

        // WHEN the correction is withdrawn
        Measurement withdrawal = correction;
        withdrawal.id = QUuid::createUuid();
        withdrawal.correctsId = correction.id;
        withdrawal.withdrawn = true;
        QVERIFY(store().goals().addMeasurement(withdrawal).ok());
        // THEN nothing stands, and all three rows are kept
        const auto now = store().goals().measurements(g.id).value();
        QCOMPARE(now.size(), 3);
        QVERIFY(currentMeasurements(now).isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM measurement WHERE withdrawn = 1"_s), 1);
    }

    void shouldRefuseCorrectionsOfAnotherGoalAndKeepEverything_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("of another goal") << u"other goal"_s;
        QTest::newRow("of no measurement") << u"unknown"_s;
        QTest::newRow("a withdrawal that corrects nothing") << u"bare withdrawal"_s;
    }

    void shouldRefuseCorrectionsOfAnotherGoalAndKeepEverything()
    {
        QFETCH(QString, what);
        // GIVEN two goals, the first measured once
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        const Goal other = store().goals().saveGoal(makeGoal(u"Minder afval"_s)).value();
        Measurement first;
        first.id = QUuid::createUuid();
        first.goalId = g.id;
        first.value = 100;
        first.measuredOn = QDate(2026, 1, 1);
        QVERIFY(store().goals().addMeasurement(first).ok());
        const int outbox = count(u"SELECT count(*) FROM outbox"_s);

        // WHEN a bad correction is added
        Measurement bad = first;
        bad.id = QUuid::createUuid();
        bad.value = 5;
        bad.correctsId = first.id;
        if (what == "other goal"_L1)
            bad.goalId = other.id;
        else if (what == "unknown"_L1)
            bad.correctsId = QUuid::createUuid();
        else
            bad = Measurement{bad.id, {}, g.id, 5, QDate(2026, 1, 3), {}, {}, {}, {}, true, {}};
        const auto added = store().goals().addMeasurement(bad);

        // THEN it is refused with a reason, and nothing is written
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, Error::Rule);
        QVERIFY(!added.error().message.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM measurement"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox);
    }

    void shouldKeepClosedProjectsReadOnly()
    {
        // GIVEN a completed project, closed after its closing evaluation
        Project p = store().projects().project(m_project.id).value();
        p.status = ProjectStatus::Completed;
        QCOMPARE(store().projects().updateProject(p).error().code, Error::Rule); // not without one
        Evaluation closing;
        closing.id = QUuid::createUuid();
        closing.projectId = m_project.id;
        closing.kind = EvaluationKind::Closing;
        closing.plannedOn = closing.heldOn = QDate(2027, 12, 1);
        closing.lessons = u"Begin met de netbeheerder aan tafel"_s;
        QVERIFY(store().evaluations().holdEvaluation(closing).ok());
        QVERIFY(store().projects().updateProject(p).ok());
        // THEN nothing can be added to it
        QCOMPARE(store().goals().saveGoal(makeGoal(u"Te laat"_s)).error().code, Error::Rule);
        QCOMPARE(store()
                     .progress()
                     .addProgress(makeEntry(m_dordrecht.id, 1, QDate(2026, 3, 2), u"Na afloop"_s))
                     .error()
                     .code,
                 Error::Rule);
    }
};

QTEST_GUILESS_MAIN(GoalStoreTest)
#include "goalstoretest.moc"
