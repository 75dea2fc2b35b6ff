// Times what a user waits for with 50,000 projects, each figure beside the
// same query run straight on the file with the sqlite3 C API in the same run,
// so that a noisy machine shows up in both columns and the ratio stays.
//
//   regie-bench --db FILE [--repeat N] [--json FILE] [--callgrind] [NAME...]
//
// NAME is first-screen, filter, search, count, next-page or memory (default:
// all). Every list shows what the app shows by default: open projects only.

#include "benchsupport.h"
#include "listfigures.h"
#include "listmeasure.h"
#include "listmemory.h"
#include "listsearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Report;
using namespace Bench::List;

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
