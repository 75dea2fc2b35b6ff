#include "restorerecovery.h"

#include "localapply.h"
#include "serverrow.h"
#include "synclogging.h"
#include "syncsession.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Model;

namespace Sync {

namespace {

const QString IncarnationKey = QStringLiteral("server_incarnation");

// A value as the capture triggers write it into the outbox JSON: blobs as
// upper-case hex (SQLite's hex(), '' for none), flags 0/1, the rest as is.
// Also the form two values are compared in, so an empty id equals NULL.
QJsonValue outboxValue(SyncSchema::Type type, const QVariant &v)
{
    switch (type) {
    case SyncSchema::Type::Blob:
        return QString::fromLatin1(v.toByteArray().toHex().toUpper());
    case SyncSchema::Type::Flag:
        return v.toInt() != 0 ? 1 : 0;
    case SyncSchema::Type::Number:
        return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
    case SyncSchema::Type::Text:
        return v.toString();
    default:
        return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
    }
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status localError(const QSqlQuery &q)
{
    return error(Error::Storage, q.lastError().text());
}

} // namespace

RestoreRecovery::RestoreRecovery(QSqlDatabase local, QSqlDatabase server)
    : m_local(std::move(local))
    , m_server(std::move(server))
{
}

bool RestoreRecovery::storeIncarnation(const QString &incarnation)
{
    QSqlQuery q(m_local);
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(IncarnationKey);
    q.addBindValue(incarnation);
    return q.exec();
}

Status RestoreRecovery::run(const QString &incarnation, Report &report)
{
    if (incarnation.isEmpty())
        return Done{}; // a server set up before incarnations: nothing to compare with
    QSqlQuery q(m_local);
    q.prepare(QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    q.addBindValue(IncarnationKey);
    if (!q.exec())
        return localError(q);
    const QString stored = q.next() ? q.value(0).toString() : QString();
    if (stored == incarnation)
        return Done{};
    m_incarnation = incarnation;
    if (stored.isEmpty()) {
        // A new laptop, or one from before incarnations: it cannot tell
        // whether the server was restored since, and takes it as it is.
        if (!storeIncarnation(incarnation))
            return error(Error::Storage, tr("The local database cannot be written."));
        return Done{};
    }
    qCInfo(lcSync) << "the server was restored from a backup: comparing every row";
    // One snapshot of the server for the whole comparison, so that parents
    // and children agree; the watermark read in it is where the feed goes on.
    QSqlQuery begin(m_server);
    ++m_roundTrips;
    if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return error(Error::Storage, tr("Comparing with the restored server failed: %1").arg(begin.lastError().text()));
    const Status recovered = recover(report);
    QSqlQuery end(m_server);
    ++m_roundTrips;
    end.exec(QStringLiteral("COMMIT"));
    return recovered;
}

Status RestoreRecovery::recover(Report &report)
{
    QSqlQuery s(m_server);
    s.setForwardOnly(true);
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT regie_watermark()::text")) || !s.next())
        return error(Error::Storage, tr("Comparing with the restored server failed: %1").arg(s.lastError().text()));
    const QString watermark = s.value(0).toString();

    Store::Transaction transaction(m_local);
    if (!transaction.isActive())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    QSqlQuery q(m_local);
    QSqlQuery fold(m_local);
    fold.prepare(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
    QSqlQuery queue(m_local);
    queue.prepare(QStringLiteral("INSERT INTO outbox (change_id, tbl, row_id, op, fields, base, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto enqueue = [&](const QString &table, const QString &id, const QString &op, const QJsonObject &fields,
                       const QJsonObject &base, const QString &createdAt) {
        fold.addBindValue(table);
        fold.addBindValue(id);
        queue.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        queue.addBindValue(table);
        queue.addBindValue(id);
        queue.addBindValue(op);
        queue.addBindValue(json(fields));
        queue.addBindValue(json(base));
        queue.addBindValue(createdAt);
        return fold.exec() && queue.exec();
    };

    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    QHash<QString, QStringList> remove; // table -> tombstones the server lacks
    QSet<QString> droppedProjects;
    for (const SyncSchema::Table &table : tables) {
        const QList<SyncSchema::Column> columns = table.syncedColumns();
        QHash<QString, QVariantMap> server;
        ++m_roundTrips;
        if (!s.exec(QStringLiteral("SELECT %1 FROM %2").arg(ServerRow::selectList(table), table.name)))
            return error(Error::Storage, tr("Comparing with the restored server failed: %1").arg(s.lastError().text()));
        while (s.next()) {
            const QVariantMap row = ServerRow::fromQuery(table, s);
            server.insert(row.value(QStringLiteral("id")).toString(), row);
        }

        // Each unsent local edit raised the row's version by one.
        QHash<QString, int> pending;
        q.prepare(QStringLiteral("SELECT row_id, count(*) FROM outbox WHERE tbl = ? GROUP BY row_id"));
        q.addBindValue(table.name);
        if (!q.exec())
            return localError(q);
        while (q.next())
            pending.insert(q.value(0).toString(), q.value(1).toInt());

        QStringList names{QStringLiteral("id")};
        for (const auto &c : columns)
            names << c.name;
        if (!q.exec(QStringLiteral("SELECT %1, version, created_at FROM %2").arg(names.join(QStringLiteral(", ")), table.name)))
            return localError(q);
        while (q.next()) {
            const QString id = q.value(0).toString();
            QJsonObject mine;
            for (int i = 0; i < columns.size(); ++i)
                mine.insert(columns.at(i).name, outboxValue(columns.at(i).type, q.value(i + 1)));
            const qint64 version = q.value(columns.size() + 1).toLongLong();
            const auto found = server.constFind(id);
            if (found == server.cend()) {
                const bool deleted = mine.value(QStringLiteral("deleted")).toInt() != 0;
                const bool ofDropped = table.scope == SyncSchema::Scope::Project && table.name != QLatin1String("project")
                    && droppedProjects.contains(mine.value(table.projectColumn).toString());
                if (deleted || ofDropped) {
                    remove[table.name] << id;
                    if (table.name == QLatin1String("project"))
                        droppedProjects.insert(id);
                    continue;
                }
                if (!enqueue(table.name, id, QStringLiteral("insert"), mine, {}, q.value(columns.size() + 2).toString()))
                    return localError(queue);
                ++report.resent;
                continue;
            }
            QJsonObject theirs;
            for (const auto &c : columns)
                theirs.insert(c.name, outboxValue(c.type, found->value(c.name)));
            QJsonObject fields;
            QJsonObject base;
            for (const auto &c : columns) {
                if (mine.value(c.name) != theirs.value(c.name)) {
                    fields.insert(c.name, mine.value(c.name));
                    base.insert(c.name, theirs.value(c.name));
                }
            }
            if (fields.isEmpty() || version - pending.value(id) <= found->value(QStringLiteral("version")).toLongLong())
                continue; // the same, or the server is ahead: taken below as a pull takes it
            // A delete carries the whole row as the server has it.
            if (fields.value(QStringLiteral("deleted")).toInt() == 1)
                base = theirs;
            if (!enqueue(table.name, id, QStringLiteral("update"), fields, base, nowUtc()))
                return localError(queue);
            ++report.resent;
        }

        // After queueing, so that the queued fields keep their local values.
        LocalApply apply(m_local);
        if (!apply.begin())
            return error(Error::Storage, tr("The local database cannot be written."));
        for (const QVariantMap &row : std::as_const(server)) {
            if (auto applied = apply.apply(table, row); !applied.ok())
                return applied;
        }
        if (auto flushed = apply.flush(); !flushed.ok())
            return flushed;
        if (!apply.end())
            return error(Error::Storage, tr("The local database cannot be written."));
        report.pulled += int(server.size());
        report.tablesChanged |= apply.changedTables();
    }

    // Children first; a row another local row still refers to stays.
    QSqlQuery flag(m_local);
    flag.exec(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"));
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(it->name));
        for (const QString &id : remove.value(it->name)) {
            q.addBindValue(id);
            if (q.exec() && q.numRowsAffected() > 0)
                report.tablesChanged |= it->changeBit;
            else
                qCDebug(lcSync) << "kept" << it->name << id << q.lastError().text();
        }
        fold.prepare(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id NOT IN (SELECT id FROM %1)").arg(it->name));
        fold.addBindValue(it->name);
        if (!fold.exec())
            return localError(fold);
    }
    flag.exec(QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1"));

    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"));
    q.addBindValue(watermark);
    if (!q.exec() || !q.exec(QStringLiteral("DELETE FROM sync_resync")) || !storeIncarnation(m_incarnation)
        || !transaction.commit())
        return error(Error::Storage, tr("The local database cannot be written."));
    report.serverRestored = true;
    report.tablesChanged |= ChangeSet::Sync;
    qCInfo(lcSync) << "queued" << report.resent << "rows again for the restored server";
    return Done{};
}

} // namespace Sync
