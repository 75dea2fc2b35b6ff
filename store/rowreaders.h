#pragma once

// The SELECT lists of the rows the aggregates read, and their readers. A
// SELECT list names every local column of its table, as
// Model::SyncSchema::localColumns() describes it, each under its own name;
// a reader is made once per query from the executed query's record and
// reads its columns by the positions it looked up then, so that a column
// added to a table cannot shift what a reader takes. Private to store/.

#include "model/plan.h"
#include "model/types.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <functional>

namespace Store::Rows {

/// Reads one row of the query it was made for.
template<typename T>
using Reader = std::function<T(const QSqlQuery &)>;

/// Every local column of @p table, in the description's order, as
/// `alias.column AS column` (bare column names without an alias).
QString selectList(const QString &table, const QString &alias = {});
/// The position of the result column @p name in @p record (asserted to be there).
int column(const QSqlRecord &record, const QString &name);
/// The bookkeeping columns of a row.
Reader<Model::SyncMeta> metaReader(const QSqlRecord &record);

const QString &projectSelect();
Reader<Model::Project> projectReader(const QSqlRecord &record);

/// Alias p for the participation, o for its organisation (its name joined).
const QString &participationSelect();
Reader<Model::Participation> participationReader(const QSqlRecord &record);

const QString &organisationSelect();
Reader<Model::Organisation> organisationReader(const QSqlRecord &record);

const QString &personSelect();
Reader<Model::Person> personReader(const QSqlRecord &record);

/// Alias t, with the organisation's name joined (alias o).
const QString &leadTermSelect();
Reader<Model::LeadTerm> leadTermReader(const QSqlRecord &record);

/// Alias g.
const QString &goalSelect();
Reader<Model::Goal> goalReader(const QSqlRecord &record);

/// Alias m, with the person's name joined.
const QString &measurementSelect();
Reader<Model::Measurement> measurementReader(const QSqlRecord &record);

/// Alias m, with the owner organisation's name joined.
const QString &milestoneSelect();
Reader<Model::Milestone> milestoneReader(const QSqlRecord &record);

/// Alias e, with the names of person, organisation and milestone joined.
const QString &progressSelect();
Reader<Model::ProgressEntry> progressReader(const QSqlRecord &record);

/// The evaluation's own row (not its scores, comments or decisions); alias e.
const QString &evaluationSelect();
Reader<Model::Evaluation> evaluationReader(const QSqlRecord &record);

/// Alias s, with the goal's title joined (alias g); evaluation_id tells the evaluation.
const QString &scoreSelect();
Reader<Model::EvaluationScore> scoreReader(const QSqlRecord &record);

/// Alias c, with the person's name joined (alias p).
const QString &commentSelect();
Reader<Model::EvaluationComment> commentReader(const QSqlRecord &record);

/// Alias d, with the title of the goal (alias g) or milestone (alias m) it changes joined.
const QString &decisionSelect();
Reader<Model::Decision> decisionReader(const QSqlRecord &record);

} // namespace Store::Rows
