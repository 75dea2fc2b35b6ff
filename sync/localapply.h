#pragma once

#include "model/result.h"
#include "model/synctables.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Sync {

/// Writes rows that came from the server into the local store, inside a
/// transaction the caller holds, without capturing them as local edits.
/// A row with edits still waiting in the outbox is merged: the server's
/// values go into the other fields only, so a pending edit is never lost.
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
    Model::Status flush(bool keepOrphans = false);
    struct Orphan {
        const Model::SyncSchema::Table *table;
        QVariantMap row;
    };
    const QList<Orphan> &orphans() const { return m_orphans; }

    int changedTables() const { return m_changed; }

private:
    Model::Status write(const Model::SyncSchema::Table &table, const QVariantMap &row);
    QSet<QString> pendingFields(const QString &table, const QString &id);

    struct Deferred {
        const Model::SyncSchema::Table *table;
        QVariantMap row;
        QString error;
    };
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_upserts; // prepared once per table
    QList<Deferred> m_deferred;
    QList<Orphan> m_orphans;
    bool m_outboxEmpty = false;
    int m_changed = 0;
};


} // namespace Sync
