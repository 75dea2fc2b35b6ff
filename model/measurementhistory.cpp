#include "measurementhistory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Model {

namespace {

bool writtenBefore(const Measurement &a, const Measurement &b)
{
    if (a.meta.createdAt != b.meta.createdAt)
        return a.meta.createdAt < b.meta.createdAt;
    return a.id.toString() < b.id.toString();
}

} // namespace

QList<MeasurementChain> measurementChains(const QList<Measurement> &all)
{
    QHash<QUuid, qsizetype> byId;
    for (qsizetype i = 0; i < all.size(); ++i)
        byId.insert(all.at(i).id, i);
    // Each row's first reading and its distance from it; a loop (which no
    // store writes) is cut where it closes.
    QHash<QUuid, QList<std::pair<int, qsizetype>>> members;
    QList<QUuid> roots;
    for (qsizetype i = 0; i < all.size(); ++i) {
        qsizetype at = i;
        int depth = 0;
        QSet<QUuid> seen{all.at(i).id};
        while (all.at(at).isCorrection()) {
            const auto parent = byId.constFind(all.at(at).correctsId);
            if (parent == byId.cend() || seen.contains(all.at(*parent).id))
                break;
            seen.insert(all.at(*parent).id);
            at = *parent;
            ++depth;
        }
        const QUuid root = all.at(at).id;
        if (!members.contains(root))
            roots.append(root);
        members[root].append({depth, i});
    }

    QList<MeasurementChain> chains;
    chains.reserve(roots.size());
    for (const QUuid &root : std::as_const(roots)) {
        QList<std::pair<int, qsizetype>> rows = members.value(root);
        std::sort(rows.begin(), rows.end(), [&all](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            return writtenBefore(all.at(a.second), all.at(b.second));
        });
        MeasurementChain chain;
        QSet<QUuid> corrected;
        for (const auto &[depth, index] : rows) {
            chain.rows.append(all.at(index));
            if (depth > 0)
                corrected.insert(all.at(index).correctsId);
        }
        // The standing row is one nobody corrected; of a fork, the later.
        bool found = false;
        for (const Measurement &m : std::as_const(chain.rows)) {
            if (corrected.contains(m.id))
                continue;
            if (!found || writtenBefore(chain.standing, m))
                chain.standing = m;
            found = true;
        }
        chain.withdrawn = chain.standing.withdrawn;
        chains.append(chain);
    }
    std::stable_sort(chains.begin(), chains.end(), [](const MeasurementChain &a, const MeasurementChain &b) {
        if (a.standing.measuredOn != b.standing.measuredOn)
            return a.standing.measuredOn < b.standing.measuredOn;
        return writtenBefore(a.rows.constFirst(), b.rows.constFirst());
    });
    return chains;
}

QList<Measurement> currentMeasurements(const QList<Measurement> &all)
{
    // Most goals are never corrected: hand the list back as it is.
    if (std::none_of(all.cbegin(), all.cend(), [](const Measurement &m) { return m.isCorrection(); }))
        return all;
    QList<Measurement> current;
    for (const MeasurementChain &chain : measurementChains(all)) {
        if (!chain.withdrawn)
            current.append(chain.standing);
    }
    return current;
}

} // namespace Model
