#pragma once

#include "model/plan.h"

#include <QList>

class QChart;

namespace Views {

/// A goal's measurements against baseline, target and trend, as a new chart
/// (owned by the caller): for the Goals tab and the evaluation report.
QChart *goalChart(const Model::Goal &goal, const QList<Model::Measurement> &measurements);

} // namespace Views
