#pragma once

// The statements of the plan aggregates (store/progressstore.cpp, ...), word
// for word, so that the raw baseline asks SQLite the same question.

#include "model/plan.h"

#include <QUuid>

#include <optional>
#include <string>
#include <vector>

namespace Bench::Plan {

constexpr const char *ProgressSelect =
    "SELECT e.id, e.project_id, e.entry_date, e.person_id, coalesce(p.name, ''), e.organisation_id, o.name, e.hours, "
    "e.note, e.milestone_id, coalesce(m.title, ''), e.percent, e.corrects_id, e.created_at, e.updated_at, "
    "e.changed_by, e.deleted, e.version FROM progress_entry e JOIN organisation o ON o.id = e.organisation_id "
    "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN milestone m ON m.id = e.milestone_id";
constexpr const char *ProgressOrder = " ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?";
constexpr const char *ContributionsSql =
    "SELECT e.organisation_id, o.name, total(e.hours), count(*) FROM progress_entry e "
    "JOIN organisation o ON o.id = e.organisation_id WHERE %1 "
    "GROUP BY e.organisation_id ORDER BY total(e.hours) DESC, o.name_key";
constexpr const char *MilestoneSql =
    "SELECT m.id, m.project_id, m.title, m.description, m.due_date, m.owner_organisation_id, "
    "coalesce(o.name, ''), m.owner_person_id, m.status, m.completed_on, m.created_at, m.updated_at, "
    "m.changed_by, m.deleted, m.version FROM milestone m "
    "LEFT JOIN organisation o ON o.id = m.owner_organisation_id"
    " WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.due_date, m.title";
// The log's filter choices, as ProgressStore::progressAuthors() asks.
constexpr const char *AuthorPeopleSql =
    "SELECT p.id, p.name FROM person p WHERE p.id IN (SELECT person_id FROM progress_entry WHERE project_id = ? AND "
    "deleted = 0)";
constexpr const char *AuthorOrganisationsSql =
    "SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT organisation_id FROM progress_entry WHERE "
    "project_id = ? AND deleted = 0)";

constexpr const char *MilestoneGoalSql =
    "SELECT milestone_id, goal_id FROM milestone_goal WHERE project_id = ? AND deleted = 0";
constexpr const char *GoalSql =
    "SELECT id, project_id, title, description, indicator, unit, baseline, target, due_date, "
    "created_at, updated_at, changed_by, deleted, version FROM goal"
    " WHERE project_id = ? AND deleted = 0 ORDER BY due_date IS NULL, due_date, title";
constexpr const char *GoalPartnerSql =
    "SELECT l.goal_id, l.organisation_id FROM goal_partner l JOIN organisation o ON o.id = "
    "l.organisation_id WHERE l.project_id = ? AND l.deleted = 0 ORDER BY o.name_key";
constexpr const char *MeasurementSql =
    "SELECT m.id, m.project_id, m.goal_id, m.value, m.measured_on, m.note, m.person_id, "
    "coalesce(p.name, ''), m.created_at, m.updated_at, m.changed_by, m.deleted, m.version "
    "FROM measurement m LEFT JOIN person p ON p.id = m.person_id"
    " WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.measured_on, m.created_at";

/// A statement with its values, as the store would bind them.
struct Query {
    std::string sql;
    std::vector<std::string> texts; ///< bound in order
    std::optional<qint64> limit; ///< bound last
};

/// The WHERE clause of Store's progressWhere(), in the same order.
std::string progressWhere(const Model::ProgressFilter &f, std::vector<std::string> &values);
Query progressQuery(const Model::ProgressFilter &f);
Query contributionsQuery(const Model::ProgressFilter &f);
Query projectQuery(const char *sql, const QUuid &projectId);

} // namespace Bench::Plan
