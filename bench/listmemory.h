#pragma once

// Peak memory of the list model and of plain rows holding the same pages,
// each measured in a child process.

#include "benchsupport.h"

#include <QList>
#include <QString>

namespace Bench::List {

struct Options;

// Runs in a child process, so that each side starts from the same empty
// process: prints the peak resident memory after the first screen and after
// scrolling to each of @p marks rows.
int probeMemory(const QString &kind, const QString &path, const QList<int> &marks);
/// Adds the memory figures of both sides to @p report.
void memory(const Options &o, Bench::Report &report);

} // namespace Bench::List
