#pragma once

// The Drechtsteden on a fresh test server: what the sync tests share.
// Header-only, beside laptop.h.

#include "laptop.h"

#include "sync/serveradmin.h"

#include <memory>

namespace TestLib {

/// Three municipalities, added to the server behind @p admin after setting it up.
struct Region {
    Model::Organisation dordrecht = organisation(QStringLiteral("Dordrecht"), QStringLiteral("GM0505"));
    Model::Organisation zwijndrecht = organisation(QStringLiteral("Zwijndrecht"), QStringLiteral("GM0642"));
    Model::Organisation papendrecht = organisation(QStringLiteral("Papendrecht"), QStringLiteral("GM0590"));

    explicit Region(QSqlDatabase admin)
    {
        Sync::ServerAdmin a(std::move(admin));
        if (!a.initialise().ok())
            qFatal("the test server cannot be set up");
        for (const auto &o : {dordrecht, zwijndrecht, papendrecht}) {
            if (!a.addOrganisation(o).ok())
                qFatal("addOrganisation failed");
        }
    }
};

/// A user @p name of @p o with @p role; the login carries @p round, so that
/// each test's users are new roles on the one server.
inline QString addUser(QSqlDatabase admin, const QString &name, const Model::Organisation &o, const QString &role,
                       int round)
{
    const QString login = QStringLiteral("%1_%2").arg(name).arg(round);
    Model::Person p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.organisationId = o.id;
    const auto added = Sync::ServerAdmin(std::move(admin)).addUser(login, Password, p, role);
    if (!added.ok())
        qFatal("addUser: %s", qPrintable(added.error().message));
    return login;
}

/// One test server for a test class, and a fresh database with the region
/// for each test function: the sync tests' fixture. A test class inherits
/// it and calls startServer(), nextDatabase(), closeDatabase() and
/// stopServer() from initTestCase(), init(), cleanup() and cleanupTestCase().
class RegionRounds
{
protected:
    std::unique_ptr<PgServer> m_server;
    QString m_db;
    int m_round = 0;
    Model::Organisation m_dordrecht, m_zwijndrecht, m_papendrecht;

    QSqlDatabase admin() { return QSqlDatabase::database(QStringLiteral("admin-") + m_db); }

    /// A user of @p o, a new role on the server for this test function.
    QString addUser(const QString &name, const Model::Organisation &o, const QString &role)
    {
        return TestLib::addUser(admin(), name, o, role, m_round);
    }

    void startServer()
    {
        initEnvironment();
        m_server = std::make_unique<PgServer>();
    }

    void nextDatabase()
    {
        ++m_round;
        m_db = QStringLiteral("regie_%1").arg(m_round);
        m_server->createDatabase(m_db);
        const Region region(m_server->admin(m_db, QStringLiteral("admin-") + m_db));
        m_dordrecht = region.dordrecht;
        m_zwijndrecht = region.zwijndrecht;
        m_papendrecht = region.papendrecht;
    }

    void closeDatabase()
    {
        admin().close();
        QSqlDatabase::removeDatabase(QStringLiteral("admin-") + m_db);
    }

    void stopServer() { m_server.reset(); }
};

/// An active project led by @p lead with @p partner taking part, made on
/// @p laptop and synced.
inline Model::Project makeProject(Laptop &laptop, const Model::Organisation &lead, const Model::Organisation &partner,
                                  const QString &name)
{
    Model::Project p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.purpose = QStringLiteral("Schone oevers");
    p.urgency = QStringLiteral("De subsidie loopt af");
    p.status = Model::ProjectStatus::Active;
    const auto created = laptop.store.projects().createProject(p, lead.id);
    if (!created.ok())
        qFatal("createProject: %s", qPrintable(created.error().message));
    Model::Participation z;
    z.id = QUuid::createUuid();
    z.projectId = p.id;
    z.organisationId = partner.id;
    z.role = Model::ParticipationRole::Partner;
    z.joined = QDate(2026, 1, 1);
    z.brings = QStringLiteral("Een projectleider");
    if (!laptop.store.participations().saveParticipation(z).ok())
        qFatal("saveParticipation failed");
    laptop.syncNow();
    return created.value();
}

} // namespace TestLib
