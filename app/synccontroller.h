#pragma once

#include "model/attachmentfetcher.h"
#include "sync/syncsession.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace App {

class SyncWorker;

/// Runs sync passes in a worker thread that owns both connections (the
/// laptop's SQLite file and the server), one pass at a time, on demand and
/// every few minutes while a server is set. Lives in the GUI thread.
class SyncController : public Model::AttachmentFetcher
{
    Q_OBJECT
public:
    enum class State { NoServer, Offline, Syncing, Online };

    SyncController(const QString &databasePath, QObject *parent = nullptr);
    ~SyncController() override;

    /// Uses @p settings (with the password) from now on and syncs at once.
    void setServer(const Sync::ServerSettings &settings);
    bool hasServer() const { return m_settings.isValid(); }
    const Sync::ServerSettings &server() const { return m_settings; }
    State state() const { return m_state; }
    QDateTime lastSync() const { return m_lastSync; }

    void syncNow();
    void cancel();
    void setInterval(int ms) { m_timer.setInterval(ms); }

    /// Between passes, on the sync's thread and connection.
    void fetchAttachment(const QString &sha256, qint64 byteSize) override;
    void cancelFetch() override;

Q_SIGNALS:
    void stateChanged(App::SyncController::State state, const QString &message);
    void progress(qint64 done, qint64 total);
    /// A pass finished; @p tables are the Model::ChangeSet tables it changed.
    void synced(const Sync::Report &report);
    void failed(const QString &message, bool credentials);

private:
    void onFinished(quint64 job, bool ok, const QString &message, const QString &detail, int code,
                    const Sync::Report &report);
    void setState(State state, const QString &message);

    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_cancelFetch;
    SyncWorker *m_worker = nullptr; // lives in m_thread, deleted there
    Sync::ServerSettings m_settings;
    QTimer m_timer;
    State m_state = State::NoServer;
    QDateTime m_lastSync;
    quint64 m_job = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace App
