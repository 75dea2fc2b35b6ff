#include "model/dutchpublicbodies.h"
#include "model/organisationchoicemodel.h"
#include "model/organisationfilterproxy.h"
#include "model/organisationlistmodel.h"
#include "testlib/builders.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

class OrganisationChoiceModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldKnowEveryMunicipalityAndProvinceWithItsCode()
    {
        // THEN the 342 municipalities of 2024 are there, each once, with a CBS code
        const auto &municipalities = DutchPublicBodies::municipalities();
        QCOMPARE(municipalities.size(), 342);
        QSet<QString> codes, names;
        for (const auto &m : municipalities) {
            const QString code = QString::fromLatin1(m.code);
            QVERIFY2(code.size() == 6 && code.startsWith(u"GM"_s), m.code);
            codes.insert(code);
            names.insert(QString::fromUtf8(m.name));
        }
        QCOMPARE(codes.size(), 342);
        QCOMPARE(names.size(), 342);
        QVERIFY(names.contains(u"Súdwest-Fryslân"_s)); // read as UTF-8
        // AND the 12 provinces
        QCOMPARE(DutchPublicBodies::provinces().size(), 12);
        const QList<Organisation> all = DutchPublicBodies::organisations();
        QCOMPARE(all.size(), 354);
        QCOMPARE(std::count_if(all.cbegin(), all.cend(), [](const Organisation &o) { return o.kind == OrganisationKind::Province; }), 12);
    }

    void shouldOfferThePublicBodiesOnAFreshLaptop()
    {
        // GIVEN a laptop that knows no organisation
        TestLib::StoreFixture fixture;
        OrganisationListModel known(fixture.store(), fixture.notifier());
        OrganisationChoiceModel choices;
        QAbstractItemModelTester tester(&choices, QAbstractItemModelTester::FailureReportingMode::Fatal);
        choices.setKnownOrganisations(&known);
        QSignalSpy loaded(&known, &OrganisationListModel::loaded);
        known.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN all 354 can be chosen, none known yet, in Dutch order
        QCOMPARE(choices.rowCount(), 354);
        QCOMPARE(choices.knownCount(), 0);
        for (int row = 1; row < choices.rowCount(); ++row)
            QVERIFY(choices.index(row - 1).data(OrganisationListModel::SortKeyRole).toString()
                    <= choices.index(row).data(OrganisationListModel::SortKeyRole).toString());
        const QModelIndex dordrecht = choices.indexOfCode(u"gm0505"_s);
        QVERIFY(dordrecht.isValid());
        QCOMPARE(dordrecht.data().toString(), u"Dordrecht"_s);
        QVERIFY(!dordrecht.data(OrganisationChoiceModel::KnownRole).toBool());
        QVERIFY(dordrecht.data(OrganisationListModel::IdRole).toUuid().isNull());
        const auto organisation = dordrecht.data(OrganisationListModel::OrganisationRole).value<Organisation>();
        QCOMPARE(organisation.kind, OrganisationKind::Municipality);
        QCOMPARE(organisation.municipalityCode, u"GM0505"_s);
        // AND the filter finds them by name or code
        OrganisationFilterProxy proxy;
        proxy.setSourceModel(&choices);
        proxy.setSearchText(u"frysl"_s);
        QStringList found;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found << proxy.index(row, 0).data().toString();
        QCOMPARE(found, (QStringList{u"Noardeast-Fryslân"_s, u"Provincie Fryslân"_s, u"Súdwest-Fryslân"_s}));
        proxy.setSearchText(u"GM1900"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void shouldListAKnownOrganisationOnceInsteadOfItsPublicBody()
    {
        // GIVEN a laptop that knows Dordrecht (by its code), Zwijndrecht (without one) and a company
        TestLib::StoreFixture fixture;
        Bundle bundle;
        Organisation dordrecht = TestLib::makeOrganisation(u"Gemeente Dordrecht"_s);
        dordrecht.municipalityCode = u"GM0505"_s;
        const Organisation zwijndrecht = TestLib::makeOrganisation(u"Zwijndrecht"_s);
        const Organisation province = TestLib::makeOrganisation(u"Provincie Zuid-Holland"_s, OrganisationKind::Province);
        const Organisation company = TestLib::makeOrganisation(u"Stedin Netbeheer"_s, OrganisationKind::Company);
        bundle.organisations = {dordrecht, zwijndrecht, province, company};
        fixture.import(bundle);
        OrganisationListModel known(fixture.store(), fixture.notifier());
        OrganisationChoiceModel choices;
        QAbstractItemModelTester tester(&choices, QAbstractItemModelTester::FailureReportingMode::Fatal);
        choices.setKnownOrganisations(&known);
        QSignalSpy loaded(&known, &OrganisationListModel::loaded);
        known.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        // THEN the known ones stand in for their public bodies, and the company comes beside them
        QCOMPARE(choices.knownCount(), 4);
        QCOMPARE(choices.rowCount(), 354 - 3 + 4);
        QStringList names;
        for (int row = 0; row < choices.rowCount(); ++row)
            names << choices.index(row).data().toString();
        QCOMPARE(names.count(u"Dordrecht"_s), 0);
        QCOMPARE(names.count(u"Gemeente Dordrecht"_s), 1);
        QCOMPARE(names.count(u"Zwijndrecht"_s), 1);
        QCOMPARE(names.count(u"Provincie Zuid-Holland"_s), 1);
        const QModelIndex known0505 = choices.indexOfCode(u"GM0505"_s);
        QVERIFY(known0505.data(OrganisationChoiceModel::KnownRole).toBool());
        QCOMPARE(known0505.data(OrganisationListModel::IdRole).toUuid(), dordrecht.id);
        const int z = int(names.indexOf(u"Zwijndrecht"_s));
        QCOMPARE(choices.index(z).data(OrganisationListModel::IdRole).toUuid(), zwijndrecht.id);
    }
};

QTEST_GUILESS_MAIN(OrganisationChoiceModelTest)
#include "organisationchoicemodeltest.moc"
