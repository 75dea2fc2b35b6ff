#include "serverknowledgesearchservice.h"

#include "serverconnection.h"
#include "serverknowledgesearch.h"

#include "model/knowledgenames.h"

#include <QPromise>

#include <memory>

using namespace Model;

namespace Sync {

using Answer = Result<QList<KnowledgeHit>>;

/// Owns the search's server connection; every call runs in the search thread.
class ServerKnowledgeSearchWorker : public QObject
{
    Q_OBJECT
public:
    void run(const ServerSettings &settings, const QString &text, int limit, QPromise<Answer> &promise)
    {
        if (!promise.isCanceled())
            promise.addResult(search(settings, text, limit));
        promise.finish();
    }

private:
    Answer search(const ServerSettings &settings, const QString &text, int limit)
    {
        for (int attempt = 0;; ++attempt) {
            if (!m_server || !m_server->isOpen() || m_settings != settings) {
                m_server = std::make_unique<ServerConnection>();
                m_settings = settings;
                if (auto opened = m_server->open(settings); !opened.ok()) {
                    m_server.reset();
                    return opened.error();
                }
            }
            const auto found = ServerKnowledgeSearch(*m_server).search(text, limit);
            if (!found.ok()) {
                // A connection the server ended (a restart): once more on a new one.
                if (m_server->isBroken() && attempt == 0) {
                    m_server.reset();
                    continue;
                }
                return found.error();
            }
            QList<KnowledgeHit> hits;
            for (const ServerKnowledgeHit &h : found.value()) {
                KnowledgeHit hit{h.itemId, h.title, KnowledgeNames::kindFromKey(h.kind), h.organisationId, h.snippet,
                                 h.rank};
                hit.onServer = true;
                hits.append(hit);
            }
            return hits;
        }
    }

    std::unique_ptr<ServerConnection> m_server;
    ServerSettings m_settings;
};

ServerKnowledgeSearchService::ServerKnowledgeSearchService(QObject *parent)
    : QObject(parent)
    , m_worker(new ServerKnowledgeSearchWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("regie-knowledge-search"));
    m_thread.start();
}

ServerKnowledgeSearchService::~ServerKnowledgeSearchService()
{
    m_thread.quit();
    m_thread.wait();
}

void ServerKnowledgeSearchService::setServer(const ServerSettings &settings)
{
    m_settings = settings;
}

QFuture<Answer> ServerKnowledgeSearchService::searchServer(const QString &text, int limit)
{
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    QFuture<Answer> future = promise->future();
    if (!m_settings.isValid()) {
        promise->addResult(error(Error::Storage, tr("No server is set up.")));
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings = m_settings, text, limit, promise] {
            worker->run(settings, text, limit, *promise);
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace Sync

#include "serverknowledgesearchservice.moc"
