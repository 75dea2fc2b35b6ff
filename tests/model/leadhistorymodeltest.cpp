#include "model/leadhistorymodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

class LeadHistoryModelTest : public QObject
{
    Q_OBJECT

    static LeadHandOver handOver(const QUuid &project, const QUuid &from, const QUuid &to, const QDate &date)
    {
        LeadHandOver h;
        h.projectId = project;
        h.fromOrganisation = from;
        h.toOrganisation = to;
        h.openedTermId = QUuid::createUuid();
        h.date = date;
        return h;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListLeadTermsNewestFirst()
    {
        // GIVEN a project whose regie went Dordrecht -> Zwijndrecht -> Dordrecht
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        QVERIFY(await(fixture.store()->handOverLead(
                          handOver(d.project.id, d.dordrecht.id, d.zwijndrecht.id, QDate(2024, 6, 1))))
                    .ok());
        QVERIFY(await(fixture.store()->handOverLead(
                          handOver(d.project.id, d.zwijndrecht.id, d.dordrecht.id, QDate(2024, 9, 1))))
                    .ok());
        LeadHistoryModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &LeadHistoryModel::loaded);

        // WHEN it shows the project
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN the terms come newest first, the current one marked
        QCOMPARE(model.rowCount(), 3);
        const auto first = model.index(0).data(LeadHistoryModel::TermRole).value<LeadTerm>();
        const auto second = model.index(1).data(LeadHistoryModel::TermRole).value<LeadTerm>();
        const auto third = model.index(2).data(LeadHistoryModel::TermRole).value<LeadTerm>();
        QCOMPARE(first.organisationId, d.dordrecht.id);
        QCOMPARE(first.from, QDate(2024, 9, 1));
        QVERIFY(model.index(0).data(LeadHistoryModel::IsCurrentRole).toBool());
        QCOMPARE(second.organisationId, d.zwijndrecht.id);
        QCOMPARE(second.until, QDate(2024, 9, 1));
        QVERIFY(!model.index(1).data(LeadHistoryModel::IsCurrentRole).toBool());
        QCOMPARE(third.from, QDate(2024, 1, 1));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Dordrecht")));
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("Zwijndrecht")));
    }

    void shouldFollowHandOversAndTheirUndo()
    {
        // GIVEN the model on a project with one term
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        LeadHistoryModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &LeadHistoryModel::loaded);
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(model.rowCount(), 1);

        // WHEN the regie is handed over, THEN a term is added
        const LeadHandOver h = handOver(d.project.id, d.dordrecht.id, d.zwijndrecht.id, QDate(2024, 6, 1));
        QVERIFY(await(fixture.store()->handOverLead(h)).ok());
        QTRY_COMPARE(model.rowCount(), 2);

        // WHEN it is taken back, THEN the history is as before
        QVERIFY(await(fixture.store()->revertHandOver(h)).ok());
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(LeadHistoryModel::IsCurrentRole).toBool());

        // AND no project shows nothing
        model.setProjectId({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(LeadHistoryModelTest)
#include "leadhistorymodeltest.moc"
