#include "planmemory.h"

#include "planmeasure.h"
#include "planqueries.h"
#include "planrawdb.h"
#include "plansubjects.h"

#include "model/plan.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcess>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Report;
using Bench::statusMb;

namespace Bench::Plan {

namespace {

struct RawEntry {
    std::string id, projectId, date, personId, personName, organisationId, organisationName;
    double hours = 0;
    bool hasHours = false;
    std::string note, milestoneId, milestoneTitle;
    double percent = 0;
    bool hasPercent = false;
    std::string correctsId, createdAt, updatedAt, changedBy;
    bool deleted = false;
    qint64 version = 0;
};

struct RawMilestone {
    std::string id, projectId, title, description, due, ownerOrganisationId, ownerOrganisationName, ownerPersonId,
        status, completedOn, createdAt, updatedAt, changedBy;
    bool deleted = false;
    qint64 version = 0;
    std::vector<std::string> goals;
};

std::string col(sqlite3_stmt *st, int i)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return t ? std::string(t, size_t(sqlite3_column_bytes(st, i))) : std::string();
}

void rawEntries(RawDb &db, const Query &q, std::vector<RawEntry> &into)
{
    db.run(q, [&](sqlite3_stmt *st) {
        RawEntry e;
        e.id = col(st, 0);
        e.projectId = col(st, 1);
        e.date = col(st, 2);
        e.personId = col(st, 3);
        e.personName = col(st, 4);
        e.organisationId = col(st, 5);
        e.organisationName = col(st, 6);
        e.hasHours = sqlite3_column_type(st, 7) != SQLITE_NULL;
        e.hours = sqlite3_column_double(st, 7);
        e.note = col(st, 8);
        e.milestoneId = col(st, 9);
        e.milestoneTitle = col(st, 10);
        e.hasPercent = sqlite3_column_type(st, 11) != SQLITE_NULL;
        e.percent = sqlite3_column_double(st, 11);
        e.correctsId = col(st, 12);
        e.createdAt = col(st, 13);
        e.updatedAt = col(st, 14);
        e.changedBy = col(st, 15);
        e.deleted = sqlite3_column_int(st, 16);
        e.version = sqlite3_column_int64(st, 17);
        into.push_back(std::move(e));
    });
}

} // namespace

int probeMemory(const QString &kind, const QString &path)
{
    std::printf("start %.1f\n", statusMb("VmHWM"));
    RawDb finder(path);
    const Subjects s = findSubjects(finder);
    Model::ProgressFilter log;
    log.projectId = s.big;
    log.limit = 500;
    Model::ProgressFilter all = log;
    all.limit = 0;
    if (kind == u"regie"_s) {
        Store::LocalStore store;
        if (auto opened = store.open(path); !opened.ok())
            die(opened.error().message);
        const auto entries = store.progress().progress(log);
        std::printf("log %.1f\n", statusMb("VmHWM"));
        const auto milestones = store.milestones().milestones(s.big);
        std::printf("timeline %.1f\n", statusMb("VmHWM"));
        const auto everything = store.progress().progress(all);
        if (!entries.ok() || !milestones.ok() || !everything.ok())
            die(u"the memory probe could not read the plan"_s);
        std::printf("all %.1f\n", statusMb("VmHWM"));
    } else {
        RawDb db(path);
        std::vector<RawEntry> entries, everything;
        rawEntries(db, progressQuery(log), entries);
        std::printf("log %.1f\n", statusMb("VmHWM"));
        std::vector<RawMilestone> milestones;
        db.run(projectQuery(MilestoneSql, s.big), [&](sqlite3_stmt *st) {
            RawMilestone m;
            std::string *text[] = {&m.id,         &m.projectId,     &m.title,
                                   &m.description, &m.due,           &m.ownerOrganisationId,
                                   &m.ownerOrganisationName, &m.ownerPersonId, &m.status,
                                   &m.completedOn, &m.createdAt,     &m.updatedAt,
                                   &m.changedBy};
            for (int i = 0; i < 13; ++i)
                *text[i] = col(st, i);
            m.deleted = sqlite3_column_int(st, 13);
            m.version = sqlite3_column_int64(st, 14);
            milestones.push_back(std::move(m));
        });
        db.run(projectQuery(MilestoneGoalSql, s.big), [&](sqlite3_stmt *st) {
            const std::string id = col(st, 0);
            for (RawMilestone &m : milestones) { // as plain as it gets
                if (m.id == id) {
                    m.goals.push_back(col(st, 1));
                    break;
                }
            }
        });
        std::printf("timeline %.1f\n", statusMb("VmHWM"));
        rawEntries(db, progressQuery(all), everything);
        std::printf("all %.1f\n", statusMb("VmHWM"));
    }
    std::fflush(stdout);
    return 0;
}

namespace {

QMap<QString, double> runProbe(const QString &kind, const Options &o)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--probe-memory"_s, kind, u"--db"_s, o.db});
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
    const auto regie = runProbe(u"regie"_s, o);
    const auto raw = runProbe(u"raw"_s, o);
    report.add({u"memory process start"_s, regie.value(u"start"_s), raw.value(u"start"_s), u"MB"_s, 0, true,
                u"peak resident memory (VmHWM) of a fresh process"_s});
    report.add({u"memory log (500 entries)"_s, regie.value(u"log"_s), raw.value(u"log"_s), u"MB"_s, 300, true,
                u"after opening the store and the big project's log; raw keeps the rows as plain structs"_s});
    report.add({u"memory log + timeline"_s, regie.value(u"timeline"_s), raw.value(u"timeline"_s), u"MB"_s, 300, true,
                u"and its 2,000 milestones"_s});
    report.add({u"memory + whole log (100,000)"_s, regie.value(u"all"_s), raw.value(u"all"_s), u"MB"_s, 300, true,
                u"and all 100,000 entries of the log at once (progress without a limit)"_s});
}

} // namespace Bench::Plan
