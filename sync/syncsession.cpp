#include "syncsession.h"

#include "localapply.h"
#include "ownentries.h"
#include "serverconnection.h"
#include "restorerecovery.h"
#include "serverrow.h"
#include "synclogging.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/connection.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <array>

using namespace Model;

namespace Sync {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    const QDateTime t = QDateTime::fromString(server.toString(), Qt::ISODate);
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

// Where the pull stands: the feed window [lo, hi) being read, the table and
// the last (txid, id) applied. Stored with each page, in its transaction.
struct Cursor {
    QString lo = QStringLiteral("0");
    QString hi;
    int table = 0;
    QString txid = QStringLiteral("0");
    QString id = QStringLiteral("00000000-0000-0000-0000-000000000000");

    static Cursor parse(const QString &text)
    {
        Cursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.isEmpty()) {
            if (!text.isEmpty())
                c.lo = text;
            return c;
        }
        c.lo = o.value(QStringLiteral("lo")).toString(c.lo);
        c.hi = o.value(QStringLiteral("hi")).toString();
        c.table = o.value(QStringLiteral("table")).toInt();
        c.txid = o.value(QStringLiteral("txid")).toString(c.txid);
        c.id = o.value(QStringLiteral("id")).toString(c.id);
        return c;
    }
    QString text() const
    {
        if (hi.isEmpty())
            return lo;
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("lo"), lo},
                                                           {QStringLiteral("hi"), hi},
                                                           {QStringLiteral("table"), table},
                                                           {QStringLiteral("txid"), txid},
                                                           {QStringLiteral("id"), id}})
                                     .toJson(QJsonDocument::Compact));
    }
};

Status localError(const QSqlQuery &q)
{
    return error(Error::Storage, q.lastError().text());
}

} // namespace

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
    for (size_t attempt = 0;; ++attempt) {
        Result<Report> result = pass(progress);
        if (result.ok() || !m_server->isBroken() || attempt == pauses.size())
            return result;
        qCInfo(lcSync) << "connecting again in" << pauses.at(attempt) << "ms";
        if (!pause(pauses.at(attempt), progress))
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
    if (!m_handshake || !m_server->isOpen() || m_server->isBroken()) {
        if (!m_server->settings().isValid())
            return error(Error::Validation, tr("Regie is not connected to a sync server."));
        qCInfo(lcSync) << "connecting to the server again";
        if (auto hello = connectServer(m_server->settings()); !hello.ok())
            return hello.error();
    } else if (auto read = readIncarnation(); !read.ok()) {
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

Result<Report> SyncSession::push(const ProgressFunction &progress)
{
    Report report;
    // Edits made on top of what a restored server lost go out against it only after the comparison.
    if (auto recovered = recoverFromRestore(report); !recovered.ok())
        return recovered.error();
    QSqlDatabase local = m_local->database();
    qint64 total = 0;
    {
        QSqlQuery count(local);
        if (count.exec(QStringLiteral("SELECT count(*) FROM outbox")) && count.next())
            total = count.value(0).toLongLong();
    }
    qint64 done = 0;
    const OwnEntries own(local, m_identity.person, m_identity.organisation);
    while (true) {
        if (progress && !progress({Progress::Pushing, done, total}))
            return error(Error::Rule, tr("Sync was cancelled."));
        struct Entry {
            qint64 seq;
            QString changeId, table, rowId, op, fields;
        };
        QList<Entry> entries;
        QJsonArray batch;
        QSqlQuery q(local);
        q.prepare(QStringLiteral("SELECT seq, change_id, tbl, row_id, op, fields, base, created_at FROM outbox ORDER "
                                 "BY seq LIMIT ?"));
        q.addBindValue(m_batch);
        if (!q.exec())
            return localError(q).error();
        while (q.next()) {
            Entry e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()};
            const SyncSchema::Table *table = SyncSchema::table(e.table);
            if (!table)
                return error(Error::Storage, tr("The outbox holds a change of an unknown table %1.").arg(e.table));
            const QJsonObject fields = QJsonDocument::fromJson(e.fields.toUtf8()).object();
            const QJsonObject base = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            QJsonObject sent = serverFields(*table, fields);
            own.adopt(*table, e.op, sent);
            batch.append(QJsonObject{{QStringLiteral("change_id"), e.changeId},
                                     {QStringLiteral("table"), e.table},
                                     {QStringLiteral("id"), e.rowId},
                                     {QStringLiteral("op"), e.op},
                                     {QStringLiteral("fields"), sent},
                                     {QStringLiteral("base"), serverFields(*table, base)},
                                     {QStringLiteral("created_at"), q.value(7).toString()}});
            entries.append(e);
        }
        if (entries.isEmpty())
            break;

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
        LocalApply apply(local);
        QSqlQuery w(local);
        w.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
        w.addBindValue(entries.constLast().seq);
        if (!w.exec() || !apply.begin())
            return localError(w).error();
        for (int i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            const QJsonObject r = results.at(i).toObject();
            const QString status = r.value(QStringLiteral("status")).toString();
            const SyncSchema::Table *table = SyncSchema::table(e.table);
            if (status == QLatin1String("conflict")) {
                for (const QJsonValue &cv : r.value(QStringLiteral("conflicts")).toArray()) {
                    const QJsonObject c = cv.toObject();
                    auto json = [](const QJsonValue &v) {
                        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                    };
                    w.prepare(QStringLiteral("INSERT INTO sync_conflict (id, change_id, tbl, row_id, field, base, "
                                             "server, mine, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                    w.addBindValue(newId());
                    w.addBindValue(e.changeId);
                    w.addBindValue(e.table);
                    w.addBindValue(e.rowId);
                    w.addBindValue(c.value(QStringLiteral("field")).toString());
                    w.addBindValue(json(c.value(QStringLiteral("base"))));
                    w.addBindValue(json(c.value(QStringLiteral("server"))));
                    w.addBindValue(json(c.value(QStringLiteral("client"))));
                    w.addBindValue(nowUtc());
                    if (!w.exec())
                        return localError(w).error();
                    ++report.conflicts;
                }
            } else if (status != QLatin1String("applied")) {
                w.prepare(QStringLiteral("INSERT INTO sync_problem (id, change_id, tbl, row_id, op, fields, message, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                w.addBindValue(newId());
                w.addBindValue(e.changeId);
                w.addBindValue(e.table);
                w.addBindValue(e.rowId);
                w.addBindValue(e.op);
                w.addBindValue(e.fields);
                w.addBindValue(r.value(QStringLiteral("message")).toString());
                w.addBindValue(nowUtc());
                if (!w.exec())
                    return localError(w).error();
                ++report.rejected;
            }
            // Where the server kept other values, this laptop takes them now:
            // the user's own values live on in the conflict or the problem.
            const QJsonValue row = r.value(QStringLiteral("row"));
            if (status != QLatin1String("applied") && row.isObject()) {
                if (auto applied = apply.apply(*table, localRow(*table, row.toObject())); !applied.ok())
                    return applied.error();
            }
        }
        if (auto flushed = apply.flush(); !flushed.ok())
            return flushed.error();
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

Result<Report> SyncSession::pull(const ProgressFunction &progress)
{
    Report report;
    if (auto recovered = recoverFromRestore(report); !recovered.ok())
        return recovered.error();
    // Projects new to this laptop are judged against what it had before the
    // pull: the feed may bring a project whose older rows it does not.
    QSet<QString> before;
    QSqlQuery known(m_local->database());
    if (!known.exec(QStringLiteral("SELECT id FROM project")))
        return localError(known).error();
    while (known.next())
        before.insert(known.value(0).toString());
    // A pull from the very start brings every visible row: nothing to fetch twice.
    if (known.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) && known.next()
        && Cursor::parse(known.value(0).toString()).lo == QLatin1String("0"))
        m_fullPull = true;
    QElapsedTimer timer;
    timer.start();
    if (auto pulled = pullTables(report, progress); !pulled.ok())
        return pulled.error();
    qCDebug(lcSync) << "the feed took" << timer.restart() << "ms";
    if (progress && !progress({Progress::Checking, 0, 0}))
        return error(Error::Rule, tr("Sync was cancelled."));
    if (auto checked = checkVisibility(before, report); !checked.ok())
        return checked.error();
    // The person the server knows us as works here from now on.
    QSqlQuery q(m_local->database());
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) SELECT 'me', id FROM person WHERE id = ? "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    q.addBindValue(m_identity.person.toString(QUuid::WithoutBraces));
    if (!m_identity.person.isNull() && q.exec() && q.numRowsAffected() > 0)
        report.tablesChanged |= ChangeSet::Identity;
    // And the role it gives us, so that the window offers what it will take.
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES ('server_role', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    q.addBindValue(m_identity.role);
    if (!m_identity.role.isEmpty() && q.exec() && q.numRowsAffected() > 0)
        report.tablesChanged |= ChangeSet::Identity;
    q.prepare(QStringLiteral("UPDATE sync_state SET last_sync = ?, server_person = ? WHERE id = 1"));
    q.addBindValue(nowUtc());
    q.addBindValue(m_identity.person.toString(QUuid::WithoutBraces));
    q.exec();
    return report;
}

Status SyncSession::pullTables(Report &report, const ProgressFunction &progress)
{
    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    if (!q.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) || !q.next())
        return localError(q);
    Cursor cursor = Cursor::parse(q.value(0).toString());

    QSqlQuery s(m_server->database());
    // A window left unfinished by an interrupted pass is finished first; a
    // new one then brings what was committed since, in the same pass.
    const bool resumed = !cursor.hi.isEmpty();
    if (!resumed) {
        ++m_roundTrips;
        if (!s.exec(QStringLiteral("SELECT regie_watermark()::text, regie_horizon()::text")) || !s.next())
            return serverError(tr("Reading changes failed"), s);
        cursor.hi = s.value(0).toString();
        // Deleted rows older than the horizon were purged: a laptop away
        // longer cannot learn of those deletes from the feed, so it reads
        // everything again. Its outbox stays; pending fields are kept.
        if (cursor.lo != QLatin1String("0") && cursor.lo.toULongLong() < s.value(1).toString().toULongLong()) {
            if (auto started = startResync(); !started.ok())
                return started;
            cursor.lo = QStringLiteral("0");
            report.resynced = true;
        }
        cursor.table = 0;
        cursor.txid = cursor.lo;
        cursor.id = Cursor().id;
    }
    bool resyncing = false;
    if (cursor.lo == QLatin1String("0")) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_resync)")) || !q.next())
            return localError(q);
        resyncing = q.value(0).toBool();
    }
    QSqlQuery seen(local);
    seen.prepare(QStringLiteral("DELETE FROM sync_resync WHERE tbl = ? AND id = ?"));
    const QList<SyncSchema::Table> &tables = SyncSchema::tables();

    // How much there is, for the progress bar: one round trip for all tables.
    qint64 total = 0;
    qint64 done = 0;
    if (progress) {
        QStringList counts;
        for (const auto &t : tables)
            counts << QStringLiteral("SELECT count(*) FROM %1 WHERE sync_txid >= %2::xid8 AND sync_txid < %3::xid8")
                          .arg(t.name, literal(cursor.txid), literal(cursor.hi));
        ++m_roundTrips;
        if (s.exec(QStringLiteral("SELECT sum(n)::bigint FROM (%1) c(n)").arg(counts.join(QStringLiteral(" UNION ALL "))))
            && s.next())
            total = s.value(0).toLongLong();
    }

    while (cursor.table < tables.size()) {
        const SyncSchema::Table &table = tables.at(cursor.table);
        if (progress && !progress({Progress::Pulling, done, total}))
            return error(Error::Rule, tr("Sync was cancelled."));
        // Qualified names: the select list has text columns called sync_txid
        // and id, and an unqualified ORDER BY would sort by those (as text).
        const QString page = QStringLiteral("SELECT %1 FROM %2 t WHERE t.sync_txid >= %3::xid8 AND t.sync_txid < %4::xid8 "
                                            "AND (t.sync_txid, t.id) > (%5::xid8, %6::uuid) ORDER BY t.sync_txid, t.id "
                                            "LIMIT %7")
                                 .arg(ServerRow::selectList(table), table.name, literal(cursor.lo), literal(cursor.hi),
                                      literal(cursor.txid), literal(cursor.id), literal(m_page));
        s.setForwardOnly(true);
        ++m_roundTrips;
        if (!s.exec(page))
            return serverError(tr("Reading changes failed"), s);

        // A page and the cursor after it go in one local transaction.
        Store::Transaction transaction(local);
        if (!transaction.isActive())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        LocalApply apply(local);
        if (!apply.begin())
            return error(Error::Storage, tr("The local database cannot be written."));
        int rows = 0;
        const int txidColumn = s.record().count() - 1;
        while (s.next()) {
            const QVariantMap row = ServerRow::fromQuery(table, s);
            if (auto applied = apply.apply(table, row); !applied.ok())
                return applied;
            cursor.txid = s.value(txidColumn).toString();
            cursor.id = row.value(QStringLiteral("id")).toString();
            ++rows;
            if (resyncing) {
                seen.addBindValue(table.name);
                seen.addBindValue(cursor.id);
                if (!seen.exec())
                    return localError(seen);
            }
        }
        // Rows come one by one: a connection lost in the middle ends the
        // page early, and must not pass for its end (the cursor would skip
        // the rest). The page's transaction rolls back.
        if (s.lastError().isValid())
            return serverError(tr("Reading changes failed"), s);
        if (auto flushed = apply.flush(true); !flushed.ok())
            return flushed;
        for (const auto &orphan : apply.orphans()) {
            if (orphan.table->scope == SyncSchema::Scope::Project)
                m_orphanProjects.insert(orphan.row.value(orphan.table->projectColumn).toString());
        }
        qCDebug(lcSync) << "pulled" << rows << "rows of" << table.name << "up to" << cursor.txid << cursor.id;
        if (rows < m_page) {
            ++cursor.table;
            cursor.txid = cursor.lo;
            cursor.id = Cursor().id;
        }
        if (cursor.table >= tables.size()) {
            cursor = Cursor{cursor.hi, {}, 0, {}, {}};
            if (resyncing) {
                if (auto removed = removeUnseen(report); !removed.ok())
                    return removed;
            }
        }
        q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"));
        q.addBindValue(cursor.text());
        if (!q.exec() || !apply.end() || !transaction.commit())
            return error(Error::Storage, tr("Received changes could not be saved; sync will fetch them again."));
        report.pulled += rows;
        report.tablesChanged |= apply.changedTables();
        done += rows;
        if (cursor.hi.isEmpty())
            break;
    }
    return resumed ? pullTables(report, progress) : Status(Done{});
}

Status SyncSession::startResync()
{
    qCInfo(lcSync) << "this laptop was away longer than the server keeps deleted rows: reading everything again";
    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    if (!transaction.isActive())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    QSqlQuery q(local);
    if (!q.exec(QStringLiteral("DELETE FROM sync_resync")))
        return localError(q);
    for (const auto &t : SyncSchema::tables()) {
        if (!q.exec(QStringLiteral("INSERT INTO sync_resync (tbl, id) SELECT '%1', id FROM %1").arg(t.name)))
            return localError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The local database cannot be written."));
    m_fullPull = true;
    return Done{};
}

Status SyncSession::removeUnseen(Report &report)
{
    // Runs in the transaction of the resync's last page, with applying set.
    // What the server no longer has was purged there; a row with pending
    // edits stays, and its push will say what became of it.
    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    QSqlQuery remove(local);
    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        q.prepare(QStringLiteral("SELECT id FROM sync_resync WHERE tbl = ? AND id NOT IN "
                                 "(SELECT row_id FROM outbox WHERE tbl = ?)"));
        q.addBindValue(it->name);
        q.addBindValue(it->name);
        if (!q.exec())
            return localError(q);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(it->name));
        while (q.next()) {
            remove.addBindValue(q.value(0));
            // A local row still referring to it (a pending insert) keeps it.
            if (remove.exec() && remove.numRowsAffected() > 0)
                report.tablesChanged |= it->changeBit;
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM sync_resync")))
        return localError(q);
    return Done{};
}

Status SyncSession::checkVisibility(const QSet<QString> &before, Report &report)
{
    // The change feed only shows rows this user may see now. Projects that
    // became visible bring older rows the cursor has passed; projects that
    // became invisible send nothing at all. One query tells both.
    QSqlQuery s(m_server->database());
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT id::text FROM project")))
        return serverError(tr("Checking access failed"), s);
    QSet<QString> server;
    while (s.next())
        server.insert(s.value(0).toString());

    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    QSet<QString> here;
    if (!q.exec(QStringLiteral("SELECT id FROM project WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'project' "
                               "AND op = 'insert') AND id NOT IN (SELECT row_id FROM sync_problem WHERE tbl = 'project' "
                               "AND op = 'insert' AND dismissed_at IS NULL)")))
        return localError(q);
    while (q.next())
        here.insert(q.value(0).toString());
    QStringList gained;
    for (const QString &id : std::as_const(server)) {
        if (!before.contains(id))
            gained << id;
    }
    QStringList lost;
    for (const QString &id : std::as_const(here)) {
        if (!server.contains(id))
            lost << id;
    }

    if (!lost.isEmpty()) {
        Store::Transaction transaction(local);
        LocalApply apply(local);
        if (!transaction.isActive() || !apply.begin())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        const QList<SyncSchema::Table> &tables = SyncSchema::tables();
        for (const QString &project : std::as_const(lost)) {
            // Pending edits of the project are kept for the user to export.
            for (const auto &t : tables) {
                if (t.scope != SyncSchema::Scope::Project)
                    continue;
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (change_id, project_id, tbl, row_id, "
                                         "op, fields, base, created_at) SELECT o.change_id, ?, o.tbl, o.row_id, o.op, "
                                         "o.fields, o.base, o.created_at FROM outbox o JOIN %1 r ON r.id = o.row_id "
                                         "WHERE o.tbl = '%1' AND r.%2 = ?")
                              .arg(t.name, t.projectColumn));
                q.addBindValue(project);
                q.addBindValue(project);
                if (!q.exec())
                    return localError(q);
                // Edits the server refused because access was already gone
                // (the push runs first) join them: same project, same fate.
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (change_id, project_id, tbl, row_id, "
                                         "op, fields, base, created_at) SELECT p.change_id, ?, p.tbl, p.row_id, p.op, "
                                         "p.fields, '{}', p.created_at FROM sync_problem p JOIN %1 r ON r.id = p.row_id "
                                         "WHERE p.tbl = '%1' AND p.dismissed_at IS NULL AND r.%2 = ?")
                              .arg(t.name, t.projectColumn));
                q.addBindValue(project);
                q.addBindValue(project);
                if (!q.exec())
                    return localError(q);
            }
            if (!q.exec(QStringLiteral("DELETE FROM outbox WHERE change_id IN (SELECT change_id FROM sync_quarantine)"))
                || !q.exec(QStringLiteral("DELETE FROM sync_problem WHERE change_id IN (SELECT change_id FROM "
                                          "sync_quarantine)")))
                return localError(q);
            for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
                if (it->scope != SyncSchema::Scope::Project)
                    continue;
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(it->name, it->projectColumn));
                q.addBindValue(project);
                if (!q.exec())
                    return localError(q);
                report.tablesChanged |= it->changeBit;
            }
        }
        if (!apply.end() || !transaction.commit())
            return error(Error::Storage, tr("Removing projects you no longer take part in failed."));
        report.lostProjects = int(lost.size());
        // Partners of those projects may have gone out of sight with them.
        if (auto removed = removeInvisiblePeople(report); !removed.ok())
            return removed;
    }
    if (m_fullPull) {
        m_fullPull = false;
        gained.clear();
    }
    // Rows the feed brought for projects whose older rows it had passed.
    for (const QString &id : std::exchange(m_orphanProjects, {})) {
        if (server.contains(id) && !gained.contains(id))
            gained << id;
    }
    if (!gained.isEmpty()) {
        if (auto fetched = fetchProjects(gained, report); !fetched.ok())
            return fetched;
        report.gainedProjects = int(gained.size());
    }
    return Done{};
}

Status SyncSession::removeInvisiblePeople(Report &report)
{
    QSqlQuery s(m_server->database());
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT id::text FROM person")))
        return serverError(tr("Checking access failed"), s);
    QSet<QString> visible;
    while (s.next())
        visible.insert(s.value(0).toString());

    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    QSqlQuery q(local);
    // Never oneself, never someone with edits still to send.
    if (!q.exec(QStringLiteral("SELECT id FROM person WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'person') "
                               "AND id IS NOT (SELECT value FROM local_setting WHERE key = 'me')")))
        return localError(q);
    QStringList gone;
    while (q.next()) {
        if (!visible.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    }
    QSqlQuery remove(local);
    remove.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    for (const QString &id : std::as_const(gone)) {
        remove.addBindValue(id);
        // A row still referring to the person keeps them.
        if (remove.exec() && remove.numRowsAffected() > 0)
            report.tablesChanged |= SyncSchema::table(QStringLiteral("person"))->changeBit;
    }
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Removing people you no longer work with failed."));
    return Done{};
}

Status SyncSession::fetchProjects(const QStringList &ids, Report &report)
{
    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    const QString list = ids.join(QLatin1Char(','));
    for (const auto &t : SyncSchema::tables()) {
        QSqlQuery s(m_server->database());
        s.setForwardOnly(true);
        QString sql;
        if (t.scope == SyncSchema::Scope::Project) {
            sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ANY (string_to_array(%4, ',')::uuid[])")
                      .arg(ServerRow::selectList(t), t.name, t.projectColumn, literal(list));
        } else if (t.scope == SyncSchema::Scope::People) {
            // New partners bring people the feed has passed.
            sql = QStringLiteral("SELECT %1 FROM %2").arg(ServerRow::selectList(t), t.name);
        } else {
            continue;
        }
        ++m_roundTrips;
        if (!s.exec(sql))
            return serverError(tr("Reading a project failed"), s);
        while (s.next()) {
            if (auto applied = apply.apply(t, ServerRow::fromQuery(t, s)); !applied.ok())
                return applied;
            ++report.pulled;
        }
        if (s.lastError().isValid()) // the connection broke between rows
            return serverError(tr("Reading a project failed"), s);
    }
    if (auto flushed = apply.flush(); !flushed.ok())
        return flushed;
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Received projects could not be saved."));
    report.tablesChanged |= apply.changedTables();
    return Done{};
}

} // namespace Sync
