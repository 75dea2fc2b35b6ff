#pragma once

// What every benchmark program shares: failing loudly, medians, resident
// memory, and the report that prints each figure beside its baseline.

#include <QJsonDocument>
#include <QList>
#include <QString>

#include <vector>

namespace Bench {

/// Prints "<program>: message" to stderr and exits with 1.
[[noreturn]] void die(const QString &message);

double ms(qint64 ns);
double median(std::vector<double> values);
/// The value below which @p fraction (0.95) of @p values lie (nearest rank).
double percentile(std::vector<double> values, double fraction);
/// A field of /proc/self/status ("VmHWM", "VmRSS"), in MB; -1 if unknown.
double statusMb(const char *field);

/// One figure: Regie beside the same work done raw, with a target for the
/// ratio (ms figures) or for Regie's own megabytes (memory figures).
struct Figure {
    QString name;
    double regie = 0;
    double raw = 0;
    QString unit;
    double target = 0; ///< 0 for none
    bool memory = false;
    QString measures = {}; ///< what the figure is, one line; may be empty
    bool limit = false; ///< the target is a ceiling for Regie's own figure (ms), not a ratio

    double ratio() const { return raw > 0 ? regie / raw : 0; }
    bool hasTarget() const { return target > 0; }
    bool pass() const
    {
        if (!hasTarget())
            return true;
        if (memory)
            return regie < target;
        return limit ? regie <= target : ratio() <= target;
    }
};

/// Prints figures as they come (names padded to @p nameWidth) and keeps
/// them for the JSON file and the final verdict.
class Report
{
public:
    explicit Report(int nameWidth = 28);
    void add(const Figure &figure);
    bool allPass() const;
    QJsonDocument json(const QString &database, int repeat) const;

private:
    int m_nameWidth;
    QList<Figure> m_figures;
};

} // namespace Bench
