#pragma once

#include <QStringList>

/// Server step 7: who sees which project, kept in a table (docs/SYNC.md,
/// "Access gained and lost"). `regie_visible` holds one row per project and
/// organisation that sees it, kept by triggers on project and participation;
/// the read policies look a row's project up there by index instead of
/// building the whole visible set for every statement, and each
/// organisation's `regie_visibility` epoch rises whenever its set changes,
/// so a laptop compares its projects with the server's only then.
namespace Sync::ServerVisibility {

QStringList statements();

/// Grants of what step 7 adds, for the lock-down (nothing before step 7).
QStringList grants();

} // namespace Sync::ServerVisibility
