#include "plangenerator.h"

#include "benchsupport.h"
#include "dutchnames.h"
#include "plancommon.h"
#include "planrng.h"
#include "planwords.h"
#include "sqliteinsert.h"

#include "model/plan.h"
#include "model/text.h"
#include "store/localstore.h"
#include "store/projectsearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;

namespace Bench::Plan {

namespace {

constexpr int ProjectCount = 2000;
constexpr int OrganisationsPerProject = 5;
constexpr int PeoplePerOrganisation = 3;
constexpr qint64 EntryCount = 1000000;
constexpr qint64 MilestoneCount = 100000;
constexpr qint64 BigEntries = 100000;
constexpr int BigMilestones = 2000;
constexpr qint64 TypicalEntries = 450; // the second project: an ordinary one
constexpr int TypicalMilestones = 49;
constexpr int GoalsPerProject = 5;
constexpr int BigGoals = 12;
constexpr int MeasurementsPerGoal = 8;

struct Org {
    std::string id;
    QString name;
    std::vector<std::string> people;
};

struct Project {
    std::string id;
    QDate start;
    QDate end; ///< last day of work; the plan runs a year past today for active projects
    QDate planEnd;
    qint64 entries = 0;
    int milestones = 0;
    std::vector<int> orgs; ///< indexes into the organisations; the lead first
    std::vector<std::string> milestoneIds;
    std::vector<std::string> goalIds;
    std::string lastEntry;
};

/// Splits @p total over @p n parts with random weights between 0.3 and 1.7,
/// exactly.
std::vector<qint64> spread(Rng &rng, qint64 total, int n)
{
    std::vector<double> w(static_cast<size_t>(n));
    double sum = 0;
    for (double &x : w)
        sum += (x = 0.3 + 1.4 * rng.unit());
    std::vector<qint64> out(static_cast<size_t>(n));
    double acc = 0;
    qint64 given = 0;
    for (int i = 0; i < n; ++i) {
        acc += w[size_t(i)];
        const qint64 upTo = i == n - 1 ? total : qint64(std::llround(double(total) * acc / sum));
        out[size_t(i)] = upTo - given;
        given = upTo;
    }
    return out;
}

} // namespace

Generated generate(const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(out + suffix);
    {
        Store::LocalStore store;
        if (auto opened = store.open(out); !opened.ok())
            die(opened.error().message);
        store.close();
    }

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(out).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(u"cannot open %1"_s.arg(out));
    if (!Store::ProjectSearch::installFold(db)) // the search index's triggers need it
        die(u"cannot add regie_fold to %1"_s.arg(out));
    // A throw-away file until it is renamed: no journal while loading.
    execute(db, "PRAGMA journal_mode = OFF");
    execute(db, "PRAGMA synchronous = OFF");
    execute(db, "PRAGMA cache_size = -524288");
    execute(db, "BEGIN");
    // Bench data is not anybody's offline work: keep it out of the outbox.
    execute(db, "UPDATE sync_state SET applying = 1");

    Rng rng(20261125);
    Insert insertOrg(db, "INSERT INTO organisation (id, name, name_key, kind, municipality_code, created_at, "
                         "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertPerson(db, "INSERT INTO person (id, organisation_id, name, email, function, created_at, updated_at, "
                            "changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertProject(db, "INSERT INTO project (id, name, name_key, search_key, slogan, ambition, purpose, urgency, "
                             "status, start_date, end_date, created_at, updated_at, changed_by, deleted, version) "
                             "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertParticipation(db, "INSERT INTO participation (id, project_id, organisation_id, role, brings, gets, "
                                   "joined_on, created_at, updated_at, changed_by, deleted, version) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertTerm(db, "INSERT INTO lead_term (id, project_id, organisation_id, from_date, until_date, created_at, "
                          "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 0, 1)");
    Insert insertGoal(db, "INSERT INTO goal (id, project_id, title, description, indicator, unit, baseline, target, "
                          "due_date, created_at, updated_at, changed_by, deleted, version) "
                          "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertGoalPartner(db, "INSERT INTO goal_partner (id, project_id, goal_id, organisation_id, created_at, "
                                 "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertMeasurement(db, "INSERT INTO measurement (id, project_id, goal_id, value, measured_on, note, "
                                 "person_id, created_at, updated_at, changed_by, deleted, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertMilestone(db, "INSERT INTO milestone (id, project_id, title, description, due_date, "
                               "owner_organisation_id, owner_person_id, status, completed_on, created_at, updated_at, "
                               "changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
    Insert insertMilestoneGoal(db, "INSERT INTO milestone_goal (id, project_id, milestone_id, goal_id, created_at, "
                                   "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)");
    Insert insertEntry(db, "INSERT INTO progress_entry (id, project_id, entry_date, person_id, organisation_id, hours, "
                           "note, milestone_id, percent, corrects_id, created_at, updated_at, changed_by, deleted, "
                           "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");

    // Organisations, three people each.
    std::vector<Org> orgs;
    std::vector<int> municipalities;
    const QDate origin(2019, 1, 1);
    auto addOrg = [&](const QString &name, Model::OrganisationKind kind, const char *code) {
        Org org{rng.uuid(), name, {}};
        const std::string created = stamp(rng, origin.addDays(qint64(rng.below(300))));
        insertOrg.text(org.id).text(name).text(Model::sortKey(name)).text(Model::key(kind)).text(std::string(code))
            .text(created).text(created).null().run();
        for (int i = 0; i < PeoplePerOrganisation; ++i) {
            const QString first = rng.pick(Bench::firstNames());
            const QString last = rng.pick(Bench::lastNames());
            const std::string id = rng.uuid();
            insertPerson.text(id).text(org.id).text(QString(first + QLatin1Char(' ') + last))
                .text(QString(Model::sortKey(first + QLatin1Char('.') + last).remove(QLatin1Char(' ')) + u"@example.nl"_s))
                .text(std::string(i == 0 ? "Projectleider" : "Beleidsadviseur"))
                .text(created).text(created).null().run();
            org.people.push_back(id);
        }
        orgs.push_back(std::move(org));
    };
    for (const auto &m : Bench::municipalities()) {
        municipalities.push_back(int(orgs.size()));
        addOrg(QString::fromUtf8(m.name), Model::OrganisationKind::Municipality, m.code);
    }
    for (const QString &name : Bench::provinces())
        addOrg(name, Model::OrganisationKind::Province, "");
    for (const QString &name : Bench::companies())
        addOrg(name, Model::OrganisationKind::Company, "");
    for (const QString &name : Bench::knowledgeInstitutions())
        addOrg(name, Model::OrganisationKind::KnowledgeInstitution, "");
    for (const QString &name : Bench::otherPartners())
        addOrg(name, Model::OrganisationKind::Other, "");

    // Projects: the first is the big one; the others share the rest.
    const std::vector<qint64> entries = spread(rng, EntryCount - BigEntries - TypicalEntries, ProjectCount - 2);
    const std::vector<qint64> milestones = spread(rng, MilestoneCount - BigMilestones - TypicalMilestones,
                                                  ProjectCount - 2);
    const qint64 logDays = LogStart.daysTo(Today);
    std::vector<Project> projects(ProjectCount);
    for (int p = 0; p < ProjectCount; ++p) {
        Project &pr = projects[size_t(p)];
        pr.id = rng.uuid();
        if (p == 0) {
            pr.start = LogStart;
            pr.end = Today.addDays(-1);
            pr.entries = BigEntries;
            pr.milestones = BigMilestones;
        } else {
            pr.start = LogStart.addDays(qint64(rng.below(quint64(logDays - 365))));
            const qint64 left = pr.start.daysTo(Today) - 365;
            pr.end = std::min(Today.addDays(-1), pr.start.addDays(365 + qint64(rng.below(quint64(std::max<qint64>(left, 1)) * 2))));
            pr.entries = p == 1 ? TypicalEntries : entries[size_t(p - 2)];
            pr.milestones = p == 1 ? TypicalMilestones : std::max(1, int(milestones[size_t(p - 2)]));
        }
        const bool active = pr.end >= Today.addDays(-1);
        pr.planEnd = active ? Today.addDays(365) : pr.end;
        pr.orgs.push_back(municipalities[size_t(rng.below(municipalities.size()))]);
        while (pr.orgs.size() < size_t(OrganisationsPerProject)) {
            const int o = int(rng.below(orgs.size()));
            if (std::find(pr.orgs.begin(), pr.orgs.end(), o) == pr.orgs.end())
                pr.orgs.push_back(o);
        }
        const QString theme = rng.pick(Bench::themes());
        const QString place = QString::fromUtf8(rng.pick(Bench::municipalities()).name);
        const QString name = p == 0 ? u"Warmtetransitie Regio Foodvalley"_s : theme + QLatin1Char(' ') + place;
        const std::string created = stamp(rng, pr.start.addDays(-30));
        const std::string changedBy = orgs[size_t(pr.orgs[0])].people[0];
        insertProject.text(pr.id).text(name).text(Model::sortKey(name)).text(Model::sortKey(name))
            .text(rng.pick(Bench::ambitions()))
            .text(u"We willen %1 in %2 samen met de partners in de regio verder brengen."_s.arg(theme.toLower(), place))
            .text(u"Zonder samenwerking lukt %1 niet binnen de tijd en het geld dat er is."_s.arg(theme.toLower()))
            .text(std::string(active ? "active" : "completed")).text(isoDate(pr.start))
            .textOrNull(active ? std::string() : isoDate(pr.end)).text(created).text(created).text(changedBy).run();
        for (size_t i = 0; i < pr.orgs.size(); ++i) {
            insertParticipation.text(rng.uuid()).text(pr.id).text(orgs[size_t(pr.orgs[i])].id)
                .text(std::string(i == 0 ? "lead" : "partner")).text(u"Capaciteit en kennis"_s)
                .text(u"Een werkende aanpak"_s).text(isoDate(pr.start)).text(created).text(created).text(changedBy)
                .run();
        }
        insertTerm.text(rng.uuid()).text(pr.id).text(orgs[size_t(pr.orgs[0])].id).text(isoDate(pr.start))
            .text(created).text(created).text(changedBy).run();

        // Goals, the partners they serve, and their measurements.
        const int goalCount = p == 0 ? BigGoals : GoalsPerProject;
        for (int g = 0; g < goalCount; ++g) {
            const GoalKind &kind = GoalKinds.at(g % GoalKinds.size());
            const std::string goalId = rng.uuid();
            pr.goalIds.push_back(goalId);
            insertGoal.text(goalId).text(pr.id).text(g < GoalKinds.size() ? kind.title : u"%1 (%2)"_s.arg(kind.title).arg(g))
                .text(kind.indicator).text(kind.unit).real(kind.baseline).real(kind.target).text(isoDate(pr.planEnd))
                .text(created).text(created).text(changedBy).run();
            const int partners = 1 + int(rng.below(3));
            for (int k = 0; k < partners; ++k) {
                insertGoalPartner.text(rng.uuid()).text(pr.id).text(goalId)
                    .text(orgs[size_t(pr.orgs[size_t(k)])].id).text(created).text(created).text(changedBy).run();
            }
            const qint64 span = pr.start.daysTo(pr.end);
            for (int k = 0; k < MeasurementsPerGoal; ++k) {
                const QDate on = pr.start.addDays(span * (k + 1) / MeasurementsPerGoal);
                const double progress = double(k + 1) / MeasurementsPerGoal * (0.6 + 0.5 * rng.unit());
                const double value = std::round((kind.baseline + (kind.target - kind.baseline) * progress) * 10) / 10;
                const int org = pr.orgs[size_t(rng.below(pr.orgs.size()))];
                const std::string &person = rng.pick(orgs[size_t(org)].people);
                const std::string at = stamp(rng, on);
                insertMeasurement.text(rng.uuid()).text(pr.id).text(goalId).real(value).text(isoDate(on))
                    .text(std::string(k % 3 ? "" : "Telling van de uitvoerder")).text(person).text(at).text(at)
                    .text(person).run();
            }
        }
    }

    // Milestones, in turns over the projects, as they arrive from the
    // server: a project's milestones are not next to each other in the file.
    for (int k = 0; k < BigMilestones; ++k) {
        for (Project &pr : projects) {
            if (k >= pr.milestones)
                continue;
            const qint64 span = pr.start.daysTo(pr.planEnd);
            const QDate due = pr.start.addDays(span * (k + 1) / pr.milestones);
            const char *status = "planned";
            std::string completed;
            if (due < Today) {
                if (rng.chance(85)) {
                    status = "done";
                    completed = isoDate(std::min(Today, due.addDays(qint64(rng.below(30)) - 10)));
                } else {
                    status = "missed";
                }
            } else if (due < Today.addDays(60) && rng.chance(50)) {
                status = "in_progress";
            }
            const int org = pr.orgs[size_t(rng.below(pr.orgs.size()))];
            const std::string &person = rng.pick(orgs[size_t(org)].people);
            const std::string at = stamp(rng, std::max(pr.start.addDays(-30), due.addDays(-120)));
            const std::string id = rng.uuid();
            pr.milestoneIds.push_back(id);
            insertMilestone.text(id).text(pr.id)
                .text(QString(rng.pick(MilestoneTitles))
                          .replace(u"%1"_s, QString::fromUtf8(rng.pick(Bench::municipalities()).name))
                          .replace(u"%2"_s, QString::number(1 + k % 4)))
                .text(std::string(rng.chance(40) ? "Met de partners afgestemd; zie het projectplan." : ""))
                .text(isoDate(due));
            if (rng.chance(90))
                insertMilestone.text(orgs[size_t(org)].id);
            else
                insertMilestone.null();
            insertMilestone.text(person).text(std::string(status)).textOrNull(completed).text(at).text(at).text(person)
                .integer(1 + qint64(rng.below(3))).run();
            if (rng.chance(50)) {
                insertMilestoneGoal.text(rng.uuid()).text(pr.id).text(id).text(rng.pick(pr.goalIds)).text(at).text(at)
                    .text(person).run();
            }
        }
    }

    // The log, day by day over all projects (weekdays only), in the order a
    // laptop receives it. A project's entries are spread evenly over its
    // working days; three in ten name the milestone due next.
    static const int OrgWeights[OrganisationsPerProject] = {35, 20, 20, 15, 10};
    std::vector<QDate> workdays;
    for (QDate d = LogStart; d < Today; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            workdays.push_back(d);
    }
    std::vector<std::pair<size_t, size_t>> span(projects.size()); // first workday, count
    for (size_t p = 0; p < projects.size(); ++p) {
        const auto first = std::lower_bound(workdays.begin(), workdays.end(), projects[p].start);
        const auto last = std::upper_bound(workdays.begin(), workdays.end(), projects[p].end);
        span[p] = {size_t(first - workdays.begin()), size_t(last - first)};
    }
    for (size_t d = 0; d < workdays.size(); ++d) {
        const QDate day = workdays[d];
        const std::string date = isoDate(day);
        for (size_t p = 0; p < projects.size(); ++p) {
            Project &pr = projects[p];
            const auto [first, length] = span[p];
            if (d < first || d >= first + length)
                continue;
            const qint64 i = qint64(d - first);
            const qint64 perDay = (i + 1) * pr.entries / qint64(length) - i * pr.entries / qint64(length);
            if (perDay <= 0)
                continue;
            const qint64 planDays = pr.start.daysTo(pr.planEnd);
            const int milestone = std::clamp(
                int(std::ceil(double(pr.start.daysTo(day)) * pr.milestones / double(planDays))) - 1, 0,
                pr.milestones - 1);
            for (qint64 n = 0; n < perDay; ++n) {
                quint64 r = rng.below(100);
                int which = 0;
                while (r >= quint64(OrgWeights[which])) {
                    r -= quint64(OrgWeights[which]);
                    ++which;
                }
                const Org &org = orgs[size_t(pr.orgs[size_t(which)])];
                const std::string &person = rng.pick(org.people);
                const bool correction = !pr.lastEntry.empty() && rng.below(200) == 0;
                const bool withMilestone = rng.chance(30);
                const std::string id = rng.uuid();
                const std::string at = stamp(rng, rng.chance(80) ? day : day.addDays(1 + qint64(rng.below(3))));
                QString note;
                if (correction)
                    note = NoteTemplates.constLast();
                else
                    note = QString(NoteTemplates.at(qsizetype(rng.below(quint64(NoteTemplates.size() - 1)))))
                               .replace(u"%1"_s, orgs[size_t(pr.orgs[size_t(rng.below(pr.orgs.size()))])].name)
                               .replace(u"%2"_s, GoalKinds.at(qsizetype(rng.below(quint64(GoalKinds.size())))).title.toLower())
                               .replace(u"%3"_s, QString::fromUtf8(rng.pick(Bench::municipalities()).name));
                insertEntry.text(id).text(pr.id).text(date).text(person).text(org.id);
                if (correction)
                    insertEntry.real(-double(1 + rng.below(4)));
                else if (rng.chance(85))
                    insertEntry.real(double(1 + rng.below(32)) / 4);
                else
                    insertEntry.null();
                insertEntry.text(note);
                if (withMilestone)
                    insertEntry.text(pr.milestoneIds[size_t(milestone)]);
                else
                    insertEntry.null();
                if (withMilestone && rng.chance(30))
                    insertEntry.real(double(rng.below(101)));
                else
                    insertEntry.null();
                insertEntry.textOrNull(correction ? pr.lastEntry : std::string()).text(at).text(at).text(person).run();
                pr.lastEntry = id;
            }
        }
    }
    if (insertEntry.rows() != EntryCount || insertMilestone.rows() != MilestoneCount)
        die(u"made %1 entries and %2 milestones"_s.arg(insertEntry.rows()).arg(insertMilestone.rows()));

    {
        Insert me(db, "INSERT INTO local_setting (key, value) VALUES ('me', ?)");
        me.text(orgs[size_t(projects[0].orgs[0])].people[0]).run();
    }
    execute(db, "UPDATE sync_state SET applying = 0");
    execute(db, "COMMIT");
    if (const qint64 queued = scalar(db, "SELECT count(*) FROM outbox"))
        die(u"the outbox holds %1 changes after the load"_s.arg(queued));
    for (const char *table : {"progress_entry", "milestone", "milestone_goal", "measurement", "goal_partner"}) {
        const std::string sql = std::string("SELECT count(*) FROM pragma_foreign_key_check('") + table + "')";
        if (const qint64 broken = scalar(db, sql.c_str()))
            die(u"%1 rows of %2 refer to rows that do not exist"_s.arg(broken).arg(QString::fromLatin1(table)));
    }
    execute(db, "PRAGMA journal_mode = WAL");

    Generated g;
    for (const Insert *i : {&insertOrg, &insertPerson, &insertProject, &insertParticipation, &insertTerm, &insertGoal,
                            &insertGoalPartner, &insertMeasurement, &insertMilestone, &insertMilestoneGoal, &insertEntry})
        g.rows += i->rows();
    std::printf("regie-planbench: made %s\n", qPrintable(QDir::toNativeSeparators(out)));
    std::printf("  organisations %lld, people %lld, projects %lld, participations %lld\n", insertOrg.rows(),
                insertPerson.rows(), insertProject.rows(), insertParticipation.rows());
    std::printf("  goals %lld (%lld partners), measurements %lld\n", insertGoal.rows(), insertGoalPartner.rows(),
                insertMeasurement.rows());
    std::printf("  milestones %lld (%lld goal links), progress entries %lld\n", insertMilestone.rows(),
                insertMilestoneGoal.rows(), insertEntry.rows());
    sqlite3_close(db);
    g.seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  %lld rows in %.1f s, file %.1f MB\n", g.rows, g.seconds, double(QFileInfo(out).size()) / 1e6);
    std::fflush(stdout);
    return g;
}

} // namespace Bench::Plan
