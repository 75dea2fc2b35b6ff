#include "syncsession.h"

#include "ownentries.h"
#include "blobtransfer.h"
#include "serverconnection.h"
#include "restorerecovery.h"
#include "serverrow.h"
#include "synclogging.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/blobstore.h"
#include "store/connection.h"
#include "store/localapply.h"
#include "store/outboxqueue.h"
#include "store/syncpassledger.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <array>
#include <utility>

using namespace Model;

namespace Sync {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A local outbox value (as the capture trigger wrote it) as the server's
// to_jsonb() shows the same value, so that the server compares like with like.
QJsonValue serverValue(SyncSchema::Type type, const QJsonValue &local)
{
    if (local.isNull() || local.isUndefined())
        return QJsonValue::Null;
    switch (type) {
    case SyncSchema::Type::Flag:
        return local.toInt() != 0;
    case SyncSchema::Type::Blob:
        return local.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QStringLiteral("\\x") + local.toString().toLower());
    default:
        return local;
    }
}

QJsonObject serverFields(const SyncSchema::Table &table, const QJsonObject &local)
{
    QJsonObject out;
    for (const auto &c : table.syncedColumns()) {
        if (local.contains(c.name))
            out.insert(c.name, serverValue(c.type, local.value(c.name)));
    }
    return out;
}

QString timestamp(const QJsonValue &server)
{
    // Milliseconds cut, not rounded, as the pull's to_char(… 'MS') does.
    QString text = server.toString();
    static const QRegularExpression micros(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(micros, QStringLiteral("\\1"));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : nowUtc();
}

// A server row from to_jsonb() as local column values.
QVariantMap localRow(const SyncSchema::Table &table, const QJsonObject &server)
{
    QVariantMap row;
    row.insert(QStringLiteral("id"), server.value(QStringLiteral("id")).toString());
    for (const auto &c : table.syncedColumns())
        row.insert(c.name, SyncSchema::localValue(c.type, server.value(c.name)));
    row.insert(QStringLiteral("created_at"), timestamp(server.value(QStringLiteral("created_at"))));
    row.insert(QStringLiteral("updated_at"), timestamp(server.value(QStringLiteral("updated_at"))));
    const QJsonValue by = server.value(QStringLiteral("changed_by"));
    row.insert(QStringLiteral("changed_by"), by.isString() ? QVariant(by.toString()) : QVariant(QMetaType(QMetaType::QString)));
    row.insert(QStringLiteral("version"), server.value(QStringLiteral("version")).toInteger());
    return row;
}

} // namespace

Store::SyncPassLedger SyncSession::ledger() const
{
    return Store::SyncPassLedger(m_local->database());
}

SyncSession::SyncSession()
    : m_local(std::make_unique<Store::Connection>())
    , m_server(std::make_unique<ServerConnection>())
{
}

SyncSession::~SyncSession()
{
    disconnectServer();
}

QSqlDatabase SyncSession::localDatabase() const
{
    return m_local->database();
}

Status SyncSession::openLocal(const QString &path)
{
    return m_local->open(path);
}

QSqlDatabase SyncSession::serverDatabase() const
{
    return m_server->database();
}

QString SyncSession::literal(const QVariant &value) const
{
    return m_server->literal(value);
}

Error SyncSession::serverError(const QString &what, const QSqlQuery &query)
{
    return m_server->failure(what, query.lastError());
}

Result<ServerIdentity> SyncSession::connectServer(const ServerSettings &settings)
{
    if (!settings.isValid()) {
        disconnectServer();
        return error(Error::Validation, tr("Fill in the server, database and user name."));
    }
    m_handshake = false;
    // Wrong password, certificate, refused: ServerConnection names them.
    if (auto opened = m_server->open(settings); !opened.ok())
        return opened.error();
    QSqlQuery q(m_server->database());
    ++m_roundTrips;
    // The incarnation comes with the handshake: no round trip of its own.
    const QString sql = QStringLiteral("SELECT regie_hello(%1)::text, (SELECT value FROM regie_meta WHERE key = "
                                       "'incarnation')")
                            .arg(literal(SyncSchema::ProtocolVersion));
    if (!q.exec(sql) || !q.next()) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("older than the server")))
            return error(Error::TooNew, tr("The server needs a newer Regie. Update Regie to sync again; your local "
                                           "work is kept."));
        if (text.contains(QLatin1String("is not a Regie user")))
            return error(Error::Validation, tr("%1 is not a Regie user on this server.").arg(settings.user));
        if (text.contains(QLatin1String("regie_hello")))
            return error(Error::NotRegie, tr("This database is not a Regie server (or it was never set up with "
                                             "regie-admin)."));
        return serverError(tr("The handshake with the server failed"), q);
    }
    const QJsonObject hello = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    ServerIdentity id;
    id.person = QUuid::fromString(hello.value(QStringLiteral("person")).toString());
    id.organisation = QUuid::fromString(hello.value(QStringLiteral("organisation")).toString());
    id.personName = hello.value(QStringLiteral("person_name")).toString();
    id.organisationName = hello.value(QStringLiteral("organisation_name")).toString();
    id.role = hello.value(QStringLiteral("role")).toString();
    id.schema = hello.value(QStringLiteral("schema")).toInt();
    id.protocol = hello.value(QStringLiteral("protocol")).toInt();
    id.incarnation = q.value(1).toString();
    if (id.protocol > SyncSchema::ProtocolVersion) {
        // Additive changes keep the protocol number; a higher one means the
        // server expects things this build does not know.
        return error(Error::TooNew, tr("The server speaks a newer sync protocol (%1) than this Regie (%2). Update "
                                       "Regie to sync again; your local work is kept.")
                                        .arg(id.protocol)
                                        .arg(SyncSchema::ProtocolVersion));
    }
    m_identity = id;
    m_handshake = true;
    return id;
}

void SyncSession::disconnectServer()
{
    m_server->close();
}

Result<Report> SyncSession::sync(const ProgressFunction &progress)
{
    // Only whole passes run again: push reads the outbox afresh, and the
    // server applies a change id once, so a batch whose answer was lost is
    // sent again safely. Other failures (a refusal, the local file) are not
    // helped by connecting again.
    static constexpr std::array<int, 3> pauses{500, 1000, 2000};
    // A connection that stood open since the last pass and broke at its first
    // statement went stale (the server restarted meanwhile): connect again at
    // once, without a pause and without counting it as an attempt.
    bool stale = m_handshake && m_server->isOpen() && !m_server->isBroken();
    for (size_t attempt = 0;;) {
        Result<Report> result = pass(progress);
        if (result.ok() || !m_server->isBroken())
            return result;
        if (std::exchange(stale, false) && m_staleAtStart) {
            qCInfo(lcSync) << "the connection went stale; connecting again";
            continue;
        }
        if (attempt == pauses.size())
            return result;
        qCInfo(lcSync) << "connecting again in" << pauses.at(attempt) << "ms";
        if (!pause(pauses.at(attempt++), progress))
            return error(Error::Rule, tr("Sync was cancelled."));
    }
}

bool SyncSession::pause(int ms, const ProgressFunction &progress)
{
    QElapsedTimer waited;
    waited.start();
    for (qint64 left = ms; left > 0; left = ms - waited.elapsed()) {
        if (progress && !progress({Progress::Reconnecting, 0, 0}))
            return false;
        QThread::msleep(ulong(std::min<qint64>(100, left)));
    }
    return true;
}

Result<Report> SyncSession::pass(const ProgressFunction &progress)
{
    m_staleAtStart = false;
    if (!m_handshake || !m_server->isOpen() || m_server->isBroken()) {
        if (!m_server->settings().isValid())
            return error(Error::Validation, tr("Regie is not connected to a sync server."));
        qCInfo(lcSync) << "connecting to the server again";
        if (auto hello = connectServer(m_server->settings()); !hello.ok())
            return hello.error();
    } else if (auto read = readIncarnation(); !read.ok()) {
        // The pass's first statement on a connection kept from before.
        m_staleAtStart = m_server->isBroken();
        return read.error();
    }
    QElapsedTimer timer;
    timer.start();
    Result<Report> pushed = push(progress);
    if (!pushed.ok())
        return pushed;
    qCDebug(lcSync) << "push took" << timer.restart() << "ms";
    Result<Report> pulled = pull(progress);
    qCDebug(lcSync) << "pull took" << timer.elapsed() << "ms";
    if (!pulled.ok())
        return pulled;
    Report report = pulled.value();
    report.pushed = pushed.value().pushed;
    report.conflicts = pushed.value().conflicts;
    report.rejected = pushed.value().rejected;
    report.tablesChanged |= pushed.value().tablesChanged;
    report.serverRestored |= pushed.value().serverRestored;
    report.resent += pushed.value().resent;
    report.pulled += pushed.value().pulled;
    report.attachmentsSent = pushed.value().attachmentsSent;
    report.attachmentBytesSent = pushed.value().attachmentBytesSent;
    return report;
}

// A window stays connected between passes: a server restored meanwhile
// shows only in its incarnation, read again at the start of each pass.
Status SyncSession::readIncarnation()
{
    QSqlQuery q(m_server->database());
    ++m_roundTrips;
    if (!q.exec(QStringLiteral("SELECT (SELECT value FROM regie_meta WHERE key = 'incarnation')")) || !q.next())
        return serverError(tr("The handshake with the server failed"), q);
    m_identity.incarnation = q.value(0).toString();
    return Done{};
}

Status SyncSession::recoverFromRestore(Report &report)
{
    RestoreRecovery recovery(m_local->database(), m_server->database());
    const Status recovered = recovery.run(m_identity.incarnation, report);
    m_roundTrips += recovery.roundTrips();
    return recovered;
}

Result<qint64> SyncSession::fetchAttachment(const QString &sha256, qint64 byteSize,
                                            const std::function<bool(qint64, qint64)> &progress)
{
    if (!m_server || !m_server->settings().isValid())
        return error(Error::Storage, tr("Not connected to the server."));
    if (!m_server->isOpen() || m_server->isBroken()) {
        // Lost meanwhile: connect again the same way and go on.
        if (auto reopened = m_server->open(m_server->settings()); !reopened.ok())
            return reopened.error();
    }
    for (int attempt = 0;; ++attempt) {
        BlobTransfer transfer(*m_server, Store::BlobStore(Store::BlobStore::rootFor(m_local->path())));
        const auto fetched = transfer.download(sha256, byteSize, progress);
        m_roundTrips += transfer.roundTrips();
        // A connection the server ended while the window stood still (a
        // restart) shows only now: once more on a new one, from the chunks
        // already here.
        if (fetched.ok() || !m_server->isBroken() || attempt > 0)
            return fetched;
        qCInfo(lcSync) << "connecting again to fetch" << sha256;
        if (auto reopened = m_server->open(m_server->settings()); !reopened.ok())
            return reopened.error();
    }
}

Status SyncSession::uploadAttachments(const QList<Store::OutboxEntry> &entries, Report &report)
{
    if (m_identity.schema < 9)
        return Done{};
    QSet<QString> done;
    BlobTransfer transfer(*m_server, Store::BlobStore(Store::BlobStore::rootFor(m_local->path())));
    Status status = Done{};
    for (const Store::OutboxEntry &e : entries) {
        if (e.table != QLatin1String("knowledge_attachment"))
            continue;
        const QJsonObject fields = QJsonDocument::fromJson(e.fields.toUtf8()).object();
        const QString sha256 = fields.value(QStringLiteral("sha256")).toString();
        if (sha256.isEmpty() || done.contains(sha256))
            continue; // a change of its text status, or a content sent with this batch
        done.insert(sha256);
        const auto sent = transfer.upload(sha256, qint64(fields.value(QStringLiteral("byte_size")).toDouble()));
        if (sent.ok()) {
            if (sent.value() > 0)
                ++report.attachmentsSent;
            report.attachmentBytesSent += sent.value();
        } else if (sent.error().code != Error::NotFound) {
            // Sent again on the next pass, from the chunks the server lacks;
            // a content gone from this laptop is refused with its row instead.
            status = sent.error();
            break;
        }
    }
    m_roundTrips += transfer.roundTrips();
    return status;
}

Result<Report> SyncSession::push(const ProgressFunction &progress)
{
    Report report;
    // Edits made on top of what a restored server lost go out against it only after the comparison.
    if (auto recovered = recoverFromRestore(report); !recovered.ok())
        return recovered.error();
    QSqlDatabase local = m_local->database();
    Store::OutboxQueue outbox(local);
    Store::SyncPassLedger ledger(local);
    const qint64 total = outbox.size();
    qint64 done = 0;
    const OwnEntries own(ledger.me(), m_identity.person, m_identity.organisation);
    while (true) {
        if (progress && !progress({Progress::Pushing, done, total}))
            return error(Error::Rule, tr("Sync was cancelled."));
        const Result<QList<Store::OutboxEntry>> taken = outbox.oldest(m_batch);
        if (!taken.ok())
            return taken.error();
        const QList<Store::OutboxEntry> &entries = taken.value();
        QJsonArray batch;
        for (const Store::OutboxEntry &e : entries) {
            const SyncSchema::Table *table = SyncSchema::table(e.table);
            if (!table)
                return error(Error::Storage, tr("The outbox holds a change of an unknown table %1.").arg(e.table));
            const QJsonObject fields = QJsonDocument::fromJson(e.fields.toUtf8()).object();
            const QJsonObject base = QJsonDocument::fromJson(e.base.toUtf8()).object();
            QJsonObject sent = serverFields(*table, fields);
            own.adopt(*table, e.op, sent);
            batch.append(QJsonObject{{QStringLiteral("change_id"), e.changeId},
                                     {QStringLiteral("table"), e.table},
                                     {QStringLiteral("id"), e.rowId},
                                     {QStringLiteral("op"), e.op},
                                     {QStringLiteral("fields"), sent},
                                     {QStringLiteral("base"), serverFields(*table, base)},
                                     {QStringLiteral("created_at"), e.createdAt}});
        }
        if (entries.isEmpty())
            break;
        if (auto uploaded = uploadAttachments(entries, report); !uploaded.ok())
            return uploaded.error();

        QSqlQuery s(m_server->database());
        const QString json = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
        ++m_roundTrips;
        if (!s.exec(QStringLiteral("SELECT regie_push(%1::json)::text").arg(literal(json))) || !s.next())
            return serverError(tr("Sending changes failed"), s);
        const QJsonArray results = QJsonDocument::fromJson(s.value(0).toString().toUtf8()).array();
        if (results.size() != entries.size())
            return error(Error::Storage, tr("The server answered %1 of %2 changes.").arg(results.size()).arg(entries.size()));

        // The acknowledgement: the outbox entries go in the same local
        // transaction that records what the server said about them.
        Store::Transaction transaction(local);
        if (!transaction.isActive())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        Store::LocalApply apply(local);
        if (auto acknowledged = outbox.acknowledge(entries.constLast().seq); !acknowledged.ok())
            return acknowledged.error();
        if (!apply.begin())
            return error(Error::Storage, tr("The local database cannot be written."));
        QList<QPair<const SyncSchema::Table *, QString>> refusedInserts;
        for (int i = 0; i < entries.size(); ++i) {
            const Store::OutboxEntry &e = entries.at(i);
            const QJsonObject r = results.at(i).toObject();
            const QString status = r.value(QStringLiteral("status")).toString();
            const SyncSchema::Table *table = SyncSchema::table(e.table);
            if (e.table == QLatin1String("participation"))
                m_participationsMoved = true;
            const QJsonValue row = r.value(QStringLiteral("row"));
            QSet<QString> kept; // fields whose server value stayed: conflicts
            if (status == QLatin1String("conflict")) {
                // Who made the value the server kept, and when: the row's last change.
                const QJsonObject server = row.toObject();
                const QString by = server.value(QStringLiteral("changed_by")).toString();
                const QString at = server.contains(QStringLiteral("updated_at"))
                    ? timestamp(server.value(QStringLiteral("updated_at")))
                    : QString();
                for (const QJsonValue &cv : r.value(QStringLiteral("conflicts")).toArray()) {
                    const QJsonObject c = cv.toObject();
                    auto json = [](const QJsonValue &v) {
                        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                    };
                    const QString field = c.value(QStringLiteral("field")).toString();
                    kept.insert(field);
                    if (auto recorded = ledger.recordConflict(e.changeId, e.table, e.rowId, field,
                                                              json(c.value(QStringLiteral("base"))),
                                                              json(c.value(QStringLiteral("server"))),
                                                              json(c.value(QStringLiteral("client"))), by, at);
                        !recorded.ok())
                        return recorded.error();
                    ++report.conflicts;
                }
                // The conflict tells of those fields; no notice besides.
                if (auto forgotten = apply.sent().forget(*table, e.rowId, kept); !forgotten.ok())
                    return forgotten.error();
            } else if (status != QLatin1String("applied")) {
                if (auto recorded = ledger.recordProblem(e.changeId, e.table, e.rowId, e.op, e.fields,
                                                         r.value(QStringLiteral("message")).toString());
                    !recorded.ok())
                    return recorded.error();
                ++report.rejected;
            }
            // Where the server kept other values, or had them already, this
            // laptop takes its row now: the user's own values live on in the
            // conflict or the problem. A refused insert the server does not
            // show goes here too, and the refused list keeps what it held.
            if (row.isObject()) {
                if (auto applied = apply.apply(*table, localRow(*table, row.toObject())); !applied.ok())
                    return applied.error();
            } else if (status == QLatin1String("rejected") && e.op == QLatin1String("insert")) {
                refusedInserts.prepend({table, e.rowId});
            }
            // What the server wrote of the user's edit, to tell them when
            // someone else replaces it later.
            if (e.op == QLatin1String("update") && status != QLatin1String("rejected")) {
                if (auto noted = apply.sent().record(*table, e.rowId, e.fields, kept); !noted.ok())
                    return noted.error();
            }
        }
        // Later rows first: a refused row's own rows were refused with it.
        for (const auto &[table, id] : std::as_const(refusedInserts)) {
            if (auto removed = apply.remove(*table, id); !removed.ok())
                return removed.error();
        }
        apply.clearRemoved(); // the server does not have them: nothing to fetch
        if (auto flushed = apply.flush(); !flushed.ok())
            return flushed.error();
        if (auto fetched = fetchRemoved(apply, report); !fetched.ok())
            return fetched.error();
        if (!apply.end() || !transaction.commit())
            return error(Error::Storage, tr("The server's answer could not be saved; sync will send again."));
        report.pushed += int(entries.size());
        report.tablesChanged |= apply.changedTables();
        if (report.conflicts || report.rejected)
            report.tablesChanged |= ChangeSet::Sync;
        done += entries.size();
    }
    return report;
}

} // namespace Sync
