#include "syncledger.h"

#include "model/synctables.h"
#include "rowwriter.h"
#include "transaction.h"
#include "writecontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Model;

namespace Store {

namespace {

    Error sqlError(const QSqlQuery &q)
    {
        return error(Error::Storage, q.lastError().text());
    }

    QDateTime utc(const QVariant &v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }

    // The single value inside a conflict's JSON array.
    QJsonValue unwrap(const QString &json)
    {
        return QJsonDocument::fromJson(json.toUtf8()).array().at(0);
    }

} // namespace

Result<SyncStatus> SyncLedger::syncStatus()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL), "
            "(SELECT count(*) FROM sync_problem WHERE dismissed_at IS NULL), (SELECT count(*) FROM sync_quarantine), "
            "(SELECT last_sync FROM sync_state WHERE id = 1), (SELECT count(*) FROM sync_replaced WHERE seen_at IS NULL)"))
        || !q.next())
        return sqlError(q);
    SyncStatus s;
    s.pending = q.value(0).toInt();
    s.conflicts = q.value(1).toInt();
    s.problems = q.value(2).toInt();
    s.quarantined = q.value(3).toInt();
    s.lastSync = utc(q.value(4));
    s.replaced = q.value(5).toInt();
    return s;
}

Result<QList<SyncConflict>> SyncLedger::conflicts()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral("SELECT id, tbl, row_id, field, base, server, mine, created_at, server_by, server_at "
                               "FROM sync_conflict WHERE resolved_at IS NULL ORDER BY created_at, id")))
        return sqlError(q);
    QList<SyncConflict> all;
    while (q.next()) {
        SyncConflict c;
        c.id = QUuid::fromString(q.value(0).toString());
        c.table = q.value(1).toString();
        c.rowId = QUuid::fromString(q.value(2).toString());
        c.field = q.value(3).toString();
        c.base = q.value(4).toString();
        c.server = q.value(5).toString();
        c.mine = q.value(6).toString();
        c.created = utc(q.value(7));
        c.serverBy = QUuid::fromString(q.value(8).toString());
        c.serverAt = utc(q.value(9));
        all.append(c);
    }
    for (SyncConflict &c : all) {
        c.rowLabel = rowLabel(c.table, c.rowId.toString(QUuid::WithoutBraces));
        if (!c.serverBy.isNull())
            c.serverByName = personLabel(c.serverBy.toString(QUuid::WithoutBraces));
    }
    return all;
}

Status SyncLedger::resolveConflict(const QUuid &id, Resolution resolution, const QString &edited)
{
    m_context.begin(ChangeSet::Sync);
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The database is locked or cannot be written."));
    QSqlQuery q(m_context.database());
    q.prepare(
        QStringLiteral("SELECT tbl, row_id, field, mine FROM sync_conflict WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return error(Error::NotFound, tr("This conflict was already resolved."));
    const SyncSchema::Table *table = SyncSchema::table(q.value(0).toString());
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QString mine = q.value(3).toString();
    if (!table)
        return error(Error::Storage, tr("The conflict names an unknown table."));

    if (resolution != Resolution::Theirs) {
        // The chosen value becomes a new local edit: the capture triggers put
        // it in the outbox with the server's value as its base.
        QJsonObject values;
        const QJsonValue chosen = resolution == Resolution::Edited ? unwrap(edited) : unwrap(mine);
        if (field == QLatin1String("deleted") && chosen.isObject())
            values = chosen.toObject();
        else
            values.insert(field, chosen);
        QVariantMap row;
        QSqlQuery current(m_context.database());
        current.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table->name));
        current.addBindValue(rowId);
        if (!current.exec())
            return sqlError(current);
        if (!current.next())
            return error(Error::NotFound, tr("The row of this conflict no longer exists here."));
        for (const auto &c : table->syncedColumns())
            row.insert(c.name, current.value(c.name));
        for (const auto &c : table->syncedColumns()) {
            if (values.contains(c.name))
                row.insert(c.name, SyncSchema::localValue(c.type, values.value(c.name)));
        }
        // Every field is set, so the derived columns follow.
        if (auto r = m_context.rows().update(*table, row, m_context, QStringLiteral("id = ?"), {rowId}); !r.ok())
            return error(Error::Rule, tr("Your value cannot be saved here: %1").arg(r.error().detail));
        m_context.addChangedTables(table->changeBit);
    }
    QSqlQuery done(m_context.database());
    // The ledger's own tables are never synced: no bookkeeping to stamp.
    done.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?"));
    done.addBindValue(m_context.now());
    done.addBindValue(resolution == Resolution::Mine         ? QStringLiteral("mine")
                          : resolution == Resolution::Theirs ? QStringLiteral("theirs")
                                                             : QStringLiteral("edited"));
    done.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!done.exec())
        return sqlError(done);
    if (!transaction.commit())
        return error(Error::Storage, tr("The choice could not be saved."));
    return Done{};
}

Result<QList<SyncProblem>> SyncLedger::problems()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral("SELECT id, tbl, row_id, op, fields, message, created_at FROM sync_problem WHERE "
                               "dismissed_at IS NULL ORDER BY created_at, id")))
        return sqlError(q);
    QList<SyncProblem> all;
    while (q.next()) {
        SyncProblem p;
        p.id = QUuid::fromString(q.value(0).toString());
        p.table = q.value(1).toString();
        p.rowId = QUuid::fromString(q.value(2).toString());
        p.operation = q.value(3).toString();
        p.fields = q.value(4).toString();
        p.message = q.value(5).toString();
        p.created = utc(q.value(6));
        all.append(p);
    }
    for (SyncProblem &p : all)
        p.rowLabel = rowLabel(p.table, p.rowId.toString(QUuid::WithoutBraces));
    return all;
}

Status SyncLedger::dismissProblem(const QUuid &id)
{
    m_context.begin(ChangeSet::Sync);
    QSqlQuery q(m_context.database());
    // The ledger's own tables are never synced: no bookkeeping to stamp.
    q.prepare(QStringLiteral("UPDATE sync_problem SET dismissed_at = ? WHERE id = ?"));
    q.addBindValue(m_context.now());
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(q);
    return Done{};
}

Result<QList<QuarantinedChange>> SyncLedger::quarantine()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral("SELECT change_id, project_id, tbl, row_id, op, fields, base, created_at, reason "
                               "FROM sync_quarantine ORDER BY created_at, change_id")))
        return sqlError(q);
    QList<QuarantinedChange> all;
    while (q.next()) {
        QuarantinedChange c;
        c.changeId = QUuid::fromString(q.value(0).toString());
        c.projectId = QUuid::fromString(q.value(1).toString());
        c.table = q.value(2).toString();
        c.rowId = QUuid::fromString(q.value(3).toString());
        c.operation = q.value(4).toString();
        c.fields = q.value(5).toString();
        c.base = q.value(6).toString();
        c.created = utc(q.value(7));
        c.reason = q.value(8).toString();
        all.append(c);
    }
    return all;
}

Result<int> SyncLedger::exportQuarantine(const QString &path)
{
    const auto changes = quarantine();
    if (!changes.ok())
        return changes.error();
    QJsonArray list;
    for (const QuarantinedChange &c : changes.value()) {
        list.append(QJsonObject{
            {QStringLiteral("change_id"), c.changeId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("project_id"), c.projectId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("row_id"), c.rowId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("op"), c.operation},
            {QStringLiteral("fields"), QJsonDocument::fromJson(c.fields.toUtf8()).object()},
            {QStringLiteral("base"), QJsonDocument::fromJson(c.base.toUtf8()).object()},
            {QStringLiteral("created_at"), c.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), c.reason},
        });
    }
    const QJsonObject document{{ QStringLiteral("regie_quarantine"), 1 },
                                 {QStringLiteral("exported_at"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 {QStringLiteral("changes"), list}};
    // QSaveFile: an existing file is replaced only by a complete export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return error(Error::Storage,
                     QCoreApplication::translate("Store", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return error(Error::Storage,
                     QCoreApplication::translate("Store", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    return int(list.size());
}

Status SyncLedger::removeFromQuarantine(const QList<QUuid> &changeIds)
{
    m_context.begin(ChangeSet::Sync);
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE change_id = ?"));
    for (const QUuid &id : changeIds) {
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, QCoreApplication::translate("Store", "The database cannot be written."));
    return Done{};
}

Result<QList<ReplacedValue>> SyncLedger::replacedValues()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral("SELECT id, tbl, row_id, field, mine, theirs, replaced_by, replaced_at FROM "
                               "sync_replaced WHERE seen_at IS NULL ORDER BY noticed_at, id")))
        return sqlError(q);
    QList<ReplacedValue> all;
    while (q.next()) {
        ReplacedValue r;
        r.id = QUuid::fromString(q.value(0).toString());
        r.table = q.value(1).toString();
        r.rowId = QUuid::fromString(q.value(2).toString());
        r.field = q.value(3).toString();
        r.mine = q.value(4).toString();
        r.theirs = q.value(5).toString();
        r.by = QUuid::fromString(q.value(6).toString());
        r.at = utc(q.value(7));
        all.append(r);
    }
    for (ReplacedValue &r : all) {
        r.rowLabel = rowLabel(r.table, r.rowId.toString(QUuid::WithoutBraces));
        if (!r.by.isNull())
            r.byName = personLabel(r.by.toString(QUuid::WithoutBraces));
    }
    return all;
}

Status SyncLedger::markReplacedSeen(const QList<QUuid> &ids)
{
    m_context.begin(ChangeSet::Sync);
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    // The ledger's own tables are never synced: no bookkeeping to stamp.
    q.prepare(QStringLiteral("UPDATE sync_replaced SET seen_at = ? WHERE id = ? AND seen_at IS NULL"));
    for (const QUuid &id : ids) {
        q.addBindValue(m_context.now());
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, QCoreApplication::translate("Store", "The database cannot be written."));
    return Done{};
}

QString SyncLedger::personLabel(const QString &id)
{
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT p.name, o.name FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                             "WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString organisation = q.value(1).toString();
    return organisation.isEmpty() ? q.value(0).toString()
                                  : QStringLiteral("%1 (%2)").arg(q.value(0).toString(), organisation);
}

QString SyncLedger::rowLabel(const QString &table, const QString &id)
{
    QSqlQuery q(m_context.database());
    const SyncSchema::Table *described = SyncSchema::table(table);
    auto has = [described](const char *field) {
        return described && std::any_of(described->fields.cbegin(), described->fields.cend(),
                                        [field](const SyncSchema::Column &c) { return c.name == QLatin1String(field); });
    };
    if (table == QLatin1String("project") || table == QLatin1String("organisation")
        || table == QLatin1String("person")) {
        q.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table));
    } else if (table == QLatin1String("participation") || table == QLatin1String("lead_term")) {
        q.prepare(QStringLiteral("SELECT p.name || ' — ' || o.name FROM %1 t JOIN project p ON p.id = t.project_id "
                                 "JOIN organisation o ON o.id = t.organisation_id WHERE t.id = ?")
                      .arg(table));
    } else if (has("title")) {
        // Goals, milestones, knowledge items: their title.
        q.prepare(QStringLiteral("SELECT title FROM %1 WHERE id = ?").arg(table));
    } else {
        return {};
    }
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace Store
