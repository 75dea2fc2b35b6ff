#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace TestLib {

/// A throwaway PostgreSQL cluster for one test executable: initdb in a
/// temporary folder, a free port on 127.0.0.1, stopped and removed at the
/// end. The OS user running the tests is its superuser (trust on the local
/// socket); Regie users sign in over TCP with SCRAM passwords, as in real
/// use. Aborts the test run where no PostgreSQL server is installed.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    int port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }
    /// Creates an empty database owned by the superuser.
    void createDatabase(const QString &name);
    /// A connection as the superuser over the socket; @p connectionName must be unique.
    QSqlDatabase admin(const QString &database, const QString &connectionName);
    void stop();
    void start();
    /// Restarts the server with TLS: a certificate authority of its own signs
    /// a server certificate for @p hostName (made with openssl). Returns the
    /// CA certificate's path, for sslrootcert.
    QString enableTls(const QString &hostName);
    /// Makes another certificate authority in @p folder (a CA the server does
    /// not use); returns its certificate's path.
    QString makeCertificateAuthority(const QString &folder) const;

private:
    QString tool(const QString &name) const;
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr) const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_tls = false;
};

} // namespace TestLib
