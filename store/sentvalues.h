#pragma once

#include "model/result.h"
#include "model/synctables.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Store {

/// The values this laptop's user last had written on the server, per field,
/// and the notices that someone else replaced one since (local step 16,
/// docs/SYNC.md "Values replaced"). Works in the sync's transactions on its
/// own connection, like LocalApply, which compares every server row it
/// writes here.
///
/// Only fields the user changed count (an update's fields, not an insert's),
/// and only those a user types: text, dates and numbers. The server does not
/// tell a conflict's resolution from a later edit, so every replacement by
/// another person is noticed; one by the user (from another laptop) just
/// becomes the value sent.
class SentValues
{
public:
    explicit SentValues(QSqlDatabase db);

    /// The server wrote the update @p fields (an outbox entry's JSON, local
    /// values) of row @p rowId, except the fields in @p kept (conflicts: the
    /// server kept its own value there).
    Model::Status record(const Model::SyncSchema::Table &table, const QString &rowId, const QString &fields,
                         const QSet<QString> &kept);
    /// Forgets the values sent of @p fields of row @p rowId: a conflict
    /// tells the user of those already.
    Model::Status forget(const Model::SyncSchema::Table &table, const QString &rowId, const QSet<QString> &fields);
    /// @p row (local values with changed_by and updated_at) is about to
    /// replace the local row: notes each field sent from here that it
    /// changes, unless the same person changed it. Fields in @p pending wait
    /// for the server with a newer value of this laptop: they are skipped.
    Model::Status compare(const Model::SyncSchema::Table &table, const QVariantMap &row, const QSet<QString> &pending);
    /// Notices written by this object.
    int replaced() const { return m_replaced; }

    /// Whether a notice names @p column: text, dates and numbers a user
    /// types, not stored names of choices (a status, a role).
    static bool isNoticed(const Model::SyncSchema::Column &column);
    /// @p value of @p type as sync_sent keeps it, so that values from the
    /// outbox and from the server compare alike.
    static QString canonical(Model::SyncSchema::Type type, const QVariant &value);

private:
    bool load();

    QSqlDatabase m_db;
    bool m_loaded = false;
    QString m_me;
    QSet<QString> m_rows; ///< "table/row id" of every row with a value in sync_sent
    int m_replaced = 0;
};

} // namespace Store
