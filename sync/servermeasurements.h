#pragma once

#include <QStringList>

/// Server step 11: corrections of measurements. A correction is a new
/// measurement that names the one it replaces (corrects_id) and may
/// withdraw the reading; it is added like any measurement, by a lead or
/// member of a participating organisation in their own name, and must name
/// a measurement of the same goal (docs/SYNC.md, Rights).
namespace Sync::ServerMeasurements {

QStringList statements();

} // namespace Sync::ServerMeasurements
