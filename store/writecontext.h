#pragma once

#include "connection.h"
#include "rowwriter.h"
#include "model/result.h"
#include "model/types.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>

namespace Store {

/// What every aggregate of the local store shares: the connection of this
/// thread, who writes (changed_by), the moment of the current write, and what
/// the last write changed, for the change notifier. Used by one thread only;
/// the aggregates (ProjectStore, GoalStore, ...) are light views on it.
class WriteContext
{
public:
    WriteContext() = default;
    WriteContext(const WriteContext &) = delete;
    WriteContext &operator=(const WriteContext &) = delete;

    Model::Status open(const QString &path) { return m_connection.open(path); }
    void close();
    QSqlDatabase database() const { return m_connection.database(); }

    /// The person recorded as changed_by on every write.
    void setActor(const QUuid &personId) { m_actor = personId; }
    QUuid actor() const { return m_actor; }

    /// Starts a write that touches @p tables (Model::ChangeSet::Table bits):
    /// takes its moment and forgets what the previous write changed.
    void begin(int tables);
    /// The moment of the current write, UTC, ISO 8601 with milliseconds.
    QString now() const;

    /// The rows the current write changed; none named means any row of its tables.
    void setChangedIds(const QList<QUuid> &ids) { m_changes.ids = ids; }
    void addChangedTables(int tables) { m_changes.tables |= tables; }
    const Model::ChangeSet &lastChanges() const { return m_changes; }

    /// Writes whole rows as model/synctables.cpp describes them, keeping its
    /// prepared statements while the connection is open.
    RowWriter &rows();

private:
    Connection m_connection;
    QUuid m_actor;
    QString m_stamp; ///< the time of the current write, set by begin()
    Model::ChangeSet m_changes;
    std::unique_ptr<RowWriter> m_rows; ///< after m_connection: its statements go first
};

} // namespace Store
