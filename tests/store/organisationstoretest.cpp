// Organisations in a real SQLite file.

#include "testlib/localstoretestbase.h"

class OrganisationStoreTest : public LocalStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldWriteAsThePersonWhoWorksHere()
    {
        // GIVEN a person of an organisation
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        Person me;
        me.id = QUuid::createUuid();
        me.organisationId = dordrecht.id;
        me.name = QStringLiteral("Anna");
        QVERIFY(store().organisations().savePerson(me).ok());

        // WHEN she is made the one who works on this laptop, and something is written
        const auto identity = store().organisations().setIdentity(me.id);
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));

        // THEN the identity names her, and the write carries her as changed_by
        QVERIFY(identity.ok());
        QCOMPARE(identity.value().personId, me.id);
        QCOMPARE(identity.value().organisationName, QStringLiteral("Dordrecht"));
        QCOMPARE(zwijndrecht.meta.changedBy, me.id);
    }

    void shouldRefuseDeletingOrganisationStillTakingPart()
    {
        // GIVEN Zwijndrecht taking part in a project
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        Participation partner = addPartner(p.id, zwijndrecht.id);

        // WHEN it is deleted
        const Status refused = store().organisations().setOrganisationDeleted(zwijndrecht.id, true);

        // THEN that is refused
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Rule);
        QCOMPARE(store().organisations().organisations().value().size(), 2);

        // AND once it left, it can be deleted
        partner.left = QDate(2024, 5, 1);
        QVERIFY(store().participations().saveParticipation(partner).ok());
        QVERIFY(store().organisations().setOrganisationDeleted(zwijndrecht.id, true).ok());
        QCOMPARE(store().organisations().organisations().value().size(), 1);
    }

    void shouldRefuseInvalidOrganisation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty name") << QString() << OrganisationKind::Municipality << QString();
        QTest::newRow("whitespace name") << QStringLiteral("   ") << OrganisationKind::Municipality << QString();
        QTest::newRow("121-character name") << QString(121, QLatin1Char('o')) << OrganisationKind::Company << QString();
        QTest::newRow("bad code") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                  << QStringLiteral("GM505");
        QTest::newRow("code of a province")
            << QStringLiteral("Zuid-Holland") << OrganisationKind::Province << QStringLiteral("GM0505");
    }

    void shouldRefuseInvalidOrganisation()
    {
        QFETCH(QString, name);
        QFETCH(OrganisationKind, kind);
        QFETCH(QString, code);
        // GIVEN an invalid organisation
        Organisation o = makeOrganisation(name, kind);
        o.municipalityCode = code;
        const auto before = rowCounts();

        // WHEN it is saved
        const auto r = store().organisations().saveOrganisation(o);

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Validation);
        QCOMPARE(rowCounts(), before);
    }
};

QTEST_GUILESS_MAIN(OrganisationStoreTest)
#include "organisationstoretest.moc"
