// ServerAdmin: backup and restore of the Regie database and its users' roles.
#include "serveradmin.h"

#include "backupfile.h"
#include "serverschema.h"
#include "synclogging.h"

#include "model/synctables.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace Model;

namespace Sync {

namespace {

constexpr int ToolTimeout = 60 * 60 * 1000;

// The newest PostgreSQL's tools first (pg_dump must not be older than the
// server), then whatever the PATH offers.
QString findTool(const QString &name)
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions)) {
        const QString path = lib.filePath(v + QStringLiteral("/bin/") + name);
        if (QFile::exists(path))
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

QString archiveName()
{
    return QStringLiteral("regie.dump");
}

} // namespace

QString ServerAdmin::quoted(const QString &value) const
{
    QSqlField field(QStringLiteral("value"), QMetaType(QMetaType::QString));
    field.setValue(value);
    return m_db.driver()->formatValue(field);
}

Status ServerAdmin::runTool(const QString &name, const QStringList &arguments) const
{
    const QString program = findTool(name);
    if (program.isEmpty())
        return error(Error::NotFound, tr("%1 was not found. Install the PostgreSQL client programs (Debian: "
                                         "postgresql-client) of the server's version or newer.")
                                          .arg(name));
    QStringList all{QStringLiteral("--no-password"), QStringLiteral("--host"), m_db.hostName(), QStringLiteral("--port"),
                    QString::number(m_db.port() > 0 ? m_db.port() : 5432)};
    if (!m_db.userName().isEmpty())
        all << QStringLiteral("--username") << m_db.userName();
    all << arguments;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_db.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), m_db.password());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, all);
    if (!process.waitForStarted())
        return error(Error::Storage, tr("%1 could not be started: %2").arg(name, process.errorString()));
    process.waitForFinished(ToolTimeout);
    const QString output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCWarning(lcSync) << name << all << "failed:" << output;
        return error(Error::Storage, tr("%1 failed: %2").arg(name, output.isEmpty() ? process.errorString() : output));
    }
    return Done{};
}

Status ServerAdmin::backup(const QString &path)
{
    const int schema = ServerSchema::version(m_db);
    if (schema <= 0)
        return error(Error::NotRegie, tr("This database is not a Regie server (or it was never set up with "
                                         "regie-admin)."));
    // Roles belong to the cluster, not to the database: pg_dump leaves them
    // out, so the backup says which ones the users need.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT u.role_name::text, u.person_id::text, u.organisation_id::text, u.project_role, "
                               "coalesce(r.rolcanlogin, false), r.oid IS NOT NULL, "
                               "coalesce(pg_has_role(r.oid, 'regie_users', 'MEMBER'), false) "
                               "FROM regie_user u LEFT JOIN pg_roles r ON r.rolname = u.role_name ORDER BY 1")))
        return error(Error::Storage, tr("The users of the server cannot be read: %1").arg(q.lastError().text()));
    QJsonArray roles;
    while (q.next()) {
        roles.append(QJsonObject{{QStringLiteral("login"), q.value(0).toString()},
                                 {QStringLiteral("person"), q.value(1).toString()},
                                 {QStringLiteral("organisation"), q.value(2).toString()},
                                 {QStringLiteral("role"), q.value(3).toString()},
                                 {QStringLiteral("can_login"), q.value(4).toBool()},
                                 {QStringLiteral("exists"), q.value(5).toBool()},
                                 {QStringLiteral("member"), q.value(6).toBool()}});
    }
    QString incarnation;
    if (q.exec(QStringLiteral("SELECT value FROM regie_meta WHERE key = 'incarnation'")) && q.next())
        incarnation = q.value(0).toString();

    QTemporaryDir dir;
    if (!dir.isValid())
        return error(Error::Storage, tr("The backup could not be written to %1: %2").arg(path, dir.errorString()));
    const QString archive = dir.filePath(archiveName());
    if (auto dumped = runTool(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file"), archive,
                                                          QStringLiteral("--dbname"), m_db.databaseName()});
        !dumped.ok())
        return error(dumped.error().code, tr("Nothing was backed up. %1").arg(dumped.error().message));
    const QJsonObject manifest{{QStringLiteral("regie_backup"), 1},
                               {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("database"), m_db.databaseName()},
                               {QStringLiteral("schema_version"), schema},
                               {QStringLiteral("incarnation"), incarnation},
                               {QStringLiteral("roles"), roles}};
    return BackupFile::write(path, manifest, archive);
}

Result<ServerAdmin::RestoreSummary> ServerAdmin::restore(const QString &path)
{
    // Everything that can be checked is checked before the server is touched.
    QTemporaryDir dir;
    if (!dir.isValid())
        return error(Error::Storage, tr("The backup file %1 cannot be read: %2").arg(path, dir.errorString()));
    const QString archive = dir.filePath(archiveName());
    const auto read = BackupFile::read(path, archive);
    if (!read.ok())
        return error(read.error().code, tr("%1 Nothing was restored.").arg(read.error().message));
    const QJsonObject manifest = read.value();
    const int schema = manifest.value(QStringLiteral("schema_version")).toInt();
    if (manifest.value(QStringLiteral("regie_backup")).toInt() != 1 || schema <= 0)
        return error(Error::NotRegie, tr("%1 is not a Regie backup.").arg(path) + QLatin1Char(' ')
                                          + tr("Nothing was restored."));
    if (schema > ServerSchema::currentVersion()) {
        return error(Error::TooNew, tr("The backup has schema version %1; this regie-admin knows up to version %2. "
                                       "Use a newer regie-admin. Nothing was restored.")
                                        .arg(schema)
                                        .arg(ServerSchema::currentVersion()));
    }
    const int current = ServerSchema::version(m_db);
    if (current > schema) {
        return error(Error::Rule, tr("The server has schema version %1, newer than the backup's (%2). Restore into an "
                                     "empty database, then run regie-admin init. Nothing was restored.")
                                      .arg(current)
                                      .arg(schema));
    }
    if (auto listed = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), archive}); !listed.ok())
        return error(listed.error().code, tr("%1 Nothing was restored.").arg(listed.error().message));

    // Users the restore will forget: in the database now, not in the backup.
    QStringList before;
    QSqlQuery users(m_db);
    if (users.exec(QStringLiteral("SELECT role_name::text FROM regie_user ORDER BY 1"))) {
        while (users.next())
            before << users.value(0).toString();
    }
    // The grants, policies and owners in the archive name the users' group
    // and the owner role (cluster objects, which a new cluster lacks).
    if (auto group = exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                         "'regie_users') THEN CREATE ROLE regie_users NOLOGIN; END IF; "
                                         "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regie_owner') THEN "
                                         "CREATE ROLE regie_owner NOLOGIN; END IF; END $$"));
        !group.ok())
        return error(group.error().code, tr("Nothing was restored: %1").arg(group.error().message));
    // One transaction: dropping what is there and making the backup's
    // database again either both happen or neither.
    if (auto restored = runTool(QStringLiteral("pg_restore"),
                                {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                 QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                                 QStringLiteral("--dbname"), m_db.databaseName(), archive});
        !restored.ok())
        return error(restored.error().code, tr("%1 The server is as it was.").arg(restored.error().message));
    if (auto after = afterRestore(); !after.ok())
        return error(after.error().code, tr("The database was restored, but laptops cannot yet tell: %1 Run the "
                                            "restore again.")
                                             .arg(after.error().message));
    auto summary = restoreRoles(manifest.value(QStringLiteral("roles")).toArray());
    // Roles made again get their limits, and the owner its rights, as after an upgrade.
    if (summary.ok()) {
        if (auto secured = ServerSchema::migrate(m_db); !secured.ok())
            return secured.error();
    }
    if (summary.ok()) {
        summary.value().madeAt = manifest.value(QStringLiteral("made_at")).toString();
        for (const QString &login : std::as_const(before)) {
            if (!summary.value().known.contains(login))
                summary.value().notInBackup << login;
        }
    }
    return summary;
}

Status ServerAdmin::afterRestore()
{
    if (!m_db.transaction())
        return error(Error::Storage, m_db.lastError().text());
    QStringList sql{
        // Laptops that synced with the server as it was compare everything.
        QStringLiteral("INSERT INTO regie_meta VALUES ('incarnation', %1) ON CONFLICT (key) DO UPDATE SET value = "
                       "excluded.value")
            .arg(quoted(QUuid::createUuid().toString(QUuid::WithoutBraces))),
        // Rights recorded for push batches of the server as it was.
        QStringLiteral("DELETE FROM regie_batch_rights"),
        QStringLiteral("DELETE FROM regie_batch_handover WHERE to_regclass('regie_batch_handover') IS NOT NULL"),
        // Restored into another cluster, whose transaction ids are lower: rows
        // stamped above them would stay behind the watermark, and a horizon
        // above them would make every laptop read everything at each pass.
        QStringLiteral("UPDATE regie_meta SET value = '0' WHERE key = 'tombstone_horizon' AND value::numeric >= "
                       "pg_current_xact_id()::text::numeric"),
    };
    QSqlQuery q(m_db);
    for (const auto &t : SyncSchema::tables()) {
        // A table of a later step than the backup's is not there.
        if (!q.exec(QStringLiteral("SELECT to_regclass(%1) IS NOT NULL").arg(quoted(t.name))) || !q.next()
            || !q.value(0).toBool())
            continue;
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE sync_txid >= pg_current_xact_id())").arg(t.name))) {
            const QString message = q.lastError().text();
            m_db.rollback();
            return error(Error::Storage, message);
        }
        if (q.next() && q.value(0).toBool()) {
            sql << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t.name)
                << QStringLiteral("UPDATE %1 SET sync_txid = '0' WHERE sync_txid >= pg_current_xact_id()").arg(t.name)
                << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t.name);
        }
    }
    for (const QString &statement : std::as_const(sql)) {
        if (!q.exec(statement)) {
            const QString message = q.lastError().text();
            m_db.rollback();
            return error(Error::Storage, message);
        }
    }
    return m_db.commit() ? Status(Done{}) : Status(error(Error::Storage, m_db.lastError().text()));
}

Result<ServerAdmin::RestoreSummary> ServerAdmin::restoreRoles(const QJsonArray &roles)
{
    RestoreSummary summary;
    QSqlQuery q(m_db);
    for (const QJsonValue &value : roles) {
        const QString login = value.toObject().value(QStringLiteral("login")).toString();
        summary.known << login;
        if (!q.exec(QStringLiteral("SELECT r.oid IS NOT NULL, coalesce(pg_has_role(r.oid, 'regie_users', 'MEMBER'), "
                                   "false), format('CREATE ROLE %I NOLOGIN IN ROLE regie_users', %1::text), "
                                   "format('GRANT regie_users TO %I', %1::text) FROM (SELECT 1) one LEFT JOIN pg_roles r "
                                   "ON r.rolname = %1")
                        .arg(quoted(login)))
            || !q.next())
            return error(Error::Storage, tr("The users' roles could not be made again: %1").arg(q.lastError().text()));
        // A password cannot come back: pg_dump never had it. The role waits,
        // without login, for the administrator to give it a new one.
        const bool exists = q.value(0).toBool();
        const bool member = q.value(1).toBool();
        if (!exists)
            summary.recreated << login;
        if (!exists || !member) {
            if (auto made = exec(q.value(exists ? 3 : 2).toString()); !made.ok())
                return error(Error::Storage, tr("The users' roles could not be made again: %1").arg(made.error().message));
        }
    }
    return summary;
}

Status ServerAdmin::setPassword(const QString &login, const QString &password)
{
    if (password.size() < 8)
        return error(Error::Validation, tr("A user needs a name and a password of at least 8 characters."));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', role_name, %2::text) FROM regie_user "
                               "WHERE role_name = %1")
                    .arg(quoted(login), quoted(password))))
        return error(Error::Storage, q.lastError().text());
    if (!q.next())
        return error(Error::NotFound, tr("%1 is not a Regie user on this server.").arg(login));
    return exec(q.value(0).toString());
}

} // namespace Sync
