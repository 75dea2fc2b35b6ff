#pragma once

#include <QStringList>

/// The server trusts no client (server step 5, docs/SYNC.md "Rights"):
/// users' roles read through row-level security and write only through
/// regie_push(), which runs as the NOLOGIN owner role and checks every rule
/// of the rules table itself.
namespace Sync::ServerTrust {

/// The NOLOGIN role that owns the Regie tables and functions.
inline constexpr const char *OwnerRole = "regie_owner";

/// Limits set on every user's LOGIN role, and enforced past them by
/// regie_watermark(), which ends sessions that keep others waiting.
inline constexpr const char *StatementTimeout = "60s";
inline constexpr const char *LockTimeout = "10s";
inline constexpr const char *IdleInTransactionTimeout = "30s";

/// Step 5: the owner role, the rights functions and checks, the push
/// function that applies them, created_by_org filled in and required.
QStringList statements();

/// regie_stamp(), the trigger that stamps every write, as this build has it.
QStringList stampFunction();

/// regie_push() and what it calls to apply a change, as this build has them;
/// made again by each step that changes them (CREATE OR REPLACE).
QStringList pushFunctions();

/// Run after every migration: hands every Regie table and function to the
/// owner role, takes every write privilege from users and PUBLIC, and gives
/// back only reading and the functions users call. Idempotent, so a table a
/// later step adds is locked down with the rest.
QStringList lockDown();

/// `ALTER ROLE … SET` for the limits above, for one user's LOGIN role
/// (role settings are not inherited from regie_users).
QString limitsFor(const QString &quotedLogin);

} // namespace Sync::ServerTrust
