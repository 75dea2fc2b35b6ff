// Sync against a throwaway PostgreSQL server, each figure beside a raw
// baseline measured in the same run:
//
//   initial-sync   100,000, 200,000 and 300,000 rows to an empty laptop  vs
//                  the same SELECTs read raw as the same user (through the
//                  read policies) with QPSQL and written with one sqlite3
//                  transaction
//   incremental    a pass with nothing changed at 20,000, 100,000 and 300,000
//                  rows (round trips and time, vs the pass at the smallest
//                  size), and one change each way
//   explain        (--explain) EXPLAIN ANALYZE of a feed page as the user
//   outbox         a local edit with change capture  vs  the same edit with
//                  the capture triggers quiet
//   concurrent     50 laptops in threads, each editing and syncing in a loop:
//                  syncs per second and p95  vs  pgbench (TPC-B, 50 clients)
//                  on the same server
//
//   regie-syncbench [--rows N[,N...]] [--explain]   (or REGIE_BENCH_ROWS=N[,N...])
#include "benchsupport.h"
#include "rawpull.h"
#include "testlib/pgserver.h"

#include "model/synctables.h"
#include "store/localstore.h"
#include "store/projectsearch.h"
#include "sync/serveradmin.h"
#include "sync/serverrow.h"
#include "sync/syncsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>
#include <mutex>
#include <vector>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using Bench::die;

namespace {

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(sql.left(80) + u": "_s + q.lastError().text());
}

void print(const char *name, double regie, double raw, const char *unit, double target = 0)
{
    const double ratio = raw > 0 ? regie / raw : 0;
    std::printf("%-30s regie %9.1f %s  raw %9.1f %s  ratio %5.2f  %s\n", name, regie, unit, raw, unit, ratio,
                target > 0 ? (ratio <= target ? qPrintable(u"(target <= %1) ok"_s.arg(target))
                                              : qPrintable(u"(target <= %1) MISSED"_s.arg(target)))
                           : "");
    std::fflush(stdout);
}

struct World {
    QString database;
    Sync::ServerSettings settings;
    QString laptop;
};

// A region of @p rows rows in a database of its own, read by one lead of the
// municipality that takes part in every project (two partners).
World makeWorld(TestLib::PgServer &server, int rows, const QString &dir)
{
    const int projects = rows / 5; // each project: itself, three participations, one lead term
    World w;
    w.database = u"regie_%1"_s.arg(rows);
    server.createDatabase(w.database);
    QSqlDatabase admin = server.admin(w.database, u"admin_%1"_s.arg(rows));
    Sync::ServerAdmin a(admin);
    if (auto s = a.initialise(); !s.ok())
        die(s.error().message);
    exec(admin, u"INSERT INTO organisation (id, name, kind) VALUES "
                "('00000000-0000-4000-8000-000000000001', 'Dordrecht', 'municipality'),"
                "('00000000-0000-4000-8000-000000000002', 'Zwijndrecht', 'municipality'),"
                "('00000000-0000-4000-8000-000000000003', 'Papendrecht', 'municipality')"_s);
    Model::Person me;
    me.id = QUuid::createUuid();
    me.name = u"Sanne"_s;
    me.organisationId = QUuid::fromString(u"00000000-0000-4000-8000-000000000001"_s);
    const QString login = u"sanne%1"_s.arg(rows);
    if (auto s = a.addUser(login, u"bench-wachtwoord"_s, me, u"lead"_s); !s.ok())
        die(s.error().message);
    exec(admin, u"INSERT INTO project (id, name, purpose, urgency, status, slogan) SELECT md5('p' || i)::uuid, "
                "'Project ' || i, 'Samen werken aan ' || i, 'Nu', 'active', 'Slogan ' || i "
                "FROM generate_series(1, %1) i"_s.arg(projects));
    exec(admin, u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on, brings) "
                "SELECT md5('q' || i || o)::uuid, md5('p' || i)::uuid, ('00000000-0000-4000-8000-00000000000' || o)::uuid, "
                "CASE o WHEN 1 THEN 'lead' ELSE 'partner' END, '2026-01-01', 'Uren' "
                "FROM generate_series(1, %1) i, generate_series(1, 3) o"_s.arg(projects));
    exec(admin, u"INSERT INTO lead_term (id, project_id, organisation_id, from_date) SELECT md5('t' || i)::uuid, "
                "md5('p' || i)::uuid, '00000000-0000-4000-8000-000000000001', '2026-01-01' "
                "FROM generate_series(1, %1) i"_s.arg(projects));
    exec(admin, u"VACUUM ANALYZE"_s);
    admin.close();
    std::printf("regie-syncbench: %d projects, %d rows on a PostgreSQL test server\n", projects, projects * 5 + 4);
    w.settings.host = u"127.0.0.1"_s;
    w.settings.port = server.port();
    w.settings.database = w.database;
    w.settings.user = login;
    w.settings.password = u"bench-wachtwoord"_s;
    w.laptop = QDir(dir).filePath(u"laptop-%1.sqlite"_s.arg(rows));
    return w;
}

QSqlDatabase userConnection(const World &w, const QString &name)
{
    QSqlDatabase user = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    user.setHostName(w.settings.host);
    user.setPort(w.settings.port);
    user.setDatabaseName(w.settings.database);
    user.setUserName(w.settings.user);
    user.setPassword(w.settings.password);
    if (!user.open())
        die(user.lastError().text());
    return user;
}

// A feed page in the middle of participation, as the sync reads it, and the
// read policy's plan under EXPLAIN ANALYZE.
void explainPage(const World &w)
{
    {
        QSqlDatabase user = userConnection(w, u"explain"_s);
        QSqlQuery q(user);
        if (!q.exec(u"SELECT sync_txid::text, id::text FROM participation ORDER BY sync_txid, id OFFSET (SELECT count(*) / 2 "
                    "FROM participation) LIMIT 1"_s)
            || !q.next())
            die(q.lastError().text());
        const QString page = u"SELECT %1 FROM participation t WHERE t.sync_txid >= '0'::xid8 AND t.sync_txid < "
                             "'%4'::xid8 AND (t.sync_txid, t.id) > ('%2'::xid8, '%3'::uuid) ORDER BY t.sync_txid, "
                             "t.id LIMIT 2000"_s.arg(Sync::ServerRow::selectList(*Model::SyncSchema::table(u"participation"_s)),
                                                     q.value(0).toString(), q.value(1).toString(), u"999999999"_s);
        if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) "_s + page))
            die(q.lastError().text());
        std::printf("  EXPLAIN ANALYZE of a participation page as %s:\n", qPrintable(w.settings.user));
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
        // The same page with the read policy of steps 1 to 6 asked on top
        // (what each page paid before step 7).
        if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) "_s
                    + QString(page).replace(u" ORDER BY"_s, u" AND t.project_id IN (SELECT unnest(regie_visible_projects())) ORDER BY"_s)))
            die(q.lastError().text());
        std::printf("  EXPLAIN ANALYZE of that page with the read policy of steps 1 to 6 on top:\n");
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
        // And what a pass asks of that table when its window holds one row.
        if (!q.exec(u"SELECT max(sync_txid)::text FROM participation"_s) || !q.next())
            die(q.lastError().text());
        const QString last = q.value(0).toString();
        if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT EXISTS (SELECT 1 FROM participation x "
                    "WHERE x.sync_txid >= '%1'::xid8 AND x.sync_txid < s.w) FROM (SELECT regie_watermark() AS w) s"_s.arg(last)))
            die(q.lastError().text());
        std::printf("  EXPLAIN ANALYZE of the window's question for participation, its last rows in the window:\n");
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
        if (!q.exec(u"SELECT regie_watermark()::text"_s) || !q.next())
            die(q.lastError().text());
        const QString lo = q.value(0).toString();
        QStringList columns{u"s.w::text"_s, u"regie_horizon()::text"_s, u"regie_visibility_epoch()"_s};
        for (const auto &t : Model::SyncSchema::tables())
            columns << u"EXISTS (SELECT 1 FROM %1 x WHERE x.sync_txid >= '%2'::xid8 AND x.sync_txid < s.w)"_s.arg(t.name, lo);
        if (!q.exec(u"EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) SELECT %1 FROM (SELECT regie_watermark() AS w) s"_s.arg(
                columns.join(u", "_s))))
            die(q.lastError().text());
        std::printf("  EXPLAIN ANALYZE of a quiet window's question:\n");
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
        user.close();
    }
    QSqlDatabase::removeDatabase(u"explain"_s);
}

struct Pass {
    int roundTrips = 0;
    double ms = 0;
};

// Passes with nothing changed on a laptop that stays connected: the median of 25.
Pass quietPass(Sync::SyncSession &session)
{
    std::vector<double> times;
    int trips = 0;
    for (int i = 0; i < 25; ++i) {
        const int before = session.serverRoundTrips();
        QElapsedTimer t;
        t.start();
        const auto r = session.sync();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok())
            die(r.error().message);
        if (r.value().pulled != 0 || r.value().pushed != 0)
            die(u"a quiet pass moved rows"_s);
        trips = session.serverRoundTrips() - before;
    }
    return {trips, Bench::median(times)};
}

QList<int> sizes(const QString &option)
{
    QString text = option;
    if (text.isEmpty())
        text = qEnvironmentVariable("REGIE_BENCH_ROWS", u"20000,100000,200000,300000"_s);
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed().toInt();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows on the server, one run per size (default 20000,100000,200000,300000)."_s,
                                        u"N[,N...]"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Print EXPLAIN ANALYZE of a feed page at each size."_s);
    parser.addOption(rowsOption);
    parser.addOption(explainOption);
    parser.addHelpOption();
    parser.process(app);
    const QList<int> rowCounts = sizes(parser.value(rowsOption));
    if (rowCounts.isEmpty() || rowCounts.first() <= 0)
        die(u"no sizes to run"_s);

    TestLib::PgServer server;
    QTemporaryDir dir;
    std::optional<World> concurrent; // the world nearest 100,000 rows runs the rest
    std::optional<Pass> smallest;
    for (const int rows : rowCounts) {
        const World w = makeWorld(server, rows, dir.path());
        if (!concurrent || std::abs(rows - 100000) < std::abs(concurrent->database.mid(6).toInt() - 100000))
            concurrent = w;
        if (parser.isSet(explainOption))
            explainPage(w);
        // ---- initial sync
        Sync::SyncSession session;
        if (!session.openLocal(w.laptop).ok())
            die(u"cannot open the laptop"_s);
        if (auto h = session.connectServer(w.settings); !h.ok())
            die(h.error().message);
        QElapsedTimer t;
        t.start();
        const auto r = session.sync();
        const double regieMs = double(t.nsecsElapsed()) / 1e6;
        if (!r.ok())
            die(r.error().message);
        std::printf("  pulled %d rows in %d round trips\n", r.value().pulled, session.serverRoundTrips());
        const double rawMs = Bench::rawInitialSync(w.settings, QDir(dir.path()).filePath(u"raw-%1.sqlite"_s.arg(rows)));
        print(qPrintable(u"initial sync (%1k rows)"_s.arg(rows / 1000)), regieMs, rawMs, "ms", rows >= 100000 ? 2.0 : 0);

        // ---- incremental: nothing changed, on the window's own session
        if (!session.sync().ok()) // settles what the first pass left (the people's check)
            die(u"the second pass failed"_s);
        const Pass quiet = quietPass(session);
        if (!smallest)
            smallest = quiet;
        std::printf("%-30s %d round trips (target <= 6)%s\n", qPrintable(u"nothing changed (%1k rows)"_s.arg(rows / 1000)),
                    quiet.roundTrips, quiet.roundTrips <= 6 ? " ok" : " MISSED");
        print(qPrintable(u"  pass time vs %1k rows"_s.arg(rowCounts.first() / 1000)), quiet.ms, smallest->ms, "ms");

        // ---- incremental: one change each way
        {
            Store::LocalStore local;
            local.open(w.laptop);
            QSqlDatabase admin = server.admin(w.database, u"edit_%1"_s.arg(rows));
            exec(admin, u"UPDATE project SET slogan = 'Van de server' WHERE name = 'Project 2'"_s);
            admin.close();
            QSqlQuery q(local.database());
            q.exec(u"UPDATE project SET slogan = 'Van de laptop' WHERE name = 'Project 1'"_s);
            const int before = session.serverRoundTrips();
            t.restart();
            const auto changed = session.sync();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!changed.ok())
                die(changed.error().message);
            std::printf("%-30s %d round trips, %.1f ms (pushed %d, pulled %d)\n",
                        qPrintable(u"one change each way (%1k)"_s.arg(rows / 1000)), session.serverRoundTrips() - before,
                        ms, changed.value().pushed, changed.value().pulled);
        }
    }

    const World &world = *concurrent;
    const Sync::ServerSettings &settings = world.settings;
    QSqlDatabase admin = server.admin(world.database, u"admin"_s);
    Sync::ServerAdmin a(admin);
    // ---- outbox overhead: the same 2,000 edits with and without capture (on the laptop nearest 100k rows)
    {
        Store::LocalStore local;
        local.open(world.laptop);
        QSqlQuery q(local.database());
        auto run = [&](bool capture) {
            q.exec(capture ? u"UPDATE sync_state SET applying = 0"_s : u"UPDATE sync_state SET applying = 1"_s);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 2000; ++i) {
                q.exec(u"BEGIN IMMEDIATE"_s);
                q.exec(u"UPDATE project SET urgency = 'u%1%2', version = version + 1 WHERE name = 'Project %3'"_s
                           .arg(capture ? u"c"_s : u"r"_s)
                           .arg(i)
                           .arg(i + 1));
                q.exec(u"COMMIT"_s);
            }
            q.exec(u"UPDATE sync_state SET applying = 0"_s);
            return double(t.nsecsElapsed()) / 1e6 / 2000.0 * 1000.0;
        };
        run(false); // warm up
        const double without = run(false);
        const double with = run(true);
        print("local edit with capture", with, without, "us", 2.0);
    }
    // ---- 50 concurrent clients
    {
        constexpr int Clients = 50;
        constexpr int Rounds = 10;
        // Ten municipalities with a project each; five users of each edit it.
        for (int m = 0; m < 10; ++m) {
            const QString org = u"10000000-0000-4000-8000-0000000000%1"_s.arg(m, 2, 10, QLatin1Char('0'));
            exec(admin, u"INSERT INTO organisation (id, name, kind) VALUES ('%1', 'Gemeente %2', 'municipality')"_s.arg(org).arg(m));
            exec(admin, u"INSERT INTO project (id, name, purpose, urgency, status) VALUES (md5('c%1')::uuid, 'Samen %1', "
                        "'Doel', 'Nu', 'active')"_s.arg(m));
            exec(admin, u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "
                        "(md5('cp%1')::uuid, md5('c%1')::uuid, '%2', 'lead', '2026-01-01')"_s.arg(m).arg(org));
            for (int u = 0; u < Clients / 10; ++u) {
                Model::Person p;
                p.id = QUuid::createUuid();
                p.name = u"Gebruiker %1-%2"_s.arg(m).arg(u);
                p.organisationId = QUuid::fromString(org);
                if (auto s = a.addUser(u"c%1_%2"_s.arg(m).arg(u), u"bench-wachtwoord"_s, p, u"lead"_s); !s.ok())
                    die(s.error().message);
            }
        }
        std::mutex lock;
        std::vector<double> latencies;
        int failures = 0;
        QList<QThread *> threads;
        QElapsedTimer wall;
        for (int c = 0; c < Clients; ++c) {
            threads << QThread::create([&, c] {
                Sync::SyncSession session;
                Sync::ServerSettings mine = settings;
                mine.user = u"c%1_%2"_s.arg(c / 5).arg(c % 5);
                const QString file = dir.filePath(u"client-%1.sqlite"_s.arg(c));
                if (!session.openLocal(file).ok() || !session.connectServer(mine).ok() || !session.sync().ok()) {
                    std::lock_guard g(lock);
                    ++failures;
                    return;
                }
                Store::LocalStore local;
                local.open(file);
                QSqlQuery q(local.database());
                for (int r = 0; r < Rounds; ++r) {
                    q.exec(u"UPDATE project SET slogan = 'ronde %1 van %2' WHERE name = 'Samen %3'"_s.arg(r).arg(c).arg(c / 5));
                    QElapsedTimer t;
                    t.start();
                    const bool ok = session.sync().ok();
                    std::lock_guard g(lock);
                    if (ok)
                        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
                    else
                        ++failures;
                }
            });
        }
        wall.start();
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        std::sort(latencies.begin(), latencies.end());
        const double p95 = latencies.empty() ? 0 : latencies[size_t(double(latencies.size()) * 0.95)];
        std::printf("%-30s %zu syncs in %.1f s: %.1f syncs/s, p95 %.1f ms, %d failed\n", "50 clients (edit + sync)",
                    latencies.size(), seconds, double(latencies.size()) / seconds, p95, failures);

        // pgbench on the same server, 50 clients of TPC-B for ten seconds.
        const QString bin = QFileInfo(QStringLiteral("/usr/lib/postgresql")).exists()
            ? QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0)
            : QString();
        const QString pgbench = u"/usr/lib/postgresql/%1/bin/pgbench"_s.arg(bin);
        const QStringList base{u"-h"_s, server.socketDir(), u"-p"_s, QString::number(server.port()), u"-U"_s,
                               u"postgres"_s};
        QProcess init;
        init.start(pgbench, base + QStringList{u"-i"_s, u"-q"_s, u"-s"_s, u"1"_s, world.database});
        init.waitForFinished(120000);
        QProcess run;
        run.start(pgbench, base + QStringList{u"-c"_s, u"50"_s, u"-j"_s, u"2"_s, u"-T"_s, u"10"_s, world.database});
        run.waitForFinished(60000);
        const QString out = QString::fromLocal8Bit(run.readAllStandardOutput());
        bool printed = false;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u"tps"_s) || line.startsWith(u"latency average"_s)) {
                std::printf("  pgbench (TPC-B, 50 clients): %s\n", qPrintable(line.trimmed()));
                printed = true;
            }
        }
        if (!printed)
            std::printf("  pgbench did not run: %s %s\n", qPrintable(QString::fromLocal8Bit(init.readAllStandardError())),
                        qPrintable(QString::fromLocal8Bit(run.readAllStandardError())));
    }
    admin.close();
    return 0;
}
