#pragma once

// The timed figures of the project list: the first screen, a filter, the
// count and the next page, each beside the same work done raw.

#include "benchsupport.h"

namespace Bench::List {

struct Options;

void firstScreen(const Options &o, Bench::Report &report);
void filter(const Options &o, Bench::Report &report);
void count(const Options &o, Bench::Report &report);
void nextPage(const Options &o, Bench::Report &report);

} // namespace Bench::List
