// The Dutch knowledge search: N synthetic knowledge texts indexed with the
// regie_dutch tokenizer, beside the raw text and a LIKE scan in the same run:
//
//   index size    FTS5 pages (contentless)            vs  the raw texts' pages
//   query p95     MATCH with bm25, first 20 hits      vs  LIKE '%word%' scan
//
//   regie-kennisbench [--items N] [--repeat R]
#include "benchsupport.h"
#include "store/dutchtokenizer.h"
#include "store/knowledgequery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;

namespace {

const QStringList Words = {
    u"woning"_s,
    u"woningen"_s,
    u"woningbouwproject"_s,
    u"warmtenet"_s,
    u"warmtenetten"_s,
    u"jeugdzorg"_s,
    u"jeugdhulp"_s,
    u"armoedebeleid"_s,
    u"omgevingswet"_s,
    u"participatie"_s,
    u"bewoners"_s,
    u"samenwerking"_s,
    u"samenwerken"_s,
    u"gemeente"_s,
    u"gemeenten"_s,
    u"wijk"_s,
    u"wijken"_s,
    u"zonnepanelen"_s,
    u"zonnepaneel"_s,
    u"café"_s,
    u"subsidie"_s,
    u"regeling"_s,
    u"vergunning"_s,
    u"zorgverzekeraar"_s,
    u"mantelzorgers"_s,
    u"afvalinzameling"_s,
    u"klimaatadaptatie"_s,
    u"wateroverlast"_s,
    u"de"_s,
    u"het"_s,
    u"een"_s,
    u"van"_s,
    u"en"_s,
    u"in"_s,
    u"met"_s,
    u"voor"_s,
    u"op"_s,
    u"bij"_s,
    u"aanpak"_s,
    u"ervaring"_s,
    u"lessen"_s,
    u"inwoners"_s,
    u"ondersteuning"_s,
    u"energiearmoede"_s,
    u"reünie"_s,
    u"beleid"_s,
    u"uitvoering"_s,
};
const QStringList Queries = { u"woning"_s,       u"warmtenet"_s,    u"jeugdzorg"_s,      u"samenwerken"_s, u"cafe"_s,
                              u"zonnepanelen"_s, u"omgevingswet"_s, u"energiearmoede"_s, u"wijk"_s,        u"bouw"_s };

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        die(u"%1: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(error)));
}

qint64 pages(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", -1, &s, nullptr);
    sqlite3_step(s);
    const qint64 bytes = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return bytes;
}

double timed(sqlite3 *db, const char *sql, const QByteArray &argument)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_text(s, 1, argument.constData(), int(argument.size()), SQLITE_TRANSIENT);
    QElapsedTimer timer;
    timer.start();
    while (sqlite3_step(s) == SQLITE_ROW) { }
    const double result = Bench::ms(timer.nsecsElapsed());
    sqlite3_finalize(s);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(u"items"_s, u"Knowledge texts to index (default 20000)."_s, u"N"_s,
                                         u"20000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs of each query (default 5)."_s, u"R"_s, u"5"_s);
    parser.addOptions({ itemsOption, repeatOption });
    parser.addHelpOption();
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    if (items <= 0)
        die(u"--items needs a positive number"_s);

    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    if (sqlite3_open(qPrintable(dir.filePath(u"kennis.sqlite"_s)), &db) != SQLITE_OK
        || !Store::DutchTokenizer::install(db))
        die(u"cannot open the database or install the tokenizer"_s);
    exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT, body TEXT);");
    QRandomGenerator rng(42);
    exec(db, "BEGIN");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO item (title, body) VALUES (?, ?)", -1, &insert, nullptr);
    for (int i = 0; i < items; ++i) {
        QStringList title, body;
        for (int w = 0; w < 6; ++w)
            title.append(Words.at(rng.bounded(Words.size())));
        for (int w = 0, n = 300 + rng.bounded(300); w < n; ++w)
            body.append(Words.at(rng.bounded(Words.size())));
        const QByteArray t = title.join(u' ').toUtf8(), b = body.join(u' ').toUtf8();
        sqlite3_bind_text(insert, 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    exec(db, "COMMIT");
    const qint64 raw = pages(db);
    exec(db,
         "CREATE VIRTUAL TABLE item_text USING fts5(title, body, content='item', content_rowid='id', "
         "tokenize='regie_dutch'); INSERT INTO item_text (item_text) VALUES ('rebuild'); "
         "INSERT INTO item_text (item_text) VALUES ('optimize');");
    const qint64 index = pages(db) - raw;

    Bench::Report report(30);
    Figure size { u"index size (%1 items)"_s.arg(items), index / 1e6, raw / 1e6, u"MB"_s, 0.6 };
    size.measures = u"FTS5 index pages beside the raw texts' pages in the same file"_s;
    report.add(size);

    std::vector<double> fts, like;
    for (const QString &query : Queries) {
        const QByteArray match = Store::KnowledgeQuery::matchExpression(query + u' ').toUtf8();
        const QByteArray pattern = u"%%1%"_s.arg(query).toUtf8();
        for (int r = 0; r <= repeat; ++r) {
            const double a = timed(db,
                                   "SELECT rowid FROM item_text WHERE item_text MATCH ?1 "
                                   "ORDER BY bm25(item_text, 5.0, 1.0) LIMIT 20",
                                   match);
            const double b = timed(db, "SELECT id FROM item WHERE title LIKE ?1 OR body LIKE ?1", pattern);
            if (r > 0) { // the first round warms up
                fts.push_back(a);
                like.push_back(b);
            }
        }
    }
    Figure query { u"query p95"_s, Bench::percentile(fts, 0.95), Bench::percentile(like, 0.95), u"ms"_s, 20 };
    query.limit = true;
    query.measures
        = u"MATCH with bm25, first 20, %1 queries; baseline a LIKE scan of title and body"_s.arg(Queries.size());
    report.add(query);
    sqlite3_close(db);
    return report.allPass() ? 0 : 1;
}
