#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestLib {

class PgServer;

/// PgBouncer in front of a PgServer, as a region may run it: transaction
/// pooling, so that consecutive statements of one client may run on
/// different server connections; a pool of two connections per user,
/// handed out round robin. Clients sign in with the SCRAM secrets the server
/// holds (read from pg_authid when it starts), and PgBouncer passes the
/// SCRAM exchange on to the server. Listens on a free port of 127.0.0.1;
/// stopped in the destructor. Aborts where /usr/sbin/pgbouncer is missing.
class PgBouncer
{
public:
    static constexpr int PoolSize = 2;

    /// Starts with the users the server has now; restart() for later ones.
    explicit PgBouncer(PgServer &server);
    ~PgBouncer();
    PgBouncer(const PgBouncer &) = delete;
    PgBouncer &operator=(const PgBouncer &) = delete;

    int port() const { return m_port; }
    void restart();
    /// Opens every server connection of @p login's pool in @p database, so
    /// that from now on its statements take turns on them.
    void fillPool(const QString &database, const QString &login, const QString &password);
    QString log() const;

private:
    void start();
    void stop();
    void writeUsers();

    PgServer &m_server;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace TestLib
