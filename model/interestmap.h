#pragma once

#include "plan.h"
#include "types.h"

#include <QList>
#include <QString>

namespace Model {

/// One partner on the interest map (halen en brengen): what it brings and
/// gets, its priorities and the goals that serve them, and its hours.
struct InterestRow {
    QUuid organisationId;
    QString organisationName;
    ParticipationRole role = ParticipationRole::Partner;
    QString brings;
    QString gets;
    QString priorities;
    QStringList servedBy; ///< titles of the goals that serve its priorities
    double hours = 0;
    double share = 0; ///< of all hours logged in the project, 0..1
    bool prioritiesUnserved = false; ///< it has priorities and no goal serves them
    bool bringsMuchGetsLittle = false; ///< above-average hours, and what it gets is thin beside what it brings
};

/// The current partners of a project, in the order of @p participations.
/// "Brings much, gets little": more hours than the average partner, and its
/// "gets" is empty or under a third as long as its "brings" — a prompt to
/// talk about the balance, not a verdict.
QList<InterestRow> interestMap(const QList<Participation> &participations, const QList<Goal> &goals,
                               const QList<ContributionTotal> &hours);

} // namespace Model
