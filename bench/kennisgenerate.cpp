// Writes a large knowledge base into a real Regie file through the local
// schema, so that the FTS5 triggers index every item with the Dutch
// tokenizer as the app does: all 342 municipalities, N items (default
// 250,000; summaries of 50-100 words, bodies of 300-3,000) and M reuse
// records (default 50,000), in one transaction with prepared statements.
// Items are written as the sync writes pulled rows (no outbox, no
// versions), since that is how a laptop gets most of them.
//
//   regie-kennisgenerate [--items N] [--reuses M] [--out FILE] [--seed S]
#include "benchsupport.h"
#include "dutchnames.h"
#include "kenniswords.h"
#include "sqliteinsert.h"

#include "model/text.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Plan::Insert;

namespace {

class Ids
{
public:
    explicit Ids(quint64 seed)
        : m_engine(seed)
    {
    }
    std::string next()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        const QUuid id(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000), uchar(((b >> 56) & 0x3f) | 0x80),
                       uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8),
                       uchar(b));
        return id.toString(QUuid::WithoutBraces).toStdString();
    }

private:
    std::mt19937_64 m_engine;
};

std::string day(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

std::string stamp(const QDate &date, Bench::KennisWords &rng)
{
    char time[32];
    std::snprintf(time, sizeof time, "T%02d:%02d:%02d.%03dZ", 8 + int(rng.below(10)), int(rng.below(60)),
                  int(rng.below(60)), int(rng.below(1000)));
    return day(date) + time;
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        die(u"the store's connection is not SQLite"_s);
    return *static_cast<sqlite3 *const *>(h.constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-kennisgenerate"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a large Dutch knowledge base into a Regie file."_s);
    parser.addHelpOption();
    const QCommandLineOption itemsOption(u"items"_s, u"Knowledge items (default 250000)."_s, u"N"_s, u"250000"_s);
    const QCommandLineOption reusesOption(u"reuses"_s, u"Reuse records (default 50000)."_s, u"M"_s, u"50000"_s);
    const QCommandLineOption outOption(u"out"_s, u"The file to write; replaced if it exists."_s, u"FILE"_s,
                                       u"kennis.sqlite"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 20261204)."_s, u"S"_s, u"20261204"_s);
    parser.addOptions({itemsOption, reusesOption, outOption, seedOption});
    parser.process(app);
    const int itemCount = parser.value(itemsOption).toInt();
    const int reuseCount = parser.value(reusesOption).toInt();
    const QString out = parser.value(outOption);
    if (itemCount < 1 || reuseCount < 0)
        die(u"--items must be at least 1 and --reuses at least 0"_s);
    const quint64 seed = parser.value(seedOption).toULongLong();

    QDir().mkpath(QFileInfo(out).absolutePath());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(out + suffix);
    // The real open: file checks, WAL, migrations, the tokenizer installed.
    Store::LocalStore store;
    if (auto opened = store.open(out); !opened.ok())
        die(opened.error().message);
    sqlite3 *db = handle(store.database());
    Bench::Plan::execute(db, "PRAGMA synchronous = OFF"); // a throw-away file; the store sets NORMAL on open
    Bench::Plan::execute(db, "PRAGMA cache_size = -262144");

    QElapsedTimer timer;
    timer.start();
    Bench::Plan::execute(db, "UPDATE sync_state SET applying = 1"); // pulled rows: not in the outbox
    Bench::Plan::execute(db, "BEGIN");

    Bench::KennisWords words(seed);
    Ids ids(seed ^ 0x5eedULL);
    const std::string changedBy = ids.next();

    Insert org(db, "INSERT INTO organisation (id, name, name_key, kind, municipality_code, created_at, updated_at, "
                   "changed_by, deleted, version) VALUES (?, ?, ?, 'municipality', ?, ?, ?, ?, 0, 1)");
    std::vector<std::string> orgIds;
    std::vector<std::string> places;
    const QDate origin(2015, 1, 1);
    for (const auto &m : Bench::municipalities()) {
        const QString name = QString::fromUtf8(m.name);
        const std::string created = stamp(origin, words);
        orgIds.push_back(ids.next());
        places.push_back(m.name);
        org.text(orgIds.back()).text(name).text(Model::sortKey(name)).text(std::string(m.code)).text(created)
            .text(created).text(changedBy).run();
    }

    static const char *const Kinds[] = {"lesson", "practice", "document", "question"};
    Insert item(db, "INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, author_id, status, "
                    "visibility, topics, tags, published_on, created_at, updated_at, changed_by, deleted, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'everyone', ?, ?, ?, ?, ?, ?, 0, ?)");
    std::vector<std::string> itemIds;
    std::vector<int> itemDays; // days since origin of each item's date
    std::vector<int> itemOrg;
    itemIds.reserve(size_t(itemCount));
    qint64 textBytes = 0;
    qint64 bodyWords = 0;
    const int span = int(origin.daysTo(QDate(2026, 11, 30)));
    for (int i = 0; i < itemCount; ++i) {
        // A few municipalities write much of it, as in life.
        const double u = double(words.below(1000000)) / 1e6;
        const int o = int(double(orgIds.size()) * u * u);
        words.startItem(places[size_t(o)]);
        const int when = int(words.below(quint64(span)));
        const QDate date = origin.addDays(when);
        const quint64 s = words.below(100);
        const char *status = s < 85 ? "published" : s < 95 ? "draft" : "archived";
        const int length = words.bodyWords();
        bodyWords += length;
        const std::string title = words.title();
        const std::string summary = words.text(50, 100);
        const std::string body = words.text(length, length);
        const std::string topics = words.topics();
        const std::string tags = words.tags();
        textBytes += qint64(title.size() + summary.size() + body.size() + topics.size() + tags.size());
        const std::string created = stamp(date.addDays(-qint64(words.below(20))), words);
        itemIds.push_back(ids.next());
        itemDays.push_back(when);
        itemOrg.push_back(o);
        item.text(itemIds.back()).text(std::string(Kinds[words.below(4)])).text(title).text(summary).text(body)
            .text(orgIds[size_t(o)]).text(ids.next()).text(std::string(status)).text(topics).text(tags);
        if (s < 85 || s >= 95)
            item.text(day(date));
        else
            item.null();
        item.text(created).text(stamp(date.addDays(qint64(words.below(60))), words)).text(changedBy)
            .integer(1 + qint64(words.below(4)))
            .run();
        if ((i + 1) % 25000 == 0)
            std::fprintf(stderr, "regie-kennisgenerate: %d items, %.0f s\n", i + 1, double(timer.elapsed()) / 1e3);
    }

    // Reuse: popular items are taken up often, most items never.
    static const char *const Statuses[] = {"considering", "adopted", "adapted", "not_adopted"};
    static const char *const Reasons[] = {"no_fit", "no_budget", "no_capacity", "political", "own_solution", "other"};
    Insert reuse(db, "INSERT INTO reuse (id, item_id, organisation_id, person_id, status, reused_on, reason, note, "
                     "outcome, created_at, updated_at, changed_by, deleted, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 0, 1)");
    for (int r = 0; r < reuseCount; ++r) {
        const double u = double(words.below(1000000)) / 1e6;
        const size_t which = size_t(double(itemIds.size()) * u * u * u);
        size_t o = size_t(words.below(orgIds.size()));
        if (int(o) == itemOrg[which])
            o = (o + 1) % orgIds.size();
        const quint64 s = words.below(100);
        const int status = s < 25 ? 0 : s < 60 ? 1 : s < 80 ? 2 : 3;
        const int after = itemDays[which] + 7 + int(words.below(900));
        const QDate date = origin.addDays(std::min(after, span));
        reuse.text(ids.next()).text(itemIds[which]).text(orgIds[o]).text(ids.next())
            .text(std::string(Statuses[status])).text(day(date))
            .text(std::string(status == 3 ? Reasons[words.below(6)] : ""))
            .text(status >= 2 ? words.note() : std::string());
        const std::string created = stamp(date, words);
        reuse.text(created).text(created).text(changedBy).run();
    }

    Bench::Plan::execute(db, "COMMIT");
    Bench::Plan::execute(db, "UPDATE sync_state SET applying = 0");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    Bench::Plan::execute(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 pageSize = Bench::Plan::scalar(db, "PRAGMA page_size");
    const qint64 ftsPages = Bench::Plan::scalar(
        db, "SELECT count(*) FROM dbstat WHERE name LIKE 'knowledge_fts%'");
    store.close();

    std::printf("regie-kennisgenerate: %s\n", qPrintable(out));
    std::printf("  organisations  %lld municipalities\n", qint64(orgIds.size()));
    std::printf("  items          %d (%.0f body words on average)\n", itemCount, double(bodyWords) / itemCount);
    std::printf("  reuses         %d\n", reuseCount);
    std::printf("  raw text       %.1f MB (titles, summaries, bodies, topics, tags)\n", double(textBytes) / 1e6);
    std::printf("  search index   %.1f MB (FTS5 pages)\n", double(ftsPages * pageSize) / 1e6);
    std::printf("  written in %.1f s, %.0f items/s, file %.1f MB\n", seconds, itemCount / seconds,
                double(QFileInfo(out).size()) / 1e6);
    return 0;
}
