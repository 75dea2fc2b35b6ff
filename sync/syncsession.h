#pragma once

#include "model/result.h"
#include "store/localapply.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Model::SyncSchema {
struct Table;
}

namespace Store {
struct OutboxEntry;
class Connection;
class LocalApply;
class SyncPassLedger;
}

namespace Sync {

class ServerConnection;

/// Where the shared server is and who connects. The password is never
/// stored here: it comes from the keychain or the user each session.
struct ServerSettings {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("regie");
    QString user;
    QString password;
    QString sslMode; ///< empty for the driver's default; "verify-full" for TLS with a checked host
    QString sslRootCert; ///< CA file for verify-full

    bool operator==(const ServerSettings &) const = default;
    bool isValid() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
};

/// Who the server says we are (regie_hello).
struct ServerIdentity {
    QUuid person;
    QUuid organisation;
    QString personName;
    QString organisationName;
    QString role;
    int schema = 0;
    int protocol = 0;
    QString incarnation; ///< regie_meta 'incarnation': a new value after each restore from a backup
};

struct Progress {
    enum Phase { Pushing, Pulling, Checking, Reconnecting };
    Phase phase = Pushing;
    qint64 done = 0;
    qint64 total = 0;
};

/// What one sync pass did.
struct Report {
    int pushed = 0; ///< outbox entries the server acknowledged
    int conflicts = 0; ///< new conflicts, kept for the user
    int rejected = 0; ///< changes the server refused, kept as sync problems
    int pulled = 0; ///< rows received
    int gainedProjects = 0;
    int lostProjects = 0; ///< removed here; their pending edits went to quarantine
    int tablesChanged = 0; ///< Model::ChangeSet tables touched locally
    bool resynced = false; ///< read everything again: the cursor was behind the tombstone horizon
    bool serverRestored = false; ///< the server was restored from a backup; everything was compared again
    int resent = 0; ///< rows the restored server lacked or held older, queued to be sent again
    int attachmentsSent = 0; ///< attachments' contents the server did not have whole yet
    qint64 attachmentBytesSent = 0; ///< their bytes sent (a content the server has is not sent again)
};

/// One sync pass between the local SQLite file and the server, on the
/// calling thread, with connections of its own to both: push the outbox in
/// batches, then pull the change feed in pages, then compare which projects
/// this user may see. See docs/SYNC.md for the protocol and its invariants.
/// A pass that loses its server connection connects again (same settings
/// and password) and starts over, a few times with a growing pause.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    SyncSession();
    ~SyncSession();
    SyncSession(const SyncSession &) = delete;
    SyncSession &operator=(const SyncSession &) = delete;

    Model::Status openLocal(const QString &path);
    /// Connects and shakes hands: refuses a server whose protocol this build
    /// does not speak, and reports a client the server finds too old. The
    /// settings are kept, in memory only, to connect again after a failure.
    Model::Result<ServerIdentity> connectServer(const ServerSettings &settings);
    /// Closes the connection and forgets the settings.
    void disconnectServer();

    /// Called with progress; return false to cancel (between batches, and
    /// while waiting to connect again).
    using ProgressFunction = std::function<bool(const Progress &)>;

    Model::Result<Report> sync(const ProgressFunction &progress = {});
    Model::Result<Report> push(const ProgressFunction &progress = {});
    Model::Result<Report> pull(const ProgressFunction &progress = {});

    /// Fetches the content of an attachment (@p sha256, @p byteSize bytes)
    /// into the local blob store, chunk by chunk with @p progress (false
    /// stops). Chunks already fetched are kept, so a fetch broken off by a
    /// lost connection or a stop goes on where it was; the content is
    /// checked against its hash before it is kept. Answers the bytes
    /// fetched now.
    Model::Result<qint64> fetchAttachment(const QString &sha256, qint64 byteSize,
                                          const std::function<bool(qint64 done, qint64 total)> &progress = {});

    void setBatchSize(int rows) { m_batch = rows; }
    void setPageSize(int rows) { m_page = rows; }
    /// Counts statements sent to the server (for the round-trip benchmark).
    int serverRoundTrips() const { return m_roundTrips; }

    QSqlDatabase localDatabase() const;
    QSqlDatabase serverDatabase() const;
    const ServerIdentity &identity() const { return m_identity; }

private:
    Model::Result<Report> pass(const ProgressFunction &progress);
    bool pause(int ms, const ProgressFunction &progress);
    QString literal(const QVariant &value) const;
    Model::Status recoverFromRestore(Report &report);
    /// The sync's bookkeeping on its own local connection.
    Store::SyncPassLedger ledger() const;
    Model::Status readIncarnation();
    Model::Status pullTables(Report &report, const ProgressFunction &progress);
    Model::Status startResync();
    Model::Status removeUnseen(Store::LocalApply &apply);
    /// Compares the projects here with those the server shows, when the
    /// server's visibility epoch says they may differ (docs/SYNC.md).
    Model::Status checkAccess(Report &report);
    /// Sends the content of the attachments among @p entries that the
    /// server lacks, before their rows: the push accepts an attachment row
    /// only for a content the server has whole.
    Model::Status uploadAttachments(const QList<Store::OutboxEntry> &entries, Report &report);
    /// @p before: the projects held before the pull, or null when they were
    /// not read (then only sync_gained names projects to fetch whole).
    Model::Status checkVisibility(const QSet<QString> *before, Report &report);
    Model::Status noteProjectsHeld();
    Model::Status decideAccessCheck();
    QString visibilityToken() const;
    bool isNewProject(const QString &id);
    Model::Status removeInvisiblePeople(Report &report);
    Model::Status fetchProjects(const QStringList &ids, Report &report);
    Model::Status fetchRemoved(Store::LocalApply &apply, Report &report);
    /// Fetches the knowledge items that rows of a page refer to but that are
    /// not here, and applies those rows again.
    /// The versions and reuse records of items new here that the feed passed
    /// below @p lo, while the items were hidden (a draft, or shown to fewer).
    Model::Status fetchKnowledgeChildren(Store::LocalApply &apply, const QStringList &items, const QString &lo,
                                         Report &report);
    Model::Status fetchKnowledgeParents(Store::LocalApply &apply, const QList<Store::LocalApply::Orphan> &orphans,
                                        Report &report);
    /// Applies the server's rows of @p table that match @p where (SQL).
    Model::Status applyFromServer(Store::LocalApply &apply, const Model::SyncSchema::Table &table, const QString &where,
                                  const QString &failure, Report &report);
    Model::Status fetchPartnersPeople(bool everyone, bool checkedPeople, Report &report);
    Model::Error serverError(const QString &what, const QSqlQuery &query);

    std::unique_ptr<Store::Connection> m_local;
    std::unique_ptr<ServerConnection> m_server;
    ServerIdentity m_identity;
    int m_batch = 500;
    int m_page = 2000;
    int m_roundTrips = 0;
    bool m_fullPull = false;
    bool m_handshake = false; ///< regie_hello answered on the current connection
    bool m_staleAtStart = false; ///< the last pass failed at its first statement on a kept connection
    QSet<QString> m_before; ///< the projects this laptop held when the pull began (once read)
    bool m_beforeKnown = false; ///< m_before was read this pull
    bool m_checkAccess = false; ///< this pull compares the projects here with the server's
    QString m_visibility; ///< the server's visibility epoch read with the watermark, or empty
    bool m_participationsMoved = false; ///< a participation came or went this pass: compare the people
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::Report)
