// Times what a user waits for with 50,000 projects, each figure beside the
// same query run straight on the file with the sqlite3 C API in the same run,
// so that a noisy machine shows up in both columns and the ratio stays.
//
//   regie-bench --db FILE [--repeat N] [--json FILE] [--callgrind] [NAME...]
//
// NAME is first-screen, filter, search, count, next-page or memory (default:
// all). Every list shows what the app shows by default: open projects only.
#include "model/projectlistmodel.h"
#include "model/text.h"
#include "store/projectsearch.h"
#include "store/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "benchsupport.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#ifdef REGIE_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#endif

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;
using Bench::median;
using Bench::ms;
using Bench::Report;
using Bench::statusMb;

namespace {

// The statements of Store::ProjectStore::findProjects() and countProjects(),
// word for word, so that the raw baseline asks SQLite the same question; the
// list as the app opens it, without closed projects.
constexpr const char *FindSql =
    "SELECT p.id, p.name, p.slogan, p.status, p.name_key, o.id, o.name"
    " FROM project p"
    " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
    " LEFT JOIN organisation o ON o.id = l.organisation_id"
    " WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";
constexpr const char *AfterFilter = " AND (p.name_key, p.id) > (:afterKey, :afterId)";
constexpr const char *Order = " ORDER BY p.name_key, p.id LIMIT :limit";
constexpr const char *CountSql = "SELECT count(*) FROM project p WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";
constexpr const char *IdsSql = "SELECT p.id FROM project p WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";

constexpr int PageSize = Model::ProjectListModel::PageSize;

/// How a text is matched: as the store does (the index for 3+ characters),
/// or by scanning every folded text with LIKE (the baseline).
enum class Match { Store, Scan };

Model::ProjectQuery textQuery(const QString &text)
{
    Model::ProjectQuery query;
    query.text = text;
    return query;
}

std::string textFilter(const QString &text, Match match, bool common)
{
    if (text.isEmpty())
        return {};
    const QString sql = match == Match::Store ? Store::ProjectSearch::filter(textQuery(text), common)
                                              : Store::ProjectSearch::scanFilter();
    return sql.toStdString();
}

QByteArray textPattern(const QString &text, Match match)
{
    return (match == Match::Store ? Store::ProjectSearch::pattern(textQuery(text))
                                  : Store::ProjectSearch::likePattern(textQuery(text)))
        .toUtf8();
}

// ---------------------------------------------------------------- raw sqlite3

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
        std::string sql = FindSql + textFilter(text, match, match == Match::Store && common(text));
        if (!afterId.empty())
            sql += AfterFilter;
        sql += Order;
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, match);
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
        const std::string sql = CountSql + textFilter(text, Match::Store, common(text));
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, Match::Store);
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
        const std::string sql
            = IdsSql + textFilter(text, match, match == Match::Store && common(text)) + " ORDER BY p.id";
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = textPattern(text, match);
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

    /// What the store asks first: is the text common (ProjectSearch::hitsProbe())?
    bool common(const QString &text)
    {
        if (text.isEmpty() || Model::sortKey(text).size() < Store::ProjectSearch::IndexedLength)
            return false;
        sqlite3_stmt *st = prepare(Store::ProjectSearch::hitsProbe().toStdString());
        const QByteArray pattern = textPattern(text, Match::Store);
        sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":search"), pattern.constData(), int(pattern.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_ROW)
            die(u"probe failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        const bool answer = sqlite3_column_int(st, 0) >= Store::ProjectSearch::CommonHits;
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

// ---------------------------------------------------------------- Regie

/// Runs the event loop until @p signal of @p sender, after calling @p start.
template<typename Sender, typename Signal, typename Start>
void runUntil(Sender *sender, Signal signal, Start start)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QObject::connect(sender, &Model::ProjectListModel::failed, &loop, [](const QString &message) { die(message); });
    start();
    loop.exec();
}

/// A store opened once, with its model showing the first screen.
struct Session {
    std::unique_ptr<Store::SqliteStore> store;
    std::unique_ptr<Model::ProjectListModel> model;

    explicit Session(const QString &path)
        : store(std::make_unique<Store::SqliteStore>())
    {
        if (auto opened = store->open(path).result(); !opened.ok())
            die(opened.error().message);
        model = std::make_unique<Model::ProjectListModel>(store.get(), store->notifier());
        // As the app opens the list: "show closed projects" off.
        runUntil(model.get(), &Model::ProjectListModel::loaded, [this] { model->setIncludeClosed(false); });
        settle();
    }
    ~Session()
    {
        model.reset();
        store.reset();
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Waits until the worker has answered everything asked so far (the count
    // a reload queues after its page) and the answers have been delivered.
    void settle()
    {
        store->identity().waitForFinished();
        QCoreApplication::processEvents();
    }
};

/// The user's wait: constructing the store, opening the file and showing the
/// first page, as Application does (open, then reload the list).
qint64 regieFirstScreen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto store = std::make_unique<Store::SqliteStore>();
    std::unique_ptr<Model::ProjectListModel> model;
    QEventLoop loop;
    store->open(path).then(&loop, [&](const Model::Status &status) {
        if (!status.ok())
            die(status.error().message);
        model = std::make_unique<Model::ProjectListModel>(store.get(), store->notifier());
        QObject::connect(model.get(), &Model::ProjectListModel::loaded, &loop, &QEventLoop::quit);
        model->setIncludeClosed(false); // reloads, as the app's list panel does
    });
    loop.exec();
    const qint64 elapsed = timer.nsecsElapsed();
    if (model->rowCount() != PageSize)
        die(u"the first screen has %1 rows, not %2"_s.arg(model->rowCount()).arg(PageSize));
    model.reset();
    store.reset();
    return elapsed;
}

qint64 rawFirstScreen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    RawDb db(path);
    const int rows = db.find({}, {}, {}, PageSize);
    const qint64 elapsed = timer.nsecsElapsed();
    if (rows != PageSize)
        die(u"raw first screen has %1 rows"_s.arg(rows));
    return elapsed;
}

// ---------------------------------------------------------------- reporting

// Brackets one measured section for callgrind (--callgrind): counts start at
// zero before it and are dumped, named, after it.
class Section
{
public:
    Section(bool enabled, const QString &name)
        : m_enabled(enabled)
        , m_name(name.toUtf8())
    {
#ifdef REGIE_HAVE_CALLGRIND
        if (m_enabled)
            CALLGRIND_ZERO_STATS;
#endif
    }
    ~Section()
    {
#ifdef REGIE_HAVE_CALLGRIND
        if (m_enabled)
            CALLGRIND_DUMP_STATS_AT(m_name.constData());
#endif
    }
    Section(const Section &) = delete;
    Section &operator=(const Section &) = delete;

private:
    bool m_enabled;
    QByteArray m_name;
};

struct Options {
    QString db;
    int repeat = 20;
    bool callgrind = false;
};

/// Times @p regie and @p raw alternately, once each untimed to warm the
/// caches first, and returns the medians in ms.
template<typename Regie, typename Raw>
std::pair<double, double> measure(const Options &o, const QString &name, Regie regie, Raw raw)
{
    regie();
    raw();
    std::vector<double> a, b;
    for (int i = 0; i < o.repeat; ++i) {
        {
            Section s(o.callgrind, name + u" regie"_s);
            a.push_back(ms(regie()));
        }
        {
            Section s(o.callgrind, name + u" raw"_s);
            b.push_back(ms(raw()));
        }
    }
    return {median(a), median(b)};
}

// ---------------------------------------------------------------- figures

const QStringList SearchTerms = {u"zorg"_s, u"sudwest"_s, u"kwelder"_s, u"qqqx"_s};

void firstScreen(const Options &o, Report &report)
{
    const auto [regie, raw] = measure(
        o, u"first-screen"_s, [&] { return regieFirstScreen(o.db); }, [&] { return rawFirstScreen(o.db); });
    report.add({u"first-screen"_s, regie, raw, u"ms"_s, 3.0});
}

void filter(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : SearchTerms) {
        int rows = -1;
        const auto [a, b] = measure(
            o, u"filter-"_s + term,
            [&] {
                // Back to the unfiltered list first; setSearchText() of the
                // text the model already has does nothing (and loads nothing).
                if (!session.model->searchText().isEmpty()) {
                    runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                             [&] { session.model->setSearchText(QString()); });
                    session.settle();
                }
                QElapsedTimer timer;
                timer.start();
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(term); });
                const qint64 elapsed = timer.nsecsElapsed();
                rows = session.model->rowCount();
                session.settle();
                return elapsed;
            },
            [&] {
                QElapsedTimer timer;
                timer.start();
                const int n = raw.find(term, {}, {}, PageSize);
                const qint64 elapsed = timer.nsecsElapsed();
                if (rows >= 0 && n != rows)
                    die(u"filter \"%1\": regie shows %2 rows, the raw query %3"_s.arg(term).arg(rows).arg(n));
                return elapsed;
            });
        report.add({u"filter \"%1\" (%2 rows)"_s.arg(term).arg(rows), a, b, u"ms"_s});
    }
}

// What a user waits for per search, as p95: the index (through the store and
// the model, as the list shows it) beside a LIKE scan of the same folded
// texts with sqlite3 (what a search without the index costs); both must find
// the same projects, every one of them, not only the first page.
const QStringList IndexedTerms = {u"zorg"_s, u"sudwest"_s, u"kwelder"_s, u"warmte"_s, u"co2"_s, u"qqqx"_s};
const QStringList ShortTerms = {u"zo"_s, u"q"_s};
constexpr double SearchTargetMs = 20;

void search(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : IndexedTerms + ShortTerms) {
        const auto viaIndex = raw.ids(term, Match::Store);
        const auto viaScan = raw.ids(term, Match::Scan);
        if (viaIndex != viaScan)
            die(u"search \"%1\": the index finds %2 projects, the LIKE scan %3"_s.arg(term)
                    .arg(viaIndex.size())
                    .arg(viaScan.size()));
        // Each side in a block of its own: a LIKE scan reads every text and
        // would push the index's pages out of the caches between two searches.
        std::vector<double> a, b;
        int rows = -1;
        for (int i = 0; i < std::max(o.repeat, 1) + 1; ++i) {
            if (!session.model->searchText().isEmpty()) {
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(QString()); });
                session.settle();
            }
            qint64 regie;
            {
                Section s(o.callgrind && i > 0, u"search-%1 regie"_s.arg(term));
                QElapsedTimer timer;
                timer.start();
                runUntil(session.model.get(), &Model::ProjectListModel::loaded,
                         [&] { session.model->setSearchText(term); });
                regie = timer.nsecsElapsed();
            }
            rows = session.model->rowCount();
            session.settle();
            if (i > 0) // the first round warms up
                a.push_back(ms(regie));
        }
        std::vector<RawRow> page;
        for (int i = 0; i < std::max(o.repeat, 1) + 1; ++i) {
            page.clear();
            qint64 scan;
            {
                Section s(o.callgrind && i > 0, u"search-%1 like"_s.arg(term));
                QElapsedTimer timer;
                timer.start();
                raw.find(term, {}, {}, PageSize, &page, Match::Scan);
                scan = timer.nsecsElapsed();
            }
            if (i > 0)
                b.push_back(ms(scan));
        }
        if (int(page.size()) != rows)
            die(u"search \"%1\": regie shows %2 rows, the LIKE scan %3"_s.arg(term).arg(rows).arg(page.size()));
        for (int r = 0; r < rows; ++r) {
            const auto shown = session.model->index(r).data(Model::ProjectListModel::IdRole).toUuid();
            if (shown.toString(QUuid::WithoutBraces).toStdString() != page[size_t(r)].id)
                die(u"search \"%1\": row %2 differs from the LIKE scan's"_s.arg(term).arg(r));
        }
        const bool indexed = Model::sortKey(term).size() >= Store::ProjectSearch::IndexedLength;
        Figure f{u"search \"%1\" p95"_s.arg(term), Bench::percentile(a, 0.95), Bench::percentile(b, 0.95), u"ms"_s,
                 indexed ? SearchTargetMs : 0.0};
        f.limit = true;
        f.measures = u"%1; same %2 projects as the LIKE scan (first page equal, row by row); median %3 ms"_s
                         .arg(indexed ? u"FTS5 trigram index, page through the model"_s
                                      : u"shorter than 3: LIKE scan, page through the model"_s)
                         .arg(viaIndex.size())
                         .arg(median(a), 0, 'f', 2);
        report.add(f);
    }
}

void count(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : QStringList{QString()} + SearchTerms) {
        Model::ProjectQuery query;
        query.text = term;
        query.includeClosed = false;
        int total = -1;
        const auto [a, b] = measure(
            o, u"count-"_s + (term.isEmpty() ? u"all"_s : term),
            [&] {
                QElapsedTimer timer;
                timer.start();
                const auto result = session.store->countProjects(query).result();
                const qint64 elapsed = timer.nsecsElapsed();
                if (!result.ok())
                    die(result.error().message);
                total = result.value();
                return elapsed;
            },
            [&] {
                QElapsedTimer timer;
                timer.start();
                const int n = raw.count(term);
                const qint64 elapsed = timer.nsecsElapsed();
                if (n != total)
                    die(u"count \"%1\": regie %2, raw %3"_s.arg(term).arg(total).arg(n));
                return elapsed;
            });
        report.add({u"count \"%1\" (%2)"_s.arg(term.isEmpty() ? u"all"_s : term).arg(total), a, b, u"ms"_s});
    }
}

// The page after row 10,000 as the view asks for it while scrolling.
void nextPage(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    auto *model = session.model.get();
    while (model->rowCount() < 10000 && model->canFetchMore({}))
        runUntil(model, &Model::ProjectListModel::loaded, [&] { model->fetchMore({}); });
    std::vector<double> a, b;
    for (int i = 0; i < std::max(o.repeat, 1) + 1 && model->canFetchMore({}); ++i) {
        const auto last = model->index(model->rowCount() - 1).data(Model::ProjectListModel::SummaryRole)
                              .value<Model::ProjectSummary>();
        const std::string key = last.sortKey.toStdString();
        const std::string id = last.id.toString(QUuid::WithoutBraces).toStdString();
        const int before = model->rowCount();
        qint64 regie;
        {
            Section s(o.callgrind && i > 0, u"next-page regie"_s);
            QElapsedTimer timer;
            timer.start();
            runUntil(model, &Model::ProjectListModel::loaded, [&] { model->fetchMore({}); });
            regie = timer.nsecsElapsed();
        }
        session.settle();
        qint64 rawNs;
        int n;
        {
            Section s(o.callgrind && i > 0, u"next-page raw"_s);
            QElapsedTimer timer;
            timer.start();
            n = raw.find({}, key, id, PageSize);
            rawNs = timer.nsecsElapsed();
        }
        if (n != model->rowCount() - before)
            die(u"next page: regie added %1 rows, raw found %2"_s.arg(model->rowCount() - before).arg(n));
        if (i > 0) { // the first round warms up
            a.push_back(ms(regie));
            b.push_back(ms(rawNs));
        }
    }
    report.add({u"next-page (after row 10000)"_s, median(a), median(b), u"ms"_s});
}

// ---------------------------------------------------------------- memory

// Runs in a child process, so that each side starts from the same empty
// process: prints the peak resident memory after the first screen and after
// scrolling to each of @p marks rows.
int probeMemory(const QString &kind, const QString &path, const QList<int> &marks)
{
    std::printf("start %.1f\n", statusMb("VmHWM"));
    if (kind == u"regie"_s) {
        Session session(path);
        std::printf("first-screen %.1f\n", statusMb("VmHWM"));
        auto *model = session.model.get();
        for (int mark : marks) {
            while (model->rowCount() < mark && model->canFetchMore({}))
                runUntil(model, &Model::ProjectListModel::loaded, [&] { model->fetchMore({}); });
            session.settle();
            std::printf("rows-%d %.1f\n", mark, statusMb("VmHWM"));
        }
    } else {
        RawDb db(path);
        std::vector<RawRow> rows;
        db.find({}, {}, {}, PageSize, &rows);
        std::printf("first-screen %.1f\n", statusMb("VmHWM"));
        for (int mark : marks) {
            while (int(rows.size()) < mark) {
                const size_t before = rows.size();
                db.find({}, rows.back().nameKey, rows.back().id, PageSize, &rows);
                if (rows.size() == before)
                    break;
            }
            std::printf("rows-%d %.1f\n", mark, statusMb("VmHWM"));
        }
    }
    std::fflush(stdout);
    return 0;
}

QMap<QString, double> runProbe(const QString &kind, const Options &o, const QList<int> &marks)
{
    QStringList markArgs;
    for (int m : marks)
        markArgs << QString::number(m);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--probe-memory"_s, kind, u"--db"_s, o.db, u"--marks"_s, markArgs.join(QLatin1Char(','))});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        die(u"the memory probe (%1) failed"_s.arg(kind));
    QMap<QString, double> out;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const auto parts = line.split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
    }
    return out;
}

void memory(const Options &o, Report &report)
{
    RawDb probe(o.db);
    const int total = probe.count({});
    const QList<int> marks = {std::min(10000, total), total};
    const auto regie = runProbe(u"regie"_s, o, marks);
    const auto raw = runProbe(u"raw"_s, o, marks);
    report.add({u"memory process start"_s, regie.value(u"start"_s), raw.value(u"start"_s), u"MB"_s, 0, true});
    report.add({u"memory first screen"_s, regie.value(u"first-screen"_s), raw.value(u"first-screen"_s), u"MB"_s,
                150, true});
    for (int m : marks) {
        const QString key = u"rows-%1"_s.arg(m);
        report.add({u"memory scrolled %1 rows"_s.arg(m), regie.value(key), raw.value(key), u"MB"_s, 150, true});
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks Regie against raw sqlite3 on a large database."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The database made by regie-generate."_s, u"FILE"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs per figure (default 20); medians are shown."_s,
                                          u"N"_s, u"20"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption callgrindOption(
        u"callgrind"_s, u"Under valgrind --tool=callgrind: one timed run, each section dumped by name."_s);
    const QCommandLineOption probeOption(u"probe-memory"_s, u"(internal) measure memory of regie or raw."_s, u"KIND"_s);
    const QCommandLineOption marksOption(u"marks"_s, u"(internal) rows to scroll to."_s, u"N,N"_s);
    parser.addOptions({dbOption, repeatOption, jsonOption, callgrindOption, probeOption, marksOption});
    parser.addPositionalArgument(u"name"_s, u"first-screen, filter, search, count, next-page, memory (default: all)."_s);
    parser.process(app);

    Options o;
    o.db = parser.value(dbOption);
    o.callgrind = parser.isSet(callgrindOption);
    o.repeat = o.callgrind ? 1 : std::max(1, parser.value(repeatOption).toInt());
    if (o.db.isEmpty() || !QFileInfo::exists(o.db))
        die(u"give the database with --db (make one with regie-generate)"_s);

    if (parser.isSet(probeOption)) {
        QList<int> marks;
        for (const QString &m : parser.value(marksOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            marks << m.toInt();
        return probeMemory(parser.value(probeOption), o.db, marks);
    }

    const QStringList all = {u"first-screen"_s, u"filter"_s, u"search"_s, u"count"_s, u"next-page"_s, u"memory"_s};
    QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        names = all;
    for (const QString &n : names) {
        if (!all.contains(n))
            die(u"unknown benchmark %1 (one of %2)"_s.arg(n, all.join(u", "_s)));
    }

    std::printf("regie-bench: %s, %s, median of %d runs, sqlite %s\n", qPrintable(o.db),
                qPrintable(QLocale::c().toString(double(QFileInfo(o.db).size()) / 1e6, 'f', 1) + u" MB"_s), o.repeat,
                sqlite3_libversion());
    Report report;
    if (names.contains(u"first-screen"_s))
        firstScreen(o, report);
    if (names.contains(u"filter"_s))
        filter(o, report);
    if (names.contains(u"search"_s))
        search(o, report);
    if (names.contains(u"count"_s))
        count(o, report);
    if (names.contains(u"next-page"_s))
        nextPage(o, report);
    if (names.contains(u"memory"_s) && !o.callgrind)
        memory(o, report);

    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly))
            die(u"cannot write %1"_s.arg(out.fileName()));
        out.write(report.json(o.db, o.repeat).toJson());
    }
    std::printf("%s\n", report.allPass() ? "all targets met" : "SOME TARGETS MISSED");
    return report.allPass() ? 0 : 3;
}
