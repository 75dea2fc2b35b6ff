// The progress log in a real SQLite file.

#include "testlib/planstoretestbase.h"

class ProgressStoreTest : public PlanStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }

    void shouldLogProgressAppendOnlyAndTotalPerOrganisation()
    {
        // GIVEN entries of two organisations
        const auto first
            = store().progress().addProgress(makeEntry(m_dordrecht.id, 4, QDate(2026, 3, 2), u"Kick-off"_s));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(
            store().progress().addProgress(makeEntry(m_zwijndrecht.id, 2.5, QDate(2026, 3, 3), u"Wijkavond"_s)).ok());
        QVERIFY(store().progress().addProgress(makeEntry(m_zwijndrecht.id, 3, QDate(2026, 4, 1), u"Offertes"_s)).ok());
        // WHEN the first is corrected by a new entry that names it
        ProgressEntry correction = makeEntry(m_dordrecht.id, -1, QDate(2026, 3, 2), u"Was drie uur"_s);
        correction.correctsId = first.value().id;
        QVERIFY(store().progress().addProgress(correction).ok());
        // THEN nothing was changed, only added, and the totals count the correction
        QCOMPARE(count(u"SELECT count(*) FROM progress_entry"_s), 4);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'progress_entry' AND op = 'update'"_s), 0);
        const auto totals = store().progress().contributions({m_project.id, {}, {}, {}, {}, {}, 0, {}}).value();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).organisationName, u"Zwijndrecht"_s);
        QCOMPARE(totals.at(0).hours, 5.5);
        QCOMPARE(totals.at(1).hours, 3.0);
        // AND the log filters by organisation and period, newest first
        ProgressFilter f;
        f.projectId = m_project.id;
        f.organisationId = m_zwijndrecht.id;
        QCOMPARE(store().progress().progress(f).value().size(), 2);
        QCOMPARE(store().progress().progress(f).value().first().note, u"Offertes"_s);
        f.organisationId = {};
        f.from = QDate(2026, 3, 3);
        f.until = QDate(2026, 3, 31);
        QCOMPARE(store().progress().progress(f).value().size(), 1);
    }

    void shouldOfferEveryoneWhoLoggedAsFilters()
    {
        // GIVEN a long log in which Zwijndrecht's people logged only long ago
        Person ahmed{QUuid::createUuid(), u"Ahmed Yilmaz"_s, {}, {}, m_zwijndrecht.id, {}};
        Person bea{QUuid::createUuid(), u"Bea de Wit"_s, {}, {}, m_dordrecht.id, {}};
        QVERIFY(store().organisations().savePerson(ahmed).ok());
        QVERIFY(store().organisations().savePerson(bea).ok());
        ProgressEntry old = makeEntry(m_zwijndrecht.id, 1, QDate(2024, 1, 2), u"Begin"_s);
        old.personId = ahmed.id;
        QVERIFY(store().progress().addProgress(old).ok());
        for (int i = 0; i < 2100; ++i) {
            ProgressEntry e = makeEntry(m_dordrecht.id, 0.5, QDate(2026, 1, 1).addDays(i % 300), u"Overleg"_s);
            e.personId = bea.id;
            QVERIFY(store().progress().addProgress(e).ok());
        }
        // AND another project's authors
        const Project other
            = store()
                  .projects()
                  .createProject(TestLib::makeProject(u"Ander"_s, ProjectStatus::Active), m_zwijndrecht.id)
                  .value();
        ProgressEntry elsewhere = makeEntry(m_zwijndrecht.id, 1, QDate(2026, 1, 1), u"Elders"_s);
        elsewhere.projectId = other.id;
        QVERIFY(store().progress().addProgress(elsewhere).ok());
        // WHEN the filters are filled
        const auto authors = store().progress().progressAuthors(m_project.id);
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
        QCOMPARE(store().progress().addProgress(e).error().code, Error::Validation);
        QCOMPARE(count(u"SELECT count(*) FROM progress_entry"_s), 0);
    }
};

QTEST_GUILESS_MAIN(ProgressStoreTest)
#include "progressstoretest.moc"
