// Goals, measurements, milestones and the progress log in a real SQLite file.

#include "model/goaltrend.h"
#include "store/localstore.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Store;
using namespace Qt::StringLiterals;

class PlanStoreTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    Organisation m_dordrecht, m_zwijndrecht;
    Project m_project;

    LocalStore &store() { return *m_store; }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Goal makeGoal(const QString &title)
    {
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = title;
        g.indicator = u"Aangesloten woningen"_s;
        g.unit = u"woningen"_s;
        g.baseline = 0;
        g.target = 1000;
        g.due = QDate(2027, 12, 31);
        return g;
    }

    ProgressEntry makeEntry(const QUuid &organisation, double hours, const QDate &date, const QString &note)
    {
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.organisationId = organisation;
        e.date = date;
        e.hours = hours;
        e.note = note;
        return e;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(store().open(m_dir->file(u"regie.sqlite"_s)).ok());
        m_dordrecht = store().saveOrganisation(TestLib::makeOrganisation(u"Dordrecht"_s)).value();
        m_zwijndrecht = store().saveOrganisation(TestLib::makeOrganisation(u"Zwijndrecht"_s)).value();
        m_project = store().createProject(TestLib::makeProject(u"Warm Wonen"_s, ProjectStatus::Active), m_dordrecht.id).value();
        QVERIFY(store().saveParticipation(TestLib::makeParticipation(m_project.id, m_zwijndrecht.id,
                                                                      ParticipationRole::Partner, QDate(2026, 1, 1)))
                    .ok());
    }

    void shouldSaveGoalWithThePartnersItServes()
    {
        // GIVEN a goal serving Zwijndrecht's priority
        Goal g = makeGoal(u"Duizend woningen van het gas af"_s);
        g.servesOrganisations = {m_zwijndrecht.id};
        // WHEN it is saved and read back
        const auto saved = store().saveGoal(g);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        // THEN every field and the partner are there, and the edit is in the outbox
        const auto all = store().goals(m_project.id).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().title, g.title);
        QCOMPARE(all.first().unit, u"woningen"_s);
        QCOMPARE(*all.first().baseline, 0.0);
        QCOMPARE(*all.first().target, 1000.0);
        QCOMPARE(all.first().due, QDate(2027, 12, 31));
        QCOMPARE(all.first().servesOrganisations, QList<QUuid>{m_zwijndrecht.id});
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl IN ('goal', 'goal_partner')"_s), 2);
        // WHEN the partner is swapped for Dordrecht and the target is cleared
        Goal changed = all.first();
        changed.servesOrganisations = {m_dordrecht.id};
        changed.target.reset();
        QVERIFY(store().saveGoal(changed).ok());
        // THEN the old link is marked deleted, not lost, and the target is empty
        const Goal again = store().goals(m_project.id).value().first();
        QCOMPARE(again.servesOrganisations, QList<QUuid>{m_dordrecht.id});
        QVERIFY(!again.target);
        QCOMPARE(count(u"SELECT count(*) FROM goal_partner WHERE deleted = 1"_s), 1);
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
        const auto saved = store().saveGoal(g);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Validation);
        QCOMPARE(count(u"SELECT count(*) FROM goal"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'goal'"_s), 0);
    }

    void shouldJudgeGoalFromItsMeasurements()
    {
        // GIVEN a goal from 0 to 1000 homes by the end of 2027
        const Goal g = store().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        auto measure = [&](double value, const QDate &date) {
            Measurement m;
            m.id = QUuid::createUuid();
            m.goalId = g.id;
            m.value = value;
            m.measuredOn = date;
            const auto added = store().addMeasurement(m);
            QVERIFY2(added.ok(), qPrintable(added.error().message));
        };
        // WHEN it is measured twice, half a year apart, with 300 homes more
        measure(100, QDate(2026, 1, 1));
        measure(400, QDate(2026, 7, 1));
        // THEN the trend reaches the target before the end of 2027: on track
        const auto ms = store().projectMeasurements(m_project.id).value();
        QCOMPARE(ms.size(), 2);
        GoalTrend t = goalTrend(g, ms);
        QCOMPARE(t.health, GoalHealth::OnTrack);
        QVERIFY(*t.projected > 1000);
        // WHEN a later measurement falls back
        measure(250, QDate(2026, 11, 1));
        t = goalTrend(g, store().projectMeasurements(m_project.id).value());
        // THEN the line falls short of the target
        QVERIFY(t.health == GoalHealth::AtRisk || t.health == GoalHealth::OffTrack);
        // WHEN the target is reached
        measure(1000, QDate(2026, 12, 1));
        QCOMPARE(goalTrend(g, store().projectMeasurements(m_project.id).value()).health, GoalHealth::Reached);
        // AND a goal aiming down (less waste) reads the other way
        Goal less = makeGoal(u"Minder afval"_s);
        less.baseline = 1200;
        less.target = 600;
        Measurement a{QUuid::createUuid(), m_project.id, less.id, 1100, QDate(2026, 1, 1), {}, {}, {}, {}};
        Measurement b{QUuid::createUuid(), m_project.id, less.id, 1150, QDate(2026, 6, 1), {}, {}, {}, {}};
        QCOMPARE(goalTrend(less, {a, b}).health, GoalHealth::OffTrack);
        // AND the target counts as reached on the day it was first measured there
        QCOMPARE(reachedOn(g, store().projectMeasurements(m_project.id).value()), QDate(2026, 12, 1));
        QVERIFY(!reachedOn(less, {a, b}).isValid());
        Measurement c{QUuid::createUuid(), m_project.id, less.id, 590, QDate(2026, 9, 1), {}, {}, {}, {}};
        Measurement d{QUuid::createUuid(), m_project.id, less.id, 580, QDate(2026, 10, 1), {}, {}, {}, {}};
        QCOMPARE(reachedOn(less, {d, c, a, b}), QDate(2026, 9, 1)); // in any order
        // BUT a target touched once and lost again is no success
        Measurement e{QUuid::createUuid(), m_project.id, less.id, 700, QDate(2026, 11, 1), {}, {}, {}, {}};
        QVERIFY(!reachedOn(less, {a, b, c, e}).isValid());
        // AND reached, lost and reached again counts from the day it came back
        Measurement f{QUuid::createUuid(), m_project.id, less.id, 595, QDate(2026, 12, 1), {}, {}, {}, {}};
        QCOMPARE(reachedOn(less, {a, b, c, e, f}), QDate(2026, 12, 1));
    }

    void shouldRefuseMeasurementsWithoutDateOrGoal()
    {
        Measurement m;
        m.id = QUuid::createUuid();
        m.goalId = QUuid::createUuid();
        m.value = 3;
        QCOMPARE(store().addMeasurement(m).error().code, Error::Validation); // no date
        m.measuredOn = QDate(2026, 1, 1);
        QCOMPARE(store().addMeasurement(m).error().code, Error::NotFound); // no such goal
        QCOMPARE(count(u"SELECT count(*) FROM measurement"_s), 0);
    }

    void shouldSaveMilestonesWithTheirGoalsInDueOrder()
    {
        const Goal g = store().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Milestone late{QUuid::createUuid(), m_project.id, u"Warmtenet aangelegd"_s, {}, QDate(2027, 6, 1),
                       m_zwijndrecht.id, {}, {}, MilestoneStatus::Planned, {}, {g.id}, {}};
        Milestone early{QUuid::createUuid(), m_project.id, u"Aanbesteding gegund"_s, {}, QDate(2026, 9, 1),
                        m_dordrecht.id, {}, {}, MilestoneStatus::InProgress, {}, {}, {}};
        QVERIFY(store().saveMilestone(late).ok());
        QVERIFY(store().saveMilestone(early).ok());
        const auto all = store().milestones(m_project.id).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).title, u"Aanbesteding gegund"_s);
        QCOMPARE(all.at(1).goals, QList<QUuid>{g.id});
        QCOMPARE(all.at(1).ownerOrganisationName, u"Zwijndrecht"_s);
        // A milestone that is done needs the date it was reached
        early.status = MilestoneStatus::Done;
        QCOMPARE(store().saveMilestone(early).error().code, Error::Validation);
        early.completedOn = QDate(2026, 8, 28);
        QVERIFY(store().saveMilestone(early).ok());
        QCOMPARE(store().milestones(m_project.id).value().first().completedOn, QDate(2026, 8, 28));
    }

    void shouldLogProgressAppendOnlyAndTotalPerOrganisation()
    {
        // GIVEN entries of two organisations
        const auto first = store().addProgress(makeEntry(m_dordrecht.id, 4, QDate(2026, 3, 2), u"Kick-off"_s));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(store().addProgress(makeEntry(m_zwijndrecht.id, 2.5, QDate(2026, 3, 3), u"Wijkavond"_s)).ok());
        QVERIFY(store().addProgress(makeEntry(m_zwijndrecht.id, 3, QDate(2026, 4, 1), u"Offertes"_s)).ok());
        // WHEN the first is corrected by a new entry that names it
        ProgressEntry correction = makeEntry(m_dordrecht.id, -1, QDate(2026, 3, 2), u"Was drie uur"_s);
        correction.correctsId = first.value().id;
        QVERIFY(store().addProgress(correction).ok());
        // THEN nothing was changed, only added, and the totals count the correction
        QCOMPARE(count(u"SELECT count(*) FROM progress_entry"_s), 4);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'progress_entry' AND op = 'update'"_s), 0);
        const auto totals = store().contributions({m_project.id, {}, {}, {}, {}, {}, 0, {}}).value();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).organisationName, u"Zwijndrecht"_s);
        QCOMPARE(totals.at(0).hours, 5.5);
        QCOMPARE(totals.at(1).hours, 3.0);
        // AND the log filters by organisation and period, newest first
        ProgressFilter f;
        f.projectId = m_project.id;
        f.organisationId = m_zwijndrecht.id;
        QCOMPARE(store().progress(f).value().size(), 2);
        QCOMPARE(store().progress(f).value().first().note, u"Offertes"_s);
        f.organisationId = {};
        f.from = QDate(2026, 3, 3);
        f.until = QDate(2026, 3, 31);
        QCOMPARE(store().progress(f).value().size(), 1);
    }

    void shouldOfferEveryoneWhoLoggedAsFilters()
    {
        // GIVEN a long log in which Zwijndrecht's people logged only long ago
        Person ahmed{QUuid::createUuid(), u"Ahmed Yilmaz"_s, {}, {}, m_zwijndrecht.id, {}};
        Person bea{QUuid::createUuid(), u"Bea de Wit"_s, {}, {}, m_dordrecht.id, {}};
        QVERIFY(store().savePerson(ahmed).ok());
        QVERIFY(store().savePerson(bea).ok());
        ProgressEntry old = makeEntry(m_zwijndrecht.id, 1, QDate(2024, 1, 2), u"Begin"_s);
        old.personId = ahmed.id;
        QVERIFY(store().addProgress(old).ok());
        for (int i = 0; i < 2100; ++i) {
            ProgressEntry e = makeEntry(m_dordrecht.id, 0.5, QDate(2026, 1, 1).addDays(i % 300), u"Overleg"_s);
            e.personId = bea.id;
            QVERIFY(store().addProgress(e).ok());
        }
        // AND another project's authors
        const Project other = store().createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_zwijndrecht.id).value();
        ProgressEntry elsewhere = makeEntry(m_zwijndrecht.id, 1, QDate(2026, 1, 1), u"Elders"_s);
        elsewhere.projectId = other.id;
        QVERIFY(store().addProgress(elsewhere).ok());
        // WHEN the filters are filled
        const auto authors = store().progressAuthors(m_project.id);
        QVERIFY(authors.ok());
        // THEN both people and both organisations are offered, once each, by name
        QCOMPARE(authors.value().people.size(), 2);
        QCOMPARE(authors.value().people.at(0).second, u"Ahmed Yilmaz"_s);
        QCOMPARE(authors.value().people.at(1).first, bea.id);
        QCOMPARE(authors.value().organisations.size(), 2);
        QCOMPARE(authors.value().organisations.at(0).second, u"Dordrecht"_s);
    }

    void shouldRefuseEmptyOrImpossibleEntries_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<double>("hours");
        QTest::newRow("nothing said") << u"  "_s << qQNaN();
        QTest::newRow("more than a day") << u"Lange dag"_s << 25.0;
        QTest::newRow("oversized note") << QString(2001, u'x') << 1.0;
    }

    void shouldRefuseEmptyOrImpossibleEntries()
    {
        QFETCH(QString, note);
        QFETCH(double, hours);
        ProgressEntry e = makeEntry(m_dordrecht.id, 0, QDate(2026, 3, 2), note);
        if (qIsNaN(hours))
            e.hours.reset();
        else
            e.hours = hours;
        QCOMPARE(store().addProgress(e).error().code, Error::Validation);
        QCOMPARE(count(u"SELECT count(*) FROM progress_entry"_s), 0);
    }

    void shouldKeepClosedProjectsReadOnly()
    {
        // GIVEN a completed project, closed after its closing evaluation
        Project p = store().project(m_project.id).value();
        p.status = ProjectStatus::Completed;
        QCOMPARE(store().updateProject(p).error().code, Error::Rule); // not without one
        Evaluation closing;
        closing.id = QUuid::createUuid();
        closing.projectId = m_project.id;
        closing.kind = EvaluationKind::Closing;
        closing.plannedOn = closing.heldOn = QDate(2027, 12, 1);
        closing.lessons = u"Begin met de netbeheerder aan tafel"_s;
        QVERIFY(store().holdEvaluation(closing).ok());
        QVERIFY(store().updateProject(p).ok());
        // THEN nothing can be added to it
        QCOMPARE(store().saveGoal(makeGoal(u"Te laat"_s)).error().code, Error::Rule);
        QCOMPARE(store().addProgress(makeEntry(m_dordrecht.id, 1, QDate(2026, 3, 2), u"Na afloop"_s)).error().code,
                 Error::Rule);
    }

    void shouldPlanEvaluationsInACycleWithoutDoubles()
    {
        // WHEN evaluations are planned every three months through 2026, twice
        const auto first = store().planEvaluations(m_project.id, QDate(2026, 1, 15), 3, QDate(2026, 12, 31));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first.value(), 4);
        QCOMPARE(store().planEvaluations(m_project.id, QDate(2026, 1, 15), 3, QDate(2026, 12, 31)).value(), 0);
        // THEN there are four, planned, in order
        const auto all = store().evaluations(m_project.id).value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(1).plannedOn, QDate(2026, 4, 15));
        QVERIFY(!all.at(1).isHeld());
        // AND a nonsense cycle is refused
        QCOMPARE(store().planEvaluations(m_project.id, QDate(2026, 1, 1), 0, QDate(2026, 12, 31)).error().code, Error::Validation);
    }

    void shouldHoldEvaluationAndApplyDecisionsWithBeforeAndAfter()
    {
        // GIVEN a goal, a milestone and a planned evaluation
        const Goal g = store().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Milestone m{QUuid::createUuid(), m_project.id, u"Warmtenet aangelegd"_s, {}, QDate(2027, 6, 1),
                    m_dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {}, {}};
        QVERIFY(store().saveMilestone(m).ok());
        QVERIFY(store().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        Evaluation e = store().evaluations(m_project.id).value().first();
        QSqlQuery clear(store().database());
        QVERIFY(clear.exec(u"DELETE FROM outbox"_s));
        // WHEN it is held: the goal scored at risk, the target lowered and the milestone moved
        e.heldOn = QDate(2026, 6, 3);
        e.findings = u"De aanbesteding loopt vertraging op"_s;
        e.scores = {{QUuid::createUuid(), g.id, GoalHealth::AtRisk, u"Achter op schema"_s, {}}};
        Decision lower{QUuid::createUuid(), m_project.id, e.id, u"Streefwaarde bijstellen"_s, Decision::Subject::GoalTarget,
                       g.id, {}, {}, u"800"_s, u"Minder woningen geschikt dan gedacht"_s, {}};
        Decision move{QUuid::createUuid(), m_project.id, e.id, u"Mijlpaal een kwartaal later"_s,
                      Decision::Subject::MilestoneDue, m.id, {}, {}, u"2027-09-01"_s, u"Vertraging aanbesteding"_s, {}};
        e.decisions = {lower, move};
        const auto held = store().holdEvaluation(e);
        QVERIFY2(held.ok(), qPrintable(held.error().message));
        // THEN the changes are made, and the decision log says what they replaced
        QCOMPARE(*store().goals(m_project.id).value().first().target, 800.0);
        QCOMPARE(store().milestones(m_project.id).value().first().due, QDate(2027, 9, 1));
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
        QVERIFY(store().holdEvaluation(after).ok());
        // THEN nothing is applied twice
        QCOMPARE(count(u"SELECT count(*) FROM decision"_s), 2);
        QCOMPARE(store().milestones(m_project.id).value().first().due, QDate(2027, 9, 1));
    }

    void shouldMoveAndRemovePlannedEvaluationsButKeepHeldOnes()
    {
        // GIVEN two planned evaluations, one of which is held
        QVERIFY(store().planEvaluations(m_project.id, QDate(2026, 3, 1), 3, QDate(2026, 6, 1)).ok());
        auto all = store().evaluations(m_project.id).value();
        QCOMPARE(all.size(), 2);
        Evaluation held = all.at(0);
        held.heldOn = QDate(2026, 3, 2);
        held.findings = u"Op koers"_s;
        QVERIFY(store().holdEvaluation(held).ok());
        // WHEN the planned one is moved and made the closing evaluation
        Evaluation moved = all.at(1);
        moved.plannedOn = QDate(2026, 7, 15);
        moved.kind = EvaluationKind::Closing;
        const auto saved = store().savePlannedEvaluation(moved);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        // THEN it has its new date and kind
        QCOMPARE(saved.value().plannedOn, QDate(2026, 7, 15));
        QCOMPARE(saved.value().kind, EvaluationKind::Closing);
        // AND one more can be planned by itself
        Evaluation extra;
        extra.id = QUuid::createUuid();
        extra.projectId = m_project.id;
        extra.plannedOn = QDate(2026, 9, 1);
        QVERIFY(store().savePlannedEvaluation(extra).ok());
        QCOMPARE(store().evaluations(m_project.id).value().size(), 3);
        // WHEN the extra one is removed, and brought back (undo)
        QVERIFY(store().setEvaluationDeleted(extra.id, true).ok());
        QCOMPARE(store().evaluations(m_project.id).value().size(), 2);
        QVERIFY(store().setEvaluationDeleted(extra.id, false).ok());
        QCOMPARE(store().evaluations(m_project.id).value().size(), 3);
        // THEN a held evaluation can be neither moved nor removed: it is a record
        Evaluation tooLate = held;
        tooLate.plannedOn = QDate(2026, 12, 1);
        QCOMPARE(store().savePlannedEvaluation(tooLate).error().code, Error::Rule);
        QCOMPARE(store().setEvaluationDeleted(held.id, true).error().code, Error::Rule);
        const Evaluation still = store().evaluations(m_project.id).value().first();
        QCOMPARE(still.plannedOn, QDate(2026, 3, 1));
        QVERIFY(still.isHeld());
        // AND a planned evaluation needs a date, and stays in its project
        Evaluation undated = extra;
        undated.plannedOn = {};
        QCOMPARE(store().savePlannedEvaluation(undated).error().code, Error::Validation);
        const Project other = store().createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_dordrecht.id).value();
        Evaluation elsewhere = extra;
        elsewhere.projectId = other.id;
        QCOMPARE(store().savePlannedEvaluation(elsewhere).error().code, Error::Rule);
        QCOMPARE(store().evaluations(m_project.id).value().size(), 3);
    }

    void shouldBringBackARemovedMilestoneImportedAgain()
    {
        // GIVEN a milestone that was exported to a calendar, then removed
        Milestone m{QUuid::createUuid(), m_project.id, u"Raadsbesluit"_s, {}, QDate(2027, 3, 11),
                    m_dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {}, {}};
        QVERIFY(store().saveMilestone(m).ok());
        QVERIFY(store().setMilestoneDeleted(m.id, true).ok());
        QVERIFY(store().milestones(m_project.id).value().isEmpty());
        // WHEN the calendar is imported again
        const auto imported = store().importCalendar(
            m_project.id, {{CalendarEntry::Kind::Milestone, m.id, u"Raadsbesluit"_s, {}, QDate(2027, 3, 18)}});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // THEN it is back, on the calendar's date
        const auto all = store().milestones(m_project.id).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().due, QDate(2027, 3, 18));
        // AND an evaluation of another project in the file is refused by name, changing nothing
        const Project other = store().createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_dordrecht.id).value();
        QVERIFY(store().planEvaluations(other.id, QDate(2027, 1, 1), 1, QDate(2027, 1, 1)).ok());
        const QUuid foreign = store().evaluations(other.id).value().first().id;
        const auto refused = store().importCalendar(
            m_project.id, {{CalendarEntry::Kind::Milestone, {}, u"Nieuw"_s, {}, QDate(2027, 5, 1)},
                           {CalendarEntry::Kind::Evaluation, foreign, u"Evaluatie Ander"_s, {}, QDate(2027, 2, 1)}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"Evaluatie Ander"_s));
        QCOMPARE(store().milestones(m_project.id).value().size(), 1);
    }

    void shouldRefuseBadEvaluationsAndKeepEverything()
    {
        const Goal g = store().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        QVERIFY(store().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        Evaluation e = store().evaluations(m_project.id).value().first();
        e.heldOn = QDate(2026, 6, 3);
        // A closing evaluation without lessons
        e.kind = EvaluationKind::Closing;
        QCOMPARE(store().holdEvaluation(e).error().code, Error::Validation);
        // A decision whose new target is not a number: nothing at all is written
        e.kind = EvaluationKind::Interim;
        e.findings = u"Goed"_s;
        e.decisions = {{QUuid::createUuid(), m_project.id, e.id, u"Bijstellen"_s, Decision::Subject::GoalTarget, g.id,
                        {}, {}, u"veel"_s, {}, {}}};
        QCOMPARE(store().holdEvaluation(e).error().code, Error::Validation);
        QVERIFY(!store().evaluations(m_project.id).value().first().isHeld());
        QCOMPARE(*store().goals(m_project.id).value().first().target, 1000.0);
        QCOMPARE(count(u"SELECT count(*) FROM decision"_s), 0);
    }

    void shouldKeepCommentsOfReflectors()
    {
        QVERIFY(store().planEvaluations(m_project.id, QDate(2026, 6, 1), 6, QDate(2026, 6, 1)).ok());
        const Evaluation e = store().evaluations(m_project.id).value().first();
        Person reflector;
        reflector.id = QUuid::createUuid();
        reflector.name = u"Ahmed Yilmaz"_s;
        reflector.organisationId = m_zwijndrecht.id;
        QVERIFY(store().savePerson(reflector).ok());
        EvaluationComment c;
        c.evaluationId = e.id;
        c.personId = reflector.id;
        c.comment = u"Betrek de huurdersvereniging eerder"_s;
        QVERIFY(store().addEvaluationComment(c).ok());
        c.comment = u"  "_s;
        QCOMPARE(store().addEvaluationComment(c).error().code, Error::Validation);
        const auto comments = store().evaluations(m_project.id).value().first().comments;
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().personName, u"Ahmed Yilmaz"_s);
    }
};

QTEST_GUILESS_MAIN(PlanStoreTest)
#include "planstoretest.moc"
