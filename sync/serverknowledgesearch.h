#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace Sync {

class ServerConnection;

/// One item the server found: its id, title, rank (ts_rank, higher is
/// better), a snippet as rich text, everything escaped but the <b>
/// marks around the words that matched, its kind and its organisation.
struct ServerKnowledgeHit {
    QUuid itemId;
    QString title;
    double rank = 0;
    QString snippet;
    QString kind; ///< as stored (Model::KnowledgeNames)
    QUuid organisationId;
};

/// Searches the knowledge base on the server, over every item the user may
/// read (regie_search_knowledge, server step 8): Dutch stemming, accents
/// folded, web-search syntax ("a phrase", -not, or). One statement, its
/// values as literals, so it works through a pooler. Call it on the thread
/// that opened @p server.
class ServerKnowledgeSearch
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    explicit ServerKnowledgeSearch(ServerConnection &server);

    /// The best @p limit items (1 to 100) for @p text, best first; an empty
    /// list for a text without words.
    Model::Result<QList<ServerKnowledgeHit>> search(const QString &text, int limit = 20);

private:
    ServerConnection &m_server;
};

} // namespace Sync
