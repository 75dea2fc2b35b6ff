#pragma once

// The project search: the index beside a LIKE scan of the same texts.

#include "benchsupport.h"

namespace Bench::List {

struct Options;

// What a user waits for per search, as p95: the index (through the store and
// the model, as the list shows it) beside a LIKE scan of the same folded
// texts with sqlite3 (what a search without the index costs); both must find
// the same projects, every one of them, not only the first page.
void search(const Options &o, Bench::Report &report);

} // namespace Bench::List
