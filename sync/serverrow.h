#pragma once

#include "model/synctables.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace Sync::ServerRow {

/// The SELECT list that reads a synced table's rows from the server as the
/// local store takes them: typed columns, then version, created_at,
/// updated_at, changed_by and, last, sync_txid (all as text where needed).
QString selectList(const Model::SyncSchema::Table &table);

/// The current row of @p q, read with selectList(), as local column values
/// (including the bookkeeping columns but not sync_txid).
QVariantMap fromQuery(const Model::SyncSchema::Table &table, const QSqlQuery &q);

} // namespace Sync::ServerRow
