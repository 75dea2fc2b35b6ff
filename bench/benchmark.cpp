// Times what a user waits for with 50,000 projects, each figure beside the
// same query run straight on the file with the sqlite3 C API in the same run,
// so that a noisy machine shows up in both columns and the ratio stays.
//
//   regie-bench --db FILE [--repeat N] [--json FILE] [--callgrind] [NAME...]
//
// NAME is first-screen, filter, count, next-page or memory (default: all).
#include "model/projectlistmodel.h"
#include "model/text.h"
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
// word for word, so that the raw baseline asks SQLite the same question.
constexpr const char *FindSql =
    "SELECT p.id, p.name, p.slogan, p.status, p.name_key, o.id, o.name"
    " FROM project p"
    " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
    " LEFT JOIN organisation o ON o.id = l.organisation_id"
    " WHERE p.deleted = 0";
constexpr const char *TextFilter =
    " AND (p.search_key LIKE :text ESCAPE '\\' OR o.name_key LIKE :text ESCAPE '\\')";
constexpr const char *AfterFilter = " AND (p.name_key, p.id) > (:afterKey, :afterId)";
constexpr const char *Order = " ORDER BY p.name_key, p.id LIMIT :limit";
constexpr const char *CountSql = "SELECT count(*) FROM project p WHERE p.deleted = 0";
constexpr const char *CountTextSql =
    "SELECT count(*)"
    " FROM project p"
    " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
    " LEFT JOIN organisation o ON o.id = l.organisation_id"
    " WHERE p.deleted = 0";

constexpr int PageSize = Model::ProjectListModel::PageSize;


QString likePattern(const QString &text)
{
    QString escaped = Model::sortKey(text);
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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
             std::vector<RawRow> *into = nullptr)
    {
        std::string sql = FindSql;
        if (!text.isEmpty())
            sql += TextFilter;
        if (!afterId.empty())
            sql += AfterFilter;
        sql += Order;
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = likePattern(text).toUtf8();
        if (!text.isEmpty())
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":text"), pattern.constData(), int(pattern.size()),
                              SQLITE_STATIC);
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
        std::string sql = text.isEmpty() ? CountSql : CountTextSql;
        if (!text.isEmpty())
            sql += TextFilter;
        sqlite3_stmt *st = prepare(sql);
        const QByteArray pattern = likePattern(text).toUtf8();
        if (!text.isEmpty())
            sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":text"), pattern.constData(), int(pattern.size()),
                              SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_ROW)
            die(u"count failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        const int n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return n;
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
        runUntil(model.get(), &Model::ProjectListModel::loaded, [this] { model->reload(); });
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
        model->reload();
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

void count(const Options &o, Report &report)
{
    Session session(o.db);
    RawDb raw(o.db);
    for (const QString &term : QStringList{QString()} + SearchTerms) {
        Model::ProjectQuery query;
        query.text = term;
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
    parser.addPositionalArgument(u"name"_s, u"first-screen, filter, count, next-page, memory (default: all)."_s);
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

    const QStringList all = {u"first-screen"_s, u"filter"_s, u"count"_s, u"next-page"_s, u"memory"_s};
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
