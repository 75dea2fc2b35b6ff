#pragma once

#include "convergelaptop.h"

#include "model/types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace TestLib {
class FaultProxy;
class PgServer;
}

namespace Converge {

/// The three municipalities of every run: one template database holds
/// them, made once per test.
struct Region {
    Model::Organisation dordrecht;
    Model::Organisation zwijndrecht;
    Model::Organisation papendrecht;
    QList<Model::Organisation> all() const { return {dordrecht, zwijndrecht, papendrecht}; }
};

/// One run's server database, its ten users and their laptops, and the
/// three projects Dordrecht leads at the start. Logins carry the run
/// number: roles are the cluster's, shared by every run's database.
class World
{
public:
    /// Makes the template database every run starts from.
    static Region prepareTemplate(TestLib::PgServer &server);

    World(TestLib::PgServer &server, const Region &region, int run, const QList<TestLib::FaultProxy *> &proxies,
          int clients);
    ~World();
    World(const World &) = delete;
    World &operator=(const World &) = delete;

    /// Signs every laptop in, then makes the projects on the first (Dordrecht) laptop.
    /// Fails the run (qFatal) where the setting up itself fails.
    void start();

    const QString &database() const { return m_database; }
    QSqlDatabase admin() const;
    /// A connection as @p laptop's login, as the server's policies show it.
    QSqlDatabase asUser(const Laptop &laptop);
    const Region &region() const { return m_region; }
    const QList<std::shared_ptr<Laptop>> &laptops() const { return m_laptops; }
    const QList<QUuid> &projects() const { return m_projects; }
    Sync::ServerSettings settings(const Laptop &laptop, bool throughProxy) const;
    int serverPort() const;

private:
    void addUsers(int clients);
    QUuid makeProject(Laptop &laptop, const QString &name, const QList<QUuid> &partners);

    TestLib::PgServer &m_server;
    Region m_region;
    int m_run;
    QString m_database;
    QString m_adminName;
    QStringList m_userConnections;
    QList<TestLib::FaultProxy *> m_proxies;
    QList<std::shared_ptr<Laptop>> m_laptops;
    QList<QUuid> m_projects;
};

} // namespace Converge
