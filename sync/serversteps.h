#pragma once

#include "model/synctables.h"

#include <QStringList>

/// What steps 1 and 3 derive from model/synctables.cpp, and server steps
/// 2 to 4 (tombstones, the plan's rules, closed projects); step 1's SQL and
/// the driver are in serverschema.cpp, step 5 in servertrust.cpp.
namespace Sync::ServerSteps {

/// The tables @p names with their change feed and stamp (steps 1 and 3).
QStringList syncTables(const QStringList &names);
/// Who may read (and, before step 5, write) the rows of the tables @p names.
QStringList syncPolicies(const QStringList &names);
/// Step 2: the tombstone horizon.
QStringList housekeeping();
/// regie_purge() over @p tables, children before parents; made again by each
/// step that adds synced tables.
QString purgeFunction(const QList<Model::SyncSchema::Table> &tables);
/// Step 3: the rules the plan's tables keep on the server as locally.
QStringList planRules();
/// Step 4: the closing rule and read-only closed projects.
QStringList closing();

} // namespace Sync::ServerSteps
