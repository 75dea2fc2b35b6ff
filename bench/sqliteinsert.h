#pragma once

// Writing rows straight with the sqlite3 C API, for the generator.

#include "benchsupport.h"

#include <QString>

#include <sqlite3.h>

#include <string>

namespace Bench::Plan {

using namespace Qt::StringLiterals;

/// A prepared statement that is bound, stepped and reset for each row.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK)
            die(u"prepare failed: %1: %2"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql)));
    }
    ~Insert() { sqlite3_finalize(m_st); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(const std::string &s)
    {
        sqlite3_bind_text(m_st, ++m_i, s.data(), int(s.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert &text(const QString &s) { return text(s.toStdString()); }
    Insert &textOrNull(const std::string &s) { return s.empty() ? null() : text(s); }
    Insert &real(double v)
    {
        sqlite3_bind_double(m_st, ++m_i, v);
        return *this;
    }
    Insert &integer(qint64 v)
    {
        sqlite3_bind_int64(m_st, ++m_i, v);
        return *this;
    }
    Insert &null()
    {
        sqlite3_bind_null(m_st, ++m_i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_st) != SQLITE_DONE)
            die(u"insert failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_st);
        m_i = 0;
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_st = nullptr;
    int m_i = 0;
    qint64 m_rows = 0;
};

/// Runs @p sql and dies if it fails.
void execute(sqlite3 *db, const char *sql);
/// The first column of the first row of @p sql.
qint64 scalar(sqlite3 *db, const char *sql);

} // namespace Bench::Plan
