#pragma once

#include "convergecheck.h"
#include "convergeedits.h"
#include "convergeworld.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>

namespace TestLib {
class FaultProxy;
class PgServer;
}

namespace Converge {

/// What a run is asked to do.
struct Settings {
    int run = 0;
    quint64 seed = 0;
    int clients = 10;
    int rounds = 150;
    bool faults = true;
    /// Scenarios left out: double-hand-over, double-delete, rival-edits, lost-answer, cut, kill, skew.
    QStringList without;
};

/// What a run did and found.
struct Counts {
    int edits = 0; ///< edits the store took
    int changes = 0; ///< outbox entries they made
    int refusedLocally = 0; ///< edits the store's own rules refused
    int skipped = 0;
    int doubleHandOvers = 0;
    int doubleRemovals = 0;
    int rivalEdits = 0;
    int syncs = 0;
    int failedSyncs = 0; ///< passes that failed while edits went on
    QMap<QString, int> failures; ///< why they failed (ids left out), how often
    int lostAnswers = 0, lostAnswersArmed = 0;
    int cuts = 0, cutsArmed = 0;
    int kills = 0, killsFinished = 0;
    int reportedConflicts = 0; ///< Report::conflicts of the syncs this process saw
    int unseenConflicts = 0; ///< acknowledged by passes that failed or were killed
    int localConflicts = 0;
    int serverConflicts = 0;
    int refusedByServer = 0;
    int quarantined = 0;
    int keptInTheWay = 0; ///< of those, local rows a pull found in a server row's place
    int settleRounds = 0;
    int clockAhead = -1; ///< the laptop whose clock runs ahead, if any
    qint64 ms = 0;
    qint64 setupMs = 0, editsMs = 0, settleMs = 0; ///< of ms: before the edits, the edits, syncing until quiet
};

/// One run: a fresh server database, ten laptops, random offline edits and
/// syncs with faults between them, then syncs until nothing moves, then
/// the check of every laptop against the server.
class Run
{
public:
    Run(TestLib::PgServer &server, const Region &region, const QList<TestLib::FaultProxy *> &proxies,
        const Settings &settings);

    void execute();
    const Counts &counts() const { return m_counts; }
    const QList<Divergence> &divergences() const { return m_divergences; }

private:
    enum class Fault { None, LostAnswer, Cut, Kill };

    void editRound();
    /// Takes in the changes @p laptop's last edit queued.
    void capture(Laptop &laptop);
    void doubleHandOver();
    void doubleRemoval();
    void lostConflict();
    /// Another laptop of @p laptop's organisation and role, if there is one.
    Laptop *colleague(const Laptop &laptop);
    /// One sync of @p laptop, with @p fault on the way; false when it failed.
    bool sync(Laptop &laptop, Fault fault);
    void killedSync(Laptop &laptop);
    /// Notes the projects a sync removed from @p laptop (it had @p before);
    /// one the user still sees on the server is a divergence.
    void noteLost(Laptop &laptop, const QStringList &before);
    void settle();
    /// Compares every laptop with the server; @p when prefixes what it finds.
    void check(const QString &when);
    Fault randomFault(Laptop &laptop);
    TestLib::FaultProxy &proxy(const Laptop &laptop) const;

    Settings m_settings;
    QList<TestLib::FaultProxy *> m_proxies;
    QRandomGenerator m_rng;
    World m_world;
    RandomEdits m_edits;
    Counts m_counts;
    QList<Divergence> m_divergences;
    QHash<int, QString> m_failing; ///< laptop index to its last sync error
};

} // namespace Converge
