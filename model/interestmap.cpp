#include "interestmap.h"

namespace Model {

QList<InterestRow> interestMap(const QList<Participation> &participations, const QList<Goal> &goals,
                               const QList<ContributionTotal> &hours)
{
    QList<InterestRow> rows;
    double total = 0;
    for (const auto &h : hours)
        total += std::max(0.0, h.hours);
    for (const Participation &p : participations) {
        if (!p.isCurrent())
            continue;
        InterestRow r;
        r.organisationId = p.organisationId;
        r.organisationName = p.organisationName;
        r.role = p.role;
        r.brings = p.brings.trimmed();
        r.gets = p.gets.trimmed();
        r.priorities = p.priorities.trimmed();
        for (const Goal &g : goals) {
            if (g.servesOrganisations.contains(p.organisationId))
                r.servedBy << g.title;
        }
        for (const auto &h : hours) {
            if (h.organisationId == p.organisationId)
                r.hours = h.hours;
        }
        r.share = total > 0 ? std::max(0.0, r.hours) / total : 0;
        r.prioritiesUnserved = !r.priorities.isEmpty() && r.servedBy.isEmpty();
        rows.append(r);
    }
    const double average = rows.isEmpty() ? 0 : total / double(rows.size());
    for (InterestRow &r : rows) {
        const bool thin = r.gets.isEmpty() || r.gets.size() * 3 < r.brings.size();
        r.bringsMuchGetsLittle = total > 0 && r.hours > average && thin && !r.brings.isEmpty();
    }
    return rows;
}

} // namespace Model
