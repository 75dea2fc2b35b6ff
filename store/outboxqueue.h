#pragma once

#include "model/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Model::SyncSchema {
struct Table;
}

namespace Store {

/// One local edit waiting for the server, as the capture triggers wrote it.
struct OutboxEntry {
    qint64 seq = 0;
    QString changeId, table, rowId, op;
    QString fields, base; ///< JSON objects, values as the triggers write them
    QString createdAt;
};

/// The outbox: local edits waiting for the server, in the order they were
/// made. The capture triggers fill it in the edit's own transaction; the
/// sync takes entries out when the server has answered them, queues rows
/// again for a restored server, and sets edits aside (sync_quarantine) that
/// can no longer be sent. Works on the connection it is given, in the
/// transaction its caller holds; used by one thread only.
class OutboxQueue
{
public:
    explicit OutboxQueue(QSqlDatabase db);

    /// How many edits wait; 0 when that cannot be read.
    qint64 size();
    /// True only when the outbox is known to be empty.
    bool isEmpty();
    /// The oldest @p limit entries, oldest first.
    Model::Result<QList<OutboxEntry>> oldest(int limit);
    /// Takes out every entry up to @p seq: the server has answered them.
    Model::Status acknowledge(qint64 seq);

    /// The fields of the edits of row @p id of @p table still waiting.
    QSet<QString> pendingFields(const QString &table, const QString &id);
    /// Per row of @p table, how many of its edits wait.
    Model::Result<QHash<QString, int>> pendingCounts(const QString &table);

    /// Queues an edit of row @p id of @p table again (for a server that lost
    /// it); earlier entries of the row are folded into it.
    Model::Status requeue(const QString &table, const QString &id, const QString &op, const QString &fields,
                          const QString &base, const QString &createdAt);
    /// Takes out the entries of rows of @p table that are no longer here.
    Model::Status dropVanished(const QString &table);

    /// Moves the waiting edits of row @p id of @p table to sync_quarantine,
    /// with @p reason, for the user to export.
    Model::Status setAside(const Model::SyncSchema::Table &table, const QString &id, const QString &reason);
    /// Moves the waiting edits of project @p project, and the refused edits
    /// it still shows, to sync_quarantine: the user no longer sees it.
    Model::Status setAsideProject(const QString &project);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_fold; ///< requeue()'s statements, prepared once
    std::optional<QSqlQuery> m_queue;
};

} // namespace Store
