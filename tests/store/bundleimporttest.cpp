// Importing a bundle into a real SQLite file.

#include "testlib/localstoretestbase.h"

class BundleImportTest : public LocalStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldImportBundleIdempotently()
    {
        // GIVEN a region with projects, leads and partners
        const Bundle region = TestLib::makeRegion(40, 6);

        // WHEN it is imported twice
        const Status first = store().bundles().importBundle(region);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const auto afterFirst = rowCounts();
        const Status second = store().bundles().importBundle(region);

        // THEN the second import changes nothing
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(rowCounts(), afterFirst);
        QCOMPARE(afterFirst.at(0), 6);
        QCOMPARE(afterFirst.at(2), 40);
        QCOMPARE(afterFirst.at(3), region.participations.size());
        QCOMPARE(afterFirst.at(4), region.leadTerms.size());
        QCOMPARE(store().projects().countProjects({}).value(), 40);
        const auto lead = store().participations().leadHistory(region.projects.first().id).value();
        QCOMPARE(lead.size(), 1);
    }

    void shouldRefuseImportOfActiveProjectWithoutLead()
    {
        // GIVEN a region in which one active project has no lead
        Bundle region = TestLib::makeRegion(10, 4);
        region.projects.append(makeProject(QStringLiteral("Zonder regie"), ProjectStatus::Active));
        region.me = QUuid::createUuid();

        // WHEN it is imported
        const Status status = store().bundles().importBundle(region);

        // THEN it is refused, naming the project, and nothing at all is written
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Rule);
        QVERIFY2(status.error().message.contains(QStringLiteral("Zonder regie")), qPrintable(status.error().message));
        QCOMPARE(rowCounts(), (QList<int> { 0, 0, 0, 0, 0, 0 }));
    }
};

QTEST_GUILESS_MAIN(BundleImportTest)
#include "bundleimporttest.moc"
