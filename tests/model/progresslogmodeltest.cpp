#include "model/plancache.h"
#include "model/progresslogmodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class ProgressLogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListTheLogNewestFirstWithCorrectionsMarked()
    {
        // GIVEN two entries of two organisations, the later one for a milestone, and a correction
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Milestone evening = TestLib::makeMilestone(d.project.id, QStringLiteral("Wijkavond"), QDate(2027, 3, 1), d.zwijndrecht.id);
        QVERIFY(await(fixture.store()->saveMilestone(evening)).ok());
        const QDate today = QDate::currentDate();
        const ProgressEntry first = TestLib::makeProgress(d.project.id, d.dordrecht.id, 2.5, QStringLiteral("Overleg"), today.addDays(-2));
        ProgressEntry second = TestLib::makeProgress(d.project.id, d.zwijndrecht.id, 3, QStringLiteral("Zaal gehuurd"), today.addDays(-1));
        second.milestoneId = evening.id;
        second.percent = 40;
        ProgressEntry correction = TestLib::makeProgress(d.project.id, d.dordrecht.id, -0.5, QStringLiteral("was twee uur"), first.date);
        correction.correctsId = first.id;
        for (const auto &e : {first, second, correction})
            QVERIFY(await(fixture.store()->addProgress(e)).ok());
        PlanCache cache(fixture.store(), fixture.notifier());
        ProgressLogModel model(&cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QObject view;

        // WHEN a view shows the log
        cache.setProjectId(d.project.id);
        cache.show(&view, PlanCache::ProgressLog);
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 3; }, TestLib::AnswerTimeoutMs));

        // THEN the newest is first, with organisation, hours, milestone and percent
        QCOMPARE(model.columnCount(), int(ProgressLogModel::ColumnCount));
        QCOMPARE(model.index(0, ProgressLogModel::NoteColumn).data().toString(), QStringLiteral("Zaal gehuurd"));
        QCOMPARE(model.index(0, ProgressLogModel::OrganisationColumn).data().toString(), d.zwijndrecht.name);
        QCOMPARE(model.index(0, ProgressLogModel::HoursColumn).data().toString(), QLocale().toString(3));
        QCOMPARE(model.index(0, ProgressLogModel::MilestoneColumn).data().toString(), evening.title);
        QCOMPARE(model.index(0, ProgressLogModel::PercentColumn).data().toString(), QStringLiteral("40"));
        QCOMPARE(model.index(0, ProgressLogModel::DateColumn).data().toString(), QLocale().toString(second.date, QLocale::ShortFormat));
        QCOMPARE(model.index(0, ProgressLogModel::HoursColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, ProgressLogModel::NoteColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Zaal gehuurd"));
        QCOMPARE(model.index(0, 0).data(ProgressLogModel::OrganisationIdRole).toUuid(), d.zwijndrecht.id);
        // AND the correction says so, naming the entry it corrects
        int corrections = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ProgressLogModel::NoteColumn);
            if (index.data(ProgressLogModel::IsCorrectionRole).toBool()) {
                ++corrections;
                QCOMPARE(index.data().toString(), ProgressLogModel::tr("Correction: %1").arg(correction.note));
                QCOMPARE(index.data(ProgressLogModel::EntryRole).value<ProgressEntry>().correctsId, first.id);
            }
        }
        QCOMPARE(corrections, 1);

        // WHEN only Zwijndrecht's entries are asked for
        ProgressFilter f = cache.progressFilter();
        f.organisationId = d.zwijndrecht.id;
        cache.setProgressFilter(f);
        // THEN one row is left
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1; }, TestLib::AnswerTimeoutMs));
        QCOMPARE(model.entries().first().id, second.id);

        // WHEN an entry is logged
        QVERIFY(await(fixture.store()->addProgress(TestLib::makeProgress(d.project.id, d.zwijndrecht.id, 1, QStringLiteral("Flyers")))).ok());
        // THEN it shows at the top
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 2; }, TestLib::AnswerTimeoutMs));
        QCOMPARE(model.index(0, ProgressLogModel::NoteColumn).data().toString(), QStringLiteral("Flyers"));
        QVERIFY(reset.count() >= 3);
        QCOMPARE(model.headerData(ProgressLogModel::PersonColumn, Qt::Horizontal).toString(), ProgressLogModel::tr("Who"));
    }
};

QTEST_MAIN(ProgressLogModelTest)
#include "progresslogmodeltest.moc"
