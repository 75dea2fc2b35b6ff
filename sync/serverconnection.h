#pragma once

#include "syncsession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Sync {

/// @p value as an SQL literal quoted by @p db's driver (QSqlDriver::formatValue),
/// NULL for a null value as binding it would send: the way to put values
/// into statements sent to the server, which must not use prepare().
QString sqlLiteral(const QSqlDatabase &db, const QVariant &value);

/// A SyncSession's connection to the server, and what its failures mean.
///
/// Nothing sent through it may rely on session state: behind a pooler in
/// transaction mode (PgBouncer, docs/SYNC.md) each statement may run on
/// another server connection. So values go into the SQL as literals quoted
/// by the driver (literal()), never through prepare(), which keeps named
/// statements in the session; and no SET, temporary table, LISTEN or session
/// lock is used.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    /// What went wrong, sorted from the driver's error.
    enum class Problem
    {
        None,
        Refused, ///< nothing listens there (the server is down)
        HostNotFound,
        Timeout,
        ConnectionLost, ///< the connection broke during a statement
        ShuttingDown, ///< the server is stopping or starting
        WrongPassword,
        Certificate, ///< TLS: the server could not prove who it is
        StatementTimeout,
        PermissionDenied,
        Other,
    };

    ServerConnection();
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    /// Opens a connection with @p settings. They are kept, password too (in
    /// memory only), so that the session can sign in again the same way.
    Model::Status open(const ServerSettings &settings);
    /// Closes the connection and forgets the settings.
    void close();
    /// Whether the connection is usable; false once the driver saw it break.
    bool isOpen() const;
    const ServerSettings &settings() const { return m_settings; }
    QSqlDatabase database() const { return m_db; }

    /// @p value as an SQL literal, quoted by this connection's driver.
    QString literal(const QVariant &value) const;

    /// @p error of the statement that did @p what, in the user's words (the
    /// driver's text as detail). Remembers whether it was the connection's
    /// fault: see isBroken().
    Model::Error failure(const QString &what, const QSqlError &error);
    /// Whether the last failure was the connection's (lost, refused, timed
    /// out, server restarting), so that connecting again may help.
    bool isBroken() const { return m_broken; }

    static Problem classify(const QSqlError &error);
    static bool isConnectionProblem(Problem problem);

private:
    QString reason(Problem problem) const;

    QSqlDatabase m_db;
    QString m_name;
    ServerSettings m_settings;
    bool m_broken = false;
};

} // namespace Sync
