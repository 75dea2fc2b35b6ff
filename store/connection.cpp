#include "connection.h"

#include "schema.h"
#include "storelogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Store {

namespace {

QString uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("regie-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Model::Status Connection::checkFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return Model::error(Model::Error::Storage,
                                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.filePath())));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Model::error(Model::Error::Storage,
                                tr("Regie cannot write in the folder %1. Choose another place for the database.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        return Model::Done{};
    }
    if (!info.isFile())
        return Model::error(Model::Error::NotRegie, tr("%1 is not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Model::error(Model::Error::Storage, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return Model::error(Model::Error::NotRegie,
                            tr("%1 is not a Regie database, or it is damaged. The file was left as it is.").arg(shown));
    // SQLite needs to write the file and, in WAL mode, files beside it.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return Model::error(Model::Error::Storage,
                            tr("%1 is read-only, or its folder is. Regie needs to write there.").arg(shown));
    return Model::Done{};
}

Model::Status Connection::openRaw(const QString &path)
{
    close();
    if (auto check = checkFile(path); !check.ok())
        return check;
    m_name = uniqueName();
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString message = m_db.lastError().text();
        close();
        return Model::error(Model::Error::Storage,
                            tr("The database %1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), message));
    }
    return Model::Done{};
}

Model::Status Connection::open(const QString &path)
{
    if (auto raw = openRaw(path); !raw.ok())
        return raw;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSqlQuery q(m_db);
    // Read before anything is written: a refused file must stay untouched.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        close();
        return Model::error(Model::Error::NotRegie,
                            tr("%1 is not a Regie database, or it is damaged. The file was left as it is.").arg(shown));
    }
    const int applicationId = q.value(0).toInt();
    const int version = Schema::version(m_db);
    bool empty = false;
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
        empty = q.value(0).toInt() == 0;
    else {
        close();
        return Model::error(Model::Error::NotRegie,
                            tr("%1 is not a Regie database, or it is damaged. The file was left as it is.").arg(shown));
    }
    if (applicationId != Schema::ApplicationId && !(applicationId == 0 && empty)) {
        close();
        return Model::error(Model::Error::NotRegie,
                            tr("%1 is a database of another program. The file was left as it is.").arg(shown));
    }
    if (version > Schema::currentVersion()) {
        close();
        return Model::error(Model::Error::TooNew,
                            tr("%1 was written by a newer version of Regie (database version %2; this Regie knows up "
                               "to version %3). Update Regie to open it. The file was left as it is.")
                                .arg(shown)
                                .arg(version)
                                .arg(Schema::currentVersion()));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // The store and sync each have a connection: a writer waits for the other.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const QString message = q.lastError().text();
        close();
        return Model::error(Model::Error::Storage, tr("%1 cannot be opened: %2").arg(shown, message));
    }
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (auto migrated = Schema::migrate(m_db); !migrated.ok()) {
        close();
        return migrated;
    }
    return Model::Done{};
}

} // namespace Store
