#include "pgserver.h"

#include <QDir>
#include <QFile>
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
                                        "max_connections=200%3")
                             .arg(port)
                             .arg(m_dir.path())
                             .arg(m_tls ? QStringLiteral(" -c ssl=on -c ssl_cert_file=%1/server.crt -c "
                                                         "ssl_key_file=%1/server.key")
                                              .arg(m_dir.path())
                                        : QString()),
                         QStringLiteral("start")},
                        &out);
        if (m_running)
            m_port = port;
        else if (attempt == 4)
            qFatal("pg_ctl start failed: %s", qPrintable(out));
    }
}

QString PgServer::makeCertificateAuthority(const QString &folder) const
{
    QString out;
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), folder + QStringLiteral("/ca.key"), QStringLiteral("-out"),
              folder + QStringLiteral("/ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=Regie test CA")},
             &out))
        qFatal("openssl could not make a CA: %s", qPrintable(out));
    return folder + QStringLiteral("/ca.crt");
}

QString PgServer::enableTls(const QString &hostName)
{
    const QString dir = m_dir.path();
    const QString ca = makeCertificateAuthority(dir);
    QFile extensions(dir + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(extensions.fileName()));
    extensions.write(QStringLiteral("subjectAltName=DNS:%1\n").arg(hostName).toUtf8());
    extensions.close();
    QString out;
    const bool made =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             dir + QStringLiteral("/server.key"), QStringLiteral("-out"), dir + QStringLiteral("/server.csr"),
             QStringLiteral("-subj"), QStringLiteral("/CN=") + hostName},
            &out)
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + QStringLiteral("/server.csr"),
                QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), dir + QStringLiteral("/server.crt"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName()},
               &out);
    if (!made)
        qFatal("openssl could not make the server certificate: %s", qPrintable(out));
    // PostgreSQL refuses a key others may read.
    QFile::setPermissions(dir + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
    stop();
    m_tls = true;
    start();
    return ca;
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
