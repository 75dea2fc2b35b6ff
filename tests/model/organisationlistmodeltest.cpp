#include "model/organisationlistmodel.h"
#include "model/text.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

namespace {
QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}
}

class OrganisationListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListOrganisationsInDutchOrder()
    {
        // GIVEN organisations whose names differ in case and accents
        TestLib::StoreFixture fixture;
        Bundle b;
        for (const QString &name : {QStringLiteral("Zaanstad"), QStringLiteral("Súdwest-Fryslân"),
                                    QStringLiteral("'s-Hertogenbosch"), QStringLiteral("ijsselstein"),
                                    QStringLiteral("Émmen"), QStringLiteral("Ede")}) {
            b.organisations.append(TestLib::makeOrganisation(name));
        }
        b.organisations[0].municipalityCode = QStringLiteral("GM0479");
        fixture.import(b);
        OrganisationListModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &OrganisationListModel::loaded);

        // WHEN it loads
        model.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN they come in folded order, with their roles
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Ede"), QStringLiteral("Émmen"),
                              QStringLiteral("ijsselstein"), QStringLiteral("Súdwest-Fryslân"),
                              QStringLiteral("Zaanstad")}));
        const QModelIndex zaanstad = model.indexOf(b.organisations.at(0).id);
        QCOMPARE(zaanstad.row(), 5);
        QCOMPARE(zaanstad.data(OrganisationListModel::CodeRole).toString(), QStringLiteral("GM0479"));
        QCOMPARE(zaanstad.data(OrganisationListModel::SortKeyRole).toString(), QStringLiteral("zaanstad"));
        QCOMPARE(zaanstad.data(OrganisationListModel::KindRole).toInt(), int(OrganisationKind::Municipality));
        QCOMPARE(zaanstad.data(OrganisationListModel::OrganisationRole).value<Organisation>().id, b.organisations.at(0).id);
        QVERIFY(!model.indexOf(QUuid::createUuid()).isValid());
        QCOMPARE(model.organisations().size(), 6);
    }

    void shouldFollowTheStore()
    {
        // GIVEN a loaded model
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        OrganisationListModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &OrganisationListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(model.rowCount(), 4);

        // WHEN one is added, one renamed and one deleted
        QVERIFY(await(fixture.store()->saveOrganisation(TestLib::makeOrganisation(QStringLiteral("Alblasserdam")))).ok());
        Organisation renamed = d.sliedrecht;
        renamed.name = QStringLiteral("Gemeente Sliedrecht");
        QVERIFY(await(fixture.store()->saveOrganisation(renamed)).ok());
        QVERIFY(await(fixture.store()->setOrganisationDeleted(d.papendrecht.id, true)).ok());

        // THEN the model shows the store's list
        QTRY_COMPARE(names(model),
                     (QStringList{QStringLiteral("Alblasserdam"), QStringLiteral("Dordrecht"),
                                  QStringLiteral("Gemeente Sliedrecht"), QStringLiteral("Zwijndrecht")}));
    }
};

QTEST_GUILESS_MAIN(OrganisationListModelTest)
#include "organisationlistmodeltest.moc"
