#pragma once

#include "model/synctables.h"

#include "model/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Sync::ServerSchema {

/// The newest server schema this build knows.
int currentVersion();

/// Whether a server of schema @p version has @p table: the knowledge base's
/// tables come with step 8, the offers to be asked and the consultations
/// with step 10, and a laptop neither pulls nor asks for them from an
/// older server.
bool hasTable(const Model::SyncSchema::Table &table, int version);
/// Whether a server at step @p version has @p column of @p table (a
/// column a later step added is missing on an older server).
bool hasColumn(const Model::SyncSchema::Table &table, const QString &column, int version);
/// The oldest client protocol the current schema still serves.
constexpr int MinimumProtocol = 1;
/// Group role whose members are Regie users; the row-level security
/// policies are written for it.
inline constexpr const char *UsersRole = "regie_users";

/// The schema version of the server database, 0 where Regie was never
/// installed there, -1 where it cannot be read.
int version(const QSqlDatabase &db);

/// Brings the server database up to @p target with numbered steps, each in
/// its own transaction that also records the new version. Run by regie-admin
/// as the owner of the Regie tables; refuses a database newer than this build.
Model::Status migrate(QSqlDatabase &db, int target = currentVersion());

/// @p script's statements, separated by lines of "--".
QStringList splitScript(const char *script);

/// The SQL of step @p version (for tests and for reading).
QStringList statements(int version);

} // namespace Sync::ServerSchema
