#include "restorerecovery.h"

#include "serverrow.h"
#include "serverschema.h"
#include "synclogging.h"
#include "syncsession.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/localapply.h"
#include "store/outboxqueue.h"
#include "store/syncpassledger.h"
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

} // namespace

RestoreRecovery::RestoreRecovery(QSqlDatabase local, QSqlDatabase server)
    : m_local(std::move(local))
    , m_server(std::move(server))
{
}

bool RestoreRecovery::storeIncarnation(const QString &incarnation)
{
    return Store::SyncPassLedger(m_local).setSetting(IncarnationKey, incarnation).ok();
}

Status RestoreRecovery::run(const QString &incarnation, Report &report)
{
    if (incarnation.isEmpty())
        return Done{}; // a server set up before incarnations: nothing to compare with
    const Result<QString> held = Store::SyncPassLedger(m_local).setting(IncarnationKey);
    if (!held.ok())
        return held.error();
    const QString &stored = held.value();
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
    Store::OutboxQueue outbox(m_local);
    Store::SyncPassLedger ledger(m_local);

    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    QHash<QString, QStringList> remove; // table -> tombstones the server lacks
    QSet<QString> droppedProjects;
    int schema = -1; // the restored server's schema version, once asked
    for (const SyncSchema::Table &table : tables) {
        if (table.scope == SyncSchema::Scope::Knowledge) {
            // A backup of an older server lacks the later steps' tables.
            if (schema < 0) {
                ++m_roundTrips;
                if (!s.exec(QStringLiteral("SELECT value::integer FROM regie_meta WHERE key = 'schema_version'")))
                    return error(Error::Storage, tr("Comparing with the restored server failed: %1").arg(s.lastError().text()));
                schema = s.next() ? s.value(0).toInt() : 0;
            }
            if (!ServerSchema::hasTable(table, schema))
                continue;
        }
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
        const Result<QHash<QString, int>> pending = outbox.pendingCounts(table.name);
        if (!pending.ok())
            return pending.error();

        const Status compared = ledger.forEachRow(table, [&](const QString &id, const QVariantList &values,
                                                             qint64 version, const QString &createdAt) -> Status {
            QJsonObject mine;
            for (int i = 0; i < columns.size(); ++i)
                mine.insert(columns.at(i).name, outboxValue(columns.at(i).type, values.at(i)));
            const auto found = server.constFind(id);
            if (found == server.cend()) {
                const bool deleted = mine.value(QStringLiteral("deleted")).toInt() != 0;
                const bool ofDropped = table.scope == SyncSchema::Scope::Project && table.name != QLatin1String("project")
                    && droppedProjects.contains(mine.value(table.projectColumn).toString());
                if (deleted || ofDropped) {
                    remove[table.name] << id;
                    if (table.name == QLatin1String("project"))
                        droppedProjects.insert(id);
                    return Done{};
                }
                if (auto queued = outbox.requeue(table.name, id, QStringLiteral("insert"), json(mine), json({}), createdAt);
                    !queued.ok())
                    return queued;
                ++report.resent;
                return Done{};
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
            if (fields.isEmpty() || version - pending.value().value(id) <= found->value(QStringLiteral("version")).toLongLong())
                return Done{}; // the same, or the server is ahead: taken below as a pull takes it
            // A delete carries the whole row as the server has it.
            if (fields.value(QStringLiteral("deleted")).toInt() == 1)
                base = theirs;
            if (auto queued = outbox.requeue(table.name, id, QStringLiteral("update"), json(fields), json(base), nowUtc());
                !queued.ok())
                return queued;
            ++report.resent;
            return Done{};
        });
        if (!compared.ok())
            return compared;

        // After queueing, so that the queued fields keep their local values.
        Store::LocalApply apply(m_local);
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
    Store::LocalApply removal(m_local);
    removal.begin();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        for (const QString &id : remove.value(it->name))
            removal.drop(*it, id);
        if (auto dropped = outbox.dropVanished(it->name); !dropped.ok())
            return dropped;
    }
    removal.end();
    report.tablesChanged |= removal.changedTables();

    if (!ledger.setCursor(watermark).ok() || !ledger.endResync().ok() || !storeIncarnation(m_incarnation)
        || !transaction.commit())
        return error(Error::Storage, tr("The local database cannot be written."));
    report.serverRestored = true;
    report.tablesChanged |= ChangeSet::Sync;
    qCInfo(lcSync) << "queued" << report.resent << "rows again for the restored server";
    return Done{};
}

} // namespace Sync
