#pragma once

#include "knowledge.h"
#include "result.h"

#include <QFuture>
#include <QString>

namespace Model {

/// The knowledge base on the shared server, searched over every item the
/// user may read there (also those the laptop does not hold). Calls return
/// at once; the future finishes off the GUI thread. A cancelled future's
/// search may be skipped.
class KnowledgeServerSearch
{
public:
    virtual ~KnowledgeServerSearch() = default;

    /// Whether a server is set up and the user signed in to it.
    virtual bool isAvailable() const = 0;
    /// The best @p limit items for @p text, best first, marked onServer.
    virtual QFuture<Result<QList<KnowledgeHit>>> searchServer(const QString &text, int limit) = 0;
};

} // namespace Model
