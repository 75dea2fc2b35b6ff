#pragma once

// The project list's statements as the store runs them, for the raw baseline.

#include "model/projectlistmodel.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace Bench::List {

// The statements of Store::ProjectStore::findProjects() and countProjects(),
// word for word, so that the raw baseline asks SQLite the same question; the
// list as the app opens it, without closed projects.
constexpr const char *FindSql =
    "SELECT p.id, p.name, p.slogan, p.status, p.name_key, o.id, o.name"
    " FROM project p"
    " LEFT JOIN participation l ON l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0"
    " LEFT JOIN organisation o ON o.id = l.organisation_id"
    " WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";
constexpr const char *AfterFilter = " AND (p.name_key, p.id) > (:afterKey, :afterId)";
constexpr const char *Order = " ORDER BY p.name_key, p.id LIMIT :limit";
constexpr const char *CountSql = "SELECT count(*) FROM project p WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";
constexpr const char *IdsSql = "SELECT p.id FROM project p WHERE p.deleted = 0 AND p.status IN ('idea', 'active')";

constexpr int PageSize = Model::ProjectListModel::PageSize;

/// How a text is matched: as the store does (the index for 3+ characters),
/// or by scanning every folded text with LIKE (the baseline).
enum class Match { Store, Scan };

Model::ProjectQuery textQuery(const QString &text);
/// The text condition of @p text as @p match asks it ("" without a text).
std::string textFilter(const QString &text, Match match, bool common);
/// The value bound to the text condition.
QByteArray textPattern(const QString &text, Match match, bool common);

} // namespace Bench::List
