#include "model/organisationfilterproxy.h"
#include "model/organisationlistmodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;

namespace {
QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}
}

class OrganisationFilterProxyTest : public QObject
{
    Q_OBJECT

    TestLib::StoreFixture *m_fixture = nullptr;
    Bundle m_bundle;

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        m_fixture = new TestLib::StoreFixture;
        m_bundle = Bundle{};
        for (const QString &name : {QStringLiteral("Súdwest-Fryslân"), QStringLiteral("Zuidwest Bouw"),
                                    QStringLiteral("'s-Hertogenbosch"), QStringLiteral("IJsselstein"),
                                    QStringLiteral("Dordrecht")}) {
            m_bundle.organisations.append(TestLib::makeOrganisation(name));
        }
        m_bundle.organisations[1].kind = OrganisationKind::Company;
        m_bundle.organisations[4].municipalityCode = QStringLiteral("GM0505");
        m_fixture->import(m_bundle);
    }

    void cleanup()
    {
        delete m_fixture;
        m_fixture = nullptr;
    }

    void shouldFilterIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QString()
                                    << QStringList{QStringLiteral("'s-Hertogenbosch"), QStringLiteral("Dordrecht"),
                                                   QStringLiteral("IJsselstein"), QStringLiteral("Súdwest-Fryslân"),
                                                   QStringLiteral("Zuidwest Bouw")};
        QTest::newRow("no accents typed") << QStringLiteral("sudwest") << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("accent typed") << QStringLiteral("FRYSLÂN") << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("common part") << QStringLiteral("west")
                                     << QStringList{QStringLiteral("Súdwest-Fryslân"), QStringLiteral("Zuidwest Bouw")};
        QTest::newRow("apostrophe") << QStringLiteral("'s-") << QStringList{QStringLiteral("'s-Hertogenbosch")};
        QTest::newRow("ij") << QStringLiteral("ijssel") << QStringList{QStringLiteral("IJsselstein")};
        QTest::newRow("municipality code") << QStringLiteral("gm0505") << QStringList{QStringLiteral("Dordrecht")};
        QTest::newRow("no match") << QStringLiteral("rotterdam") << QStringList{};
    }

    void shouldFilterIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // GIVEN the organisations behind the proxy, both checked
        OrganisationListModel model(m_fixture->store(), m_fixture->notifier());
        OrganisationFilterProxy proxy;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &OrganisationListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // WHEN a search text is set
        proxy.setSearchText(text);

        // THEN exactly the matching organisations remain
        QCOMPARE(names(proxy), expected);
    }

    void shouldLeaveOutExcludedOrganisations()
    {
        // GIVEN the proxy with a search text
        OrganisationListModel model(m_fixture->store(), m_fixture->notifier());
        OrganisationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &OrganisationListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        proxy.setSearchText(QStringLiteral("west"));

        // WHEN one organisation is excluded (it already takes part)
        proxy.setExcluded({m_bundle.organisations.at(0).id});

        // THEN it is left out, also when the search is cleared
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Zuidwest Bouw")});
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!names(proxy).contains(QStringLiteral("Súdwest-Fryslân")));

        // AND excluding none brings it back
        proxy.setExcluded({});
        QCOMPARE(proxy.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(OrganisationFilterProxyTest)
#include "organisationfilterproxytest.moc"
