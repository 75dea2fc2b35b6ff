#pragma once

// The run's options and the alternating timing of Regie and raw.

#include "benchsupport.h"

#include <QElapsedTimer>
#include <QString>

#include <utility>
#include <vector>

namespace Bench::Plan {

struct Options {
    QString db;
    int repeat = 20;
    bool explain = false;
};

/// Times @p regie and @p raw alternately, once each untimed to warm the
/// caches first, and returns the medians in ms.
template<typename Regie, typename Raw>
std::pair<double, double> measure(const Options &o, Regie regie, Raw raw)
{
    regie();
    raw();
    std::vector<double> a, b;
    for (int i = 0; i < o.repeat; ++i) {
        a.push_back(ms(regie()));
        b.push_back(ms(raw()));
    }
    return {median(a), median(b)};
}

template<typename Work>
qint64 timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

} // namespace Bench::Plan
