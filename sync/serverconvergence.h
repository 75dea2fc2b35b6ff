#pragma once

#include <QStringList>

/// Server step 6: every laptop converges (docs/SYNC.md, "What the sync
/// promises"). An answer carries the server's row wherever the laptop would
/// otherwise keep values or a version the server does not have: a re-sent
/// batch, a change that found the value already there, a delete of a row
/// already deleted (no longer a conflict). A row is never created later
/// than the server's clock.
namespace Sync::ServerConvergence {

QStringList statements();

} // namespace Sync::ServerConvergence
