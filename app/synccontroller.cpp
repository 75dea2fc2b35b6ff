#include "synccontroller.h"

#include <QMetaObject>

namespace App {

/// Owns the SyncSession; every call runs in the sync thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const QString &path, std::shared_ptr<std::atomic_bool> cancel)
        : m_path(path)
        , m_cancel(std::move(cancel))
    {
    }

    // The session, opened and connected with @p settings.
    Model::Status ready(const Sync::ServerSettings &settings)
    {
        if (!m_session || m_settings != settings) {
            m_session = std::make_unique<Sync::SyncSession>();
            if (auto opened = m_session->openLocal(m_path); !opened.ok()) {
                m_session.reset();
                return opened.error();
            }
            m_connected = false;
            m_settings = settings;
        }
        if (!m_connected) {
            auto hello = m_session->connectServer(settings);
            if (!hello.ok())
                return hello.error();
            m_connected = true;
        }
        return Model::Done{};
    }

    void fetch(const Sync::ServerSettings &settings, const QString &sha256, qint64 byteSize,
               const std::shared_ptr<std::atomic_bool> &cancel)
    {
        if (auto ok = ready(settings); !ok.ok()) {
            Q_EMIT fetched(sha256, ok.error().message);
            return;
        }
        const auto result = m_session->fetchAttachment(sha256, byteSize, [this, &sha256, &cancel](qint64 done, qint64 total) {
            Q_EMIT fetchProgress(sha256, done, total);
            return !cancel->load();
        });
        Q_EMIT fetched(sha256, result.ok() ? QString() : result.error().message);
    }

    void run(quint64 job, const Sync::ServerSettings &settings)
    {
        auto fail = [this, job](const Model::Error &e) {
            Q_EMIT finished(job, false, e.message, e.detail, int(e.code), {});
        };
        if (auto ok = ready(settings); !ok.ok())
            return fail(ok.error());
        const auto result = m_session->sync([this, job](const Sync::Progress &p) {
            Q_EMIT progress(job, p.done, p.total);
            return !m_cancel->load();
        });
        // A vanished server: the session connected again and retried by
        // itself, and does so again next time.
        if (!result.ok())
            return fail(result.error());
        Q_EMIT finished(job, true, {}, {}, 0, result.value());
    }

Q_SIGNALS:
    void fetchProgress(const QString &sha256, qint64 done, qint64 total);
    void fetched(const QString &sha256, const QString &problem);
    void progress(quint64 job, qint64 done, qint64 total);
    void finished(quint64 job, bool ok, const QString &message, const QString &detail, int code,
                  const Sync::Report &report);

private:
    QString m_path;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<Sync::SyncSession> m_session;
    Sync::ServerSettings m_settings;
    bool m_connected = false;
};

SyncController::SyncController(const QString &databasePath, QObject *parent)
    : Model::AttachmentFetcher(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_cancelFetch(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Sync::Report>();
    m_worker = new SyncWorker(databasePath, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, [this](quint64 job, qint64 done, qint64 total) {
        if (job == m_job)
            Q_EMIT progress(done, total);
    });
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::fetchProgress, this, &Model::AttachmentFetcher::fetchProgress);
    connect(m_worker, &SyncWorker::fetched, this, &Model::AttachmentFetcher::fetchFinished);
    m_thread.setObjectName(QStringLiteral("regie-sync"));
    m_thread.start();
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    m_cancel->store(true);
    m_cancelFetch->store(true);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setServer(const Sync::ServerSettings &settings)
{
    m_settings = settings;
    m_timer.start();
    syncNow();
}

void SyncController::syncNow()
{
    if (!m_settings.isValid())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_cancel->store(false);
    const quint64 job = ++m_job;
    setState(State::Syncing, {});
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job, s = m_settings] { worker->run(job, s); },
                              Qt::QueuedConnection);
}

void SyncController::fetchAttachment(const QString &sha256, qint64 byteSize)
{
    if (!m_settings.isValid()) {
        Q_EMIT fetchFinished(sha256, tr("This file is not on this computer, and no sync server is set to fetch it from."));
        return;
    }
    m_cancelFetch->store(false);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, s = m_settings, sha256, byteSize, cancel = m_cancelFetch] {
            worker->fetch(s, sha256, byteSize, cancel);
        },
        Qt::QueuedConnection);
}

void SyncController::cancelFetch()
{
    m_cancelFetch->store(true);
}

void SyncController::cancel()
{
    m_cancel->store(true);
    m_again = false;
}

void SyncController::onFinished(quint64 job, bool ok, const QString &message, const QString &detail, int code,
                                const Sync::Report &report)
{
    if (job != m_job)
        return;
    m_running = false;
    if (ok) {
        m_lastSync = QDateTime::currentDateTime();
        setState(State::Online, {});
        Q_EMIT synced(report);
    } else {
        // The driver's own words go to the tooltip only, below the sentence.
        setState(State::Offline, detail.isEmpty() ? message : message + QStringLiteral("\n\n") + detail);
        Q_EMIT failed(message, code == int(Model::Error::Validation));
    }
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncController::setState(State state, const QString &message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

} // namespace App

#include "synccontroller.moc"
