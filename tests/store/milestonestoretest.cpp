// Milestones and their goals in a real SQLite file.

#include "testlib/planstoretestbase.h"

class MilestoneStoreTest : public PlanStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }

    void shouldSaveMilestonesWithTheirGoalsInDueOrder()
    {
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Milestone late{QUuid::createUuid(),
                         m_project.id,
                         u"Warmtenet aangelegd"_s,
                         {},
                         QDate(2027, 6, 1),
                         m_zwijndrecht.id,
                         {},
                         {},
                         MilestoneStatus::Planned,
                         {},
                         {g.id},
                         {}};
        Milestone early{QUuid::createUuid(),
                          m_project.id,
                          u"Aanbesteding gegund"_s,
                          {},
                          QDate(2026, 9, 1),
                          m_dordrecht.id,
                          {},
                          {},
                          MilestoneStatus::InProgress,
                          {},
                          {},
                          {}};
        QVERIFY(store().milestones().saveMilestone(late).ok());
        QVERIFY(store().milestones().saveMilestone(early).ok());
        const auto all = store().milestones().milestones(m_project.id).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).title, u"Aanbesteding gegund"_s);
        QCOMPARE(all.at(1).goals, QList<QUuid> { g.id });
        QCOMPARE(all.at(1).ownerOrganisationName, u"Zwijndrecht"_s);
        // A milestone that is done needs the date it was reached
        early.status = MilestoneStatus::Done;
        QCOMPARE(store().milestones().saveMilestone(early).error().code, Error::Validation);
        early.completedOn = QDate(2026, 8, 28);
        QVERIFY(store().milestones().saveMilestone(early).ok());
        QCOMPARE(store().milestones().milestones(m_project.id).value().first().completedOn, QDate(2026, 8, 28));
    }

    void shouldAnswerTheMilestoneAsWrittenWithoutReadingTheList()
    {
        // GIVEN a goal and a saved milestone serving it
        const Goal g = store().goals().saveGoal(makeGoal(u"Duizend woningen"_s)).value();
        Milestone m{QUuid::createUuid(),
                      m_project.id,
                      u"  Warmtenet aangelegd "_s,
                      {},
                      QDate(2027, 6, 1),
                      m_zwijndrecht.id,
                      {},
                      {},
                      MilestoneStatus::Planned,
                      {},
                      {g.id},
                      {}};

        // WHEN it is saved
        const auto saved = store().milestones().saveMilestone(m);

        // THEN the answer is the row as stored: trimmed title, owner's name, goal links, bookkeeping
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().id, m.id);
        QCOMPARE(saved.value().title, u"Warmtenet aangelegd"_s);
        QCOMPARE(saved.value().ownerOrganisationName, u"Zwijndrecht"_s);
        QCOMPARE(saved.value().goals, QList<QUuid> { g.id });
        QCOMPARE(saved.value().meta.version, qint64(1));
        // AND one milestone is read by its id alike
        const auto read = store().milestones().milestone(m.id);
        QVERIFY(read.ok());
        QCOMPARE(read.value().title, saved.value().title);
        QCOMPARE(read.value().meta.updatedAt, saved.value().meta.updatedAt);
        // AND a removed one is gone
        QVERIFY(store().milestones().setMilestoneDeleted(m.id, true).ok());
        QCOMPARE(store().milestones().milestone(m.id).error().code, Error::NotFound);
    }

    void shouldBringBackARemovedMilestoneImportedAgain()
    {
        // GIVEN a milestone that was exported to a calendar, then removed
        Milestone m{QUuid::createUuid(),
                      m_project.id,
                      u"Raadsbesluit"_s,
                      {},
                      QDate(2027, 3, 11),
                      m_dordrecht.id,
                      {},
                      {},
                      MilestoneStatus::Planned,
                      {},
                      {},
                      {}};
        QVERIFY(store().milestones().saveMilestone(m).ok());
        QVERIFY(store().milestones().setMilestoneDeleted(m.id, true).ok());
        QVERIFY(store().milestones().milestones(m_project.id).value().isEmpty());
        // WHEN the calendar is imported again
        const auto imported = store().calendar().importCalendar(
            m_project.id, {{ CalendarEntry::Kind::Milestone, m.id, u"Raadsbesluit"_s, {}, QDate(2027, 3, 18), {}, {} }});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // THEN it is back, on the calendar's date
        const auto all = store().milestones().milestones(m_project.id).value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().due, QDate(2027, 3, 18));
        // AND an evaluation of another project in the file is refused by name, changing nothing
        const Project other
            = store()
                  .projects()
                  .createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_dordrecht.id)
                  .value();
        QVERIFY(store().evaluations().planEvaluations(other.id, QDate(2027, 1, 1), 1, QDate(2027, 1, 1)).ok());
        const QUuid foreign = store().evaluations().evaluations(other.id).value().first().id;
        const auto refused = store().calendar().importCalendar(
            m_project.id,
            {{ CalendarEntry::Kind::Milestone, {}, u"Nieuw"_s, {}, QDate(2027, 5, 1), {}, {}},
              {CalendarEntry::Kind::Evaluation, foreign, u"Evaluatie Ander"_s, {}, QDate(2027, 2, 1), {}, {}}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"Evaluatie Ander"_s));
        QCOMPARE(store().milestones().milestones(m_project.id).value().size(), 1);
    }

    void shouldImportATodosStatusAndCountWhatChanged()
    {
        // GIVEN a calendar with a done to-do, one in progress and a meeting
        QList<CalendarEntry> entries{
            {CalendarEntry::Kind::Milestone, {}, u"Stukken ingediend"_s, {}, QDate(2027, 3, 1), MilestoneStatus::Done,
             QDate(2027, 2, 27)},
            {CalendarEntry::Kind::Milestone, {}, u"Inspraak"_s, {}, QDate(2027, 4, 1), MilestoneStatus::InProgress, {}},
            {CalendarEntry::Kind::Milestone, {}, u"Raad"_s, {}, QDate(2027, 5, 1), std::nullopt, {}},
        };

        // WHEN it is imported
        const auto first = store().calendar().importCalendar(m_project.id, entries);

        // THEN all three are added, each with the status its to-do had
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first.value().added, 3);
        QCOMPARE(first.value().updated + first.value().unchanged, 0);
        QHash<QString, Milestone> byTitle;
        const auto read = [&] {
            byTitle.clear();
            const auto all = store().milestones().milestones(m_project.id);
            for (const Milestone &m : all.value())
                byTitle.insert(m.title, m);
        };
        read();
        QCOMPARE(byTitle.value(u"Stukken ingediend"_s).status, MilestoneStatus::Done);
        QCOMPARE(byTitle.value(u"Stukken ingediend"_s).completedOn, QDate(2027, 2, 27));
        QCOMPARE(byTitle.value(u"Inspraak"_s).status, MilestoneStatus::InProgress);
        QCOMPARE(byTitle.value(u"Raad"_s).status, MilestoneStatus::Planned);

        // WHEN the meeting was marked done in Regie, and the file comes again with the inspraak done
        Milestone raad = byTitle.value(u"Raad"_s);
        raad.status = MilestoneStatus::Done;
        raad.completedOn = QDate(2027, 5, 1);
        QVERIFY(store().milestones().saveMilestone(raad).ok());
        entries[1].status = MilestoneStatus::Done;
        const auto again = store().calendar().importCalendar(m_project.id, entries);

        // THEN one is updated (done on no known day: its own date), the rest was as the file says
        QVERIFY(again.ok());
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().updated, 1);
        QCOMPARE(again.value().unchanged, 2);
        read();
        QCOMPARE(byTitle.value(u"Inspraak"_s).status, MilestoneStatus::Done);
        QCOMPARE(byTitle.value(u"Inspraak"_s).completedOn, std::min(QDate(2027, 4, 1), QDate::currentDate()));
        // AND an event says nothing of progress: the meeting stays done
        QCOMPARE(byTitle.value(u"Raad"_s).status, MilestoneStatus::Done);
    }

    void shouldKeepTheSameTitleOnTheSameDayTwiceApart()
    {
        // GIVEN two items of one file with the same title and date (they shared a UID)
        const QList<CalendarEntry> entries{
            {CalendarEntry::Kind::Milestone, {}, u"Raad"_s, {}, QDate(2027, 5, 1), {}, {}},
            {CalendarEntry::Kind::Milestone, {}, u"Raad"_s, {}, QDate(2027, 5, 1), {}, {}},
        };

        // WHEN it is imported twice
        QCOMPARE(store().calendar().importCalendar(m_project.id, entries).value().added, 2);
        const auto again = store().calendar().importCalendar(m_project.id, entries);

        // THEN both stay, once each
        QCOMPARE(again.value().unchanged, 2);
        QCOMPARE(store().milestones().milestones(m_project.id).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(MilestoneStoreTest)
#include "milestonestoretest.moc"
