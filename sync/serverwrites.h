#pragma once

// Server step 5's SQL for writing: the checks of every rule
// (regie_check_write and its helpers) and the push that applies changes
// through them. servertrust.cpp puts them into the step.

namespace Sync::ServerTrust {

/// regie_may_see, regie_speaks_for, regie_refuse, regie_check_write.
extern const char *const WriteChecks;
/// regie_apply_change and regie_push; "@LOCK@" stands for the lock timeout.
extern const char *const Push;

} // namespace Sync::ServerTrust
