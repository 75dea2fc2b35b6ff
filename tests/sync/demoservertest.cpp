// The demo region on a shared server, as `regie-admin demo` puts it there:
// laptops of the lead and of an external reflector get the same plan, and
// each may do only what its role allows.

#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/demoregion.h"
#include "model/text.h"
#include "sync/serveradmin.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;
using TestLib::Password;

class DemoServerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    Bundle m_region;
    QUuid m_energy;

    Person person(const QString &name) const
    {
        for (const Person &p : m_region.people) {
            if (p.name == name)
                return p;
        }
        qFatal("no demo person %s", qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QFile file(qEnvironmentVariable("REGIE_SOURCE_DIR") + u"/resources/demo/demo-region.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = parseDemoRegion(file.readAll(), QDateTime::currentDateTimeUtc());
        QVERIFY(parsed.ok());
        m_region = parsed.value();
        for (const Project &p : m_region.projects) {
            if (p.name == u"Energieke Drechtsteden"_s)
                m_energy = p.id;
        }
        m_server = std::make_unique<TestLib::PgServer>();
        m_server->createDatabase(u"regie"_s);
        QSqlDatabase db = m_server->admin(u"regie"_s, u"admin"_s);
        Sync::ServerAdmin admin(db);
        QVERIFY(admin.initialise().ok());
        const Status imported = admin.importBundle(m_region);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(admin.addUser(u"sanne"_s, Password, person(u"Sanne de Vries"_s), u"lead"_s).ok());
        QVERIFY(admin.addUser(u"marieke"_s, Password, person(u"Marieke Jansen"_s), u"external"_s).ok());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(u"admin"_s).close();
        QSqlDatabase::removeDatabase(u"admin"_s);
        m_server.reset();
    }

    void shouldFindOrganisationsAndUsersAsRegieAdminAsksForThem()
    {
        Sync::ServerAdmin admin(QSqlDatabase::database(u"admin"_s));
        QUuid dordrecht;
        for (const Organisation &o : m_region.organisations) {
            if (o.name == u"Dordrecht"_s)
                dordrecht = o.id;
        }
        QVERIFY(!dordrecht.isNull());
        // An organisation by name, whatever its case
        QCOMPARE(admin.organisationNamed(u"dORDRECHT"_s).value(), dordrecht);
        QVERIFY(admin.organisationNamed(u"Atlantis"_s).value().isNull());
        // A quote in the name is a name, not SQL
        const auto odd = admin.organisationNamed(u"x' OR '1'='1"_s);
        QVERIFY(odd.ok());
        QVERIFY(odd.value().isNull());
        // Users by login
        QVERIFY(admin.hasUser(u"sanne"_s).value());
        QVERIFY(!admin.hasUser(u"niemand"_s).value());
        QVERIFY(!admin.hasUser(u"x' OR '1'='1"_s).value());
    }

    void shouldGiveLeadAndReflectorTheSameEvaluations()
    {
        Laptop sanne(*m_server, u"regie"_s, u"sanne"_s);
        Laptop marieke(*m_server, u"regie"_s, u"marieke"_s);
        for (Laptop *laptop : {&sanne, &marieke}) {
            const auto evaluations = laptop->store.evaluations().evaluations(m_energy).value();
            QCOMPARE(evaluations.size(), 5);
            QCOMPARE(evaluations.at(1).decisions.size(), 2);
            // One evaluation's decisions share a time; find the one that lowered the target.
            QString before;
            for (const Decision &d : evaluations.at(1).decisions) {
                if (d.subject == Decision::Subject::GoalTarget)
                    before = d.before;
            }
            QCOMPARE(before, u"24000"_s);
            QCOMPARE(evaluations.at(1).comments.first().personName, u"Marieke Jansen"_s);
            QCOMPARE(evaluations.at(1).scores.size(), 3);
        }
        QCOMPARE(sanne.store.goals().goals(m_energy).value().size(), 3);
        // AND each laptop knows the role the server gives its user, to offer only what it takes
        QCOMPARE(sanne.store.organisations().identity().value().serverRole, u"lead"_s);
        QCOMPARE(marieke.store.organisations().identity().value().serverRole, u"external"_s);

        // WHEN the reflector comments on the last evaluation held
        Evaluation held = marieke.store.evaluations().evaluations(m_energy).value().at(1);
        EvaluationComment c;
        c.id = QUuid::createUuid();
        c.evaluationId = held.id;
        c.personId = marieke.person;
        c.comment = u"Neem de huurders mee in de keuze voor Sliedrecht"_s;
        QVERIFY(marieke.store.evaluations().addEvaluationComment(c).ok());
        QCOMPARE(marieke.syncNow().rejected, 0);
        // THEN the lead sees it after syncing
        sanne.syncNow();
        QCOMPARE(sanne.store.evaluations().evaluations(m_energy).value().at(1).comments.size(), 2);

        // WHEN the reflector tries to move the next evaluation (only the lead may)
        Evaluation next = marieke.store.evaluations().evaluations(m_energy).value().at(2);
        next.plannedOn = next.plannedOn.addDays(14);
        QVERIFY(marieke.store.evaluations().savePlannedEvaluation(next).ok()); // her laptop does not know her rights
        // THEN the server refuses it, and the lead's plan stays as it was
        QCOMPARE(marieke.syncNow().rejected, 1);
        sanne.syncNow();
        QCOMPARE(sanne.store.evaluations().evaluations(m_energy).value().at(2).plannedOn, next.plannedOn.addDays(-14));
    }
};

QTEST_MAIN(DemoServerTest)
#include "demoservertest.moc"
