#include "changecapture.h"

namespace Store::ChangeCapture {

namespace {

// The value as it goes into the outbox JSON: blobs as hex, the rest as is.
QString jsonValue(const Model::SyncSchema::Column &column, const QString &row)
{
    const QString ref = row + QLatin1Char('.') + column.name;
    return column.type == Model::SyncSchema::Type::Blob ? QStringLiteral("hex(%1)").arg(ref) : ref;
}

QString quiet()
{
    return QStringLiteral("(SELECT applying FROM sync_state WHERE id = 1) = 0");
}

} // namespace

QString uuidExpression()
{
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

QString queueExisting(const Model::SyncSchema::Table &table)
{
    QStringList all;
    for (const auto &c : table.syncedColumns())
        all << QStringLiteral("'%1', %2").arg(c.name, jsonValue(c, table.name));
    return QStringLiteral("INSERT INTO outbox (change_id, tbl, row_id, op, fields, base, created_at) "
                          "SELECT %1, '%2', id, 'insert', json_object(%3), '{}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                          "FROM %2 ORDER BY created_at, id")
        .arg(uuidExpression(), table.name, all.join(QStringLiteral(", ")));
}

QStringList dropTriggers(const Model::SyncSchema::Table &table)
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS %1_capture_insert").arg(table.name),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_capture_update").arg(table.name)};
}

QStringList triggers(const Model::SyncSchema::Table &table)
{
    const QList<Model::SyncSchema::Column> columns = table.syncedColumns();

    QStringList all;
    for (const auto &c : columns)
        all << QStringLiteral("'%1', %2").arg(c.name, jsonValue(c, QStringLiteral("NEW")));
    const QString insert = QStringLiteral(
                               "CREATE TRIGGER %1_capture_insert AFTER INSERT ON %1 WHEN %2 BEGIN "
                               "INSERT INTO outbox (change_id, tbl, row_id, op, fields, base, created_at) "
                               "VALUES (%3, '%1', NEW.id, 'insert', json_object(%4), '{}', "
                               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                               .arg(table.name, quiet(), uuidExpression(), all.join(QStringLiteral(", ")));

    // One row per changed field; json_group_object() folds them into the
    // new values and the base values. Nothing changed, nothing recorded.
    QStringList changed;
    for (const auto &c : columns) {
        changed << QStringLiteral("SELECT '%1' AS k, %2 AS n, %3 AS o WHERE NEW.%1 IS NOT OLD.%1")
                       .arg(c.name, jsonValue(c, QStringLiteral("NEW")), jsonValue(c, QStringLiteral("OLD")));
    }
    // A delete carries the whole row as it was, so that the server can tell
    // whether somebody changed it since (delete against edit is a conflict).
    QStringList before;
    for (const auto &c : columns)
        before << QStringLiteral("'%1', %2").arg(c.name, jsonValue(c, QStringLiteral("OLD")));
    const QString base = QStringLiteral("CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN json_object(%1) ELSE b END")
                             .arg(before.join(QStringLiteral(", ")));
    const QString update = QStringLiteral(
                               "CREATE TRIGGER %1_capture_update AFTER UPDATE ON %1 WHEN %2 BEGIN "
                               "INSERT INTO outbox (change_id, tbl, row_id, op, fields, base, created_at) "
                               "SELECT %3, '%1', NEW.id, 'update', f, %5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM "
                               "(SELECT json_group_object(k, n) AS f, json_group_object(k, o) AS b, count(*) AS c "
                               "FROM (%4)) WHERE c > 0; END")
                               .arg(table.name, quiet(), uuidExpression(), changed.join(QStringLiteral(" UNION ALL ")),
                                    base);
    return {insert, update};
}

QString keepBookkeeping(const Model::SyncSchema::Table &table)
{
    QStringList changed;
    for (const auto &c : table.syncedColumns())
        changed << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(c.name);
    return QStringLiteral("CREATE TRIGGER %1_keep_bookkeeping AFTER UPDATE ON %1 WHEN %2 AND NEW.version IS NOT "
                          "OLD.version AND NOT (%3) BEGIN UPDATE %1 SET version = OLD.version, updated_at = "
                          "OLD.updated_at, changed_by = OLD.changed_by WHERE id = NEW.id; END")
        .arg(table.name, quiet(), changed.join(QStringLiteral(" OR ")));
}

} // namespace Store::ChangeCapture
