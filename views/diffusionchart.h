#pragma once

#include "model/diffusion.h"

class QChart;

namespace Views {

/// The diffusion of an item: the cumulative number of organisations that
/// took it up over time, as steps, with each adopter marked in the colour
/// of its adopter group (innovators, early adopters, …), which the legend
/// names. The chart is new; the caller owns it.
///
/// objectNames of the series: "adopters", and "group<N>" per adopter group shown.
QChart *diffusionChart(const QList<Model::DiffusionPoint> &points);

} // namespace Views
