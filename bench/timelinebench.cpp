// Times opening a project's milestones tab with many milestones: the
// longest stall of the GUI thread, seen by a probe that posts to the event
// loop every 2 ms, and the time until the timeline is painted. The baseline,
// measured in the same run, is a KGantt view with the same grid showing the
// same rows from a plain QStandardItemModel whose strings were made before
// (its list, and the time zone of its dates, set up as the tab's are).
// Times are medians of 5 runs, at 500 and at 2,000 milestones.
//
//   regie-timelinebench [--plan FILE] [--repeat N] [--callgrind] [--screenshot FILE]
//
// FILE is the plan database of regie-planbench (build/bench/data/plan-1m.sqlite
// by default). Its big project (2,000 milestones) is copied with its
// organisations, goals and evaluations into a small file beside it, together
// with a project holding its first 500 milestones; the tab reads that file
// through a Model::PlanCache over Store::SqliteStore as the application
// does. With --callgrind (run under valgrind --collect-atstart=no
// --instr-atstart=no) each size is opened
// once and the GUI thread's instructions dumped, from setProject() to 300 ms
// after the first paint of the rows.
#include "benchsupport.h"

#include "model/editor.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/text.h"
#include "store/localstore.h"
#include "store/projectsearch.h"
#include "store/sqlitestore.h"
#include "views/milestonestab.h"

#include <KGanttDateTimeGrid>
#include <KGanttGlobal>
#include <KGanttGraphicsItem>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLocale>
#include <QScopeGuard>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#ifdef REGIE_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#endif

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;
using Bench::median;
using Bench::Report;

namespace {

constexpr int SmallCount = 500;

template<typename T>
T await(const QFuture<Model::Result<T>> &future)
{
    auto result = future.result();
    if (!result.ok())
        die(result.error().message);
    return std::move(result).value();
}

// ================================================================ the file

void exec(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
        die(u"%1: %2"_s.arg(sql.left(120), QString::fromUtf8(error)));
}

QString one(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        die(u"%1: %2"_s.arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
    QString value;
    if (sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

QStringList columns(sqlite3 *db, const QString &table)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = u"PRAGMA main.table_info(%1)"_s.arg(table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    QStringList names;
    while (sqlite3_step(st) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    return names;
}

const QString NewId = u"lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) "
                      "|| '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"_s;

/// Copies rows of @p table from the plan file; with @p project set, as rows
/// of that project under new ids.
void copy(sqlite3 *db, const QString &table, const QString &where, const QString &project = {},
          const QString &tail = {})
{
    QStringList select;
    for (const QString &c : columns(db, table)) {
        if (project.isEmpty())
            select << c;
        else if (c == u"id"_s)
            select << (table == u"project"_s ? u"'%1'"_s.arg(project) : NewId);
        else if (c == u"project_id"_s)
            select << u"'%1'"_s.arg(project);
        else
            select << c;
    }
    exec(db, u"INSERT INTO main.%1 SELECT %2 FROM plan.%1 WHERE %3 %4"_s.arg(table, select.join(u", "_s), where, tail));
}

struct Projects {
    QUuid big; ///< 2,000 milestones
    QUuid small; ///< the first 500 of them
};

/// Makes @p out from the plan file: the big project and a copy with its first 500 milestones.
Projects makeFile(const QString &plan, const QString &out)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(out + suffix);
    {
        Store::LocalStore migrate;
        if (const auto opened = migrate.open(out); !opened.ok())
            die(opened.error().message);
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(out.toUtf8().constData(), &db) != SQLITE_OK)
        die(u"cannot open %1"_s.arg(out));
    if (!Store::ProjectSearch::installFold(db)) // the search index's triggers need it
        die(u"cannot add regie_fold to %1"_s.arg(out));
    exec(db, u"ATTACH DATABASE '%1' AS plan"_s.arg(plan));
    const QString big = one(db, u"SELECT project_id FROM plan.milestone WHERE deleted = 0 GROUP BY project_id "
                                "ORDER BY count(*) DESC LIMIT 1"_s);
    if (big.isEmpty())
        die(u"%1 holds no milestones"_s.arg(plan));
    const QString small = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString ofBig = u"project_id = '%1'"_s.arg(big);
    exec(db, u"BEGIN"_s);
    copy(db, u"organisation"_s, u"1"_s);
    copy(db, u"person"_s, u"1"_s);
    copy(db, u"project"_s, u"id = '%1'"_s.arg(big));
    for (const QString &t : {u"participation"_s, u"lead_term"_s, u"goal"_s, u"goal_partner"_s, u"measurement"_s,
                             u"milestone"_s, u"milestone_goal"_s, u"evaluation"_s})
        copy(db, t, ofBig);
    copy(db, u"project"_s, u"id = '%1'"_s.arg(big), small);
    for (const QString &t : {u"participation"_s, u"lead_term"_s, u"evaluation"_s})
        copy(db, t, ofBig, small);
    copy(db, u"milestone"_s, ofBig + u" AND deleted = 0"_s, small,
         u"ORDER BY due_date, title LIMIT %1"_s.arg(SmallCount));
    exec(db, u"COMMIT"_s);
    exec(db, u"DETACH DATABASE plan"_s);
    sqlite3_close(db);
    return {QUuid::fromString(big), QUuid::fromString(small)};
}

// ================================================================ probing

/// Posts to the GUI thread's event loop every 2 ms and keeps the longest
/// time between two of its turns.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    /// The longest gap so far, in ms.
    double longest() const { return Bench::ms(std::max(m_longest, m_clock.nsecsElapsed() - m_last)); }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Notes the first paint of @p viewport once @p ready says the rows are in.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *viewport, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        viewport->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_ready())
            m_seen = true;
        if (event->type() == QEvent::Paint && m_seen && !m_painted)
            QTimer::singleShot(0, this, [this] { m_painted = true; }); // after this paint is done
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_seen = false;
    bool m_painted = false;
};

struct Run {
    double painted = 0; ///< ms from asking to the first paint of the rows
    double stall = 0; ///< the longest GUI-thread stall, ms
};

/// Runs the event loop from @p start until the rows are painted (all of them
/// in the model, and an item in the chart for each), and 300 ms more for
/// work queued behind the paint.
Run measureOpen(KGantt::View *view, int rows, const std::function<void()> &start)
{
    // Painted means: every row in the model, and every row's item in the chart.
    PaintWatch watch(view->graphicsView()->viewport(), [view, rows] {
        if (!view->model() || view->model()->rowCount() != rows || !view->graphicsView()->scene())
            return false;
        const QList<QGraphicsItem *> items = view->graphicsView()->scene()->items();
        return std::count_if(items.cbegin(), items.cend(),
                             [](QGraphicsItem *i) { return dynamic_cast<KGantt::GraphicsItem *>(i) != nullptr; })
            == rows;
    });
    StallProbe probe;
    QElapsedTimer clock;
    QEventLoop loop;
    probe.start();
    clock.start();
    start();
    Run run;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (watch.painted() && run.painted == 0)
            run.painted = Bench::ms(clock.nsecsElapsed());
        if (run.painted > 0 && Bench::ms(clock.nsecsElapsed()) > run.painted + 300)
            loop.quit();
        if (clock.elapsed() > 3600000) // callgrind is slow
            die(u"the timeline was not painted within an hour"_s);
    });
    poll.start();
    loop.exec();
    probe.stop();
    run.stall = probe.longest();
    return run;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// ================================================================ baseline

/// The grid the tab uses, set up front for the same span.
void setUpGrid(KGantt::View *view, const QDate &first, const QDate &last, int width, const QTimeZone &zone)
{
    auto *grid = new KGantt::DateTimeGrid;
    grid->setParent(view);
    grid->setUserDefinedUpperScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Year, u"yyyy"_s));
    grid->setUserDefinedLowerScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Month, u"MMM"_s));
    grid->setScale(KGantt::DateTimeGrid::ScaleUserDefined);
    grid->setFreeDays({});
    const QDate from = first.addMonths(-1);
    grid->setStartDateTime(QDateTime(from, QTime(0, 0), zone));
    const qint64 days = std::max<qint64>(60, from.daysTo(last) + 60);
    grid->setDayWidth(std::clamp(double(width) / double(days), 1.0, 12.0));
    view->setGrid(grid);
}

/// The rows as plain items: title, type, start, end, completion, legend.
std::unique_ptr<QStandardItemModel> plainRows(const QList<Model::Milestone> &milestones,
                                              const QList<Model::Evaluation> &evaluations, const QTimeZone &zone)
{
    auto model = std::make_unique<QStandardItemModel>(0, 6);
    const QLocale locale;
    auto add = [&](const QString &title, const QString &tip, const QString &legend, const QColor &colour,
                   const QDate &on, int completion) {
        auto *t = new QStandardItem(title);
        t->setToolTip(tip);
        t->setData(colour, Qt::DecorationRole);
        auto *type = new QStandardItem;
        type->setData(int(KGantt::TypeEvent), Qt::DisplayRole);
        const QDateTime midnight(on, QTime(0, 0), zone);
        auto *start = new QStandardItem;
        start->setData(midnight, KGantt::StartTimeRole);
        start->setData(midnight, Qt::DisplayRole);
        auto *end = new QStandardItem;
        end->setData(midnight, KGantt::EndTimeRole);
        end->setData(midnight, Qt::DisplayRole);
        auto *done = new QStandardItem;
        done->setData(completion, Qt::DisplayRole);
        model->appendRow({t, type, start, end, done, new QStandardItem(legend)});
    };
    for (const auto &m : milestones)
        add(m.title, u"%1\n%2, due %3"_s.arg(m.title, Model::displayName(m.status), locale.toString(m.due, QLocale::LongFormat)),
            Model::displayName(m.status), QColor(0x2e, 0x7d, 0x32), m.due, m.status == Model::MilestoneStatus::Done ? 100 : 0);
    for (const auto &e : evaluations) {
        const QDate on = e.isHeld() ? e.heldOn : e.plannedOn;
        add(Model::displayName(e.kind), locale.toString(on, QLocale::LongFormat), Model::displayName(e.kind),
            QColor(0xab, 0x47, 0xbc), on, e.isHeld() ? 100 : 0);
    }
    return model;
}

// ================================================================ the runs

struct Setup {
    Store::SqliteStore *store;
    Model::Editor *editor;
    Model::ParticipantsModel *participants;
};

struct Shown {
    Model::Project project;
    QList<Model::Milestone> milestones;
    QList<Model::Evaluation> evaluations;
    QDate first, last;
    int rows() const { return int(milestones.size() + evaluations.size()); }
};

Shown load(Store::SqliteStore &store, const QUuid &id)
{
    Shown s;
    s.project = await(store.project(id));
    s.milestones = await(store.milestones(id));
    s.evaluations = await(store.evaluations(id));
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        s.first = s.first.isValid() ? std::min(s.first, d) : d;
        s.last = s.last.isValid() ? std::max(s.last, d) : d;
    };
    for (const auto &m : std::as_const(s.milestones))
        take(m.due);
    for (const auto &e : std::as_const(s.evaluations))
        take(e.isHeld() ? e.heldOn : e.plannedOn);
    return s;
}

struct TabRun : Run {
    bool uniformRowHeights = false; ///< as the tab sets its list
    QTimeZone zone = QTimeZone::LocalTime; ///< of the tab's grid and dates
};

/// The milestones tab, new for each run, opened on @p shown's project.
TabRun openTab(const Setup &setup, const Shown &shown, const QString &screenshot = {},
               const std::function<void()> &before = {}, const std::function<void()> &after = {})
{
    // A cache of its own, as a project page newly opened has: nothing read yet.
    Model::PlanCache cache(setup.store, setup.store->notifier());
    Views::MilestonesTab tab(&cache, setup.editor, setup.participants);
    tab.resize(1200, 760);
    tab.show();
    settle(150);
    if (before)
        before();
    TabRun run;
    static_cast<Run &>(run) = measureOpen(tab.timeline(), shown.rows(), [&] { tab.setProject(shown.project); });
    if (auto *left = qobject_cast<QTreeView *>(tab.timeline()->leftView()))
        run.uniformRowHeights = left->uniformRowHeights();
    if (auto *grid = qobject_cast<KGantt::DateTimeGrid *>(tab.timeline()->grid()))
        run.zone = grid->startDateTime().timeRepresentation();
    if (after)
        after();
    if (!screenshot.isEmpty() && !tab.grab().save(screenshot))
        die(u"cannot write %1"_s.arg(screenshot));
    return run;
}

/// A plain KGantt view of the rows, its list and its times set up as the tab sets up its own.
Run openPlain(const Shown &shown, bool uniformRowHeights, const QTimeZone &zone)
{
    KGantt::View view;
    view.resize(1200, 640);
    if (auto *left = qobject_cast<QTreeView *>(view.leftView())) {
        left->header()->setStretchLastSection(true);
        left->setRootIsDecorated(false);
        left->setUniformRowHeights(uniformRowHeights);
    }
    view.splitter()->setSizes({260, 780});
    view.show();
    settle(150);
    setUpGrid(&view, shown.first, shown.last, std::max(400, view.graphicsView()->viewport()->width()), zone);
    const std::unique_ptr<QStandardItemModel> rows = plainRows(shown.milestones, shown.evaluations, zone);
    return measureOpen(&view, shown.rows(), [&] {
        view.setModel(rows.get());
        if (auto *left = qobject_cast<QTreeView *>(view.leftView())) {
            for (int c = 1; c < 6; ++c)
                left->hideColumn(c);
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks opening the milestones tab against a plain KGantt view."_s);
    parser.addHelpOption();
    const QCommandLineOption planOption(u"plan"_s, u"The plan database (default build/bench/data/plan-1m.sqlite)."_s,
                                        u"FILE"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per figure (default 5); medians are shown."_s, u"N"_s,
                                          u"5"_s);
    const QCommandLineOption callgrindOption(u"callgrind"_s, u"Open each size once, counting instructions."_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"Save the tab with 2,000 milestones as FILE (PNG)."_s,
                                        u"FILE"_s);
    parser.addOptions({planOption, repeatOption, callgrindOption, shotOption});
    parser.process(app);

    const QString plan = parser.isSet(planOption)
        ? parser.value(planOption)
        : QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../../data/plan-1m.sqlite"_s);
    if (!QFileInfo::exists(plan))
        die(u"%1 does not exist (regie-planbench --generate --out FILE makes it)"_s.arg(plan));
    // Beside the plan file, one per process (a callgrind run may be going on).
    const QString file = QFileInfo(plan).absolutePath() + u"/timeline-%1.sqlite"_s.arg(QCoreApplication::applicationPid());
    const Projects projects = makeFile(plan, file);
    const auto removeFile = qScopeGuard([&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
    });

    Store::SqliteStore store;
    if (const auto opened = store.open(file).result(); !opened.ok())
        die(opened.error().message);
    QUndoStack stack;
    Model::Editor editor(&store, &store, &stack);
    editor.setPlan(&store);
    Model::ParticipantsModel participants(&store, store.notifier());
    const Setup setup{&store, &editor, &participants};

    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    Report report(36);
    std::printf("regie-timelinebench: %s, median of %d runs\n", qPrintable(file), repeat);
    for (const QUuid &id : {projects.small, projects.big}) {
        const Shown shown = load(store, id);
        participants.setProjectId(id);
        settle(100);
        const QString size = QLocale(QLocale::English).toString(shown.milestones.size());
        if (parser.isSet(callgrindOption)) {
#ifdef REGIE_HAVE_CALLGRIND
            const QByteArray name = u"timeline-%1"_s.arg(shown.milestones.size()).toUtf8();
            // Collecting is switched per thread: this counts the GUI thread.
            openTab(
                setup, shown, {},
                [] {
                    CALLGRIND_START_INSTRUMENTATION;
                    CALLGRIND_ZERO_STATS;
                    CALLGRIND_TOGGLE_COLLECT;
                },
                [&] {
                    CALLGRIND_TOGGLE_COLLECT;
                    CALLGRIND_DUMP_STATS_AT(name.constData());
                    CALLGRIND_STOP_INSTRUMENTATION;
                });
#else
            die(u"built without valgrind/callgrind.h"_s);
#endif
            continue;
        }
        std::vector<double> tabPainted, tabStall, plainPainted, plainStall;
        for (int i = 0; i < repeat; ++i) {
            const TabRun t = openTab(setup, shown, id == projects.big && i == 0 ? parser.value(shotOption) : QString());
            const Run p = openPlain(shown, t.uniformRowHeights, t.zone);
            tabPainted.push_back(t.painted);
            tabStall.push_back(t.stall);
            plainPainted.push_back(p.painted);
            plainStall.push_back(p.stall);
        }
        const bool target = shown.milestones.size() >= 2000;
        report.add({u"timeline painted (%1 milestones)"_s.arg(size), median(tabPainted), median(plainPainted), u"ms"_s,
                    3.0, false,
                    u"setProject() to the first paint of %1 rows (milestones and evaluations), vs a KGantt view "
                    "given a QStandardItemModel with the strings made beforehand"_s.arg(shown.rows())});
        // A stall is held to its own bound in ms, not to a ratio: memory=true makes the report compare regie to it.
        report.add({u"longest GUI stall (%1 milestones)"_s.arg(size), median(tabStall), median(plainStall), u"ms"_s,
                    target ? 50.0 : 0.0, true,
                    u"the longest gap between turns of a 2 ms probe on the GUI thread while the tab opens; "
                    "target < 50 ms, beside the plain view's"_s});
    }
    if (!parser.isSet(callgrindOption))
        std::printf("%s\n", report.allPass() ? "all targets met" : "SOME TARGETS MISSED");
    return report.allPass() ? 0 : 3;
}
