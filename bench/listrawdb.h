#pragma once

// The project list read with the sqlite3 C API: the raw baseline.

#include "benchsupport.h"
#include "listqueries.h"

#include "model/text.h"
#include "store/projectsearch.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace Bench::List {

using namespace Qt::StringLiterals;

struct RawRow {
    std::string id, name, slogan, status, nameKey, leadId, leadName;
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

    // Prepares, binds, steps to the end and finalizes, reading every column
    // of every row; returns the number of rows. Rows go to @p into if given.
    int find(const QString &text, const std::string &afterKey, const std::string &afterId, int limit,
             std::vector<RawRow> *into = nullptr, Match match = Match::Store)
    {
        const bool walk = match == Match::Store && common(text, limit);
        std::string sql = FindSql + textFilter(text, match, walk);
        if (!afterId.empty())
            sql += AfterFilter;
        sql += Order;
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, match, walk);
        if (!text.isEmpty())
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":search"), pattern.constData(),
                              int(pattern.size()), SQLITE_STATIC);
        if (!afterId.empty()) {
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":afterKey"), afterKey.data(), int(afterKey.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":afterId"), afterId.data(), int(afterId.size()),
                              SQLITE_STATIC);
        }
        sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":limit"), limit);
        int rows = 0;
        size_t bytes = 0;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            ++rows;
            if (into) {
                auto col = [st](int i) {
                    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                    return t ? std::string(t, size_t(sqlite3_column_bytes(st, i))) : std::string();
                };
                into->push_back({col(0), col(1), col(2), col(3), col(4), col(5), col(6)});
            } else {
                for (int i = 0; i < 7; ++i) {
                    sqlite3_column_text(st, i);
                    bytes += size_t(sqlite3_column_bytes(st, i));
                }
            }
        }
        if (rc != SQLITE_DONE)
            die(u"sqlite3_step failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        m_sink += bytes;
        return rows;
    }

    int count(const QString &text)
    {
        // As the store counts: from the index's matches, never by walking.
        const std::string sql = CountSql + textFilter(text, Match::Store, false);
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, Match::Store, false);
        if (!text.isEmpty())
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":search"), pattern.constData(),
                              int(pattern.size()), SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_ROW)
            die(u"count failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        const int n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return n;
    }

    /// Every matching project's id, sorted: the whole result set.
    std::vector<std::string> ids(const QString &text, Match match)
    {
        const bool walk = match == Match::Store && common(text, PageSize);
        const std::string sql = IdsSql + textFilter(text, match, walk) + " ORDER BY p.id";
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, match, walk);
        sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":search"), pattern.constData(), int(pattern.size()),
                          SQLITE_STATIC);
        std::vector<std::string> out;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                             size_t(sqlite3_column_bytes(st, 0)));
        if (rc != SQLITE_DONE)
            die(u"sqlite3_step failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        return out;
    }

    /// What the store asks first: is the text common (ProjectSearch::isCommon())?
    bool common(const QString &text, int limit)
    {
        if (text.isEmpty() || Model::sortKey(text).size() < Store::ProjectSearch::IndexedLength)
            return false;
        sqlite3_stmt *size = prepare(Store::ProjectSearch::projectsProbe().toStdString());
        if (sqlite3_step(size) != SQLITE_ROW)
            die(u"probe failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        const int most = Store::ProjectSearch::commonHits(sqlite3_column_int64(size, 0), limit);
        sqlite3_finalize(size);
        sqlite3_stmt *st = prepare(Store::ProjectSearch::hitsProbe().toStdString());
        const QByteArray pattern = textPattern(text, Match::Store, false);
        sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":search"), pattern.constData(), int(pattern.size()),
                          SQLITE_STATIC);
        sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":most"), most);
        if (sqlite3_step(st) != SQLITE_ROW)
            die(u"probe failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        const bool answer = sqlite3_column_int(st, 0) >= most;
        sqlite3_finalize(st);
        return answer;
    }

private:
    sqlite3_stmt *prepare(const std::string &sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &st, nullptr) != SQLITE_OK)
            die(u"prepare failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        return st;
    }

    sqlite3 *m_db = nullptr;
    size_t m_sink = 0; // keeps the column reads from being optimised away
};

} // namespace Bench::List
