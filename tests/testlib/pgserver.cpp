#include "pgserver.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

namespace TestLib {

namespace {
QString findBin()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        return probe.serverPort();
    return 20000 + int(QRandomGenerator::global()->bounded(20000));
}
}

PgServer::PgServer()
    : m_bin(findBin())
{
    if (m_bin.isEmpty())
        qFatal("no PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb)");
    QString out;
    if (!run(tool(QStringLiteral("initdb")),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"), QStringLiteral("-U"),
              QStringLiteral("postgres")},
             &out))
        qFatal("initdb failed: %s", qPrintable(out));
    start();
}

PgServer::~PgServer()
{
    stop();
}

QString PgServer::tool(const QString &name) const
{
    return m_bin + QLatin1Char('/') + name;
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void PgServer::start()
{
    if (m_running)
        return;
    // Another process may take a free port between probe and start: retry.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        const int port = m_port ? m_port : freePort();
        QString out;
        m_running = run(tool(QStringLiteral("pg_ctl")),
                        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"),
                         QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                         QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c "
                                        "max_connections=200")
                             .arg(port)
                             .arg(m_dir.path()),
                         QStringLiteral("start")},
                        &out);
        if (m_running)
            m_port = port;
        else if (attempt == 4)
            qFatal("pg_ctl start failed: %s", qPrintable(out));
    }
}

void PgServer::stop()
{
    if (!m_running)
        return;
    run(tool(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                         QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                                         QStringLiteral("stop")});
    m_running = false;
}

QSqlDatabase PgServer::admin(const QString &database, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_dir.path());
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(QStringLiteral("postgres"));
    if (!db.open())
        qFatal("cannot connect to the test server: %s", qPrintable(db.lastError().text()));
    return db;
}

void PgServer::createDatabase(const QString &name)
{
    {
        QSqlDatabase db = admin(QStringLiteral("postgres"), QStringLiteral("pgserver-create"));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgserver-create"));
}

} // namespace TestLib
