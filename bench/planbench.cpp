// Times the project plan with a million progress entries: opening and
// filtering a project's log, the hours per organisation and the timeline,
// each beside the same statements run straight on the file with the sqlite3
// C API in the same run, so that a noisy machine shows up in both columns
// and the ratio stays. Times are medians of 20 runs.
//
//   regie-planbench [--db FILE] [--repeat N] [--json FILE] [--explain] [NAME...]
//   regie-planbench --generate --out FILE
//
// NAME is log, filter, hours, timeline, goals or memory (default: all).
// Without --db the file is ../../data/plan-1m.sqlite from this binary
// (build/bench/data/); it is made when it is missing or older than this
// binary, as tools/run-benchmarks.sh does.
//
// The file: every Dutch municipality and province and their partners (486
// organisations, three people each), 2,000 projects of five organisations,
// 1,000,000 progress entries, 100,000 milestones, 10,007 goals and 80,056
// measurements. The first project is the big one: 100,000 entries (five
// years, about 76 a working day) and 2,000 milestones; the second is an
// ordinary one with 450 entries and 49 milestones.
#include "benchsupport.h"
#include "planfigures.h"
#include "plangenerator.h"
#include "planmeasure.h"
#include "planmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Report;
using namespace Bench::Plan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-planbench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks Regie's project plan (goals, milestones, progress log) against raw sqlite3."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"The plan database (default build/bench/data/plan-1m.sqlite, made when missing or older than this program)."_s,
        u"FILE"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs per figure (default 20); medians are shown."_s,
                                          u"N"_s, u"20"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Print SQLite's query plan of each raw statement."_s);
    const QCommandLineOption generateOption(u"generate"_s, u"Only make the database (with --out) and stop."_s);
    const QCommandLineOption outOption(u"out"_s, u"The database --generate writes; replaced if it exists."_s,
                                       u"FILE"_s);
    const QCommandLineOption probeOption(u"probe-memory"_s, u"(internal) measure memory of regie or raw."_s, u"KIND"_s);
    parser.addOptions({dbOption, repeatOption, jsonOption, explainOption, generateOption, outOption, probeOption});
    parser.addPositionalArgument(u"name"_s, u"log, filter, hours, timeline, goals, memory (default: all)."_s);
    parser.process(app);

    if (parser.isSet(generateOption)) {
        if (!parser.isSet(outOption))
            die(u"--generate needs --out FILE"_s);
        generate(parser.value(outOption));
        return 0;
    }

    Options o;
    o.db = parser.value(dbOption);
    o.repeat = std::max(1, parser.value(repeatOption).toInt());
    o.explain = parser.isSet(explainOption);
    if (parser.isSet(probeOption))
        return probeMemory(parser.value(probeOption), o.db);

    if (o.db.isEmpty()) {
        o.db = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../../data/plan-1m.sqlite"_s);
        const QFileInfo file(o.db);
        if (!file.exists() || file.lastModified() < QFileInfo(QCoreApplication::applicationFilePath()).lastModified()) {
            QDir().mkpath(file.absolutePath());
            std::printf("regie-planbench: generating %s\n", qPrintable(o.db));
            const QString tmp = o.db + u".tmp"_s;
            generate(tmp);
            QFile::remove(o.db);
            if (!QFile::rename(tmp, o.db))
                die(u"cannot rename %1"_s.arg(tmp));
            QFile::remove(tmp + u"-wal"_s);
            QFile::remove(tmp + u"-shm"_s);
        }
    }
    if (!QFileInfo::exists(o.db))
        die(u"%1 does not exist (make it with --generate --out FILE)"_s.arg(o.db));

    const QStringList all = {u"log"_s, u"filter"_s, u"hours"_s, u"timeline"_s, u"goals"_s, u"dashboard"_s, u"memory"_s};
    QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        names = all;
    for (const QString &n : names) {
        if (!all.contains(n))
            die(u"unknown benchmark %1 (one of %2)"_s.arg(n, all.join(u", "_s)));
    }

    std::printf("regie-planbench: %s, %s, median of %d runs, sqlite %s\n", qPrintable(o.db),
                qPrintable(QLocale::c().toString(double(QFileInfo(o.db).size()) / 1e6, 'f', 1) + u" MB"_s), o.repeat,
                sqlite3_libversion());
    Report report(40);
    {
        PlanFigures bench(o, report);
        if (names.contains(u"log"_s))
            bench.log();
        if (names.contains(u"filter"_s))
            bench.filter();
        if (names.contains(u"hours"_s)) {
            bench.hours();
            bench.authors();
        }
        if (names.contains(u"timeline"_s))
            bench.timeline();
        if (names.contains(u"goals"_s))
            bench.goals();
        if (names.contains(u"dashboard"_s))
            bench.dashboard();
    }
    if (names.contains(u"memory"_s))
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
