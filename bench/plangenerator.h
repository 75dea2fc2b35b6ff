#pragma once

// Writes the plan database with a million progress entries (--generate).

#include <QString>

namespace Bench::Plan {

struct Generated {
    qint64 rows = 0;
    double seconds = 0;
};

/// Writes the plan database to @p out: the real open (migrations), then
/// every row with the sqlite3 C API in one transaction, the capture
/// triggers quiet, as a laptop that has synced holds them.
Generated generate(const QString &out);

} // namespace Bench::Plan
