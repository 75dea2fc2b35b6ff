#include "model/contributionsmodel.h"
#include "model/plancache.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class ContributionsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldTotalTheHoursPerOrganisationMostFirst()
    {
        // GIVEN hours of two organisations
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        for (const auto &[org, hours] : {std::pair{d.dordrecht.id, 2.0}, std::pair{d.zwijndrecht.id, 3.0}, std::pair{d.zwijndrecht.id, 1.5}})
            QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, org, hours, QStringLiteral("Werk")))).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        ContributionsModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ContributionsModel::loaded);
        QObject view;

        // WHEN a view shows the totals
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::Contributions);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN Zwijndrecht comes first with four and a half hours in two entries
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContributionsModel::ColumnCount));
        QCOMPARE(model.index(0, ContributionsModel::OrganisationColumn).data().toString(), d.zwijndrecht.name);
        QCOMPARE(model.index(0, ContributionsModel::HoursColumn).data().toString(), QLocale().toString(4.5));
        QCOMPARE(model.index(0, ContributionsModel::EntriesColumn).data().toString(), QLocale().toString(2));
        QCOMPARE(model.index(0, 0).data(ContributionsModel::OrganisationIdRole).toUuid(), d.zwijndrecht.id);
        QCOMPARE(model.index(1, 0).data(ContributionsModel::HoursRole).toDouble(), 2.0);
        QCOMPARE(model.index(1, ContributionsModel::HoursColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.totals().size(), 2);
        QCOMPARE(model.headerData(ContributionsModel::EntriesColumn, Qt::Horizontal).toString(), ContributionsModel::tr("Entries"));

        // WHEN Dordrecht logs more
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.dordrecht.id, 4, QStringLiteral("Meer")))).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN it leads
        QCOMPARE(model.index(0, ContributionsModel::OrganisationColumn).data().toString(), d.dordrecht.name);
        QCOMPARE(model.index(0, 0).data(ContributionsModel::HoursRole).toDouble(), 6.0);
    }
};

QTEST_MAIN(ContributionsModelTest)
#include "contributionsmodeltest.moc"
