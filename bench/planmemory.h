#pragma once

// Peak memory of the store and of plain structs holding the same plan rows,
// each measured in a child process.

#include "benchsupport.h"

#include <QString>

namespace Bench::Plan {

struct Options;

/// Runs in a child process, so that each side starts from the same empty
/// process: prints the peak resident memory after each step, keeping what
/// it loaded as a view would.
int probeMemory(const QString &kind, const QString &path);
/// Adds the memory figures of both sides to @p report.
void memory(const Options &o, Bench::Report &report);

} // namespace Bench::Plan
