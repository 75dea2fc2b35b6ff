#include "pgbouncer.h"

#include "pgserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace TestLib {

namespace {

const QString Program = QStringLiteral("/usr/sbin/pgbouncer");

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port for PgBouncer");
    return probe.serverPort();
}

// auth_file quoting: a double quote inside a field is written twice.
QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void write(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

PgBouncer::PgBouncer(PgServer &server)
    : m_server(server)
{
    if (!QFile::exists(Program))
        qFatal("PgBouncer is not installed (%s)", qPrintable(Program));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    start();
}

PgBouncer::~PgBouncer()
{
    stop();
}

void PgBouncer::writeUsers()
{
    // The superuser reads the SCRAM secrets; PgBouncer checks a client's
    // proof against them and signs in to the server with the same exchange.
    QString users;
    {
        QSqlDatabase db = m_server.admin(QStringLiteral("postgres"), QStringLiteral("pgbouncer-users"));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin AND rolpassword LIKE "
                                   "'SCRAM-SHA-256$%'")))
            qFatal("cannot read the users: %s", qPrintable(q.lastError().text()));
        while (q.next())
            users
                += quoted(q.value(0).toString()) + QLatin1Char(' ') + quoted(q.value(1).toString()) + QLatin1Char('\n');
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgbouncer-users"));
    write(m_dir.filePath(QStringLiteral("userlist.txt")), users);
}

void PgBouncer::start()
{
    writeUsers();
    if (!m_port)
        m_port = freePort();
    const QString ini = m_dir.filePath(QStringLiteral("pgbouncer.ini"));
    write(ini,
          QStringLiteral("[databases]\n"
                         "* = host=127.0.0.1 port=%1\n"
                         "\n"
                         "[pgbouncer]\n"
                         "listen_addr = 127.0.0.1\n"
                         "listen_port = %2\n"
                         "unix_socket_dir =\n"
                         "auth_type = scram-sha-256\n"
                         "auth_file = %3/userlist.txt\n"
                         "pool_mode = transaction\n"
                         "default_pool_size = %4\n"
                         "server_round_robin = 1\n"
                         "max_client_conn = 200\n"
                         "logfile = %3/pgbouncer.log\n"
                         "pidfile = %3/pgbouncer.pid\n")
              .arg(QString::number(m_server.port()), QString::number(m_port), m_dir.path(), QString::number(PoolSize)));
    m_process.start(Program, {ini});
    if (!m_process.waitForStarted())
        qFatal("PgBouncer did not start: %s", qPrintable(m_process.errorString()));
    // Ready once it takes connections.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            qFatal("PgBouncer stopped: %s\n%s", qPrintable(QString::fromLocal8Bit(m_process.readAll())),
                   qPrintable(log()));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200))
            return;
        QThread::msleep(50);
    }
    qFatal("PgBouncer does not listen on port %d:\n%s", m_port, qPrintable(log()));
}

void PgBouncer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGINT: stop once the server connections are idle.
    ::kill(pid_t(m_process.processId()), SIGINT);
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

void PgBouncer::restart()
{
    stop();
    start();
}

void PgBouncer::fillPool(const QString &database, const QString &login, const QString &password)
{
    // Each client holds a transaction open, so each needs a server
    // connection of its own; committed, they stay in the pool.
    QList<QSqlDatabase> clients;
    for (int i = 0; i < PoolSize; ++i) {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgbouncer-fill-%1").arg(i));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(login);
        db.setPassword(password);
        if (!db.open())
            qFatal("cannot sign in through PgBouncer: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("SELECT 1")))
            qFatal("PgBouncer: %s", qPrintable(q.lastError().text()));
        clients << db;
    }
    for (QSqlDatabase &db : clients) {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        db.close();
    }
    clients.clear();
    for (int i = 0; i < PoolSize; ++i)
        QSqlDatabase::removeDatabase(QStringLiteral("pgbouncer-fill-%1").arg(i));
}

QString PgBouncer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("pgbouncer.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace TestLib
