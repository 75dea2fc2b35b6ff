#pragma once

// The plan file opened with the sqlite3 C API: the raw baseline. It runs
// the store's own statements (store/planstatements.h), so that it asks
// SQLite the same question.

#include "benchsupport.h"

#include "store/planstatements.h"

#include <QFile>
#include <QStringList>
#include <QVariantList>

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace Bench::Plan {

using namespace Qt::StringLiterals;

/// A statement with its values, as the store binds them.
struct Query {
    std::string sql;
    QVariantList values; ///< bound in order: texts, integers, or null
};

inline Query query(const Store::PlanStatements::Statement &s)
{
    return {s.sql.toStdString(), s.values};
}

/// The rows' statement of @p s, and the links' one.
inline Query rowsQuery(const Store::PlanStatements::LinkedStatement &s)
{
    return {s.rows.toStdString(), s.values};
}
inline Query linksQuery(const Store::PlanStatements::LinkedStatement &s)
{
    return {s.links.toStdString(), s.values};
}

/// Where the result column @p name of @p st is (-1 if it has none).
inline int columnOf(sqlite3_stmt *st, const char *name)
{
    for (int i = 0, n = sqlite3_column_count(st); i < n; ++i) {
        if (std::string_view(sqlite3_column_name(st, i)) == name)
            return i;
    }
    return -1;
}

/// What a run read: the rows and the first column of the first and last.
struct Rows {
    int count = 0;
    std::string first, last;
};

class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(u"sqlite3_open_v2 failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    sqlite3 *handle() const { return m_db; }

    /// Prepares, binds, steps to the end and finalizes, reading every column
    /// of every row as its stored type; @p row, if given, gets each row.
    template<typename Row>
    Rows run(const Query &query, Row row)
    {
        sqlite3_stmt *st = prepare(query);
        Rows rows;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const int n = sqlite3_column_count(st);
            for (int i = 0; i < n; ++i) {
                switch (sqlite3_column_type(st, i)) {
                case SQLITE_INTEGER:
                    m_sink += size_t(sqlite3_column_int64(st, i));
                    break;
                case SQLITE_FLOAT:
                    m_sink += size_t(sqlite3_column_double(st, i));
                    break;
                case SQLITE_NULL:
                    break;
                default:
                    sqlite3_column_text(st, i);
                    m_sink += size_t(sqlite3_column_bytes(st, i));
                }
            }
            const auto *id = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            if (rows.count++ == 0)
                rows.first = id ? id : "";
            row(st);
            if (id)
                m_lastId.assign(id);
        }
        if (rc != SQLITE_DONE)
            die(u"sqlite3_step failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        rows.last = m_lastId;
        return rows;
    }
    Rows run(const Query &query)
    {
        return run(query, [](sqlite3_stmt *) {});
    }

    QStringList explain(const Query &query)
    {
        Query q = query;
        q.sql = "EXPLAIN QUERY PLAN " + q.sql;
        sqlite3_stmt *st = prepare(q);
        QStringList lines;
        while (sqlite3_step(st) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)));
        sqlite3_finalize(st);
        return lines;
    }

private:
    sqlite3_stmt *prepare(const Query &query)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, query.sql.c_str(), int(query.sql.size()), &st, nullptr) != SQLITE_OK)
            die(u"prepare failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        int i = 0;
        for (const QVariant &v : query.values) {
            ++i;
            if (v.isNull()) {
                sqlite3_bind_null(st, i);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(st, i, v.toLongLong());
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(st, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        return st;
    }

    sqlite3 *m_db = nullptr;
    std::string m_lastId;
    size_t m_sink = 0; // keeps the column reads from being optimised away
};

} // namespace Bench::Plan
