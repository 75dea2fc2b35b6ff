#include "sqliteinsert.h"

#include "benchsupport.h"

using namespace Qt::StringLiterals;
using Bench::die;

namespace Bench::Plan {

void execute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
        die(u"%1 failed: %2"_s.arg(QString::fromUtf8(sql), text));
    }
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
        die(u"%1 failed: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    const qint64 v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

} // namespace Bench::Plan
