#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>

namespace Model {

/// Reads the demo region (resources/demo/demo-region.json): real municipality
/// names with invented projects, partners and people. Ids are derived from
/// the keys in the file, so loading twice gives the same ids.
Result<Bundle> parseDemoRegion(const QByteArray &json, const QDateTime &now);

/// A simple logo: the initials of @p name on a rounded square in @p colour,
/// as PNG bytes.
QByteArray makeLogo(const QString &name, const QColor &colour, int size = 128);

} // namespace Model
