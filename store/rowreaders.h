#pragma once

// The SELECT lists of the rows the aggregates read, and their readers: each
// reader takes one row of its SELECT list. Private to store/.

#include "model/plan.h"
#include "model/types.h"

#include <QSqlQuery>
#include <QString>

namespace Store::Rows {

extern const QString ProjectSelect;
Model::Project readProject(const QSqlQuery &q);

/// Joins the organisation for its name (alias p for the participation, o for the organisation).
extern const QString ParticipationSelect;
Model::Participation readParticipation(const QSqlQuery &q);

extern const QString OrganisationSelect;
Model::Organisation readOrganisation(const QSqlQuery &q);

extern const QString GoalSelect;
Model::Goal readGoal(const QSqlQuery &q);

/// Alias m, with the person's name joined.
extern const QString MeasurementSelect;
Model::Measurement readMeasurement(const QSqlQuery &q);

/// Alias m, with the owner organisation's name joined.
extern const QString MilestoneSelect;
Model::Milestone readMilestone(const QSqlQuery &q);

/// Alias e, with the names of person, organisation and milestone joined.
extern const QString ProgressSelect;
Model::ProgressEntry readProgress(const QSqlQuery &q);

} // namespace Store::Rows
