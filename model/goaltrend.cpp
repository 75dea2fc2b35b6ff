#include "goaltrend.h"

#include <algorithm>

namespace Model {

bool reaches(double start, double target, double value)
{
    return target >= start ? value >= target : value <= target;
}

GoalTrend goalTrend(const Goal &goal, QList<Measurement> measurements)
{
    GoalTrend t;
    std::sort(measurements.begin(), measurements.end(), [](const Measurement &a, const Measurement &b) {
        return a.measuredOn < b.measuredOn;
    });
    if (measurements.isEmpty()) {
        t.start = goal.baseline;
        return t;
    }
    t.firstDate = measurements.first().measuredOn;
    t.latest = measurements.last().value;
    t.start = goal.baseline ? goal.baseline : std::optional<double>(measurements.first().value);
    if (!goal.target)
        return t;
    const double start = *t.start;
    const double target = *goal.target;
    if (reaches(start, target, *t.latest)) {
        t.health = GoalHealth::Reached;
        t.share = 1.0;
        return t;
    }
    if (measurements.size() < 2)
        return t;

    // Least squares over (days since the first measurement, value).
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Measurement &m : std::as_const(measurements)) {
        const double x = double(t.firstDate.daysTo(m.measuredOn));
        sx += x;
        sy += m.value;
        sxx += x * x;
        sxy += x * m.value;
    }
    const double n = double(measurements.size());
    const double denominator = n * sxx - sx * sx;
    t.slopePerDay = denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
    t.interceptDay0 = (sy - t.slopePerDay * sx) / n;
    t.projectedOn = goal.due.isValid() ? goal.due : measurements.last().measuredOn.addDays(90);
    t.projected = t.interceptDay0 + t.slopePerDay * double(t.firstDate.daysTo(t.projectedOn));
    t.share = (*t.projected - start) / (target - start);
    if (*t.share >= 1.0)
        t.health = GoalHealth::OnTrack;
    else if (*t.share >= 0.5)
        t.health = GoalHealth::AtRisk;
    else
        t.health = GoalHealth::OffTrack;
    return t;
}

QDate reachedOn(const Goal &goal, QList<Measurement> measurements)
{
    const GoalTrend trend = goalTrend(goal, measurements);
    if (trend.health != GoalHealth::Reached || !goal.target || !trend.start)
        return {};
    std::sort(measurements.begin(), measurements.end(),
              [](const Measurement &a, const Measurement &b) { return a.measuredOn < b.measuredOn; });
    // The start of the latest run at or beyond the target: reached in
    // January, lost in February and regained in May is a success of May.
    QDate since;
    for (auto it = measurements.crbegin(); it != measurements.crend(); ++it) {
        if (!reaches(*trend.start, *goal.target, it->value))
            break;
        since = it->measuredOn;
    }
    return since;
}

QColor healthColour(GoalHealth health)
{
    switch (health) {
    case GoalHealth::Reached:
    case GoalHealth::OnTrack:
        return QColor(0x1e, 0x7a, 0x46);
    case GoalHealth::AtRisk:
        return QColor(0x9a, 0x4d, 0x00);
    case GoalHealth::OffTrack:
        return QColor(0xb3, 0x26, 0x1e);
    case GoalHealth::Unknown:
        break;
    }
    return QColor(0x5f, 0x6b, 0x6d);
}

} // namespace Model
