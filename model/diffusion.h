#pragma once

#include "knowledge.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace Model {

/// The usual adopter groups of the diffusion of innovations (Rogers):
/// the first 2.5% of those who could adopt, the next 13.5%, 34%, 34% and
/// the last 16%.
enum class AdopterGroup { Innovators, EarlyAdopters, EarlyMajority, LateMajority, Laggards };

/// One organisation taking an item up (adopted or adapted), with how many
/// organisations had taken it up by then, itself included.
struct DiffusionPoint {
    QDate date;
    QUuid organisationId;
    int adopters = 0;
    AdopterGroup group = AdopterGroup::Innovators;
};

/// The diffusion of one item: each organisation counted once, at the date
/// of its first record that it adopted or adapted the item (tombstoned
/// records left out), in date order. @p potentialAdopters is how many
/// organisations could take it up (the municipalities, say); the groups are
/// shares of that. With 0 the adopters so far are the whole.
QList<DiffusionPoint> diffusion(const QList<Reuse> &reuses, int potentialAdopters = 0);

/// The group of the @p rank-th adopter (1-based) of @p potentialAdopters.
AdopterGroup adopterGroup(int rank, int potentialAdopters);

/// The Dutch name of a group, as the chart labels it.
QString adopterGroupName(AdopterGroup group);

} // namespace Model
