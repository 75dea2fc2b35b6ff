#include "planmemory.h"

#include "planmeasure.h"
#include "planrawdb.h"
#include "plansubjects.h"

#include "model/plan.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcess>

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <optional>
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

// The positions of @p names in @p st's result, looked up once per statement
// as the store's readers do (the SELECT lists follow the table descriptions).
template<size_t N>
std::array<int, N> columnsOf(sqlite3_stmt *st, const std::array<const char *, N> &names)
{
    std::array<int, N> at;
    for (size_t i = 0; i < N; ++i) {
        at[i] = columnOf(st, names[i]);
        if (at[i] < 0)
            die(u"the statement has no column %1"_s.arg(QLatin1String(names[i])));
    }
    return at;
}

void rawEntries(RawDb &db, const Query &q, std::vector<RawEntry> &into)
{
    static constexpr std::array names{"id",         "project_id",      "entry_date", "person_id",   "person_name",
                                      "organisation_id", "organisation_name", "hours", "note",      "milestone_id",
                                      "milestone_title", "percent",    "corrects_id", "created_at", "updated_at",
                                      "changed_by", "deleted",         "version"};
    std::optional<std::array<int, names.size()>> at;
    db.run(q, [&](sqlite3_stmt *st) {
        if (!at)
            at = columnsOf(st, names);
        const auto c = [&](size_t i) { return (*at)[i]; };
        RawEntry e;
        e.id = col(st, c(0));
        e.projectId = col(st, c(1));
        e.date = col(st, c(2));
        e.personId = col(st, c(3));
        e.personName = col(st, c(4));
        e.organisationId = col(st, c(5));
        e.organisationName = col(st, c(6));
        e.hasHours = sqlite3_column_type(st, c(7)) != SQLITE_NULL;
        e.hours = sqlite3_column_double(st, c(7));
        e.note = col(st, c(8));
        e.milestoneId = col(st, c(9));
        e.milestoneTitle = col(st, c(10));
        e.hasPercent = sqlite3_column_type(st, c(11)) != SQLITE_NULL;
        e.percent = sqlite3_column_double(st, c(11));
        e.correctsId = col(st, c(12));
        e.createdAt = col(st, c(13));
        e.updatedAt = col(st, c(14));
        e.changedBy = col(st, c(15));
        e.deleted = sqlite3_column_int(st, c(16));
        e.version = sqlite3_column_int64(st, c(17));
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
        rawEntries(db, query(Store::PlanStatements::progress(log)), entries);
        std::printf("log %.1f\n", statusMb("VmHWM"));
        std::vector<RawMilestone> milestones;
        const auto timeline = Store::PlanStatements::milestones(u"project_id"_s, s.big);
        static constexpr std::array names{"id",          "project_id", "title",      "description",
                                          "due_date",    "owner_organisation_id", "owner_organisation_name",
                                          "owner_person_id", "status", "completed_on", "created_at",
                                          "updated_at",  "changed_by", "deleted",    "version"};
        std::optional<std::array<int, names.size()>> at;
        db.run(rowsQuery(timeline), [&](sqlite3_stmt *st) {
            if (!at)
                at = columnsOf(st, names);
            RawMilestone m;
            std::string *text[] = {&m.id,         &m.projectId,     &m.title,
                                   &m.description, &m.due,           &m.ownerOrganisationId,
                                   &m.ownerOrganisationName, &m.ownerPersonId, &m.status,
                                   &m.completedOn, &m.createdAt,     &m.updatedAt,
                                   &m.changedBy};
            for (size_t i = 0; i < 13; ++i)
                *text[i] = col(st, (*at)[i]);
            m.deleted = sqlite3_column_int(st, (*at)[13]);
            m.version = sqlite3_column_int64(st, (*at)[14]);
            milestones.push_back(std::move(m));
        });
        db.run(linksQuery(timeline), [&](sqlite3_stmt *st) {
            const std::string id = col(st, 0);
            for (RawMilestone &m : milestones) { // as plain as it gets
                if (m.id == id) {
                    m.goals.push_back(col(st, 1));
                    break;
                }
            }
        });
        std::printf("timeline %.1f\n", statusMb("VmHWM"));
        rawEntries(db, query(Store::PlanStatements::progress(all)), everything);
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
