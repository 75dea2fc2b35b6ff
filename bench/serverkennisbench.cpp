// The server's knowledge search at national scale: a throwaway PostgreSQL
// server with the Regie schema and millions of Dutch knowledge items from
// the 342 municipalities, searched as a signed-in user through
// regie_search_knowledge (the read rules in its WHERE clause, snippets made)
// beside the same tsquery run by the owner without any read rule: the
// ranked page alone.
//
//   regie-serverkennisbench [--items N] [--sync-items N] [--body-words N] [--repeat N] [--explain]
//
// And the initial sync of --sync-items items (default 250,000; 0 for none)
// to an empty laptop, through the sync session, beside the same rows read raw
// as the same user and written with one sqlite3 transaction into the same
// schema (Bench::rawInitialSync), each with the Dutch search index built.
//
// Items are loaded with COPY from a CSV file (the GIN index built after),
// one in seven a draft, one in five for its organisation only, one in ten for
// its project's partners. Bodies are shorter than the laptop corpus's (about
// --body-words words, default 120): at 2.5 million items the laptop's bodies
// would be 25 GB of text.
#include "benchsupport.h"
#include "dutchnames.h"
#include "kenniswords.h"
#include "rawpull.h"
#include "testlib/pgserver.h"

#include "model/types.h"
#include "model/synctables.h"
#include "sync/serveradmin.h"
#include "sync/serverrow.h"
#include "sync/syncsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;

namespace {

const QStringList Searches = {
    u"woningen"_s,   u"samenwerken"_s,        u"jeugdzorg"_s,           u"warmtenet"_s,
    u"cafe"_s,       u"coördinatie"_s,        u"schuldhulpverlening"_s, u"ideeen bewoners"_s,
    u"\"sociale woningen\""_s, u"Zutphen energiearmoede"_s, u"zonnepanelen scholen"_s,
    u"wachtlijst jeugdhulp gemeenten"_s, u"omgevingswet participatie"_s, u"kwelder"_s,
};

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(sql.left(120) + u": "_s + q.lastError().text());
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

QString csvField(const std::string &text)
{
    QString s = QString::fromStdString(text);
    s.replace(u'"', u"\"\""_s);
    return u'"' + s + u'"';
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

struct World {
    QList<QUuid> organisations;
    QList<QUuid> projects; ///< each led by organisations[i % count], with the next one as partner
};

// The municipalities, a project for every ten of them, and a user of one
// that takes part in a few projects.
World makeRegion(QSqlDatabase admin)
{
    World w;
    QStringList rows;
    for (const Bench::Municipality &m : Bench::municipalities()) {
        const QString name0 = QString::fromUtf8(m.name);
        const QUuid id = QUuid::createUuidV5(QUuid(), name0);
        w.organisations << id;
        QString name = name0;
        rows << u"('%1', '%2', 'municipality')"_s.arg(uuidText(id), name.replace(u"'"_s, u"''"_s));
    }
    exec(admin, u"INSERT INTO organisation (id, name, kind) VALUES "_s + rows.join(u", "_s));
    QStringList projects, participations;
    for (int i = 0; i < 3000; ++i) {
        const QUuid p = QUuid::createUuidV5(QUuid(), u"project %1"_s.arg(i));
        w.projects << p;
        const QUuid lead = w.organisations.at(i % w.organisations.size());
        const QUuid partner = w.organisations.at((i + 1) % w.organisations.size());
        projects << u"('%1', 'Project %2', 'Doel', 'Nu', 'active', '%3')"_s.arg(uuidText(p)).arg(i).arg(uuidText(lead));
        participations << u"(gen_random_uuid(), '%1', '%2', 'lead', '2026-01-01')"_s.arg(uuidText(p), uuidText(lead))
                       << u"(gen_random_uuid(), '%1', '%2', 'partner', '2026-01-01')"_s.arg(uuidText(p), uuidText(partner));
    }
    exec(admin, u"INSERT INTO project (id, name, purpose, urgency, status, created_by_org) VALUES "_s + projects.join(u", "_s));
    exec(admin, u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "_s
                    + participations.join(u", "_s));
    return w;
}

// Writes @p items rows as CSV and loads them with COPY; returns seconds.
double loadItems(QSqlDatabase admin, const World &w, int items, int bodyWords, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    Bench::KennisWords words(20261206);
    const auto &places = Bench::municipalities();
    const QString path = QDir(dir).filePath(u"items.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(u"cannot write "_s + path);
    for (int i = 0; i < items; ++i) {
        const int org = int(words.below(w.organisations.size()));
        words.startItem(places.at(org).name);
        const bool draft = i % 7 == 0;
        QString visibility = u"everyone"_s;
        QString project;
        if (i % 10 == 3) {
            visibility = u"partners"_s;
            project = uuidText(w.projects.at(int(words.below(w.projects.size()))));
        } else if (i % 5 == 0) {
            visibility = u"organisation"_s;
        }
        const QString orgId = uuidText(w.organisations.at(org));
        const QStringList row = {uuidText(QUuid::createUuid()), i % 4 == 0 ? u"lesson"_s : u"practice"_s,
                                 csvField(words.title()), csvField(words.text(50, 100)),
                                 csvField(words.text(bodyWords / 2, bodyWords * 3 / 2)), orgId, project,
                                 draft ? u"draft"_s : u"published"_s, visibility, orgId};
        file.write(row.join(u',').toUtf8());
        file.write("\n");
    }
    file.close();
    std::printf("regie-serverkennisbench: %d items written as CSV (%.0f MB) in %.0f s\n", items,
                file.size() / 1e6, timer.elapsed() / 1000.0);
    std::fflush(stdout);
    exec(admin, u"DROP INDEX knowledge_item_search"_s);
    QElapsedTimer copy;
    copy.start();
    exec(admin, u"COPY knowledge_item (id, kind, title, summary, body, organisation_id, project_id, status, visibility, "
                "created_by_org) FROM '%1' WITH (FORMAT csv)"_s.arg(path));
    exec(admin, u"SET maintenance_work_mem = '1GB'"_s);
    exec(admin, u"CREATE INDEX knowledge_item_search ON knowledge_item USING gin (search_vector)"_s);
    exec(admin, u"VACUUM ANALYZE knowledge_item"_s);
    QFile::remove(path);
    std::printf("regie-serverkennisbench: COPY, the GIN index and ANALYZE took %.0f s\n", copy.elapsed() / 1000.0);
    std::fflush(stdout);
    return timer.elapsed() / 1000.0;
}

// Runs @p sql with @p text as $1 @p repeat times; the client's wall time.
std::vector<double> timed(QSqlDatabase db, const QString &sql, const QString &text, int repeat, int *rows)
{
    std::vector<double> times;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        die(q.lastError().text());
    for (int r = 0; r < repeat; ++r) {
        q.bindValue(0, text);
        QElapsedTimer t;
        t.start();
        if (!q.exec())
            die(sql.left(80) + u": "_s + q.lastError().text());
        int n = 0;
        while (q.next())
            ++n;
        times.push_back(t.nsecsElapsed() / 1e6);
        *rows = n;
    }
    return times;
}

struct Database {
    World world;
    Sync::ServerSettings user;
};

// A database @p name with the region, @p items items and Sanne, a member of
// the municipality that leads the first project and is a partner in another.
Database makeDatabase(TestLib::PgServer &server, const QString &name, int items, int bodyWords, const QString &dir)
{
    server.createDatabase(name);
    QSqlDatabase admin = server.admin(name, u"admin_"_s + name);
    Sync::ServerAdmin administration(admin);
    if (auto s = administration.initialise(); !s.ok())
        die(s.error().message);
    Database d;
    d.world = makeRegion(admin);
    Model::Person me;
    me.id = QUuid::createUuid();
    me.name = u"Sanne"_s;
    me.organisationId = d.world.organisations.at(0);
    const QString login = u"sanne_"_s + name;
    if (auto s = administration.addUser(login, u"bench-wachtwoord"_s, me, u"member"_s); !s.ok())
        die(s.error().message);
    const double loaded = loadItems(admin, d.world, items, bodyWords, dir);
    QSqlQuery size(admin);
    if (size.exec(u"SELECT pg_total_relation_size('knowledge_item'), pg_relation_size('knowledge_item_search')"_s)
        && size.next()) {
        std::printf("regie-serverkennisbench: %d items loaded in %.0f s; table %.0f MB, GIN index %.0f MB\n", items,
                    loaded, size.value(0).toDouble() / 1e6, size.value(1).toDouble() / 1e6);
        std::fflush(stdout);
    }
    d.user.host = u"127.0.0.1"_s;
    d.user.port = server.port();
    d.user.database = name;
    d.user.user = login;
    d.user.password = u"bench-wachtwoord"_s;
    return d;
}

// The first sync of an empty laptop beside the raw pull.
void initialSync(TestLib::PgServer &server, int items, int bodyWords, const QString &dir, bool explainPage)
{
    const Database d = makeDatabase(server, u"regie_sync"_s, items, bodyWords, dir);
    Sync::SyncSession session;
    const QString laptop = QDir(dir).filePath(u"laptop.sqlite"_s);
    if (!session.openLocal(laptop).ok())
        die(u"cannot open the laptop"_s);
    if (auto h = session.connectServer(d.user); !h.ok())
        die(h.error().message);
    QElapsedTimer t;
    t.start();
    const double cpuBefore = cpuMs();
    if (explainPage) {
        QSqlDatabase user = QSqlDatabase::addDatabase(u"QPSQL"_s, u"explain"_s);
        user.setHostName(d.user.host);
        user.setPort(d.user.port);
        user.setDatabaseName(d.user.database);
        user.setUserName(d.user.user);
        user.setPassword(d.user.password);
        if (!user.open())
            die(user.lastError().text());
        QSqlQuery q(user);
        if (!q.exec(u"SELECT sync_txid::text, id::text FROM knowledge_item ORDER BY sync_txid, id OFFSET (SELECT count(*) / 2 FROM knowledge_item) LIMIT 1"_s) || !q.next())
            die(q.lastError().text());
        const QString page = u"SELECT %1 FROM knowledge_item t WHERE t.sync_txid >= '0'::xid8 AND t.sync_txid < '999999999'::xid8 "
                             "AND (t.sync_txid, t.id) > ('%2'::xid8, '%3'::uuid) ORDER BY t.sync_txid, t.id LIMIT 2000"_s
                                 .arg(Sync::ServerRow::selectList(*Model::SyncSchema::table(u"knowledge_item"_s)), q.value(0).toString(), q.value(1).toString());
        if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) "_s + page))
            die(q.lastError().text());
        std::printf("\nEXPLAIN ANALYZE of a knowledge_item feed page in the middle, as the user:\n");
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
    }
    const auto r = session.sync();
    const double regieMs = t.nsecsElapsed() / 1e6;
    const double regieCpu = cpuMs() - cpuBefore;
    if (!r.ok())
        die(r.error().message);
    const double rawCpuBefore = cpuMs();
    const double rawMs = Bench::rawInitialSync(d.user, QDir(dir).filePath(u"raw.sqlite"_s));
    const double rawCpu = cpuMs() - rawCpuBefore;
    std::printf("\ninitial sync of %d items (%d rows pulled in %d round trips): regie %.0f ms (CPU %.0f)  raw %.0f ms "
                "(CPU %.0f)  ratio %.2f  (target <= 2) %s\n",
                items, r.value().pulled, session.serverRoundTrips(), regieMs, regieCpu, rawMs, rawCpu,
                rawMs > 0 ? regieMs / rawMs : 0, regieMs <= 2 * rawMs ? "ok" : "MISSED");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption itemsOption(u"items"_s, u"How many knowledge items (default 2,500,000)."_s, u"N"_s, u"2500000"_s);
    QCommandLineOption bodyOption(u"body-words"_s, u"About this many words in a body (default 120)."_s, u"N"_s, u"120"_s);
    QCommandLineOption repeatOption(u"repeat"_s, u"Runs of each search (default 10)."_s, u"N"_s, u"10"_s);
    QCommandLineOption syncOption(u"sync-items"_s, u"Items for the initial sync (default 250,000; 0 for none)."_s,
                                  u"N"_s, u"250000"_s);
    QCommandLineOption explainOption(u"explain"_s, u"Print EXPLAIN ANALYZE of a feed page of the initial sync."_s);
    parser.addOptions({itemsOption, bodyOption, repeatOption, syncOption, explainOption});
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const int bodyWords = parser.value(bodyOption).toInt();
    const int repeat = std::max(3, parser.value(repeatOption).toInt());

    TestLib::PgServer server;
    QTemporaryDir dir;
    const int syncItems = parser.value(syncOption).toInt();
    if (syncItems > 0)
        initialSync(server, syncItems, bodyWords, dir.path(), parser.isSet(explainOption));
    if (items <= 0)
        return 0;
    const Database d = makeDatabase(server, u"regie_kennis"_s, items, bodyWords, dir.path());
    QSqlDatabase admin = server.admin(u"regie_kennis"_s, u"admin"_s);
    QSqlDatabase user = QSqlDatabase::addDatabase(u"QPSQL"_s, u"user"_s);
    user.setHostName(d.user.host);
    user.setPort(d.user.port);
    user.setDatabaseName(d.user.database);
    user.setUserName(d.user.user);
    user.setPassword(d.user.password);
    if (!user.open())
        die(user.lastError().text());

    const QString regie = u"SELECT * FROM regie_search_knowledge(?, 20)"_s;
    const QString raw = u"SELECT i.id, ts_rank(i.search_vector, q) AS rank FROM knowledge_item i, "
                        "websearch_to_tsquery('regie_dutch_unaccent', ?) q WHERE i.search_vector @@ q "
                        "ORDER BY rank DESC LIMIT 20"_s;
    // Where the rum extension is installed (Debian: postgresql-17-rum), the
    // same ranked page from a RUM index (ranked inside the index) beside it:
    // as the owner, and with the read rules the search function asks.
    bool rum = false;
    {
        QSqlQuery q(admin);
        if (q.exec(u"SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"_s) && q.next()) {
            QElapsedTimer t;
            t.start();
            exec(admin, u"CREATE EXTENSION IF NOT EXISTS rum"_s);
            exec(admin, u"SET maintenance_work_mem = '1GB'"_s);
            exec(admin, u"CREATE INDEX knowledge_item_rum ON knowledge_item USING rum (search_vector rum_tsvector_ops)"_s);
            QSqlQuery size(admin);
            if (size.exec(u"SELECT pg_relation_size('knowledge_item_rum')"_s) && size.next())
                std::printf("regie-serverkennisbench: RUM index %.0f MB, built in %.0f s\n", size.value(0).toDouble() / 1e6,
                            t.elapsed() / 1000.0);
            rum = true;
        }
    }
    const QString rumOwner = u"SELECT i.id FROM knowledge_item i, websearch_to_tsquery('regie_dutch_unaccent', ?) q "
                             "WHERE i.search_vector @@ q ORDER BY i.search_vector <=> q LIMIT 20"_s;
    const QString rumRules = u"SELECT i.id FROM knowledge_item i, websearch_to_tsquery('regie_dutch_unaccent', ?) q "
                             "WHERE i.search_vector @@ q AND NOT i.deleted AND (i.organisation_id = '%1' OR "
                             "(i.status <> 'draft' AND (i.visibility = 'everyone' OR (i.visibility = 'partners' AND "
                             "EXISTS (SELECT 1 FROM participation v WHERE v.project_id = i.project_id AND "
                             "v.organisation_id = '%1' AND NOT v.deleted))))) ORDER BY i.search_vector <=> q LIMIT 20"_s
                                 .arg(uuidText(d.world.organisations.at(0)));
    std::vector<double> allRegie, allRaw, allRum, allRumRules;
    std::printf("\n%-34s %8s %10s %10s %7s %10s %10s\n", "search (20 hits)", "hits", "regie p95", "raw p95", "ratio",
                "rum p95", "rum+rules");
    for (const QString &text : Searches) {
        int regieRows = 0, rawRows = 0;
        timed(user, regie, text, 1, &regieRows); // warm the cache
        timed(admin, raw, text, 1, &rawRows);
        const auto a = timed(user, regie, text, repeat, &regieRows);
        const auto b = timed(admin, raw, text, repeat, &rawRows);
        allRegie.insert(allRegie.end(), a.begin(), a.end());
        allRaw.insert(allRaw.end(), b.begin(), b.end());
        QSqlQuery count(admin);
        count.prepare(u"SELECT count(*) FROM knowledge_item WHERE search_vector @@ "
                      "websearch_to_tsquery('regie_dutch_unaccent', ?)"_s);
        count.bindValue(0, text);
        const long matches = count.exec() && count.next() ? count.value(0).toLongLong() : -1;
        const double pa = Bench::percentile(a, 0.95), pb = Bench::percentile(b, 0.95);
        double pc = 0, pd = 0;
        if (rum) {
            int n = 0;
            timed(admin, rumOwner, text, 1, &n);
            const auto c = timed(admin, rumOwner, text, repeat, &n);
            const auto e = timed(admin, rumRules, text, repeat, &n);
            allRum.insert(allRum.end(), c.begin(), c.end());
            allRumRules.insert(allRumRules.end(), e.begin(), e.end());
            pc = Bench::percentile(c, 0.95);
            pd = Bench::percentile(e, 0.95);
        }
        std::printf("%-34s %8ld %8.1f ms %8.1f ms %7.2f %8.1f ms %8.1f ms\n", qPrintable(text), matches, pa, pb,
                    pb > 0 ? pa / pb : 0, pc, pd);
        std::fflush(stdout);
    }
    const double pa = Bench::percentile(allRegie, 0.95), pb = Bench::percentile(allRaw, 0.95);
    std::printf("\n%-34s %8s %8.1f ms %8.1f ms %7.2f   (target: regie p95 <= 100 ms) %s\n", "all searches", "", pa, pb,
                pb > 0 ? pa / pb : 0, pa <= 100 ? "ok" : "MISSED");
    if (rum) {
        std::printf("%-34s %8s %8.1f ms (RUM, owner)  %8.1f ms (RUM, with the read rules)\n", "all searches", "",
                    Bench::percentile(allRum, 0.95), Bench::percentile(allRumRules, 0.95));
    }
    std::printf("client CPU %.0f ms in all\n", cpuMs());
    return 0;
}
