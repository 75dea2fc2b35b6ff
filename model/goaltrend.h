#pragma once

#include "plan.h"

#include <QColor>
#include <QDate>
#include <QList>

#include <optional>

namespace Model {

/// Where a goal's measurements are heading: a least-squares line through
/// them, the value it reaches by the due date, and what that means.
struct GoalTrend {
    GoalHealth health = GoalHealth::Unknown;
    std::optional<double> start; ///< the baseline, or else the first measurement
    std::optional<double> latest;
    std::optional<double> projected; ///< the line's value at the due date (or 90 days after the last measurement)
    QDate projectedOn;
    double slopePerDay = 0;
    double interceptDay0 = 0; ///< value of the line at the first measurement's date
    QDate firstDate;
    /// The share of the way from start to target the line reaches, 1 = all of it.
    std::optional<double> share;
};

/// Judges @p goal from @p measurements (any order). Reached when the latest
/// value is at or beyond the target; with fewer than two measurements, or no
/// target, the health is Unknown. On track when the line reaches the
/// target by the due date, at risk when it gets at least half way, off track
/// otherwise (also when it moves away from the target).
GoalTrend goalTrend(const Goal &goal, QList<Measurement> measurements);

/// When @p goal reached its target: the first measurement of the latest
/// run at or beyond it, provided the goal is reached now (a target touched
/// once and lost again is no success). Null otherwise.
QDate reachedOn(const Goal &goal, QList<Measurement> measurements);

/// True when @p value is at or beyond @p target, seen from @p start.
bool reaches(double start, double target, double value);

/// The colour that shows @p health: green on track or reached, orange at
/// risk, red off track, grey unknown. Each is dark enough to be read as
/// text on a window or field (WCAG AA, 4.5:1).
QColor healthColour(GoalHealth health);

} // namespace Model
