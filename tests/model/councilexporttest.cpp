#include "model/councilexport.h"
#include "model/text.h"

#include "testlib/csvreader.h"
#include "testlib/testenvironment.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// What the council's spreadsheet reads from a project's plan: every column
/// in its place, whatever a user typed into the texts.
class CouncilExportTest : public QObject
{
    Q_OBJECT

    const QUuid m_dordrecht = QUuid::createUuid();
    const QUuid m_zwijndrecht = QUuid::createUuid();

    static ProgressEntry entry(const QDate &date, const QString &organisation, std::optional<double> hours,
                               const QString &note)
    {
        ProgressEntry e;
        e.id = QUuid::createUuid();
        e.date = date;
        e.personName = u"Joost Bakker"_s;
        e.organisationName = organisation;
        e.hours = hours;
        e.note = note;
        return e;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldWriteTheProgressLogOldestFirstWithTextsKeptWhole()
    {
        // GIVEN entries whose notes hold separators, quotes, a line break,
        // an accent and a Dutch amount, and a correction
        ProgressEntry late = entry(QDate(2026, 11, 15), u"Súdwest-Fryslân"_s, 1234.5, u"Overleg; \"warmte\" en\nvervolg"_s);
        late.milestoneTitle = u"Warmteplan vastgesteld"_s;
        late.percent = 25;
        ProgressEntry early = entry(QDate(2026, 3, 2), u"Dordrecht"_s, 1.5, u"Begroting 1.234,5 euro, één keer"_s);
        ProgressEntry fix = entry(QDate(2026, 11, 16), u"Dordrecht"_s, -0.5, u"=te veel geschreven"_s);
        fix.correctsId = early.id;
        const QList<ContributionTotal> totals{{m_dordrecht, u"Dordrecht"_s, 1.0, 2},
                                              {m_zwijndrecht, u"Súdwest-Fryslân"_s, 1234.5, 1}};

        // WHEN the log is written and read back
        const auto rows = TestLib::readCsv(CouncilExport::progressLog({late, early, fix}, totals));

        // THEN the log comes first, oldest first, with Dutch dates and decimal commas
        QCOMPARE(rows.size(), 1 + 3 + 1 + 1 + 2 + 1);
        QCOMPARE(rows.at(0).size(), 8);
        QCOMPARE(rows.at(1), (QStringList{u"02-03-2026"_s, u"Joost Bakker"_s, u"Dordrecht"_s, u"1,5"_s, QString(),
                                          QString(), u"Begroting 1.234,5 euro, één keer"_s, QString()}));
        QCOMPARE(rows.at(2), (QStringList{u"15-11-2026"_s, u"Joost Bakker"_s, u"Súdwest-Fryslân"_s, u"1234,5"_s,
                                          u"Warmteplan vastgesteld"_s, u"25"_s, u"Overleg; \"warmte\" en\nvervolg"_s,
                                          QString()}));
        // a correction says so, and a note cannot run as a formula
        QCOMPARE(rows.at(3).at(3), u"-0,5"_s);
        QCOMPARE(rows.at(3).at(6), u"'=te veel geschreven"_s);
        QVERIFY(!rows.at(3).at(7).isEmpty());
        // AND after an empty line the hours per organisation with their sum
        QCOMPARE(rows.at(4), QStringList{QString()});
        QCOMPARE(rows.at(5).size(), 3);
        QCOMPARE(rows.at(6), (QStringList{u"Dordrecht"_s, u"1"_s, u"2"_s}));
        QCOMPARE(rows.at(7), (QStringList{u"Súdwest-Fryslân"_s, u"1234,5"_s, u"1"_s}));
        QCOMPARE(rows.at(8).mid(1), (QStringList{u"1235,5"_s, u"3"_s}));
    }

    void shouldWriteEachMeasurementBesideItsGoal()
    {
        // GIVEN a goal with two measurements (one below zero) and one without any
        Goal warmth;
        warmth.id = QUuid::createUuid();
        warmth.title = u"Woningen \"van het gas\"; aangesloten"_s;
        warmth.indicator = u"Aantal aangesloten woningen"_s;
        warmth.unit = u"woningen"_s;
        warmth.baseline = 0;
        warmth.target = 1234.5;
        warmth.due = QDate(2027, 12, 31);
        Goal co2;
        co2.id = QUuid::createUuid();
        co2.title = u"CO₂-reductie"_s;
        const auto measured = [&](double value, const QDate &on, const QString &note) {
            Measurement m;
            m.id = QUuid::createUuid();
            m.goalId = warmth.id;
            m.value = value;
            m.measuredOn = on;
            m.note = note;
            m.personName = u"Anna de Vries"_s;
            return m;
        };

        // WHEN written and read back
        const auto rows = TestLib::readCsv(CouncilExport::goals(
            {warmth, co2}, {measured(310.25, QDate(2026, 11, 15), u"na de zomer\ngeteld"_s),
                            measured(-2, QDate(2026, 6, 1), u"café-telling"_s)}));

        // THEN each measurement is a line of its own, by date, with its goal's columns
        QCOMPARE(rows.size(), 1 + 2 + 1);
        QCOMPARE(rows.at(0).size(), 10);
        const QStringList goal{u"Woningen \"van het gas\"; aangesloten"_s, u"Aantal aangesloten woningen"_s,
                               u"woningen"_s, u"0"_s, u"1234,5"_s, u"31-12-2027"_s};
        QCOMPARE(rows.at(1), (goal + QStringList{u"01-06-2026"_s, u"-2"_s, u"café-telling"_s, u"Anna de Vries"_s}));
        QCOMPARE(rows.at(2), (goal + QStringList{u"15-11-2026"_s, u"310,25"_s, u"na de zomer\ngeteld"_s,
                                                 u"Anna de Vries"_s}));
        // AND a goal without a target or measurements still has its line
        QCOMPARE(rows.at(3), (QStringList{u"CO₂-reductie"_s, {}, {}, {}, {}, {}, {}, {}, {}, {}}));
    }

    void shouldWriteMilestonesByDueDateWithTheirGoals()
    {
        Goal goal;
        goal.id = QUuid::createUuid();
        goal.title = u"Warmtenet; fase 1"_s;
        Milestone later;
        later.id = QUuid::createUuid();
        later.title = u"Raadsbesluit \"Warmtenet\""_s;
        later.description = u"Eerst de commissie;\ndan de raad"_s;
        later.due = QDate(2027, 2, 1);
        later.status = MilestoneStatus::Done;
        later.completedOn = QDate(2027, 1, 28);
        later.ownerOrganisationName = u"Gemeente Súdwest-Fryslân"_s;
        later.goals = {goal.id, QUuid::createUuid()}; // a removed goal is left out
        Milestone sooner;
        sooner.id = QUuid::createUuid();
        sooner.title = u"Startbijeenkomst"_s;
        sooner.due = QDate(2026, 9, 1);

        const auto rows = TestLib::readCsv(CouncilExport::milestones({later, sooner}, {goal}));

        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).size(), 7);
        QCOMPARE(rows.at(1), (QStringList{u"Startbijeenkomst"_s, {}, u"01-09-2026"_s, displayName(MilestoneStatus::Planned),
                                          {}, {}, {}}));
        QCOMPARE(rows.at(2), (QStringList{u"Raadsbesluit \"Warmtenet\""_s, u"Eerst de commissie;\ndan de raad"_s,
                                          u"01-02-2027"_s, displayName(MilestoneStatus::Done), u"28-01-2027"_s,
                                          u"Gemeente Súdwest-Fryslân"_s, u"Warmtenet; fase 1"_s}));
    }
};

QTEST_GUILESS_MAIN(CouncilExportTest)
#include "councilexporttest.moc"
