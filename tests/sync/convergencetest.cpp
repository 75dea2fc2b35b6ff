#include "convergerun.h"

#include "testlib/faultproxy.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

/// Ten laptops edit offline at random and sync now and then, through a
/// relay that loses answers and cuts connections, some killed in the middle
/// of a sync; afterwards every laptop must hold exactly what the server lets
/// its user see, with nothing left in its outbox, nothing kept aside that
/// did not have to be, every change applied once and every conflict
/// recorded alike on both sides (docs/SYNC.md, "What the sync promises").
///
/// Environment:
/// - REGIE_CONVERGE_RUNS: runs (default 2); REGIE_CONVERGE_SEED: the first
///   run's seed (default random, printed; run N uses seed + N; without
///   faults a seed repeats its run exactly);
/// - REGIE_CONVERGE_CLIENTS (10), REGIE_CONVERGE_ROUNDS (150);
/// - REGIE_CONVERGE_FAULTS=0: no lost answers, cut pulls or killed syncs;
/// - REGIE_CONVERGE_WITHOUT: scenarios left out, comma-separated:
///   double-hand-over, double-delete, rival-edits, lost-answer, cut, kill,
///   skew (one laptop's clock two hours ahead);
/// - REGIE_CONVERGE_LINES: divergence lines printed per run (15);
/// - REGIE_CONVERGE_KEEP=FOLDER: keep the laptops' files there;
/// - REGIE_CONVERGE_WAIT=1: a sync that lost its connection waits the
///   session's pause before it connects again (by default the next pass
///   starts at once).
/// All runs are one test function: for more than about 40 runs raise Qt
/// Test's five-minute limit, e.g. QTEST_FUNCTION_TIMEOUT=7200000 (ms).
class ConvergenceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    std::vector<std::unique_ptr<TestLib::FaultProxy>> m_proxies;
    Converge::Region m_region;

    static int setting(const char *name, int fallback)
    {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue(name, &ok);
        return ok ? v : fallback;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        m_server = std::make_unique<TestLib::PgServer>();
        m_region = Converge::World::prepareTemplate(*m_server);
    }

    void cleanupTestCase()
    {
        m_proxies.clear();
        m_server.reset();
    }

    void shouldConvergeAfterRandomOfflineEditsAndFaults()
    {
        const int runs = setting("REGIE_CONVERGE_RUNS", 2);
        const int clients = std::max(2, setting("REGIE_CONVERGE_CLIENTS", 10));
        const int rounds = setting("REGIE_CONVERGE_ROUNDS", 150);
        const bool faults = setting("REGIE_CONVERGE_FAULTS", 1) != 0;
        const int lines = setting("REGIE_CONVERGE_LINES", 15);
        bool seeded = false;
        quint64 seed = qEnvironmentVariable("REGIE_CONVERGE_SEED").toULongLong(&seeded);
        if (!seeded)
            seed = QRandomGenerator::global()->bounded(1u << 30);
        std::printf("convergence: seed %llu (REGIE_CONVERGE_SEED=%llu to repeat)\n", seed, seed);
        // One relay per laptop: a fault armed for one laptop hits only its connections.
        QList<TestLib::FaultProxy *> proxies;
        while (int(m_proxies.size()) < clients)
            m_proxies.push_back(std::make_unique<TestLib::FaultProxy>(m_server->port()));
        for (const auto &p : m_proxies)
            proxies << p.get();

        int edits = 0;
        int conflicts = 0;
        int diverged = 0;
        int divergedRuns = 0;
        QMap<QString, std::pair<int, QString>> kinds; // kind: count, first line with its seed
        for (int run = 0; run < runs; ++run) {
            const Converge::Settings settings{run, seed + quint64(run), clients, rounds, faults,
                                              qEnvironmentVariable("REGIE_CONVERGE_WITHOUT").split(u',')};
            Converge::Run r(*m_server, m_region, proxies, settings);
            r.execute();
            const Converge::Counts &c = r.counts();
            edits += c.edits;
            conflicts += c.serverConflicts;
            const auto &found = r.divergences();
            std::printf("run %d (seed %llu): %d edits (%d changes), %d refused locally, %d refused by the server, "
                        "%d kept aside (%d in a server row's way); %d conflicts (%d on the laptops, %d reported by "
                        "syncs, %d acknowledged by passes that failed or were killed); %d syncs, %d failed; faults: "
                        "%d/%d answers lost, %d/%d pulls cut, %d sync processes killed (%d finished first), %d double "
                        "hand-overs, %d double deletes, %d rival edits, clock ahead on laptop %d; quiet after %d "
                        "rounds; %lld ms (%lld setting up, %lld editing, %lld syncing until quiet); %lld diverged\n",
                        run, settings.seed, c.edits, c.changes, c.refusedLocally, c.refusedByServer, c.quarantined,
                        c.keptInTheWay, c.serverConflicts, c.localConflicts, c.reportedConflicts, c.unseenConflicts,
                        c.syncs, c.failedSyncs, c.lostAnswers, c.lostAnswersArmed, c.cuts, c.cutsArmed,
                        c.kills - c.killsFinished, c.killsFinished, c.doubleHandOvers, c.doubleRemovals, c.rivalEdits,
                        c.clockAhead, c.settleRounds, c.ms, c.setupMs, c.editsMs, c.settleMs, qlonglong(found.size()));
            for (auto it = c.failures.cbegin(); it != c.failures.cend(); ++it)
                std::printf("  a sync failed %d times: %s\n", it.value(), qPrintable(it.key()));
            if (!found.isEmpty()) {
                ++divergedRuns;
                std::printf("run %d diverged: REGIE_CONVERGE_SEED=%llu REGIE_CONVERGE_RUNS=1 to repeat\n", run,
                            settings.seed);
            }
            QMap<QString, int> here;
            for (const auto &d : found)
                ++here[d.kind];
            for (auto it = here.cbegin(); it != here.cend(); ++it)
                std::printf("  %3d  %s\n", it.value(), qPrintable(it.key()));
            for (int i = 0; i < found.size(); ++i) {
                if (i < lines)
                    std::printf("  %s\n", qPrintable(found.at(i).line));
                auto &k = kinds[found.at(i).kind];
                if (k.first++ == 0)
                    k.second = u"seed %1: %2"_s.arg(settings.seed).arg(found.at(i).line);
            }
            diverged += int(found.size());
            std::fflush(stdout);
        }
        if (!kinds.isEmpty()) {
            std::printf("divergences by kind:\n");
            for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
                std::printf("  %5d  %s\n         e.g. %s\n", it->first, qPrintable(it.key()), qPrintable(it->second));
        }
        std::printf("convergence: %d runs, %d clients, %d edits, %d conflicts, %d diverged\n", runs, clients, edits,
                    conflicts, diverged);
        std::fflush(stdout);
        QVERIFY2(diverged == 0, qPrintable(u"%1 divergences in %2 of %3 runs (first seed %4)"_s.arg(diverged)
                                               .arg(divergedRuns)
                                               .arg(runs)
                                               .arg(seed)));
    }
};

QTEST_GUILESS_MAIN(ConvergenceTest)
#include "convergencetest.moc"
