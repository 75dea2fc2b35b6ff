#pragma once

#include "model/synctables.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <limits>

namespace Sync::ServerRow {

/// The SELECT list that reads a synced table's rows from the server as the
/// local store takes them: typed columns, then version, created_at,
/// updated_at, changed_by and, last, sync_txid (all as text where needed).
/// A column that a server at step @p serverSchema lacks (ServerSchema::hasColumn)
/// is read as empty, so that a laptop syncs with a server of an older release.
QString selectList(const Model::SyncSchema::Table &table, int serverSchema = std::numeric_limits<int>::max());

/// The current row of @p q, read with selectList(), as local column values
/// (including the bookkeeping columns but not sync_txid).
QVariantMap fromQuery(const Model::SyncSchema::Table &table, const QSqlQuery &q);

} // namespace Sync::ServerRow
