// The knowledge search on a large real file (regie-kennisgenerate), through
// the store as the app searches, each figure beside the raw FTS5 work on the
// same file and connection in the same run:
//
//   search p95            KnowledgeStore::searchKnowledge, 20 hits  vs  MATCH ... ORDER BY rank LIMIT 20
//   filtered search p95   the same with a kind, topic, organisation or period
//   index size            FTS5 shadow tables' pages                 vs  the indexed text's bytes
//   re-index p95          saving one edited item through the store  vs  a raw UPDATE of its body
//
//   regie-kennisstorebench --db FILE [--repeat R] [--explore]
#include "benchsupport.h"

#include "model/knowledge.h"
#include "store/knowledgeheadindex.h"
#include "store/knowledgequery.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;

namespace {

// What officials type: common and rare words, inflections, compounds,
// diacritics, a phrase, a prefix and a place.
const QStringList Queries = {
    u"warmtenet"_s,        u"jeugdzorg"_s,          u"samenwerken"_s,     u"woningen"_s,
    u"cafe"_s,             u"schuldhulpverlening"_s, u"omgevingswet participatie"_s,
    u"\"sociale woningen\""_s, u"warmte*"_s,        u"Zutphen energiearmoede"_s, u"coördinatie"_s,
    u"zonnepanelen scholen"_s, u"wachtlijst jeugdhulp gemeenten"_s, u"ideeen bewoners"_s,
};

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        die(u"the store's connection is not SQLite"_s);
    return *static_cast<sqlite3 *const *>(h.constData());
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        die(u"%1: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    return s;
}

double scalarReal(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = prepare(db, sql);
    if (sqlite3_step(s) != SQLITE_ROW)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    const double v = sqlite3_column_double(s, 0);
    sqlite3_finalize(s);
    return v;
}

QString scalarText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = prepare(db, sql);
    if (sqlite3_step(s) != SQLITE_ROW)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    const QString v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return v;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall time, and the thread's CPU time beside it: on a machine shared with
// other builds the wall time waits for a core, the CPU time does not.
struct Times {
    std::vector<double> wall, cpu;
    void add(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        const double cpu0 = cpuMs();
        timer.start();
        work();
        wall.push_back(Bench::ms(timer.nsecsElapsed()));
        cpu.push_back(cpuMs() - cpu0);
    }
    void dropLast()
    {
        wall.pop_back();
        cpu.pop_back();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-kennisstorebench"_s);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"A file made by regie-kennisgenerate."_s, u"FILE"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs of each search (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption exploreOption(u"explore"_s, u"Also print where each search's time goes."_s);
    parser.addOptions({dbOption, repeatOption, exploreOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const bool explore = parser.isSet(exploreOption);
    if (path.isEmpty() || !QFileInfo::exists(path))
        die(u"--db names no file; make one with regie-kennisgenerate"_s);

    // The file's version before opening: opening migrates an older one
    // (step 14 builds the head index and the full index anew), timed here.
    int fileVersion = 0;
    {
        sqlite3 *peek = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &peek, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt *v = nullptr;
            if (sqlite3_prepare_v2(peek, "PRAGMA user_version", -1, &v, nullptr) == SQLITE_OK
                && sqlite3_step(v) == SQLITE_ROW)
                fileVersion = sqlite3_column_int(v, 0);
            sqlite3_finalize(v);
        }
        sqlite3_close(peek);
    }
    Store::LocalStore store;
    Times opening;
    opening.add([&] {
        if (auto opened = store.open(path); !opened.ok())
            die(opened.error().message);
    });
    std::printf("regie-kennisstorebench: opened a file of version %d in %.1f s (CPU %.1f s)\n", fileVersion,
                opening.wall[0] / 1e3, opening.cpu[0] / 1e3);
    sqlite3 *db = handle(store.database());
    const qint64 items = qint64(scalarReal(db, "SELECT count(*) FROM knowledge_item WHERE deleted = 0"));
    std::printf("regie-kennisstorebench: %s, %lld items, file %.0f MB\n", qPrintable(path), items,
                double(QFileInfo(path).size()) / 1e6);
    Bench::Report report(34);

    // Index size: the FTS5 tables' pages beside the bytes of what they index.
    const double pageSize = scalarReal(db, "PRAGMA page_size");
    const double indexBytes
        = pageSize * scalarReal(db, "SELECT count(*) FROM dbstat WHERE name LIKE 'knowledge_fts%'");
    const double textBytes = scalarReal(
        db, "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(summary AS BLOB)) + length(CAST(body AS BLOB)) "
            "+ length(CAST(topics AS BLOB)) + length(CAST(tags AS BLOB)) + 1) FROM knowledge_item WHERE deleted = 0");
    Figure size{u"index size (%1 items)"_s.arg(items), indexBytes / 1e6, textBytes / 1e6, u"MB"_s, 0.6};
    size.measures = u"knowledge_fts* pages (dbstat) beside the indexed texts' UTF-8 bytes"_s;
    report.add(size);
    std::printf("  of which the head index (knowledge_fts_head*): %.0f MB\n",
                pageSize * scalarReal(db, "SELECT count(*) FROM dbstat WHERE name LIKE 'knowledge_fts_head%'") / 1e6);

    // Searches: the store's answer (ranked ids, then items and snippets) beside the raw ranked MATCH.
    sqlite3_stmt *raw = prepare(db, "SELECT rowid, rank FROM knowledge_fts WHERE knowledge_fts MATCH ?1 "
                                    "ORDER BY rank LIMIT 20");
    const auto rawSearch = [&](const QByteArray &match) {
        sqlite3_bind_text(raw, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(raw) == SQLITE_ROW) { }
        sqlite3_reset(raw);
    };
    int hitCount = 0;
    const auto storeSearch = [&](const Model::KnowledgeSearch &search) {
        const auto found = store.knowledge().searchKnowledge(search);
        if (!found.ok())
            die(found.error().message);
        hitCount += int(found.value().size());
    };
    const auto measure = [&](const QString &name, const std::function<void(Model::KnowledgeSearch &)> &filter) {
        Times regie, baseline;
        QString slowest;
        double slowestMs = 0;
        hitCount = 0;
        for (const QString &text : Queries) {
            Model::KnowledgeSearch search;
            search.text = text;
            search.limit = 20;
            filter(search);
            const QByteArray match = Store::KnowledgeQuery::matchExpression(text).toUtf8();
            const size_t first = regie.cpu.size();
            for (int r = 0; r <= repeat; ++r) {
                regie.add([&] { storeSearch(search); });
                baseline.add([&] { rawSearch(match); });
                if (r == 0) { // the first round warms up
                    regie.dropLast();
                    baseline.dropLast();
                    continue;
                }
                if (regie.wall.back() > slowestMs) {
                    slowestMs = regie.wall.back();
                    slowest = text;
                }
            }
            if (explore) {
                const std::vector<double> wall(regie.wall.begin() + qsizetype(first), regie.wall.end());
                const std::vector<double> cpu(regie.cpu.begin() + qsizetype(first), regie.cpu.end());
                const std::vector<double> rawCpu(baseline.cpu.begin() + qsizetype(first), baseline.cpu.end());
                std::printf("  %-34s median %7.1f ms  cpu %7.1f  (raw cpu %7.1f)\n", qPrintable(text),
                            Bench::median(wall), Bench::median(cpu), Bench::median(rawCpu));
            }
        }
        Figure f{name, Bench::percentile(regie.wall, 0.95), Bench::percentile(baseline.wall, 0.95), u"ms"_s, 20};
        f.limit = true;
        f.measures = u"%1 searches x %2; %3 hits a round; slowest \"%4\" %5 ms; CPU p95 %6 ms (raw %7 ms); "
                     "baseline MATCH, rank, LIMIT 20"_s.arg(Queries.size())
                         .arg(repeat)
                         .arg(hitCount / (repeat + 1))
                         .arg(slowest)
                         .arg(slowestMs, 0, 'f', 1)
                         .arg(Bench::percentile(regie.cpu, 0.95), 0, 'f', 2)
                         .arg(Bench::percentile(baseline.cpu, 0.95), 0, 'f', 2);
        report.add(f);
    };
    if (explore) {
        // Where a search's time goes, per query, raw on the same connection:
        // the matches' count (document frequency), the ranked page, one
        // unranked pass over all matches, and 20 single-row MATCHes.
        sqlite3_stmt *all = prepare(db, "SELECT count(*) FROM knowledge_fts WHERE knowledge_fts MATCH ?1");
        sqlite3_stmt *one = prepare(db, "SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ?1 AND rowid = ?2");
        sqlite3_stmt *nth = prepare(db, "SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ?1 "
                                        "ORDER BY rowid DESC LIMIT 1 OFFSET 999");
        sqlite3_stmt *above = prepare(db, "SELECT rowid, rank FROM knowledge_fts WHERE knowledge_fts MATCH ?1 "
                                          "AND rowid >= ?2 ORDER BY rank LIMIT 20");
        sqlite3_stmt *heads = prepare(db, "SELECT count(*) FROM knowledge_fts_head WHERE knowledge_fts_head MATCH ?1");
        for (const QString &text : Queries) {
            const QByteArray match = Store::KnowledgeQuery::matchExpression(text).toUtf8();
            // The head index: what a prefix stands for (timed), and how many heads match.
            Store::KnowledgeHeadIndex head(store.database());
            Times expanding;
            QByteArray expanded;
            expanding.add([&] {
                expanded = Store::KnowledgeQuery::matchExpression(text, [&](const QString &word) {
                               return head.expandPrefix(word).value();
                           }).toUtf8();
            });
            qint64 headMatches = 0;
            sqlite3_bind_text(heads, 1, expanded.constData(), int(expanded.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(heads) == SQLITE_ROW)
                headMatches = sqlite3_column_int64(heads, 0);
            sqlite3_reset(heads);
            std::printf("  %-34s %7lld head matches; expanded in %.1f ms (cpu %.1f): %s\n", qPrintable(text),
                        headMatches, expanding.wall[0], expanding.cpu[0], expanded.constData());
            std::vector<qint64> page;
            Times ranked, scan, single;
            ranked.add([&] {
                sqlite3_bind_text(raw, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                while (sqlite3_step(raw) == SQLITE_ROW)
                    page.push_back(sqlite3_column_int64(raw, 0));
                sqlite3_reset(raw);
            });
            qint64 matches = 0;
            scan.add([&] {
                sqlite3_bind_text(all, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(all) == SQLITE_ROW)
                    matches = sqlite3_column_int64(all, 0);
                sqlite3_reset(all);
            });
            single.add([&] {
                for (qint64 rowid : page) {
                    sqlite3_bind_text(one, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_int64(one, 2, rowid);
                    while (sqlite3_step(one) == SQLITE_ROW) { }
                    sqlite3_reset(one);
                }
            });
            // The ranking of the newest 1,000 matches alone: the N-th newest, then a rowid bound.
            Times windowed;
            qint64 bound = 0;
            windowed.add([&] {
                sqlite3_bind_text(nth, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                bound = sqlite3_step(nth) == SQLITE_ROW ? sqlite3_column_int64(nth, 0) : 0;
                sqlite3_reset(nth);
                sqlite3_bind_text(above, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(above, 2, bound);
                while (sqlite3_step(above) == SQLITE_ROW) { }
                sqlite3_reset(above);
            });
            std::printf("  %-34s %7lld matches  ranked %7.1f ms cpu %7.1f  scan %7.1f cpu %7.1f  "
                        "%zu single %7.1f cpu %7.1f  newest 1000 ranked %7.1f cpu %7.1f\n",
                        qPrintable(text), matches, ranked.wall[0], ranked.cpu[0], scan.wall[0], scan.cpu[0],
                        page.size(), single.wall[0], single.cpu[0], windowed.wall[0], windowed.cpu[0]);
        }
        sqlite3_finalize(all);
        sqlite3_finalize(heads);
        sqlite3_finalize(one);
        sqlite3_finalize(nth);
        sqlite3_finalize(above);
    }
    measure(u"search p95"_s, [](Model::KnowledgeSearch &) { });
    measure(u"search p95, kind lesson"_s, [](Model::KnowledgeSearch &s) { s.kinds = {Model::KnowledgeKind::Lesson}; });
    measure(u"search p95, topic energie"_s, [](Model::KnowledgeSearch &s) { s.topic = u"energie"_s; });
    // A municipality that wrote little, and the one that wrote most.
    const QUuid small = QUuid::fromString(scalarText(
        db, "SELECT organisation_id FROM knowledge_item GROUP BY organisation_id ORDER BY count(*), organisation_id "
            "LIMIT 1 OFFSET 100"));
    const QUuid large = QUuid::fromString(scalarText(
        db, "SELECT organisation_id FROM knowledge_item GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1"));
    measure(u"search p95, a small organisation"_s, [&](Model::KnowledgeSearch &s) { s.organisationId = small; });
    measure(u"search p95, the largest organisation"_s, [&](Model::KnowledgeSearch &s) { s.organisationId = large; });
    measure(u"search p95, period 2024"_s, [](Model::KnowledgeSearch &s) {
        s.from = QDate(2024, 1, 1);
        s.until = QDate(2024, 12, 31);
    });
    sqlite3_finalize(raw);

    // Re-indexing: one edited item saved through the store (validation, a
    // version, the outbox, the index by trigger) beside a raw UPDATE of its
    // body, which re-indexes it through the same trigger.
    std::vector<QUuid> ids;
    {
        QSqlQuery q(store.database());
        q.exec(u"SELECT id FROM knowledge_item WHERE deleted = 0 AND length(body) BETWEEN 8000 AND 12000 "
               "ORDER BY rowid LIMIT 40"_s);
        while (q.next())
            ids.push_back(QUuid::fromString(q.value(0).toString()));
    }
    if (ids.size() < 40)
        die(u"too few items of a middle length to edit"_s);
    Times saves, updates;
    sqlite3_stmt *update = prepare(db, "UPDATE knowledge_item SET body = body || ?1 WHERE id = ?2");
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (size_t i = 0; i < ids.size(); ++i) {
        const QByteArray id = ids[i].toString(QUuid::WithoutBraces).toUtf8();
        if (i % 2 == 0) {
            auto item = store.knowledge().knowledgeItem(ids[i]);
            if (!item.ok())
                die(item.error().message);
            Model::KnowledgeItem edited = item.value();
            edited.body += u" Bijgewerkt na de evaluatie %1."_s.arg(stamp);
            // Every other save also changes the title: both indexes take the item anew.
            const QString mark = u" (bijgewerkt)"_s;
            if (i % 4 == 0)
                edited.title = edited.title.endsWith(mark) ? edited.title.chopped(mark.size()) : edited.title + mark;
            saves.add([&] {
                if (auto saved = store.knowledge().saveKnowledgeItem(edited); !saved.ok())
                    die(saved.error().message);
            });
        } else {
            const QByteArray tail = u" Bijgewerkt na de evaluatie %1."_s.arg(stamp).toUtf8();
            updates.add([&] {
                sqlite3_bind_text(update, 1, tail.constData(), int(tail.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(update, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(update) != SQLITE_DONE)
                    die(QString::fromUtf8(sqlite3_errmsg(db)));
                sqlite3_reset(update);
            });
        }
    }
    sqlite3_finalize(update);
    Figure reindex{u"re-index one edited item p95"_s, Bench::percentile(saves.wall, 0.95),
                   Bench::percentile(updates.wall, 0.95), u"ms"_s, 5};
    reindex.limit = true;
    reindex.measures = u"%1 saves through KnowledgeStore of items of 8-12 kB (half of them with a new title), beside %2 raw UPDATEs of the body "
                       "(autocommit, synchronous NORMAL); CPU p95 %3 ms (raw %4 ms)"_s.arg(saves.wall.size())
                           .arg(updates.wall.size())
                           .arg(Bench::percentile(saves.cpu, 0.95), 0, 'f', 2)
                           .arg(Bench::percentile(updates.cpu, 0.95), 0, 'f', 2);
    report.add(reindex);
    store.close();
    std::printf("%s\n", report.allPass() ? "all targets met" : "SOME TARGETS MISSED");
    return report.allPass() ? 0 : 3;
}
