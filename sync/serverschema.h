#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Sync::ServerSchema {

/// The newest server schema this build knows.
int currentVersion();
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
