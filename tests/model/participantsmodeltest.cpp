#include "model/participantsmodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QCoreApplication>
#include <QTest>

using namespace Model;
using TestLib::await;

class ParticipantsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListAllParticipationsOfTheProject()
    {
        // GIVEN a project with a lead, a partner, an external and a former partner, and a checked model
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        ParticipantsModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ParticipantsModel::loaded);

        // WHEN it shows the project
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN every participation is there, former ones too, with its columns
        QCOMPARE(model.projectId(), d.project.id);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ParticipantsModel::ColumnCount));
        QVERIFY(model.currentLead());
        QCOMPARE(model.currentLead()->organisationId, d.dordrecht.id);
        int leads = 0;
        int former = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ParticipantsModel::OrganisationColumn);
            const auto p = index.data(ParticipantsModel::ParticipationRole).value<Participation>();
            QCOMPARE(index.data().toString(), p.organisationName);
            QCOMPARE(index.data(ParticipantsModel::IdRole).toUuid(), p.id);
            QCOMPARE(index.data(ParticipantsModel::IsCurrentRole).toBool(), p.isCurrent());
            leads += index.data(ParticipantsModel::IsLeadRole).toBool() ? 1 : 0;
            if (!p.isCurrent()) {
                ++former;
                QCOMPARE(p.organisationId, d.papendrecht.id);
                QVERIFY(!model.index(row, ParticipantsModel::LeftColumn).data().toString().isEmpty());
            } else {
                QVERIFY(model.index(row, ParticipantsModel::LeftColumn).data().toString().isEmpty());
            }
        }
        QCOMPARE(leads, 1);
        QCOMPARE(former, 1);
        QCOMPARE(model.headerData(ParticipantsModel::BringsColumn, Qt::Horizontal).toString().isEmpty(), false);
    }

    void shouldUpdateInPlaceWhenOnlyContentChanges()
    {
        // GIVEN a model showing a project
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        ParticipantsModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ParticipantsModel::loaded);
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN what a partner brings changes in the store
        Participation p = d.partner;
        p.brings = QStringLiteral("Een projectleider, twee dagen per week");
        QVERIFY(await(fixture.store()->saveParticipation(p)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN the rows change in place, without a reset
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            found |= model.index(row, ParticipantsModel::BringsColumn).data().toString() == p.brings;
        QVERIFY(found);
    }

    void shouldFollowAddedParticipation()
    {
        // GIVEN a model showing a project
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        ParticipantsModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ParticipantsModel::loaded);
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // WHEN an organisation joins
        const auto gorinchem = await(fixture.store()->saveOrganisation(TestLib::makeOrganisation(QStringLiteral("Gorinchem"))));
        QVERIFY(gorinchem.ok());
        QVERIFY(await(fixture.store()->saveParticipation(
                          TestLib::makeParticipation(d.project.id, gorinchem.value().id)))
                    .ok());
        QTRY_COMPARE(model.rowCount(), 5);
    }

    void shouldShowOnlyTheLatestProjectAsked()
    {
        // GIVEN two projects
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const Project other = TestLib::makeProject(QStringLiteral("Ander project"));
        QVERIFY(await(fixture.store()->createProject(other, d.zwijndrecht.id)).ok());
        ParticipantsModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        // WHEN the project changes before the first answer came
        model.setProjectId(d.project.id);
        model.setProjectId(other.id);
        // (the store answers in call order: once a later call is answered,
        // both reads have been, and their continuations have run)
        await(fixture.store()->identity());
        QCoreApplication::processEvents();

        // THEN only the latest project's participations are shown
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ParticipantsModel::OrganisationIdRole).toUuid(), d.zwijndrecht.id);

        // AND no project shows nothing
        model.setProjectId({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.currentLead());
    }
};

QTEST_GUILESS_MAIN(ParticipantsModelTest)
#include "participantsmodeltest.moc"
