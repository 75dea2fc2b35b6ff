#pragma once

// The knowledge base's rows as store/rowreaders.h and store/rowvalues.h
// read and write the other tables: SELECT lists of every described column,
// readers that find their columns by name, and the values of a row by
// column name. Topics and tags are stored one per line. Private to store/.

#include "model/knowledge.h"
#include "rowreaders.h"

#include <QVariantMap>

namespace Store::Rows {

/// Alias k.
const QString &knowledgeItemSelect();
Reader<Model::KnowledgeItem> knowledgeItemReader(const QSqlRecord &record);

/// Alias v.
const QString &knowledgeVersionSelect();
Reader<Model::KnowledgeVersion> knowledgeVersionReader(const QSqlRecord &record);

/// Alias r.
const QString &reuseSelect();
Reader<Model::Reuse> reuseReader(const QSqlRecord &record);

/// The fields of an item's row (not its bookkeeping).
QVariantMap values(const Model::KnowledgeItem &item);
/// The fields of the version row that keeps @p item as saved, as revision @p revision.
QVariantMap versionValues(const Model::KnowledgeItem &item, const QUuid &versionId, qint64 revision);
QVariantMap values(const Model::Reuse &reuse);

/// Topics or tags as their column holds them: trimmed, one per line.
QString lines(const QStringList &words);
QStringList fromLines(const QString &text);

} // namespace Store::Rows
