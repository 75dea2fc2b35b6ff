#pragma once

#include "knowledge.h"
#include "result.h"

#include <QFuture>

namespace Model {

/// The knowledge base: items with their kept versions, and the records of
/// who reused them. Like the other repositories every call returns at once
/// and the future finishes in the store's worker thread.
class KnowledgeRepository
{
public:
    virtual ~KnowledgeRepository() = default;

    virtual QFuture<Result<QList<KnowledgeItem>>> knowledgeItems(const KnowledgeFilter &filter) = 0;
    virtual QFuture<Result<KnowledgeItem>> knowledgeItem(const QUuid &id) = 0;
    /// Adds or changes an item and keeps the saved state as a new version;
    /// answers the row as written.
    virtual QFuture<Result<KnowledgeItem>> saveKnowledgeItem(const KnowledgeItem &item) = 0;
    /// Tombstones (true) or restores (false) an item; its versions stay.
    virtual QFuture<Status> setKnowledgeItemDeleted(const QUuid &id, bool deleted) = 0;
    /// Every kept version of an item, oldest first.
    virtual QFuture<Result<QList<KnowledgeVersion>>> knowledgeVersions(const QUuid &itemId) = 0;
    /// Saves the contents (title, summary, text, topics, tags) of an older
    /// version as the item's newest; its status and visibility stay as they
    /// are. Answers the item as written.
    virtual QFuture<Result<KnowledgeItem>> restoreKnowledgeVersion(const QUuid &versionId) = 0;
    /// The live items that match @p search, the best first (see KnowledgeSearch).
    virtual QFuture<Result<QList<KnowledgeHit>>> searchKnowledge(const KnowledgeSearch &search) = 0;

    /// The reuse records of an item, oldest first.
    virtual QFuture<Result<QList<Reuse>>> reuses(const QUuid &itemId) = 0;
    virtual QFuture<Result<Reuse>> saveReuse(const Reuse &reuse) = 0;
    virtual QFuture<Status> setReuseDeleted(const QUuid &id, bool deleted) = 0;
};

} // namespace Model
