#pragma once

#include "model/result.h"
#include "model/synctables.h"
#include "outboxqueue.h"
#include "rowwriter.h"
#include "sentvalues.h"
#include "syncpassledger.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Store {

/// Writes rows that came from the server into the local store, inside a
/// transaction the caller holds, without capturing them as local edits.
/// A row with edits still waiting in the outbox is merged: the server's
/// values go into the other fields only, so a pending edit is never lost.
/// Used by the sync on its own connection.
class LocalApply
{
public:
    explicit LocalApply(QSqlDatabase db);

    /// Quiets the capture triggers until end(); both inside the transaction.
    bool begin();
    bool end();

    /// Writes @p row (column name -> local value, including the bookkeeping
    /// columns) into @p table. Rows that break a rule of the local schema
    /// only because of their order within a page (two leads for a moment
    /// during a hand-over) are kept and tried again by flush().
    Model::Status apply(const Model::SyncSchema::Table &table, const QVariantMap &row);
    /// Retries the rows apply() had to keep until no more succeed. With
    /// @p keepOrphans, rows whose parent is not here (a project that became
    /// visible, whose older rows the pull has passed) are set aside in
    /// orphans() instead of failing: the caller fetches their project whole.
    /// A local row that still stands in the way of a server row (a second
    /// current lead the server never took) is removed, its pending edits
    /// kept aside in sync_quarantine, and listed in removed(): no local rule
    /// stops a pull.
    Model::Status flush(bool keepOrphans = false);

    /// Removes row @p id of @p table here, and first the local rows that
    /// refer to it. With a @p reason, their pending edits move to
    /// sync_quarantine with it; without, they stay in the outbox (the
    /// server will refuse them in turn). Each row is listed in removed().
    Model::Status remove(const Model::SyncSchema::Table &table, const QString &id, const QString &reason = {});
    /// Removes row @p id of @p table here unless another row still refers
    /// to it; answers whether it went. Its pending edits stay.
    bool drop(const Model::SyncSchema::Table &table, const QString &id);
    /// Removes every row of project @p project here, children first (its
    /// pending edits set aside before, see OutboxQueue::setAsideProject()).
    Model::Status removeProject(const QString &project);
    /// Rows remove() took away, by table: the caller fetches them again, so
    /// that those the server has come back as it has them.
    const QHash<QString, QStringList> &removed() const { return m_removed; }
    void clearRemoved() { m_removed.clear(); }
    /// While set, a row that still fails after flush()'s rounds is dropped
    /// (it arrives again later in the feed) instead of removing local rows.
    void setDropStuck(bool drop) { m_dropStuck = drop; }
    struct Orphan {
        const Model::SyncSchema::Table *table;
        QVariantMap row;
    };
    const QList<Orphan> &orphans() const { return m_orphans; }

    int changedTables() const { return m_changed; }
    /// What this laptop sent, compared with every row written here.
    SentValues &sent() { return m_sent; }

private:
    Model::Status write(const Model::SyncSchema::Table &table, const QVariantMap &row);
    Model::Status exec(QSqlQuery &q, const Model::SyncSchema::Table &table, const QString &id);
    /// Local rows of @p table that a unique index gives the same place as @p row.
    Model::Result<QStringList> standingInTheWay(const Model::SyncSchema::Table &table, const QVariantMap &row);
    /// Columns of other synced tables that refer to @p table.
    QList<QPair<const Model::SyncSchema::Table *, QString>> referrers(const QString &table);

    struct Deferred {
        const Model::SyncSchema::Table *table;
        QVariantMap row;
        QString error;
    };
    QSqlDatabase m_db;
    OutboxQueue m_outbox;
    SyncPassLedger m_ledger;
    RowWriter m_rows; // the store's row writer: columns from the table description
    SentValues m_sent;
    QList<Deferred> m_deferred;
    QList<Orphan> m_orphans;
    QHash<QString, QStringList> m_removed;
    bool m_dropStuck = false;
    bool m_outboxEmpty = false;
    int m_changed = 0;
    bool m_participations = false; ///< a participation was written or removed
};

} // namespace Store
