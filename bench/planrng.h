#pragma once

// The generator's random numbers: the same seed gives the same database on
// every machine.

#include <QDate>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace Bench::Plan {

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    // mt19937_64's output is fixed by the standard, so a seed gives the same
    // database everywhere (std's distributions are not).
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }
    bool chance(int percent) { return below(100) < quint64(percent); }
    double unit() { return double(m_engine() >> 11) / double(1ULL << 53); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }
    template<typename T>
    const T &pick(const std::vector<T> &list) { return list.at(size_t(below(list.size()))); }
    // A version 4 UUID as lower-case text, like QUuid::toString(WithoutBraces).
    std::string uuid()
    {
        const quint64 a = m_engine();
        const quint64 b = m_engine();
        char s[37];
        std::snprintf(s, sizeof s, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xffff),
                      unsigned((a & 0x0fff) | 0x4000), unsigned(((b >> 48) & 0x3fff) | 0x8000),
                      static_cast<unsigned long long>(b & 0xffffffffffffULL));
        return std::string(s, 36);
    }

private:
    std::mt19937_64 m_engine;
};

/// A time of day on @p d from @p firstHour on, as the store stamps rows.
std::string stamp(Rng &rng, const QDate &d, int firstHour = 8);

} // namespace Bench::Plan
