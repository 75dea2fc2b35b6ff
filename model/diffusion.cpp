#include "diffusion.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Model {

AdopterGroup adopterGroup(int rank, int potentialAdopters)
{
    if (potentialAdopters <= 0 || rank <= 0)
        return AdopterGroup::Innovators;
    // The share of the whole that had adopted before this one, so that the
    // first adopter is always an innovator.
    const double before = double(rank - 1) / potentialAdopters;
    if (before < 0.025)
        return AdopterGroup::Innovators;
    if (before < 0.16)
        return AdopterGroup::EarlyAdopters;
    if (before < 0.50)
        return AdopterGroup::EarlyMajority;
    if (before < 0.84)
        return AdopterGroup::LateMajority;
    return AdopterGroup::Laggards;
}

QList<DiffusionPoint> diffusion(const QList<Reuse> &reuses, int potentialAdopters)
{
    QHash<QUuid, QDate> first;
    for (const Reuse &r : reuses) {
        if (r.meta.deleted || !r.date.isValid())
            continue;
        if (r.status != ReuseStatus::Adopted && r.status != ReuseStatus::Adapted)
            continue;
        auto it = first.find(r.organisationId);
        if (it == first.end())
            first.insert(r.organisationId, r.date);
        else if (r.date < *it)
            *it = r.date;
    }
    QList<DiffusionPoint> points;
    points.reserve(first.size());
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        points.append({it.value(), it.key(), 0, AdopterGroup::Innovators});
    std::sort(points.begin(), points.end(), [](const DiffusionPoint &a, const DiffusionPoint &b) {
        return a.date != b.date ? a.date < b.date : a.organisationId < b.organisationId;
    });
    const int whole = std::max(potentialAdopters, int(points.size()));
    for (int i = 0; i < points.size(); ++i) {
        points[i].adopters = i + 1;
        points[i].group = adopterGroup(i + 1, whole);
    }
    return points;
}

QString adopterGroupName(AdopterGroup group)
{
    switch (group) {
    case AdopterGroup::Innovators:
        return QCoreApplication::translate("Model", "Innovators");
    case AdopterGroup::EarlyAdopters:
        return QCoreApplication::translate("Model", "Early adopters");
    case AdopterGroup::EarlyMajority:
        return QCoreApplication::translate("Model", "Early majority");
    case AdopterGroup::LateMajority:
        return QCoreApplication::translate("Model", "Late majority");
    case AdopterGroup::Laggards:
        return QCoreApplication::translate("Model", "Laggards");
    }
    return {};
}

} // namespace Model
