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
#include "dutchnames.h"

#include "model/plan.h"
#include "model/text.h"
#include "store/localstore.h"
#include "store/projectsearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::Figure;
using Bench::median;
using Bench::ms;
using Bench::Report;
using Bench::statusMb;

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// ================================================================ generator

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

const QDate Today(2026, 11, 25);
const QDate LogStart(2021, 11, 1); // five years of log before today

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    // mt19937_64's output is fixed by the standard, so a seed gives the same
    // database everywhere (std's distributions are not).
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }
    bool chance(int percent) { return below(100) < quint64(percent); }
    double unit() { return double(m_engine() >> 11) / double(1ULL << 53); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }
    template<typename T>
    const T &pick(const std::vector<T> &list) { return list.at(size_t(below(list.size()))); }
    // A version 4 UUID as lower-case text, like QUuid::toString(WithoutBraces).
    std::string uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        char s[37];
        std::snprintf(s, sizeof s, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xffff),
                      unsigned((a & 0x0fff) | 0x4000), unsigned(((b >> 48) & 0x3fff) | 0x8000),
                      static_cast<unsigned long long>(b & 0xffffffffffffULL));
        return std::string(s, 36);
    }

private:
    std::mt19937_64 m_engine;
};

std::string isoDate(const QDate &d)
{
    char s[11];
    std::snprintf(s, sizeof s, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return std::string(s, 10);
}

std::string stamp(Rng &rng, const QDate &d, int firstHour = 8)
{
    char s[25];
    std::snprintf(s, sizeof s, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  firstHour + int(rng.below(quint64(std::max(1, 18 - firstHour)))), int(rng.below(60)),
                  int(rng.below(60)), int(rng.below(1000)));
    return std::string(s, 24);
}

/// A prepared statement that is bound, stepped and reset for each row.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK)
            die(u"prepare failed: %1: %2"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql)));
    }
    ~Insert() { sqlite3_finalize(m_st); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(const std::string &s)
    {
        sqlite3_bind_text(m_st, ++m_i, s.data(), int(s.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert &text(const QString &s) { return text(s.toStdString()); }
    Insert &textOrNull(const std::string &s) { return s.empty() ? null() : text(s); }
    Insert &real(double v)
    {
        sqlite3_bind_double(m_st, ++m_i, v);
        return *this;
    }
    Insert &integer(qint64 v)
    {
        sqlite3_bind_int64(m_st, ++m_i, v);
        return *this;
    }
    Insert &null()
    {
        sqlite3_bind_null(m_st, ++m_i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_st) != SQLITE_DONE)
            die(u"insert failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_st);
        m_i = 0;
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_st = nullptr;
    int m_i = 0;
    qint64 m_rows = 0;
};

void execute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "?");
        sqlite3_free(message);
        die(u"%1 failed: %2"_s.arg(QString::fromUtf8(sql), text));
    }
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
        die(u"%1 failed: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    const qint64 v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

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

const QList<QString> NoteTemplates = {
    u"Overleg met %1 over de planning van %2; afspraken vastgelegd in het verslag."_s,
    u"Bewonersavond in %3 voorbereid en uitnodigingen verstuurd."_s,
    u"Offertes van drie aannemers vergeleken, advies naar de stuurgroep."_s,
    u"Stuurgroep %2: voortgangsrapportage bijgewerkt."_s,
    u"Veldbezoek %3 met de wijkcoach."_s,
    u"Subsidieaanvraag provincie: begroting aangepast na vragen van %1."_s,
    u"Projectplan hoofdstuk risico's herschreven."_s,
    u"Interviews met ondernemers in %3 uitgewerkt."_s,
    u"Data van het CBS verwerkt in het dashboard voor %2."_s,
    u"Werksessie met de partners; rollen en mandaat besproken."_s,
    u"Aanbestedingsstukken gecontroleerd door inkoop."_s,
    u"Communicatieplan: nieuwsbrief en berichten voor sociale media."_s,
    u"Raadsinformatiebrief %3 opgesteld."_s,
    u"Evaluatie pilot %2 met de uitvoerders."_s,
    u"Uren"_s,
    u"Correctie: uren dubbel geboekt."_s,
};

const QList<QString> MilestoneTitles = {
    u"Plan van aanpak vastgesteld"_s,   u"Startbijeenkomst met de partners"_s, u"Bewonersavond %1"_s,
    u"Aanbesteding gepubliceerd"_s,     u"Opdracht gegund"_s,                  u"Eerste pilot %1 gestart"_s,
    u"Tussenrapportage aan de raad"_s,  u"Subsidie toegekend"_s,               u"Ontwerp definitief"_s,
    u"Uitvoering fase %2 afgerond"_s,   u"Monitoringsrapport %2"_s,            u"Besluit stuurgroep over fase %2"_s,
    u"Oplevering %1"_s,                 u"Evaluatie met de partners"_s,        u"Overdracht aan de lijn"_s,
};

struct GoalKind {
    QString title;
    QString indicator;
    QString unit;
    double baseline;
    double target;
};

const QList<GoalKind> GoalKinds = {
    {u"Woningen van het gas af"_s, u"Aantal aardgasvrije woningen"_s, u"woningen"_s, 0, 1200},
    {u"Minder CO2-uitstoot"_s, u"Uitstoot gemeentelijke gebouwen"_s, u"ton"_s, 5400, 3200},
    {u"Kortere wachttijd jeugdzorg"_s, u"Gemiddelde wachttijd"_s, u"weken"_s, 14, 6},
    {u"Meer inwoners aan het werk"_s, u"Uitstroom naar betaald werk"_s, u"personen"_s, 0, 350},
    {u"Afval scheiden"_s, u"Restafval per inwoner"_s, u"kg"_s, 180, 100},
    {u"Tevreden inwoners"_s, u"Rapportcijfer dienstverlening"_s, u"cijfer"_s, 6.4, 7.5},
    {u"Groene schoolpleinen"_s, u"Aantal vergroende schoolpleinen"_s, u"pleinen"_s, 2, 40},
    {u"Zonnepanelen op daken"_s, u"Opgesteld vermogen"_s, u"kWp"_s, 800, 6000},
};

struct Generated {
    qint64 rows = 0;
    double seconds = 0;
};

/// Writes the plan database to @p out: the real open (migrations), then
/// every row with the sqlite3 C API in one transaction, the capture
/// triggers quiet, as a laptop that has synced holds them.
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

// ================================================================ raw sqlite3

// The statements of the plan aggregates (store/progressstore.cpp, ...), word for
// word, so that the raw baseline asks SQLite the same question.
constexpr const char *ProgressSelect =
    "SELECT e.id, e.project_id, e.entry_date, e.person_id, coalesce(p.name, ''), e.organisation_id, o.name, e.hours, "
    "e.note, e.milestone_id, coalesce(m.title, ''), e.percent, e.corrects_id, e.created_at, e.updated_at, "
    "e.changed_by, e.deleted, e.version FROM progress_entry e JOIN organisation o ON o.id = e.organisation_id "
    "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN milestone m ON m.id = e.milestone_id";
constexpr const char *ProgressOrder = " ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?";
constexpr const char *ContributionsSql =
    "SELECT e.organisation_id, o.name, total(e.hours), count(*) FROM progress_entry e "
    "JOIN organisation o ON o.id = e.organisation_id WHERE %1 "
    "GROUP BY e.organisation_id ORDER BY total(e.hours) DESC, o.name_key";
constexpr const char *MilestoneSql =
    "SELECT m.id, m.project_id, m.title, m.description, m.due_date, m.owner_organisation_id, "
    "coalesce(o.name, ''), m.owner_person_id, m.status, m.completed_on, m.created_at, m.updated_at, "
    "m.changed_by, m.deleted, m.version FROM milestone m "
    "LEFT JOIN organisation o ON o.id = m.owner_organisation_id"
    " WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.due_date, m.title";
// The log's filter choices, as ProgressStore::progressAuthors() asks.
constexpr const char *AuthorPeopleSql =
    "SELECT p.id, p.name FROM person p WHERE p.id IN (SELECT person_id FROM progress_entry WHERE project_id = ? AND "
    "deleted = 0)";
constexpr const char *AuthorOrganisationsSql =
    "SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT organisation_id FROM progress_entry WHERE "
    "project_id = ? AND deleted = 0)";

constexpr const char *MilestoneGoalSql =
    "SELECT milestone_id, goal_id FROM milestone_goal WHERE project_id = ? AND deleted = 0";
constexpr const char *GoalSql =
    "SELECT id, project_id, title, description, indicator, unit, baseline, target, due_date, "
    "created_at, updated_at, changed_by, deleted, version FROM goal"
    " WHERE project_id = ? AND deleted = 0 ORDER BY due_date IS NULL, due_date, title";
constexpr const char *GoalPartnerSql =
    "SELECT l.goal_id, l.organisation_id FROM goal_partner l JOIN organisation o ON o.id = "
    "l.organisation_id WHERE l.project_id = ? AND l.deleted = 0 ORDER BY o.name_key";
constexpr const char *MeasurementSql =
    "SELECT m.id, m.project_id, m.goal_id, m.value, m.measured_on, m.note, m.person_id, "
    "coalesce(p.name, ''), m.created_at, m.updated_at, m.changed_by, m.deleted, m.version "
    "FROM measurement m LEFT JOIN person p ON p.id = m.person_id"
    " WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.measured_on, m.created_at";

/// A statement with its values, as the store would bind them.
struct Query {
    std::string sql;
    std::vector<std::string> texts; ///< bound in order
    std::optional<qint64> limit; ///< bound last
};

// The WHERE clause of Store's progressWhere(), in the same order.
std::string progressWhere(const Model::ProgressFilter &f, std::vector<std::string> &values)
{
    std::string where = "e.deleted = 0";
    auto add = [&](const char *condition, const QString &value) {
        where += " AND ";
        where += condition;
        values.push_back(value.toStdString());
    };
    if (!f.projectId.isNull())
        add("e.project_id = ?", idText(f.projectId));
    if (!f.personId.isNull())
        add("e.person_id = ?", idText(f.personId));
    if (!f.organisationId.isNull())
        add("e.organisation_id = ?", idText(f.organisationId));
    if (!f.milestoneId.isNull())
        add("e.milestone_id = ?", idText(f.milestoneId));
    if (f.from.isValid())
        add("e.entry_date >= ?", f.from.toString(Qt::ISODate));
    if (f.until.isValid())
        add("e.entry_date <= ?", f.until.toString(Qt::ISODate));
    return where;
}

Query progressQuery(const Model::ProgressFilter &f)
{
    Query q;
    q.sql = std::string(ProgressSelect) + " WHERE " + progressWhere(f, q.texts) + ProgressOrder;
    q.limit = f.limit > 0 ? f.limit : -1;
    return q;
}

Query contributionsQuery(const Model::ProgressFilter &f)
{
    Query q;
    const std::string where = progressWhere(f, q.texts);
    q.sql = QString::fromLatin1(ContributionsSql).arg(QString::fromStdString(where)).toStdString();
    return q;
}

Query projectQuery(const char *sql, const QUuid &projectId)
{
    return {sql, {idText(projectId).toStdString()}, std::nullopt};
}

/// What a run read: the rows and the first column of the first and last.
struct Rows {
    int count = 0;
    std::string first, last;
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

    sqlite3 *handle() const { return m_db; }

    /// Prepares, binds, steps to the end and finalizes, reading every column
    /// of every row as its stored type; @p row, if given, gets each row.
    template<typename Row>
    Rows run(const Query &query, Row row)
    {
        sqlite3_stmt *st = prepare(query);
        Rows rows;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const int n = sqlite3_column_count(st);
            for (int i = 0; i < n; ++i) {
                switch (sqlite3_column_type(st, i)) {
                case SQLITE_INTEGER:
                    m_sink += size_t(sqlite3_column_int64(st, i));
                    break;
                case SQLITE_FLOAT:
                    m_sink += size_t(sqlite3_column_double(st, i));
                    break;
                case SQLITE_NULL:
                    break;
                default:
                    sqlite3_column_text(st, i);
                    m_sink += size_t(sqlite3_column_bytes(st, i));
                }
            }
            const auto *id = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            if (rows.count++ == 0)
                rows.first = id ? id : "";
            row(st);
            if (id)
                m_lastId.assign(id);
        }
        if (rc != SQLITE_DONE)
            die(u"sqlite3_step failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        rows.last = m_lastId;
        return rows;
    }
    Rows run(const Query &query)
    {
        return run(query, [](sqlite3_stmt *) {});
    }

    QStringList explain(const Query &query)
    {
        Query q = query;
        q.sql = "EXPLAIN QUERY PLAN " + q.sql;
        sqlite3_stmt *st = prepare(q);
        QStringList lines;
        while (sqlite3_step(st) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)));
        sqlite3_finalize(st);
        return lines;
    }

private:
    sqlite3_stmt *prepare(const Query &query)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, query.sql.c_str(), int(query.sql.size()), &st, nullptr) != SQLITE_OK)
            die(u"prepare failed: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        int i = 0;
        for (const std::string &t : query.texts)
            sqlite3_bind_text(st, ++i, t.data(), int(t.size()), SQLITE_STATIC);
        if (query.limit)
            sqlite3_bind_int64(st, ++i, *query.limit);
        return st;
    }

    sqlite3 *m_db = nullptr;
    std::string m_lastId;
    size_t m_sink = 0; // keeps the column reads from being optimised away
};

// ================================================================ reporting

struct Options {
    QString db;
    int repeat = 20;
    bool explain = false;
};

/// Times @p regie and @p raw alternately, once each untimed to warm the
/// caches first, and returns the medians in ms.
template<typename Regie, typename Raw>
std::pair<double, double> measure(const Options &o, Regie regie, Raw raw)
{
    regie();
    raw();
    std::vector<double> a, b;
    for (int i = 0; i < o.repeat; ++i) {
        a.push_back(ms(regie()));
        b.push_back(ms(raw()));
    }
    return {median(a), median(b)};
}

template<typename Work>
qint64 timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

// ================================================================ figures

/// The projects and rows the figures ask about, found in the file.
struct Subjects {
    QUuid big; ///< the project with 100,000 entries and 2,000 milestones
    QUuid typical; ///< the second project, with 450 entries
    QUuid leadOrganisation; ///< of the big project
    QString leadName;
    QUuid milestone; ///< of the big project, with the most entries
    QDate from{2025, 7, 1}; ///< one quarter
    QDate until{2025, 9, 30};
};

QString text(sqlite3_stmt *st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
}

Subjects findSubjects(RawDb &raw)
{
    Subjects s;
    Query q{"SELECT id FROM project ORDER BY rowid LIMIT 2", {}, std::nullopt};
    int n = 0;
    raw.run(q, [&](sqlite3_stmt *st) { (n++ ? s.typical : s.big) = QUuid::fromString(text(st, 0)); });
    q = {"SELECT o.id, o.name FROM participation l JOIN organisation o ON o.id = l.organisation_id "
         "WHERE l.project_id = ? AND l.role = 'lead'",
         {idText(s.big).toStdString()}, std::nullopt};
    raw.run(q, [&](sqlite3_stmt *st) {
        s.leadOrganisation = QUuid::fromString(text(st, 0));
        s.leadName = text(st, 1);
    });
    q = {"SELECT milestone_id FROM progress_entry WHERE project_id = ? AND milestone_id IS NOT NULL "
         "GROUP BY milestone_id ORDER BY count(*) DESC, milestone_id LIMIT 1",
         {idText(s.big).toStdString()}, std::nullopt};
    raw.run(q, [&](sqlite3_stmt *st) { s.milestone = QUuid::fromString(text(st, 0)); });
    if (s.big.isNull() || s.typical.isNull() || s.leadOrganisation.isNull() || s.milestone.isNull())
        die(u"the database has no plan data; make it with --generate"_s);
    return s;
}

class PlanBench
{
public:
    PlanBench(const Options &o, Report &report)
        : m_o(o)
        , m_report(report)
        , m_raw(o.db)
    {
        if (auto opened = m_store.open(o.db); !opened.ok())
            die(opened.error().message);
        m_s = findSubjects(m_raw);
    }

    void explain(const QString &name, const Query &q)
    {
        if (!m_o.explain)
            return;
        std::printf("  plan of %s:\n", qPrintable(QString(name).replace(u"%1"_s, u"…"_s)));
        for (const QString &line : m_raw.explain(q))
            std::printf("    %s\n", qPrintable(line));
    }

    /// One progress() figure: the store's list beside the raw SELECT,
    /// checked to hold the same rows in the same order.
    void progress(const QString &name, const Model::ProgressFilter &filter, const QString &measures)
    {
        const Query query = progressQuery(filter);
        explain(name, query);
        QList<Model::ProgressEntry> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().progress(filter);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] { rows = m_raw.run(query); });
                check(name, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().id,
                      shown.isEmpty() ? QUuid() : shown.constLast().id);
                return ns;
            });
        m_report.add({name.arg(number(shown.size())), a, b, u"ms"_s, 3.0, false, measures});
    }

    void log()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        f.limit = 500;
        progress(u"log, newest %1 of 100,000"_s, f,
                 u"progress({project, limit 500}) of the project with 100,000 entries vs the same SELECT "
                 "(3 joins, ORDER BY entry_date DESC, created_at DESC LIMIT 500)"_s);
        f.projectId = m_s.typical;
        progress(u"log, ordinary project (%1 entries)"_s, f,
                 u"the same for an ordinary project: all of its 450 entries"_s);
    }

    void filter()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        f.limit = 500;
        f.organisationId = m_s.leadOrganisation;
        progress(u"log by organisation (%1 rows)"_s, f,
                 u"the big project's log of its lead (%1, 35% of the entries), limit 500"_s.arg(m_s.leadName));
        f.organisationId = {};
        f.from = m_s.from;
        f.until = m_s.until;
        progress(u"log by period (%1 rows)"_s, f,
                 u"the big project's log of one quarter (%1 to %2), limit 500"_s.arg(
                     m_s.from.toString(Qt::ISODate), m_s.until.toString(Qt::ISODate)));
        f.from = f.until = QDate();
        f.milestoneId = m_s.milestone;
        progress(u"log by milestone (%1 rows)"_s, f,
                 u"the big project's entries that name one milestone (the one named most), limit 500"_s);
    }

    void contributions(const QString &name, const Model::ProgressFilter &filter, const QString &measures)
    {
        const Query query = contributionsQuery(filter);
        explain(name, query);
        QList<Model::ContributionTotal> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().contributions(filter);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] { rows = m_raw.run(query); });
                check(name, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().organisationId,
                      shown.isEmpty() ? QUuid() : shown.constLast().organisationId);
                return ns;
            });
        int entries = 0;
        for (const auto &c : std::as_const(shown))
            entries += c.entries;
        m_report.add({name.arg(number(entries)), a, b, u"ms"_s, 3.0, false, measures});
    }

    void hours()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        contributions(u"hours per organisation (%1)"_s, f,
                      u"contributions({project}): total hours and entries per organisation of the big project "
                      "vs the same GROUP BY"_s);
        f.from = m_s.from;
        f.until = m_s.until;
        contributions(u"hours per organisation, quarter (%1)"_s, f,
                      u"the same for one quarter"_s);
    }

    void authors()
    {
        const Query people = projectQuery(AuthorPeopleSql, m_s.big);
        const Query organisations = projectQuery(AuthorOrganisationsSql, m_s.big);
        explain(u"log filter people"_s, people);
        explain(u"log filter organisations"_s, organisations);
        Model::ProgressAuthors shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().progressAuthors(m_s.big);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows p, o;
                const qint64 ns = timed([&] {
                    p = m_raw.run(people);
                    o = m_raw.run(organisations);
                });
                if (p.count != shown.people.size() || o.count != shown.organisations.size())
                    die(u"log filter choices: the store and the raw query disagree"_s);
                return ns;
            });
        m_report.add({u"log filter choices (%1 people, %2 organisations)"_s.arg(shown.people.size()).arg(shown.organisations.size()),
                      a, b, u"ms"_s, 3.0, false,
                      u"progressAuthors({project}): everyone and every organisation in the big project's whole log, "
                      "sorted by name, vs the same two queries"_s});
    }

    void timeline()
    {
        const Query milestones = projectQuery(MilestoneSql, m_s.big);
        const Query links = projectQuery(MilestoneGoalSql, m_s.big);
        explain(u"timeline"_s, milestones);
        explain(u"timeline goal links"_s, links);
        QList<Model::Milestone> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.milestones().milestones(m_s.big);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] {
                    rows = m_raw.run(milestones);
                    m_raw.run(links);
                });
                check(u"timeline"_s, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().id,
                      shown.isEmpty() ? QUuid() : shown.constLast().id);
                return ns;
            });
        m_report.add({u"timeline (%1 milestones)"_s.arg(number(shown.size())), a, b, u"ms"_s, 3.0, false,
                      u"milestones(project) of the big project with their goal links vs the same two SELECTs "
                      "(ORDER BY due_date, title)"_s});
    }

    void goals()
    {
        const Query goals = projectQuery(GoalSql, m_s.big);
        const Query partners = projectQuery(GoalPartnerSql, m_s.big);
        const Query measurements = projectQuery(MeasurementSql, m_s.big);
        explain(u"goals"_s, goals);
        explain(u"goal partners"_s, partners);
        explain(u"measurements"_s, measurements);
        qsizetype goalCount = 0, measurementCount = 0;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    const auto g = m_store.goals().goals(m_s.big);
                    const auto m = m_store.goals().projectMeasurements(m_s.big);
                    if (!g.ok() || !m.ok())
                        die(u"goals or measurements failed"_s);
                    goalCount = g.value().size();
                    measurementCount = m.value().size();
                });
            },
            [&] {
                Rows g, m;
                const qint64 ns = timed([&] {
                    g = m_raw.run(goals);
                    m_raw.run(partners);
                    m = m_raw.run(measurements);
                });
                if (g.count != goalCount || m.count != measurementCount)
                    die(u"goals: regie read %1 goals and %2 measurements, raw %3 and %4"_s.arg(goalCount)
                            .arg(measurementCount).arg(g.count).arg(m.count));
                return ns;
            });
        m_report.add({u"goals + measurements (%1 + %2)"_s.arg(goalCount).arg(measurementCount), a, b, u"ms"_s, 3.0,
                      false,
                      u"goals(project) and projectMeasurements(project) of the big project vs the same three SELECTs"_s});
    }

    /// The dashboard across all 2,000 projects: the same reads done raw,
    /// without judging the goals (the store judges each from its line).
    void dashboard()
    {
        const std::string today = isoDate(Today);
        const std::string quarter = isoDate(Model::quarterStart(Today));
        const std::string open = "p.deleted = 0 AND p.status IN ('idea', 'active')";
        const std::vector<Query> reads = {
            {"SELECT p.id, p.name, m.id, m.title, m.due_date, coalesce(o.name, '') FROM milestone m JOIN project p ON "
             "p.id = m.project_id LEFT JOIN organisation o ON o.id = m.owner_organisation_id WHERE m.deleted = 0 AND "
             "m.status IN ('planned', 'in_progress') AND m.due_date < ? AND " + open + " ORDER BY m.due_date LIMIT 200",
             {today}, std::nullopt},
            {"SELECT p.id, p.name, m.id, m.title, m.completed_on, coalesce(o.name, '') FROM milestone m JOIN project p ON "
             "p.id = m.project_id LEFT JOIN organisation o ON o.id = m.owner_organisation_id WHERE m.deleted = 0 AND "
             "m.status = 'done' AND m.completed_on >= ? AND p.deleted = 0 ORDER BY m.completed_on DESC LIMIT 200",
             {quarter}, std::nullopt},
            {"SELECT g.id, g.project_id, g.title, g.description, g.indicator, g.unit, g.baseline, g.target, g.due_date, "
             "g.created_at, g.updated_at, g.changed_by, g.deleted, g.version, p.name FROM goal g JOIN project p ON p.id = "
             "g.project_id WHERE g.deleted = 0 AND " + open, {}, std::nullopt},
            {"SELECT m.id, m.project_id, m.goal_id, m.value, m.measured_on, m.note, m.person_id, coalesce(p.name, ''), "
             "m.created_at, m.updated_at, m.changed_by, m.deleted, m.version FROM measurement m LEFT JOIN person p ON "
             "p.id = m.person_id JOIN goal g ON g.id = m.goal_id JOIN project pr ON pr.id = m.project_id WHERE "
             "m.deleted = 0 AND g.deleted = 0 AND pr.deleted = 0 AND pr.status IN ('idea', 'active')", {}, std::nullopt},
            {"SELECT e.organisation_id, o.name, total(e.hours), count(*) FROM progress_entry e JOIN organisation o ON "
             "o.id = e.organisation_id WHERE e.deleted = 0 AND e.entry_date >= ? GROUP BY e.organisation_id ORDER BY "
             "total(e.hours) DESC, o.name_key", {quarter}, std::nullopt},
        };
        for (size_t i = 0; i < reads.size(); ++i)
            explain(u"dashboard %1"_s.arg(i + 1), reads.at(i));
        qsizetype overdue = 0, goals = 0;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    const auto d = m_store.dashboard().dashboard(Today);
                    if (!d.ok())
                        die(u"dashboard failed: %1"_s.arg(d.error().message));
                    overdue = d.value().overdueMilestones.size();
                    goals = d.value().goalsOffTrack.size();
                });
            },
            [&] {
                Rows first;
                const qint64 ns = timed([&] {
                    first = m_raw.run(reads.front());
                    for (size_t i = 1; i < reads.size(); ++i)
                        m_raw.run(reads.at(i));
                });
                if (first.count != overdue)
                    die(u"dashboard: regie listed %1 overdue milestones, raw %2"_s.arg(overdue).arg(first.count));
                return ns;
            });
        m_report.add({u"dashboard (%1 overdue, %2 goals off track)"_s.arg(overdue).arg(goals), a, b, u"ms"_s, 3.0, false,
                      u"dashboard(today) over all 2,000 projects vs the same five SELECTs raw (the store also judges "
                      "every goal's trend)"_s});
    }

private:
    void check(const QString &name, qsizetype count, const Rows &rows, const QUuid &first, const QUuid &last)
    {
        if (count != rows.count || (count > 0
                                    && (rows.first != idText(first).toStdString()
                                        || rows.last != idText(last).toStdString())))
            die(u"%1: regie read %2 rows, raw %3, or not the same ones"_s.arg(name).arg(count).arg(rows.count));
    }

    const Options &m_o;
    Report &m_report;
    Store::LocalStore m_store;
    RawDb m_raw;
    Subjects m_s;
};

// ================================================================ memory

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

// Runs in a child process, so that each side starts from the same empty
// process: prints the peak resident memory after each step, keeping what
// it loaded as a view would.
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

} // namespace

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
        PlanBench bench(o, report);
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
