#pragma once

#include "model/knowledge.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Knowledge items and their kept versions. Every save that changes an
/// item writes it and appends a knowledge_version row with the next
/// revision, in one transaction; restoring an older version is a save of
/// its contents. The search index follows by triggers (KnowledgeIndex).
class KnowledgeStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit KnowledgeStore(WriteContext &context)
        : m_context(context)
    { }

    /// Newest change first.
    Model::Result<QList<Model::KnowledgeItem>> knowledgeItems(const Model::KnowledgeFilter &filter);
    /// One live item.
    Model::Result<Model::KnowledgeItem> knowledgeItem(const QUuid &id);
    /// Validates, then adds or changes the item and keeps it as a new
    /// version (a save that changes nothing adds none). published_on is set
    /// the first time the item is published and kept after. Answers the row
    /// as written.
    Model::Result<Model::KnowledgeItem> saveKnowledgeItem(const Model::KnowledgeItem &item);
    Model::Status setKnowledgeItemDeleted(const QUuid &id, bool deleted);
    /// Oldest first.
    Model::Result<QList<Model::KnowledgeVersion>> knowledgeVersions(const QUuid &itemId);
    /// Saves the contents of version @p versionId as its item's newest.
    Model::Result<Model::KnowledgeItem> restoreKnowledgeVersion(const QUuid &versionId);
    Model::Result<QList<Model::KnowledgeHit>> searchKnowledge(const Model::KnowledgeSearch &search);

private:
    /// The item @p id as stored, deleted or not; a null id in the answer when there is none.
    Model::Result<Model::KnowledgeItem> stored(const QUuid &id);
    /// The rules that need other rows: an answer's question, a question's helpful answer.
    Model::Status checkLinks(const Model::KnowledgeItem &item);

    WriteContext &m_context;
};

} // namespace Store
