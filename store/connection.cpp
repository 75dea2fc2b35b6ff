#include "connection.h"

#include "dutchtokenizer.h"
#include "projectsearch.h"
#include "schema.h"
#include "storelogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace Store {

namespace {

QString uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("regie-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Called by SQLite every few hundred steps of the check: a non-zero answer
// stops it.
int outOfTime(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
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
    // The header is left to SQLite (open() reads application_id before it
    // writes anything): a file handle of our own, once closed, would drop
    // every POSIX lock this process holds on the database, and another
    // program could then remove the WAL under our open connections.
    if (!info.isReadable())
        return Model::error(Model::Error::Storage, tr("%1 cannot be read.").arg(shown));
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
    // The search index's triggers fold texts with it (migrations too).
    if (!ProjectSearch::installFold(m_db)) {
        close();
        return Model::error(Model::Error::Storage,
                            tr("The database %1 cannot be opened: %2")
                                .arg(QDir::toNativeSeparators(path), QStringLiteral("regie_fold")));
    }
    // The knowledge base's index is kept by triggers: whoever writes an item
    // (the store, the sync) tokenizes it.
    if (!DutchTokenizer::install(m_db)) {
        close();
        return Model::error(Model::Error::Storage,
                            tr("The database %1 cannot be opened: this SQLite has no full-text search (FTS5) for "
                               "the Dutch search of the knowledge base. The file was left as it is.")
                                .arg(QDir::toNativeSeparators(path)));
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
    if (auto intact = checkPages(shown); !intact.ok()) {
        close();
        return intact;
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

Model::Status Connection::checkPages(const QString &shown)
{
    sqlite3 *handle = nativeHandle(m_db);
    if (!handle)
        return Model::Done{};
    // quick_check reads every page of the file: on a large file that costs
    // more than opening may, so it stops at the time limit and the file
    // opens unchecked beyond that point. (1): the first problem is enough.
    QDeadlineTimer deadline(m_checkTimeLimit);
    QElapsedTimer clock;
    clock.start();
    sqlite3_progress_handler(handle, 200, &outOfTime, &deadline);
    QString answer;
    QSqlError failure;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next())
            answer = q.value(0).toString();
        else
            failure = q.lastError();
    }
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (answer == QLatin1String("ok")) {
        qCDebug(lcStore) << "quick_check passed in" << clock.elapsed() << "ms";
        return Model::Done{};
    }
    if (answer.isEmpty() && failure.nativeErrorCode() == QString::number(SQLITE_INTERRUPT)) {
        qCInfo(lcStore) << "quick_check stopped at its time limit after" << clock.elapsed() << "ms";
        return Model::Done{};
    }
    qCWarning(lcStore) << "quick_check found damage in" << shown << ":" << (answer.isEmpty() ? failure.text() : answer);
    return Model::error(Model::Error::NotRegie,
                        tr("%1 is damaged: parts of it can no longer be read. Regie did not open it, so that nothing "
                           "is written into it; the file was left as it is. Put back a backup, or, if you sync with a "
                           "server, move the file aside and start Regie again to fetch your projects from the server "
                           "anew.")
                            .arg(shown));
}

} // namespace Store
