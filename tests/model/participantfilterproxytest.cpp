#include "model/participantfilterproxy.h"
#include "model/participantsmodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

namespace {
QStringList organisations(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, ParticipantsModel::OrganisationColumn).data().toString());
    return out;
}
}

class ParticipantFilterProxyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldHideFormerPartnersAndSortLeadFirst()
    {
        // GIVEN a project's participations behind the proxy, both checked
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        ParticipantsModel model(fixture.store(), fixture.notifier());
        ParticipantFilterProxy proxy;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ParticipantsModel::loaded);

        // WHEN the project is loaded
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN the former partner is hidden and the lead comes first, then by name
        QVERIFY(!proxy.showFormer());
        QCOMPARE(organisations(proxy),
                 (QStringList{QStringLiteral("Dordrecht"), QStringLiteral("Sliedrecht"), QStringLiteral("Zwijndrecht")}));

        // WHEN former partners are shown
        proxy.setShowFormer(true);

        // THEN they come last
        QVERIFY(proxy.showFormer());
        QCOMPARE(organisations(proxy),
                 (QStringList{QStringLiteral("Dordrecht"), QStringLiteral("Sliedrecht"), QStringLiteral("Zwijndrecht"),
                              QStringLiteral("Papendrecht")}));

        // AND hiding them again works
        proxy.setShowFormer(false);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void shouldResortAfterHandOver()
    {
        // GIVEN the proxy over a loaded project
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        ParticipantsModel model(fixture.store(), fixture.notifier());
        ParticipantFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ParticipantsModel::loaded);
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // WHEN the regie goes to Zwijndrecht and Sliedrecht leaves
        LeadHandOver h;
        h.projectId = d.project.id;
        h.fromOrganisation = d.dordrecht.id;
        h.toOrganisation = d.zwijndrecht.id;
        h.openedTermId = QUuid::createUuid();
        h.date = QDate(2024, 6, 1);
        QVERIFY(await(fixture.store()->handOverLead(h)).ok());
        Participation leaving = d.external;
        leaving.left = QDate(2024, 7, 1);
        QVERIFY(await(fixture.store()->saveParticipation(leaving)).ok());

        // THEN the new lead comes first and Sliedrecht is hidden
        QTRY_COMPARE(organisations(proxy), (QStringList{QStringLiteral("Zwijndrecht"), QStringLiteral("Dordrecht")}));
        QVERIFY(proxy.index(0, 0).data(ParticipantsModel::IsLeadRole).toBool());
    }
};

QTEST_GUILESS_MAIN(ParticipantFilterProxyTest)
#include "participantfilterproxytest.moc"
