#pragma once

#include "model/result.h"

#include <QSqlDatabase>

namespace Store::Schema {

/// 'REGI' in the SQLite header, so Regie recognises its own files.
constexpr int ApplicationId = 0x52454749;
/// The newest schema this build knows. Each step in schema.cpp raises it.
int currentVersion();
/// The versions the steps bring a file to, oldest first. A number may be
/// missing: steps are numbered as features are planned, not as they land.
QList<int> versions();

/// The schema version stored in the file (PRAGMA user_version).
int version(const QSqlDatabase &db);

/// Runs the numbered steps from the stored version up to @p target, each in
/// its own transaction together with the new version number. A failed step
/// leaves the database at the previous version.
Model::Status migrate(QSqlDatabase &db, int target = currentVersion());

} // namespace Store::Schema
