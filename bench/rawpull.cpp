#include "rawpull.h"

#include "benchsupport.h"

#include "model/synctables.h"
#include "store/dutchtokenizer.h"
#include "store/localstore.h"
#include "store/projectsearch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Bench {

// The same rows read raw as the same user, written with one sqlite3
// transaction into the same schema (a Regie file, triggers quiet).
double rawInitialSync(const Sync::ServerSettings &settings, const QString &path)
{
    Store::LocalStore schema;
    if (!schema.open(path).ok())
        die(u"cannot make the raw file"_s);
    schema.close();
    double rawMs = 0;
    {
        QSqlDatabase user = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        user.setHostName(settings.host);
        user.setPort(settings.port);
        user.setDatabaseName(settings.database);
        user.setUserName(settings.user);
        user.setPassword(settings.password);
        if (!user.open())
            die(user.lastError().text());
        QElapsedTimer t;
        t.start();
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        // The search indexes' triggers fold texts and tokenize Dutch, as in the app.
        Store::ProjectSearch::installFold(db);
        Store::DutchTokenizer::install(db);
        sqlite3_exec(db, "UPDATE sync_state SET applying = 1; BEGIN", nullptr, nullptr, nullptr);
        for (const auto &table : Model::SyncSchema::tables()) {
            QStringList cols{u"id"_s}, select{u"id::text"_s};
            for (const auto &c : table.syncedColumns()) {
                cols << c.name;
                select << (c.type == Model::SyncSchema::Type::Flag ? c.name + u"::int"_s
                                                                   : (c.type == Model::SyncSchema::Type::Blob ? c.name : c.name + u"::text"_s));
            }
            cols << table.derivedColumns << u"created_at"_s << u"updated_at"_s << u"version"_s;
            QSqlQuery q(user);
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT %1, created_at::text, updated_at::text, version FROM %2"_s.arg(select.join(u", "_s), table.name)))
                die(q.lastError().text());
            const QByteArray sql = u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s
                                       .arg(table.name, cols.join(u", "_s),
                                            QStringList(cols.size(), u"?"_s).join(u", "_s))
                                       .toUtf8();
            sqlite3_stmt *st = nullptr;
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
                die(QString::fromUtf8(sqlite3_errmsg(db)));
            const int fields = int(table.syncedColumns().size()) + 1;
            while (q.next()) {
                int i = 0;
                for (; i < fields; ++i) {
                    const QByteArray v = q.value(i).toString().toUtf8();
                    if (q.value(i).isNull())
                        sqlite3_bind_null(st, i + 1);
                    else
                        sqlite3_bind_text(st, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
                }
                for (int d = 0; d < table.derivedColumns.size(); ++d, ++i)
                    sqlite3_bind_text(st, i + 1, "k", 1, SQLITE_STATIC);
                for (int k = 0; k < 3; ++k, ++i) {
                    const QByteArray v = q.value(fields + k).toString().toUtf8();
                    sqlite3_bind_text(st, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
                }
                if (sqlite3_step(st) != SQLITE_DONE)
                    die(QString::fromUtf8(sqlite3_errmsg(db)));
                sqlite3_reset(st);
            }
            sqlite3_finalize(st);
        }
        sqlite3_exec(db, "COMMIT; UPDATE sync_state SET applying = 0", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        rawMs = double(t.nsecsElapsed()) / 1e6;
        user.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return rawMs;
}

} // namespace Bench
