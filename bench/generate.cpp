// Writes a large Regie database through the real schema: every Dutch
// municipality, the provinces, partners, and as many projects and
// participations as asked, with the rules of the store kept (one current
// lead per active project, a lead term for each lead, sync columns filled).
#include "dutchnames.h"

#include "model/text.h"
#include "model/types.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace {

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
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }
    QUuid uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        // Version 4, RFC 4122 variant, like QUuid::createUuid().
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000), uchar(((b >> 56) & 0x3f) | 0x80),
                     uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8),
                     uchar(b));
    }

private:
    std::mt19937_64 m_engine;
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString stamp(Rng &rng, const QDate &date)
{
    return date.toString(Qt::ISODate)
        + u"T%1:%2:%3.%4Z"_s.arg(8 + rng.below(10), 2, 10, QLatin1Char('0'))
              .arg(rng.below(60), 2, 10, QLatin1Char('0'))
              .arg(rng.below(60), 2, 10, QLatin1Char('0'))
              .arg(rng.below(1000), 3, 10, QLatin1Char('0'));
}

struct Org {
    QUuid id;
    QString name;
};

void fail(const QString &what, const QSqlQuery &q)
{
    std::fprintf(stderr, "regie-generate: %s failed: %s\n", qPrintable(what), qPrintable(q.lastError().text()));
    std::exit(1);
}

void exec(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        fail(QString::fromLatin1(what), q);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-generate"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a large Regie database for the benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption projectsOption(u"projects"_s, u"Number of projects (default 50000)."_s, u"N"_s, u"50000"_s);
    const QCommandLineOption perProjectOption(u"participations-per-project"_s,
                                              u"Participations per project on average (default 6)."_s, u"N"_s, u"6"_s);
    const QCommandLineOption outOption(u"out"_s, u"The database to write; replaced if it exists."_s, u"FILE"_s,
                                       u"regie-bench.sqlite"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 20261123)."_s, u"N"_s, u"20261123"_s);
    parser.addOptions({projectsOption, perProjectOption, outOption, seedOption});
    parser.process(app);

    const int projectCount = parser.value(projectsOption).toInt();
    const int perProject = parser.value(perProjectOption).toInt();
    const QString out = parser.value(outOption);
    if (projectCount < 1 || perProject < 1) {
        std::fprintf(stderr, "regie-generate: --projects and --participations-per-project must be at least 1\n");
        return 2;
    }
    if (Bench::municipalities().size() != 342) {
        std::fprintf(stderr, "regie-generate: the municipality list has %d entries, not 342\n",
                     int(Bench::municipalities().size()));
        return 1;
    }
    Rng rng(parser.value(seedOption).toULongLong());

    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(out + suffix);

    // The real open: file checks, WAL, migrations to the current schema.
    Store::LocalStore store;
    if (auto opened = store.open(out); !opened.ok()) {
        std::fprintf(stderr, "regie-generate: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    QSqlDatabase db = store.database();
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA synchronous = OFF"_s); // a throw-away file; the store sets NORMAL on every open
    pragma.exec(u"PRAGMA cache_size = -65536"_s);

    QElapsedTimer timer;
    timer.start();
    // Bench data is not anybody's offline work: keep it out of the outbox.
    pragma.exec(u"UPDATE sync_state SET applying = 1"_s);
    if (!db.transaction()) {
        std::fprintf(stderr, "regie-generate: cannot start a transaction\n");
        return 1;
    }

    QSqlQuery insertOrg(db);
    insertOrg.prepare(u"INSERT INTO organisation (id, name, name_key, kind, municipality_code, created_at, updated_at, "
                      "changed_by, deleted, version) VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, 0, ?)"_s);
    QSqlQuery insertPerson(db);
    insertPerson.prepare(u"INSERT INTO person (id, organisation_id, name, email, function, created_at, updated_at, "
                         "changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"_s);
    QSqlQuery insertProject(db);
    insertProject.prepare(
        u"INSERT INTO project (id, name, name_key, search_key, slogan, ambition, purpose, urgency, logo, status, "
        "start_date, end_date, created_at, updated_at, changed_by, deleted, version) "
        "VALUES (?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertParticipation(db);
    insertParticipation.prepare(
        u"INSERT INTO participation (id, project_id, organisation_id, role, brings, gets, priorities, mandate, "
        "joined_on, left_on, created_at, updated_at, changed_by, deleted, version) "
        "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, 0, ?)"_s);
    QSqlQuery insertGoal(db);
    insertGoal.prepare(u"INSERT INTO goal (id, project_id, title, unit, target, due_date, created_at, updated_at, "
                       "changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"_s);
    QSqlQuery insertMilestone(db);
    insertMilestone.prepare(u"INSERT INTO milestone (id, project_id, title, due_date, status, completed_on, "
                            "created_at, updated_at, changed_by, deleted, version) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"_s);
    QSqlQuery insertTerm(db);
    insertTerm.prepare(u"INSERT INTO lead_term (id, project_id, organisation_id, from_date, until_date, created_at, "
                       "updated_at, changed_by, deleted, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)"_s);

    const QDate origin(2016, 1, 1);
    const QVariant nullValue(QMetaType(QMetaType::QString));
    qint64 rows = 0;

    // Organisations, each with two people.
    QList<Org> municipalities, provinces, companies, knowledge, others, people;
    const QUuid founder = rng.uuid(); // the first person; changed_by of the reference data
    auto addOrg = [&](QList<Org> &into, const QString &name, Model::OrganisationKind kind, const QString &code) {
        const Org org{rng.uuid(), name};
        const QDate created = origin.addDays(qint64(rng.below(200)));
        insertOrg.bindValue(0, idText(org.id));
        insertOrg.bindValue(1, name);
        insertOrg.bindValue(2, Model::sortKey(name));
        insertOrg.bindValue(3, Model::key(kind));
        insertOrg.bindValue(4, code);
        insertOrg.bindValue(5, stamp(rng, created));
        insertOrg.bindValue(6, stamp(rng, created.addDays(qint64(rng.below(900)))));
        insertOrg.bindValue(7, idText(founder));
        insertOrg.bindValue(8, 1 + int(rng.below(3)));
        exec(insertOrg, "inserting an organisation");
        ++rows;
        into.append(org);
        for (int i = 0; i < 2; ++i) {
            const QUuid personId = people.isEmpty() ? founder : rng.uuid();
            const QString first = rng.pick(Bench::firstNames());
            const QString last = rng.pick(Bench::lastNames());
            insertPerson.bindValue(0, idText(personId));
            insertPerson.bindValue(1, idText(org.id));
            insertPerson.bindValue(2, QString(first + QLatin1Char(' ') + last));
            insertPerson.bindValue(3, QString(Model::sortKey(first + QLatin1Char('.') + last).remove(QLatin1Char(' '))
                                          + u"@example.nl"_s));
            insertPerson.bindValue(4, i == 0 ? u"Programmamanager"_s : u"Beleidsadviseur"_s);
            insertPerson.bindValue(5, stamp(rng, created));
            insertPerson.bindValue(6, stamp(rng, created));
            insertPerson.bindValue(7, idText(founder));
            exec(insertPerson, "inserting a person");
            ++rows;
            people.append({personId, first});
        }
    };
    for (const auto &m : Bench::municipalities())
        addOrg(municipalities, QString::fromUtf8(m.name), Model::OrganisationKind::Municipality,
               QString::fromLatin1(m.code));
    for (const QString &name : Bench::provinces())
        addOrg(provinces, name, Model::OrganisationKind::Province, {});
    for (const QString &name : Bench::companies())
        addOrg(companies, name, Model::OrganisationKind::Company, {});
    for (const QString &name : Bench::knowledgeInstitutions())
        addOrg(knowledge, name, Model::OrganisationKind::KnowledgeInstitution, {});
    const int firstCitizens = 25; // otherPartners() lists public bodies first, then citizens' groups
    for (int i = 0; i < Bench::otherPartners().size(); ++i)
        addOrg(others, Bench::otherPartners().at(i),
               i < firstCitizens ? Model::OrganisationKind::Other : Model::OrganisationKind::CitizensGroup, {});
    const qint64 organisationCount = municipalities.size() + provinces.size() + companies.size() + knowledge.size()
        + others.size();

    // Who works with this file: the first person, of the first municipality.
    {
        QSqlQuery me(db);
        me.prepare(u"INSERT INTO local_setting (key, value) VALUES ('me', ?)"_s);
        me.addBindValue(idText(founder));
        exec(me, "setting the identity");
    }

    auto partner = [&]() -> const Org & {
        const quint64 r = rng.below(100);
        if (r < 60)
            return rng.pick(municipalities);
        if (r < 68)
            return rng.pick(provinces);
        if (r < 83)
            return rng.pick(companies);
        if (r < 93)
            return rng.pick(knowledge);
        return rng.pick(others);
    };
    auto leadOrg = [&]() -> const Org & {
        const quint64 r = rng.below(100);
        if (r < 80)
            return rng.pick(municipalities);
        if (r < 90)
            return rng.pick(provinces);
        return rng.pick(others);
    };

    static const QList<QString> brings = {u"Projectleiding en twee dagen per week capaciteit"_s,
                                          u"Cofinanciering en ambtelijke ondersteuning"_s,
                                          u"Kennis van de wijk en contacten met bewoners"_s,
                                          u"Data, onderzoek en evaluatie"_s, u"Grond en locaties voor pilots"_s,
                                          u"Uitvoeringscapaciteit en materieel"_s};
    static const QList<QString> gets = {u"Een werkende aanpak die we zelf kunnen voortzetten"_s,
                                        u"Gedeelde inkoop en lagere kosten"_s, u"Inzicht in wat werkt"_s,
                                        u"Bestuurlijke steun in de regio"_s, u"Minder wachttijd voor inwoners"_s};
    static const QList<QString> sloganTemplates = {u"Samen werken aan %1"_s, u"%2 in %3"_s, u"Van plan naar uitvoering"_s,
                                                   u"Regio aan zet"_s, u"%2 en dichtbij"_s, u"Eén aanpak voor %3"_s,
                                                   u"Gewoon doen in %3"_s, QString()};

    // What projects set out to reach and on the way, so that a search for
    // "warmte" finds the project whose milestone says "warmtenet".
    static const QList<QString> goalTitles = {u"Minder CO₂-uitstoot in %1"_s, u"Meer woningen aardgasvrij"_s,
                                              u"Kortere wachttijden voor inwoners"_s, u"Meer bewoners doen mee"_s,
                                              u"%1 in elke wijk"_s, u"Minder energiearmoede"_s,
                                              u"Hogere tevredenheid over %1"_s};
    static const QList<QString> milestoneTitles = {u"Warmtenet aangelegd"_s, u"Subsidie aangevraagd"_s,
                                                   u"Bewonersavond gehouden"_s, u"Pilot %1 gestart"_s,
                                                   u"Tussenevaluatie afgerond"_s, u"Samenwerkingsovereenkomst getekend"_s,
                                                   u"Ontwerp klaar"_s, u"Aanbesteding gegund"_s,
                                                   u"Eerste resultaten %1 gedeeld"_s};
    qint64 goalCount = 0;
    qint64 milestoneCount = 0;

    qint64 participationCount = 0;
    qint64 termCount = 0;
    int previousCount = 0;
    QList<const Org *> chosen;
    for (int p = 0; p < projectCount; ++p) {
        const QUuid projectId = rng.uuid();
        // Names: a theme and a place, as municipalities name their projects.
        const bool rare = rng.below(10000) == 0;
        const QString theme = rare ? rng.pick(Bench::rareThemes()) : rng.pick(Bench::themes());
        const QString place = QString::fromUtf8(rng.pick(Bench::municipalities()).name);
        const QString region = rng.pick(Bench::regions());
        const QString adjective = rng.pick(Bench::adjectives());
        QString name;
        switch (rng.below(5)) {
        case 0:
        case 1:
            name = theme + QLatin1Char(' ') + place;
            break;
        case 2:
            name = theme + QLatin1Char(' ') + region;
            break;
        case 3:
            name = adjective + QLatin1Char(' ') + place + u": "_s + theme.toLower();
            break;
        default:
            name = u"Programma "_s + theme.toLower() + QLatin1Char(' ') + region;
            break;
        }
        if (rng.chance(15))
            name += u" fase %1"_s.arg(2 + rng.below(3));
        const QString slogan = QString(rng.pick(sloganTemplates))
                                   .replace(u"%1"_s, theme.toLower())
                                   .replace(u"%2"_s, adjective)
                                   .replace(u"%3"_s, rng.chance(50) ? place : region);

        // idea 20%, active 55%, completed 18%, stopped 7%.
        const quint64 s = rng.below(100);
        const Model::ProjectStatus status = s < 20 ? Model::ProjectStatus::Idea
            : s < 75                              ? Model::ProjectStatus::Active
            : s < 93                              ? Model::ProjectStatus::Completed
                                                  : Model::ProjectStatus::Stopped;
        const bool closed = Model::isClosed(status);
        const bool hasLead = status != Model::ProjectStatus::Idea || rng.chance(70);
        const QDate start = origin.addDays(qint64(rng.below(3900)));
        const QDate end = closed ? start.addDays(365 + qint64(rng.below(1100)))
            : rng.chance(50)     ? start.addDays(730 + qint64(rng.below(1100)))
                                 : QDate();
        const QUuid changedBy = rng.pick(people).id;
        const QString created = stamp(rng, start.addDays(-qint64(rng.below(90))));

        insertProject.bindValue(0, idText(projectId));
        insertProject.bindValue(1, name);
        insertProject.bindValue(2, Model::sortKey(name));
        insertProject.bindValue(3, Model::sortKey(name + QLatin1Char(' ') + slogan));
        insertProject.bindValue(4, slogan);
        insertProject.bindValue(5, rng.pick(Bench::ambitions()));
        insertProject.bindValue(6, u"We willen %1 in %2 samen met de partners in de regio verder brengen."_s.arg(
                                       theme.toLower(), place));
        insertProject.bindValue(7, u"Zonder samenwerking lukt %1 niet binnen de tijd en het geld dat er is."_s.arg(
                                       theme.toLower()));
        insertProject.bindValue(8, Model::key(status));
        insertProject.bindValue(9, start.toString(Qt::ISODate));
        insertProject.bindValue(10, end.isValid() ? QVariant(end.toString(Qt::ISODate)) : nullValue);
        insertProject.bindValue(11, created);
        insertProject.bindValue(12, created);
        insertProject.bindValue(13, idText(changedBy));
        insertProject.bindValue(14, rng.below(100) == 0 ? 1 : 0); // a few tombstones, left out of every list
        insertProject.bindValue(15, 1 + int(rng.below(6)));
        exec(insertProject, "inserting a project");
        ++rows;

        // Up to two goals and three milestones.
        for (int g = int(rng.below(3)); g > 0; --g) {
            insertGoal.bindValue(0, idText(rng.uuid()));
            insertGoal.bindValue(1, idText(projectId));
            insertGoal.bindValue(2, QString(rng.pick(goalTitles)).replace(u"%1"_s, theme.toLower()));
            insertGoal.bindValue(3, u"%"_s);
            insertGoal.bindValue(4, double(10 + rng.below(90)));
            insertGoal.bindValue(5, start.addDays(365 + qint64(rng.below(1500))).toString(Qt::ISODate));
            insertGoal.bindValue(6, created);
            insertGoal.bindValue(7, created);
            insertGoal.bindValue(8, idText(changedBy));
            exec(insertGoal, "inserting a goal");
            ++rows;
            ++goalCount;
        }
        for (int m = int(rng.below(4)); m > 0; --m) {
            const QDate due = start.addDays(60 + qint64(rng.below(1200)));
            const bool done = closed || rng.chance(40);
            insertMilestone.bindValue(0, idText(rng.uuid()));
            insertMilestone.bindValue(1, idText(projectId));
            insertMilestone.bindValue(2, QString(rng.pick(milestoneTitles)).replace(u"%1"_s, theme.toLower()));
            insertMilestone.bindValue(3, due.toString(Qt::ISODate));
            insertMilestone.bindValue(4, done ? u"done"_s : u"planned"_s);
            insertMilestone.bindValue(5, done ? QVariant(due.toString(Qt::ISODate)) : nullValue);
            insertMilestone.bindValue(6, created);
            insertMilestone.bindValue(7, created);
            insertMilestone.bindValue(8, idText(changedBy));
            exec(insertMilestone, "inserting a milestone");
            ++rows;
            ++milestoneCount;
        }

        // Pairs of projects add up to twice the average, so the total is exact.
        const int count = (p % 2 == 0) ? 1 + int(rng.below(quint64(2 * perProject - 1))) : 2 * perProject - previousCount;
        previousCount = count;
        chosen.clear();
        const Org *lead = hasLead ? &leadOrg() : nullptr;
        if (lead)
            chosen.append(lead);
        while (chosen.size() < count) {
            const Org *candidate = &partner();
            if (!chosen.contains(candidate))
                chosen.append(candidate);
        }
        // One in ten leads took over the regie from a partner that stays on.
        const Org *formerLead = lead && chosen.size() > 1 && rng.chance(10) ? chosen.at(1) : nullptr;
        const QDate handOver = start.addDays(90 + qint64(rng.below(600)));

        for (int i = 0; i < chosen.size(); ++i) {
            const bool isLead = lead && i == 0;
            const bool leftAgain = !isLead && chosen.at(i) != formerLead && rng.chance(8);
            const QDate joined = isLead || chosen.at(i) == formerLead ? start : start.addDays(qint64(rng.below(400)));
            const auto role = isLead ? Model::ParticipationRole::Lead
                : rng.chance(75)     ? Model::ParticipationRole::Partner
                                     : Model::ParticipationRole::External;
            insertParticipation.bindValue(0, idText(rng.uuid()));
            insertParticipation.bindValue(1, idText(projectId));
            insertParticipation.bindValue(2, idText(chosen.at(i)->id));
            insertParticipation.bindValue(3, Model::key(role));
            insertParticipation.bindValue(4, rng.pick(brings));
            insertParticipation.bindValue(5, rng.pick(gets));
            insertParticipation.bindValue(6, rng.chance(30) ? theme : QString());
            insertParticipation.bindValue(7, rng.chance(50) ? u"Mandaat tot € 50.000 per jaar"_s : QString());
            insertParticipation.bindValue(8, joined.toString(Qt::ISODate));
            insertParticipation.bindValue(9, leftAgain ? QVariant(joined.addDays(60 + qint64(rng.below(700))).toString(Qt::ISODate))
                                                       : nullValue);
            insertParticipation.bindValue(10, created);
            insertParticipation.bindValue(11, created);
            insertParticipation.bindValue(12, idText(changedBy));
            insertParticipation.bindValue(13, 1 + int(rng.below(3)));
            exec(insertParticipation, "inserting a participation");
            ++rows;
            ++participationCount;
        }
        if (lead) {
            auto term = [&](const Org *org, const QDate &from, const QDate &until) {
                insertTerm.bindValue(0, idText(rng.uuid()));
                insertTerm.bindValue(1, idText(projectId));
                insertTerm.bindValue(2, idText(org->id));
                insertTerm.bindValue(3, from.toString(Qt::ISODate));
                insertTerm.bindValue(4, until.isValid() ? QVariant(until.toString(Qt::ISODate)) : nullValue);
                insertTerm.bindValue(5, created);
                insertTerm.bindValue(6, created);
                insertTerm.bindValue(7, idText(changedBy));
                exec(insertTerm, "inserting a lead term");
                ++rows;
                ++termCount;
            };
            if (formerLead) {
                term(formerLead, start, handOver);
                term(lead, handOver, {});
            } else {
                term(lead, start, {});
            }
        }
    }

    pragma.exec(u"UPDATE sync_state SET applying = 0"_s);
    if (!db.commit()) {
        std::fprintf(stderr, "regie-generate: commit failed: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    // The connection is removed on close; nothing may still use it.
    for (QSqlQuery *q : {&pragma, &insertOrg, &insertPerson, &insertProject, &insertParticipation, &insertTerm,
                         &insertGoal, &insertMilestone})
        *q = QSqlQuery();
    db = QSqlDatabase();
    store.close();

    std::printf("regie-generate: %s\n", qPrintable(out));
    std::printf("  organisations  %lld (342 municipalities, 12 provinces)\n", organisationCount);
    std::printf("  people         %lld\n", qint64(people.size()));
    std::printf("  projects       %d\n", projectCount);
    std::printf("  participations %lld\n", participationCount);
    std::printf("  lead terms     %lld\n", termCount);
    std::printf("  goals          %lld\n", goalCount);
    std::printf("  milestones     %lld\n", milestoneCount);
    std::printf("  %lld rows in %.1f s, %.0f rows/s, file %.1f MB\n", rows, seconds, double(rows) / seconds,
                double(QFileInfo(out).size()) / 1e6);
    return 0;
}
