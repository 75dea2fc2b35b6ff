#pragma once

// The statements the plan's aggregates read with (the progress log, goals,
// measurements, milestones) and the values they bind: one home for the
// aggregates and for the benchmark's raw baseline, which asks SQLite the
// same question. Private to store/ (and bench/).

#include "model/plan.h"

#include <QString>
#include <QUuid>
#include <QVariantList>

namespace Store::PlanStatements {

/// A statement and the values it binds, in order.
struct Statement {
    QString sql;
    QVariantList values;
};

/// Rows and the links read beside them (a goal's partners, a milestone's
/// goals): each statement binds all of values.
struct LinkedStatement {
    QString rows;
    QString links;
    QVariantList values;
};

/// The newest entries @p filter selects (Rows::progressSelect()), newest
/// first, its limit bound last.
Statement progress(const Model::ProgressFilter &filter);
/// Total hours and entries per organisation among the entries @p filter
/// selects (no limit), most hours first.
Statement contributions(const Model::ProgressFilter &filter);
/// Everyone who logged in @p projectId's whole log (id, name).
Statement progressPeople(const QUuid &projectId);
/// Every organisation in @p projectId's whole log (id, name).
Statement progressOrganisations(const QUuid &projectId);

/// Live goals (alias g) that @p where picks, dated first, with the partner
/// links (alias l) that @p linksWhere picks.
LinkedStatement goalsWhere(const QString &where, const QString &linksWhere, const QVariantList &values);
/// Live goals whose @p column (project_id or id) is @p value.
LinkedStatement goals(const QString &column, const QUuid &value);
/// Live measurements (alias m) that @p where picks, oldest first.
Statement measurementsWhere(const QString &where, const QVariantList &values);
/// Live measurements whose @p column (project_id or goal_id) is @p value.
Statement measurements(const QString &column, const QUuid &value);
/// Live milestones (alias m) that @p where picks, by date, with the goal
/// links that @p linksWhere picks.
LinkedStatement milestonesWhere(const QString &where, const QString &linksWhere, const QVariantList &values);
/// Live milestones whose @p column (project_id or id) is @p value.
LinkedStatement milestones(const QString &column, const QUuid &value);

/// The dashboard's reads across every open project, in the order
/// DashboardQueries runs them; its hours are contributions() of the
/// quarter. Items are (project id, project name, id, title, date, owner).
struct DashboardStatements {
    Statement overdueMilestones; ///< by due date, at most 200
    Statement upcomingEvaluations; ///< planned within 90 days; the title is the kind's key
    Statement reachedMilestones; ///< done since the quarter began, newest first
    Statement goals; ///< Rows::goalSelect()'s columns with project_name
    Statement measurements; ///< of those goals (Rows::measurementSelect())
};
DashboardStatements dashboard(const QDate &today);

} // namespace Store::PlanStatements
