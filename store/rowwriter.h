#pragma once

#include "model/meta.h"
#include "model/result.h"
#include "model/synctables.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace Store {

class WriteContext;

/// Writes rows of a synced table as model/synctables.cpp describes it: the
/// column list, the derived columns (sort keys) and the bookkeeping come from
/// the description, not from a list written by hand; an update stamps its
/// rows here too. Shared by the store's
/// aggregates and sync's local apply. Prepared statements are kept per table
/// and column set for as long as the writer lives.
class RowWriter
{
public:
    explicit RowWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    enum class Mode {
        Insert, ///< a new row; an existing id fails
        InsertOrIgnore, ///< a new row; an existing id is left alone (imports)
        Upsert, ///< a new row, or every column of the existing one replaced (pull)
    };

    /// Writes @p row (values by column name, as the local columns hold them).
    /// Derived columns are computed from the fields. Columns @p row does not
    /// name keep their defaults on an insert and become null on an upsert.
    Model::Status write(const Model::SyncSchema::Table &table, const QVariantMap &row, Mode mode);
    /// The statement write() runs, prepared and bound, for a caller that
    /// runs it itself (and reads its error). If SQLite could not prepare it
    /// (a trigger needs what this connection lacks), executing it fails and
    /// lastError() holds why.
    QSqlQuery &bind(const Model::SyncSchema::Table &table, QVariantMap row, Mode mode);

    /// Sets the columns @p set names (values by column name, as the local
    /// columns hold them; an id among them is ignored) on the rows of @p table that @p where picks (SQL
    /// with `?`, bound to @p whereValues in order), and stamps each: updated_at
    /// and changed_by of @p context's write, version one up. A @p set that
    /// names every field of the table also sets the derived columns; a
    /// smaller one leaves them alone. Answers how many rows changed.
    Model::Result<int> update(const Model::SyncSchema::Table &table, QVariantMap set, const WriteContext &context,
                              const QString &where, const QVariantList &whereValues);

    /// Marks the row @p id of @p table deleted (or brings it back) with
    /// update(), if it is not so already. Answers how many rows changed.
    Model::Result<int> setDeleted(const Model::SyncSchema::Table &table, const QUuid &id, bool deleted,
                                  const WriteContext &context);

    /// The bookkeeping of a row written here: @p meta where set, otherwise
    /// this write's moment and actor, version 1.
    static void addBookkeeping(QVariantMap &row, const Model::SyncMeta &meta, const WriteContext &context);

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    QSqlQuery m_failed; ///< the last statement SQLite refused to prepare
};

} // namespace Store
