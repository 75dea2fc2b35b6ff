#include "listmemory.h"

#include "benchsupport.h"
#include "listmeasure.h"
#include "listqueries.h"
#include "listrawdb.h"
#include "listsession.h"

#include "model/projectlistmodel.h"
#include "store/projectsearch.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;
using Bench::Report;
using Bench::statusMb;

namespace Bench::List {

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

namespace {

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

} // namespace

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

} // namespace Bench::List
