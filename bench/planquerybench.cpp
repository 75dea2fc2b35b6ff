// Counts the SQL statements the project page runs: opening a project, then
// showing each plan tab in turn, then once more, then a measurement added
// while the Goals tab is shown. Every statement SQLite starts on any
// connection is counted (sqlite3_trace_v2, set on each connection as it
// opens), so the figure is what the store really ran, not what a view asked.
//
//   regie-planquerybench [--goals N] [--milestones N] [--entries N] [--print]
//
// The page is the application's own ProjectPage with its plan tabs, on the
// offscreen platform, over a fresh database in a temporary folder.
#include "model/editor.h"
#include "store/sqlitestore.h"
#include "views/evaluationstab.h"
#include "views/goalstab.h"
#include "views/interestmaptab.h"
#include "views/milestonestab.h"
#include "views/progresstab.h"
#include "views/projectpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> statements{0};
bool printStatements = false;

int onTrace(unsigned type, void *, void *, void *x)
{
    // Statements a trigger runs come as "-- TRIGGER name": part of a write, not a query.
    if (type == SQLITE_TRACE_STMT && !QByteArrayView(static_cast<const char *>(x)).startsWith("--")) {
        ++statements;
        if (printStatements)
            std::fprintf(stderr, "    sql: %.110s\n", static_cast<const char *>(x));
    }
    return 0;
}

int traceConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, onTrace, nullptr);
    return SQLITE_OK;
}

template<typename T>
T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "regie-planquerybench: %s failed\n", what);
        std::exit(1);
    }
}

/// Lets the page work until no statement has run for @p quietMs; answers how
/// many ran since the count was @p before (taken before the step began: the
/// store's worker runs at once, beside this thread).
int settle(int before, int quietMs = 600)
{
    int last = before;
    QElapsedTimer quiet;
    quiet.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        const int now = statements.load();
        if (now != last) {
            last = now;
            quiet.restart();
        } else if (quiet.elapsed() >= quietMs) {
            return last - before;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceConnection));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"goals"_s, u"Goals in the project."_s, u"N"_s, u"10"_s});
    parser.addOption({u"milestones"_s, u"Milestones in the project."_s, u"N"_s, u"40"_s});
    parser.addOption({u"entries"_s, u"Progress entries in the project."_s, u"N"_s, u"300"_s});
    parser.addOption({u"print"_s, u"Print each statement as it starts."_s});
    parser.process(app);

    QTemporaryDir dir;
    Store::SqliteStore store;
    check(await(store.open(dir.filePath(u"regie.sqlite"_s))).ok(), "opening the database");

    // A project led by one organisation with a partner, goals with
    // measurements, milestones, a log and a cycle of evaluations.
    Model::Organisation lead{QUuid::createUuid(), u"Dordrecht"_s, Model::OrganisationKind::Municipality, u"GM0505"_s, {}};
    Model::Organisation partner{QUuid::createUuid(), u"Zwijndrecht"_s, Model::OrganisationKind::Municipality, u"GM0642"_s, {}};
    check(await(store.saveOrganisation(lead)).ok() && await(store.saveOrganisation(partner)).ok(), "saving organisations");
    Model::Project project;
    project.id = QUuid::createUuid();
    project.name = u"Warm Wonen"_s;
    project.purpose = u"Samen van het gas af."_s;
    project.urgency = u"De rekening stijgt."_s;
    project.status = Model::ProjectStatus::Active;
    project.start = QDate(2026, 1, 1);
    check(await(store.createProject(project, lead.id)).ok(), "creating the project");
    const QDate today = QDate::currentDate();
    QList<Model::Goal> goals;
    for (int i = 0; i < parser.value(u"goals"_s).toInt(); ++i) {
        Model::Goal g;
        g.id = QUuid::createUuid();
        g.projectId = project.id;
        g.title = u"Doel %1"_s.arg(i + 1);
        g.baseline = 0;
        g.target = 100;
        check(await(store.saveGoal(g)).ok(), "saving a goal");
        for (int m = 0; m < 5; ++m)
            check(await(store.addMeasurement({QUuid::createUuid(), project.id, g.id, 10.0 * m, today.addDays(-30 * (5 - m)), {}, {}, {}, {}, {}, {}})).ok(),
                  "adding a measurement");
        goals.append(g);
    }
    for (int i = 0; i < parser.value(u"milestones"_s).toInt(); ++i) {
        Model::Milestone m;
        m.id = QUuid::createUuid();
        m.projectId = project.id;
        m.title = u"Mijlpaal %1"_s.arg(i + 1);
        m.due = today.addDays(7 * i - 50);
        m.ownerOrganisationId = i % 2 ? partner.id : lead.id;
        check(await(store.saveMilestone(m)).ok(), "saving a milestone");
    }
    for (int i = 0; i < parser.value(u"entries"_s).toInt(); ++i) {
        Model::ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = project.id;
        e.organisationId = i % 2 ? partner.id : lead.id;
        e.date = today.addDays(-i);
        e.hours = 1 + i % 4;
        e.note = u"Werk %1"_s.arg(i);
        check(await(store.addProgress(e)).ok(), "logging progress");
    }
    check(await(store.planEvaluations(project.id, today.addMonths(-6), 3, today.addMonths(6))).ok(), "planning evaluations");

    QUndoStack stack;
    Model::Editor editor(&store, &store, &stack);
    editor.setPlan(&store);
    Views::ProjectPage page(&store, store.notifier());
    page.addPlanTabs(&store, &editor, store.notifier());
    page.resize(1200, 800);
    page.show();
    settle(statements.load());

    std::printf("SQL statements the project page runs (goals %d, milestones %d, entries %d)\n",
                parser.value(u"goals"_s).toInt(), parser.value(u"milestones"_s).toInt(), parser.value(u"entries"_s).toInt());
    int total = 0;
    auto step = [&total](const char *what, int count) {
        total += count;
        std::printf("  %-44s %5d\n", what, count);
    };
    printStatements = parser.isSet(u"print"_s);
    int mark = statements.load();
    page.setProjectId(project.id);
    step("open the project (Overview tab)", settle(mark));
    QTabWidget *tabs = page.tabs();
    const QList<std::pair<const char *, QWidget *>> order = {
        {"show Goals", static_cast<QWidget *>(page.goalsTab())},
        {"show Milestones", static_cast<QWidget *>(page.milestonesTab())},
        {"show Progress", static_cast<QWidget *>(page.progressTab())},
        {"show Evaluations", static_cast<QWidget *>(page.evaluationsTab())},
        {"show Interests", static_cast<QWidget *>(page.interestMapTab())},
        {"show Goals again", static_cast<QWidget *>(page.goalsTab())},
        {"show Evaluations again", static_cast<QWidget *>(page.evaluationsTab())},
        {"show Goals once more", static_cast<QWidget *>(page.goalsTab())},
    };
    for (const auto &[what, tab] : order) {
        mark = statements.load();
        tabs->setCurrentWidget(tab);
        step(what, settle(mark));
    }
    const int opening = total;
    // A measurement, as the Goals tab's dialog adds it, with the Goals tab shown.
    Model::Measurement m{QUuid::createUuid(), project.id, goals.value(0).id, 100, today, {}, {}, {}, {}, {}, {}};
    mark = statements.load();
    editor.addMeasurement(m);
    const int afterNotice = settle(mark);
    step("add a measurement on the Goals tab (write + reads)", afterNotice);
    std::printf("  %-44s %5d\n", "total opening and switching", opening);
    std::printf("  %-44s %5d\n", "total", total);
    page.setProjectId({});
    settle(statements.load());
    return 0;
}
