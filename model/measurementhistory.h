#pragma once

#include "plan.h"

#include <QList>

namespace Model {

/// One reading and everything that corrected it. Corrections are only ever
/// added: each names the row it replaces, normally the latest of its chain.
/// Two laptops correcting the same row offline fork the chain; the later
/// correction (by when it was written, then by id) stands, on every laptop.
struct MeasurementChain {
    QList<Measurement> rows; ///< the first reading first, then its corrections in the order they replace
    Measurement standing; ///< the row that counts now
    bool withdrawn = false; ///< the standing row takes the reading back

    bool isCorrected() const { return rows.size() > 1; }
};

/// @p all (any order, of one or several goals) as chains, ordered by the
/// standing row's date, then by when the first reading was written. A
/// correction whose corrected row is missing (not yet pulled) starts a chain.
QList<MeasurementChain> measurementChains(const QList<Measurement> &all);

/// The readings as they stand: one per chain, with the standing row's value
/// and date; withdrawn ones left out. What charts, trends and the dashboard use.
QList<Measurement> currentMeasurements(const QList<Measurement> &all);

} // namespace Model
