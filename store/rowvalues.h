#pragma once

// A domain value as the columns of its local row hold it, by column name:
// what RowWriter writes. The fields only; the bookkeeping is added by
// RowWriter::addBookkeeping() or the caller. Private to store/.

#include "model/plan.h"
#include "model/types.h"

#include <QVariantMap>

namespace Store::Rows {

QVariantMap values(const Model::Project &project);
QVariantMap values(const Model::Organisation &organisation);
QVariantMap values(const Model::Person &person);
QVariantMap values(const Model::Participation &participation);
QVariantMap values(const Model::LeadTerm &term);
QVariantMap values(const Model::Goal &goal);
QVariantMap values(const Model::Measurement &measurement);
QVariantMap values(const Model::Milestone &milestone);
QVariantMap values(const Model::ProgressEntry &entry);
/// The evaluation's own row (not its scores, comments or decisions).
QVariantMap values(const Model::Evaluation &evaluation);
/// A link row (goal_partner, milestone_goal) with its id made from the two ends.
QVariantMap link(const QString &ownerColumn, const QUuid &owner, const QString &otherColumn, const QUuid &other,
                 const QUuid &projectId);

} // namespace Store::Rows
