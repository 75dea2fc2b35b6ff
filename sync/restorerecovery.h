#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Sync {

struct Report;

/// Brings a laptop and a server restored from a backup together again.
///
/// A restored server has lost what was written after the backup, while a
/// laptop that synced past that point still holds it. Each server has an
/// incarnation (regie_meta 'incarnation'), replaced by every restore; the
/// laptop keeps the one it last synced with (local_setting
/// 'server_incarnation'). When they differ, run() reads every row the user
/// may see and compares it with the laptop's, in one local transaction:
///
/// - a row only the server has, or one where the server is ahead, is taken
///   as a pull takes it (pending fields kept);
/// - a live row only the laptop has is queued again as an insert; a row
///   where the laptop is ahead (a higher version than the server's, not
///   counting its own unsent edits) is queued as an update of the fields
///   that differ, with the server's values as base, so it applies cleanly.
///   Earlier outbox entries of such a row are folded into the new one;
/// - a tombstone the server lacks (purged there, or deleted after the
///   backup) is removed, with the rows of a project removed that way.
///
/// The cursor then starts at the watermark read before the comparison and
/// the new incarnation is stored, in the same transaction. The push that
/// follows sends what was queued.
class RestoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    RestoreRecovery(QSqlDatabase local, QSqlDatabase server);

    /// Compares and queues when @p incarnation differs from the stored one;
    /// a laptop that stored none yet (new, or from before incarnations)
    /// only stores it. Fills report.serverRestored, resent and pulled.
    Model::Status run(const QString &incarnation, Report &report);

    /// Statements sent to the server by run().
    int roundTrips() const { return m_roundTrips; }

private:
    Model::Status recover(Report &report);
    bool storeIncarnation(const QString &incarnation);

    QSqlDatabase m_local;
    QSqlDatabase m_server;
    QString m_incarnation;
    int m_roundTrips = 0;
};

} // namespace Sync
