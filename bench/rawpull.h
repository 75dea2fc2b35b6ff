#pragma once

// The raw baseline of an initial sync: what a laptop's first pass pulls,
// read as the same user (through the read policies) with QPSQL and written
// with one sqlite3 transaction into the same schema, change capture quiet
// and the search indexes' triggers running, as in the app.

#include "sync/syncsession.h"

#include <QString>

namespace Bench {

/// Pulls every synced table raw into a new Regie file at @p path; returns ms.
double rawInitialSync(const Sync::ServerSettings &settings, const QString &path);

} // namespace Bench
