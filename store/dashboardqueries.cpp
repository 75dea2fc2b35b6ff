#include "dashboardqueries.h"

#include "model/goaltrend.h"
#include "model/text.h"
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
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    auto items = [&](const QString &sql, const QVariantList &values, DashboardItem::Kind kind,
                     QList<DashboardItem> &into) -> Status {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return dbError(q);
        while (q.next())
            into.append({kind, QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                          QUuid::fromString(q.value(2).toString()), q.value(3).toString(), toDate(q.value(4)),
                          q.value(5).toString()});
        return Done{};
    };
    // Open projects only: a closed project's plan is history.
    const QString open = QStringLiteral("p.deleted = 0 AND p.status IN ('idea', 'active')");
    if (auto s
        = items(QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.due_date, coalesce(o.name, '') FROM milestone m "
                               "JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON o.id = "
                               "m.owner_organisation_id WHERE m.deleted = 0 AND m.status IN ('planned', "
                               "'in_progress') AND m.due_date < ? AND %1 ORDER BY m.due_date LIMIT 200")
                    .arg(open),
                {dateValue(today)}, DashboardItem::Kind::Milestone, d.overdueMilestones);
        !s.ok())
        return s.error();
    if (auto s = items(
            QStringLiteral("SELECT p.id, p.name, e.id, e.kind, e.planned_on, '' FROM evaluation e JOIN project p "
                           "ON p.id = e.project_id WHERE e.deleted = 0 AND e.status = 'planned' AND "
                           "e.planned_on >= ? AND e.planned_on <= ? AND %1 ORDER BY e.planned_on LIMIT 200")
                .arg(open),
            {dateValue(today), dateValue(today.addDays(90))}, DashboardItem::Kind::Evaluation, d.upcomingEvaluations);
        !s.ok())
        return s.error();
    for (DashboardItem &i : d.upcomingEvaluations)
        i.title = displayName(evaluationKindFromKey(i.title)); // the query gave the kind's key
    if (auto s = items(QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.completed_on, coalesce(o.name, '') FROM "
                                      "milestone m JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON "
                                      "o.id = m.owner_organisation_id WHERE m.deleted = 0 AND m.status = 'done' AND "
                                      "m.completed_on >= ? AND p.deleted = 0 ORDER BY m.completed_on DESC LIMIT 200"),
                       {dateValue(quarter)}, DashboardItem::Kind::Milestone, d.successes);
        !s.ok())
        return s.error();

    // Goals: judged from their measurements, as the Goals tab does.
    q.prepare(
        QStringLiteral("SELECT %1, p.name AS project_name FROM goal g JOIN project p ON p.id = g.project_id "
                       "WHERE g.deleted = 0 AND %2")
            .arg(selectList(QStringLiteral("goal"), QStringLiteral("g")), open));
    if (!q.exec())
        return dbError(q);
    QList<std::pair<Goal, QString>> goals;
    const auto readGoal = goalReader(q.record());
    const int projectName = column(q.record(), "project_name"_L1);
    while (q.next())
        goals.append({readGoal(q), q.value(projectName).toString()});
    QHash<QUuid, QList<Measurement>> measured;
    if (!q.exec(measurementSelect()
                + QStringLiteral(" JOIN goal g ON g.id = m.goal_id JOIN project pr ON pr.id = m.project_id "
                                 "WHERE m.deleted = 0 AND g.deleted = 0 AND pr.deleted = 0 AND "
                                 "pr.status IN ('idea', 'active')")))
        return dbError(q);
    const auto readMeasurement = measurementReader(q.record());
    while (q.next()) {
        const Measurement m = readMeasurement(q);
        measured[m.goalId].append(m);
    }
    QList<DashboardItem> atRisk;
    for (const auto &[goal, projectName] : std::as_const(goals)) {
        const QList<Measurement> ms = measured.value(goal.id);
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
