#pragma once

#include "plan.h"
#include "types.h"

#include <QList>
#include <QString>

namespace Model {

/// Translated names of domain values, for views and reports.
QString displayName(ProjectStatus status);
QString displayName(ParticipationRole role);
QString displayName(OrganisationKind kind);
QString displayName(MilestoneStatus status);
QString displayName(GoalHealth health);
QString displayName(EvaluationKind kind);
QList<MilestoneStatus> milestoneStatuses();
/// Every kind of organisation, in the order lists show them.
QList<OrganisationKind> organisationKinds();

/// Stable names used in storage and files.
QString key(ProjectStatus status);
QString key(ParticipationRole role);
QString key(OrganisationKind kind);
ProjectStatus projectStatusFromKey(const QString &key, bool *ok = nullptr);
ParticipationRole participationRoleFromKey(const QString &key, bool *ok = nullptr);
OrganisationKind organisationKindFromKey(const QString &key, bool *ok = nullptr);
QString key(MilestoneStatus status);
MilestoneStatus milestoneStatusFromKey(const QString &key, bool *ok = nullptr);
/// A score always says something: Unknown is kept as on_track.
QString key(GoalHealth health);
GoalHealth goalHealthFromKey(const QString &key, bool *ok = nullptr);
/// None is kept as an empty text.
QString key(Decision::Subject subject);
Decision::Subject decisionSubjectFromKey(const QString &key, bool *ok = nullptr);
QString key(EvaluationKind kind);
EvaluationKind evaluationKindFromKey(const QString &key, bool *ok = nullptr);

/// Folds case and drops accents so that "Súdwest-Fryslân" sorts and matches
/// like "sudwest-fryslan", as Dutch users expect.
QString sortKey(const QString &text);

bool isClosed(ProjectStatus status);

/// The reason a server gave for refusing a change (PostgreSQL's words, or
/// Regie's own rules in its schema), told in the user's language. Unknown
/// reasons are passed on after a translated preface.
QString describeRefusal(const QString &serverMessage);

} // namespace Model
