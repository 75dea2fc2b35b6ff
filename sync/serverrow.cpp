#include "serverrow.h"

#include "serverschema.h"

#include <QStringList>

using namespace Model;

namespace Sync::ServerRow {

QString selectList(const SyncSchema::Table &table, int serverSchema)
{
    QStringList columns{QStringLiteral("id::text")};
    for (const auto &c : table.syncedColumns()) {
        if (!ServerSchema::hasColumn(table, c.name, serverSchema)) {
            columns << (c.type == SyncSchema::Type::Flag ? QStringLiteral("0") : QStringLiteral("NULL::text"));
            continue;
        }
        switch (c.type) {
        case SyncSchema::Type::Uuid:
        case SyncSchema::Type::Date:
            columns << c.name + QStringLiteral("::text");
            break;
        case SyncSchema::Type::Flag:
            columns << c.name + QStringLiteral("::int");
            break;
        default:
            columns << c.name;
        }
    }
    const QString utc = QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    columns << QStringLiteral("version") << utc.arg(QStringLiteral("created_at")) << utc.arg(QStringLiteral("updated_at"))
            << QStringLiteral("changed_by::text") << QStringLiteral("sync_txid::text");
    return columns.join(QStringLiteral(", "));
}

QVariantMap fromQuery(const SyncSchema::Table &table, const QSqlQuery &q)
{
    QVariantMap row;
    int i = 0;
    row.insert(QStringLiteral("id"), q.value(i++));
    for (const auto &c : table.syncedColumns()) {
        QVariant v = q.value(i++);
        if (c.type == SyncSchema::Type::Text && v.isNull())
            v = QStringLiteral("");
        row.insert(c.name, v);
    }
    row.insert(QStringLiteral("version"), q.value(i++));
    row.insert(QStringLiteral("created_at"), q.value(i++));
    row.insert(QStringLiteral("updated_at"), q.value(i++));
    row.insert(QStringLiteral("changed_by"), q.value(i++));
    return row;
}

} // namespace Sync::ServerRow
