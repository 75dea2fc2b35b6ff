#include "serverknowledgesearch.h"

#include "serverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Model;

namespace Sync {

ServerKnowledgeSearch::ServerKnowledgeSearch(ServerConnection &server)
    : m_server(server)
{
}

Result<QList<ServerKnowledgeHit>> ServerKnowledgeSearch::search(const QString &text, int limit)
{
    if (text.trimmed().isEmpty())
        return QList<ServerKnowledgeHit>{};
    if (!m_server.isOpen())
        return error(Error::Storage, tr("Searching on the server needs a connection to it."));
    QSqlQuery q(m_server.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item_id::text, title, rank, snippet, kind, organisation_id::text FROM regie_search_knowledge(%1, %2)")
                    .arg(m_server.literal(text), m_server.literal(qBound(1, limit, 100)))))
        return m_server.failure(tr("Searching on the server failed"), q.lastError());
    QList<ServerKnowledgeHit> hits;
    while (q.next())
        hits.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toDouble(),
                     q.value(3).toString(), q.value(4).toString(), QUuid::fromString(q.value(5).toString())});
    return hits;
}

} // namespace Sync
