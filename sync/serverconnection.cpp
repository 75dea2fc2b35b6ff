#include "serverconnection.h"

#include "synclogging.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlField>

using namespace Model;

namespace Sync {

namespace {

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("regie-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool mentions(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ServerConnection::ServerConnection() = default;

ServerConnection::~ServerConnection()
{
    close();
}

Status ServerConnection::open(const ServerSettings &settings)
{
    const ServerSettings keep = settings; // may be our own m_settings
    close();
    m_settings = keep;
    m_name = connectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        return error(Error::Storage, tr("This Regie cannot talk to PostgreSQL (the QPSQL driver is missing)."));
    m_db.setHostName(m_settings.host);
    m_db.setPort(m_settings.port);
    m_db.setDatabaseName(m_settings.database);
    m_db.setUserName(m_settings.user);
    m_db.setPassword(m_settings.password);
    QStringList options {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=regie")};
    if (!m_settings.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_settings.sslMode;
    if (!m_settings.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + m_settings.sslRootCert;
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open())
        return failure({}, m_db.lastError());
    m_broken = false;
    return Done {};
}

void ServerConnection::close()
{
    m_settings = {};
    m_broken = false;
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool ServerConnection::isOpen() const
{
    // The driver asks libpq, which notices a broken connection when a
    // statement fails on it.
    return m_db.isValid() && m_db.isOpen();
}

QString sqlLiteral(const QSqlDatabase &db, const QVariant &value)
{
    QSqlField field(QString(), value.metaType());
    const bool null = value.isNull() || (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        || (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull());
    if (!null)
        field.setValue(value);
    return db.driver()->formatValue(field);
}

QString ServerConnection::literal(const QVariant &value) const
{
    return sqlLiteral(m_db, value);
}

ServerConnection::Problem ServerConnection::classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (code == QLatin1String("28P01") || mentions(text, {"password authentication failed"}))
        return Problem::WrongPassword;
    if (code.startsWith(QLatin1String("57P"))
        || mentions(text,
                    {"the database system is shutting down", "the database system is starting up",
                     "the database system is in recovery mode", "terminating connection due to administrator"}))
        return Problem::ShuttingDown;
    if (code == QLatin1String("57014"))
        return Problem::StatementTimeout;
    if (code == QLatin1String("42501") || mentions(text, {"permission denied"}))
        return Problem::PermissionDenied;
    // libpq's own messages: no SQLSTATE, the server never answered. It
    // tries each address of a name (::1, then 127.0.0.1 for localhost) and
    // reports every failure, so the most telling comes first.
    if (mentions(text, {"certificate"}))
        return Problem::Certificate;
    if (mentions(text, {"connection refused"}))
        return Problem::Refused;
    if (mentions(text,
                 {"could not translate host name", "name or service not known", "temporary failure in name resolution",
                  "no address associated"}))
        return Problem::HostNotFound;
    if (mentions(text, {"timeout expired", "timed out"}))
        return Problem::Timeout;
    if (code.startsWith(QLatin1String("08"))
        || mentions(text,
                    {"server closed the connection", "no connection to the server", "connection not open",
                     "could not send data", "could not receive data", "broken pipe", "connection reset",
                     "ssl syscall error", "ssl connection has been closed", "eof detected", "lost synchronization"}))
        return Problem::ConnectionLost;
    return Problem::Other;
}

bool ServerConnection::isConnectionProblem(Problem problem)
{
    switch (problem) {
    case Problem::Refused:
    case Problem::HostNotFound:
    case Problem::Timeout:
    case Problem::ConnectionLost:
    case Problem::ShuttingDown:
        return true;
    default:
        return false;
    }
}

QString ServerConnection::reason(Problem problem) const
{
    const QString host = m_settings.host;
    switch (problem) {
    case Problem::Refused:
        return tr("The server %1 refused the connection on port %2: it is not running, or it listens on another port.")
            .arg(host, QString::number(m_settings.port));
    case Problem::HostNotFound:
        return tr("The server name %1 was not found. Check the name in Sync ▸ Sync Server, and whether this computer "
                  "is online.")
            .arg(host);
    case Problem::Timeout:
        return tr("The server %1 did not answer in time: the network or the server is slow or out of reach.").arg(host);
    case Problem::ConnectionLost:
        return tr("The connection to the server %1 was lost during the sync.").arg(host);
    case Problem::ShuttingDown:
        return tr("The server %1 ended the connection: it is shutting down or restarting, or its administrator "
                  "closed the connection.")
            .arg(host);
    case Problem::WrongPassword:
        return tr("The server refused the user name or password.");
    case Problem::Certificate:
        return tr("The server %1 could not prove who it is. Check the server name and the CA certificate file in "
                  "Sync ▸ Sync Server. Nothing was sent.")
            .arg(host);
    case Problem::StatementTimeout:
        return tr(
            "The server stopped a statement that took too long (statement timeout). Sync will try again later; ask "
            "the server's administrator if this keeps happening.");
    case Problem::PermissionDenied:
        return tr("The server does not allow the user %1 to do this (permission denied). Ask the server's "
                  "administrator to check the user's rights.")
            .arg(m_settings.user);
    case Problem::None:
    case Problem::Other:
        break;
    }
    return tr("The server reported an error; the details are in the log.");
}

Error ServerConnection::failure(const QString &what, const QSqlError &error)
{
    const Problem problem = classify(error);
    m_broken = isConnectionProblem(problem);
    QString message = reason(problem);
    if (!what.isEmpty())
        message = what + QStringLiteral(". ") + message;
    if (m_broken)
        message += QLatin1Char(' ') + tr("Your changes wait on this computer until the server can be reached again.");
    const QString detail = error.text().trimmed();
    qCWarning(lcSync).noquote() << message << "--" << detail;
    const Error::Code code
        = problem == Problem::WrongPassword || problem == Problem::Certificate ? Error::Validation : Error::Storage;
    return Error {code, message, detail};
}

} // namespace Sync
