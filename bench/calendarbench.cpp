// iCalendar export and import of milestones, each beside the same rows
// written and read as plain CSV lines in the same run, so the figure shows
// what KCalendarCore and libical cost over the bare text:
//
//   ics export    Store::Calendar::toICalendar()    vs  QTextStream CSV lines
//   ics import    Store::Calendar::fromICalendar()  vs  split() of those lines
//   long line     one event whose description is one unfolded line of
//                 --long-mb megabytes: importFile() now, and libical handed
//                 the text as it is (as before the lines were folded first),
//                 vs  reading the file raw (QFile::readAll)
//
// Each figure is the median of five runs; the long line as it was, once.
//
//   regie-calendarbench [--rows N] [--long-mb M]
#include "benchsupport.h"
#include "store/calendar.h"

#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Store::Calendar::Item;

namespace {

constexpr int Runs = 5;

// Milliseconds of the median run of @p work.
double median(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[Runs / 2];
}

void print(const QString &name, double regieMs, double rawMs, int rows)
{
    const double ratio = rawMs > 0 ? regieMs / rawMs : 0;
    const double rowsPerSecond = regieMs > 0 ? rows / (regieMs / 1000) : 0;
    std::printf("%-34s regie %8.1f ms  raw %8.1f ms  ratio %6.1f  (%.0f rows/s)\n", qPrintable(name), regieMs,
                rawMs, ratio, rowsPerSecond);
    std::fflush(stdout);
}

QList<Item> milestones(int rows)
{
    QList<Item> items;
    items.reserve(rows);
    const QDate start(2026, 1, 5);
    for (int i = 0; i < rows; ++i) {
        Item item;
        item.kind = Item::Kind::Milestone;
        item.id = QUuid::createUuid();
        item.projectName = u"Project %1"_s.arg(i / 10);
        item.title = u"Mijlpaal %1: aanbesteding, gunning; oplevering"_s.arg(i);
        item.description = u"Samen met de partners in de regio, stap %1 van het plan."_s.arg(i);
        item.date = start.addDays(i % 1000);
        item.status = Model::MilestoneStatus(i % 4);
        item.percentComplete = (i * 7) % 101;
        items.append(item);
    }
    return items;
}

// The raw baseline: the same fields as one CSV line each, no quoting.
QByteArray toCsv(const QList<Item> &items)
{
    QByteArray out;
    QTextStream stream(&out);
    for (const Item &item : items)
        stream << item.id.toString(QUuid::WithoutBraces) << ',' << item.projectName << ',' << item.title << ','
               << item.description << ',' << item.date.toString(Qt::ISODate) << ',' << int(item.status) << ','
               << item.percentComplete << '\n';
    stream.flush();
    return out;
}

QList<Item> fromCsv(const QByteArray &csv)
{
    QList<Item> items;
    const QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    items.reserve(lines.size());
    for (const QString &line : lines) {
        const QStringList f = line.split(u',');
        Item item;
        item.id = QUuid::fromString(f.value(0));
        item.projectName = f.value(1);
        item.title = f.value(2);
        item.description = f.value(3);
        item.date = QDate::fromString(f.value(4), Qt::ISODate);
        item.status = Model::MilestoneStatus(f.value(5).toInt());
        item.percentComplete = f.value(6).toInt();
        items.append(item);
    }
    return items;
}

QByteArray longLineCalendar(int megabytes)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//bench//NL\r\nBEGIN:VEVENT\r\nUID:lang@bench\r\n"
           "DTSTAMP:20260101T090000Z\r\nDTSTART;VALUE=DATE:20270311\r\nSUMMARY:Lang\r\nDESCRIPTION:"
        + QByteArray(qsizetype(megabytes) * 1024 * 1024, 'x') + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

void longLine(int megabytes)
{
    const QByteArray ics = longLineCalendar(megabytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lang.ics"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size())
        die(u"cannot write "_s + path);
    out.close();
    const double rawMs = median([&] {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly) || in.readAll().size() != ics.size())
            die(u"cannot read "_s + path);
    });
    const double nowMs = median([&] {
        const auto parsed = Store::Calendar::importFile(path);
        if (!parsed.ok() || parsed.value().items.size() != 1)
            die(u"the long line did not come back"_s);
    });
    QElapsedTimer timer;
    timer.start();
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    KCalendarCore::ICalFormat format;
    if (!format.fromRawString(calendar, ics) || calendar->rawEvents().size() != 1)
        die(u"libical did not read the long line"_s);
    const double beforeMs = timer.nsecsElapsed() / 1e6;
    print(u"long line, now (%1 MB)"_s.arg(megabytes), nowMs, rawMs, 1);
    print(u"long line, unfolded as before (%1 MB)"_s.arg(megabytes), beforeMs, rawMs, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Milestones to export and import (default 10000)."_s, u"N"_s,
                                        u"10000"_s);
    parser.addOption(rowsOption);
    const QCommandLineOption longOption(u"long-mb"_s, u"Megabytes of the one long line (default 5; 0 leaves it out)."_s,
                                        u"M"_s, u"5"_s);
    parser.addOption(longOption);
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    if (rows <= 0)
        die(u"--rows needs a positive number"_s);
    const QString count = QLocale(QLocale::English).toString(rows);
    const QList<Item> items = milestones(rows);

    QByteArray ics;
    QByteArray csv;
    const double exportMs = median([&] { ics = Store::Calendar::toICalendar(items); });
    const double csvWriteMs = median([&] { csv = toCsv(items); });
    print(u"ics export (%1 milestones)"_s.arg(count), exportMs, csvWriteMs, rows);

    int imported = 0;
    int csvRead = 0;
    const double importMs = median([&] {
        const auto parsed = Store::Calendar::fromICalendar(ics);
        if (!parsed.ok())
            die(parsed.error().message);
        imported = int(parsed.value().items.size());
    });
    const double csvReadMs = median([&] { csvRead = int(fromCsv(csv).size()); });
    if (imported != rows || csvRead != rows)
        die(u"read back %1 milestones from .ics and %2 from CSV, wrote %3"_s.arg(imported).arg(csvRead).arg(rows));
    print(u"ics import (%1 milestones)"_s.arg(count), importMs, csvReadMs, rows);
    std::printf("%-34s %.1f MB ics, %.1f MB csv\n", "", ics.size() / 1e6, csv.size() / 1e6);
    if (const int megabytes = parser.value(longOption).toInt(); megabytes > 0)
        longLine(megabytes);
    return 0;
}
