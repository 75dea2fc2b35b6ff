#pragma once

// The run's options, the callgrind sections and the alternating timing of
// Regie and raw.

#include "benchsupport.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

#ifdef REGIE_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#endif

namespace Bench::List {

using namespace Qt::StringLiterals;

// Brackets one measured section for callgrind (--callgrind): counts start at
// zero before it and are dumped, named, after it.
class Section
{
public:
    Section(bool enabled, const QString &name)
        : m_enabled(enabled)
        , m_name(name.toUtf8())
    {
#ifdef REGIE_HAVE_CALLGRIND
        if (m_enabled)
            CALLGRIND_ZERO_STATS;
#endif
    }
    ~Section()
    {
#ifdef REGIE_HAVE_CALLGRIND
        if (m_enabled)
            CALLGRIND_DUMP_STATS_AT(m_name.constData());
#endif
    }
    Section(const Section &) = delete;
    Section &operator=(const Section &) = delete;

private:
    bool m_enabled;
    QByteArray m_name;
};

struct Options {
    QString db;
    int repeat = 20;
    bool callgrind = false;
};

/// Times @p regie and @p raw alternately, once each untimed to warm the
/// caches first, and returns the medians in ms.
template<typename Regie, typename Raw>
std::pair<double, double> measure(const Options &o, const QString &name, Regie regie, Raw raw)
{
    regie();
    raw();
    std::vector<double> a, b;
    for (int i = 0; i < o.repeat; ++i) {
        {
            Section s(o.callgrind, name + u" regie"_s);
            a.push_back(ms(regie()));
        }
        {
            Section s(o.callgrind, name + u" raw"_s);
            b.push_back(ms(raw()));
        }
    }
    return {median(a), median(b)};
}

} // namespace Bench::List
