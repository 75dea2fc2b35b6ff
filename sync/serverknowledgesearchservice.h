#pragma once

#include "syncsession.h"

#include "model/knowledgeserversearch.h"

#include <QObject>
#include <QThread>

namespace Sync {

class ServerKnowledgeSearchWorker;

/// The server's knowledge search for the application (Model::KnowledgeServerSearch):
/// each search runs in a thread of its own, on a server connection that
/// thread opens and keeps (never the sync's, never the GUI thread's), and
/// is opened again once when it broke. A search whose future was cancelled
/// before its turn (a newer one superseded it) is skipped. Lives in the GUI
/// thread.
class ServerKnowledgeSearchService : public QObject, public Model::KnowledgeServerSearch
{
    Q_OBJECT
public:
    explicit ServerKnowledgeSearchService(QObject *parent = nullptr);
    ~ServerKnowledgeSearchService() override;

    /// Searches as @p settings say (with the password) from now on; settings
    /// that are not valid mean no server.
    void setServer(const ServerSettings &settings);

    bool isAvailable() const override { return m_settings.isValid(); }
    QFuture<Model::Result<QList<Model::KnowledgeHit>>> searchServer(const QString &text, int limit) override;

private:
    QThread m_thread;
    ServerKnowledgeSearchWorker *m_worker; // lives in m_thread, deleted there
    ServerSettings m_settings;
};

} // namespace Sync
