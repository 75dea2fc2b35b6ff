#include "dashboardqueries.h"

#include "model/goaltrend.h"
#include "model/measurementhistory.h"
#include "model/text.h"
#include "planstatements.h"
#include "progressstore.h"
#include "rowreaders.h"
#include "sqlsupport.h"
#include "writecontext.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

using namespace Rows;

Result<Dashboard> DashboardQueries::dashboard(const QDate &today)
{
    Dashboard d;
    d.today = today;
    const QDate quarter = quarterStart(today);
    const PlanStatements::DashboardStatements reads = PlanStatements::dashboard(today);
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    const auto run = [&q](const PlanStatements::Statement &s) {
        q.prepare(s.sql);
        for (const QVariant &v : s.values)
            q.addBindValue(v);
        return q.exec();
    };
    auto items = [&](const PlanStatements::Statement &s, DashboardItem::Kind kind,
                     QList<DashboardItem> &into) -> Status {
        if (!run(s))
            return dbError(q);
        while (q.next())
            into.append({kind, QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                          QUuid::fromString(q.value(2).toString()), q.value(3).toString(), toDate(q.value(4)),
                          q.value(5).toString()});
        return Done{};
    };
    if (auto s = items(reads.overdueMilestones, DashboardItem::Kind::Milestone, d.overdueMilestones); !s.ok())
        return s.error();
    if (auto s = items(reads.upcomingEvaluations, DashboardItem::Kind::Evaluation, d.upcomingEvaluations); !s.ok())
        return s.error();
    for (DashboardItem &i : d.upcomingEvaluations)
        i.title = displayName(evaluationKindFromKey(i.title)); // the query gave the kind's key
    if (auto s = items(reads.reachedMilestones, DashboardItem::Kind::Milestone, d.successes); !s.ok())
        return s.error();

    // Goals: judged from their measurements, as the Goals tab does.
    if (!run(reads.goals))
        return dbError(q);
    QList<std::pair<Goal, QString>> goals;
    const auto readGoal = goalReader(q.record());
    const int projectName = column(q.record(), "project_name"_L1);
    while (q.next())
        goals.append({readGoal(q), q.value(projectName).toString()});
    QHash<QUuid, QList<Measurement>> measured;
    if (!run(reads.measurements))
        return dbError(q);
    const auto readMeasurement = measurementReader(q.record());
    while (q.next()) {
        const Measurement m = readMeasurement(q);
        measured[m.goalId].append(m);
    }
    QList<DashboardItem> atRisk;
    for (const auto &[goal, projectName] : std::as_const(goals)) {
        const QList<Measurement> ms = currentMeasurements(measured.value(goal.id));
        const GoalTrend trend = goalTrend(goal, ms);
        if (trend.health == GoalHealth::OffTrack || trend.health == GoalHealth::AtRisk) {
            // Off track first, then at risk.
            (trend.health == GoalHealth::OffTrack ? d.goalsOffTrack : atRisk)
                .append({DashboardItem::Kind::Goal, goal.projectId, projectName, goal.id, goal.title, goal.due,
                          displayName(trend.health)});
        } else if (const QDate reached = reachedOn(goal, ms); reached.isValid() && reached >= quarter) {
            d.successes.append({DashboardItem::Kind::Goal, goal.projectId, projectName, goal.id, goal.title, reached,
                                 displayName(GoalHealth::Reached)});
        }
    }
    d.goalsOffTrack += atRisk;
    std::sort(d.successes.begin(), d.successes.end(), [](const DashboardItem &a, const DashboardItem &b) {
        return a.date > b.date;
    });

    ProgressFilter quarterly;
    quarterly.from = quarter;
    auto hours = ProgressStore(m_context).contributions(quarterly);
    if (!hours.ok())
        return hours.error();
    d.hoursThisQuarter = hours.value();
    return d;
}

} // namespace Store
