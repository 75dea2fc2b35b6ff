#pragma once

#include "model/synctables.h"

#include <QStringList>

namespace Store::ChangeCapture {

/// SQL that makes SQLite record every local edit of @p table in the outbox,
/// inside the transaction of the edit itself: an AFTER INSERT and an AFTER
/// UPDATE trigger. Each outbox entry holds the changed fields' new values
/// and their values before the edit (the base the server compares against).
/// The triggers stay quiet while sync_state.applying is set, so rows that
/// come from the server are not sent back.
QStringList triggers(const Model::SyncSchema::Table &table);

/// SQL that queues every row already in @p table as an insert, so that
/// work done before sync existed reaches the server too.
QString queueExisting(const Model::SyncSchema::Table &table);

/// SQL for a trigger that undoes the bookkeeping (version, updated_at,
/// changed_by) of a local save that changed no synced field: nothing goes
/// to the server then, so the row must stay as the server has it.
QString keepBookkeeping(const Model::SyncSchema::Table &table);

/// SQL that drops the triggers of @p table (before making new ones).
QStringList dropTriggers(const Model::SyncSchema::Table &table);

/// A fresh UUID as an SQLite expression, for rows made inside SQL.
QString uuidExpression();

} // namespace Store::ChangeCapture
