#include "localapply.h"

#include "synclogging.h"

#include <QJsonDocument>

#include <algorithm>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

using namespace Model;

namespace Sync {

LocalApply::LocalApply(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool LocalApply::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1")))
        return false;
    m_outboxEmpty = q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM outbox)")) && q.next() && q.value(0).toBool();
    return true;
}

bool LocalApply::end()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1"));
}

QSet<QString> LocalApply::pendingFields(const QString &table, const QString &id)
{
    QSet<QString> fields;
    if (m_outboxEmpty)
        return fields;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT fields FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return fields;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.insert(it.key());
    }
    return fields;
}

Status LocalApply::apply(const SyncSchema::Table &table, const QVariantMap &row)
{
    const Status written = write(table, row);
    if (!written.ok() && written.error().code == Error::Rule) {
        m_deferred.append({&table, row, written.error().message});
        return Done{};
    }
    return written;
}

Status LocalApply::flush(bool keepOrphans)
{
    while (!m_deferred.isEmpty()) {
        const QList<Deferred> round = std::exchange(m_deferred, {});
        for (const Deferred &d : round) {
            const Status written = write(*d.table, d.row);
            if (!written.ok() && written.error().code == Error::Rule)
                m_deferred.append({d.table, d.row, written.error().message});
            else if (!written.ok())
                return written;
        }
        if (m_deferred.size() == round.size()) {
            const bool allOrphans = std::all_of(m_deferred.cbegin(), m_deferred.cend(), [](const Deferred &d) {
                return d.error.contains(QLatin1String("FOREIGN KEY"));
            });
            if (!keepOrphans || !allOrphans)
                return error(Error::Storage, m_deferred.constFirst().error);
            for (const Deferred &d : std::as_const(m_deferred))
                m_orphans.append({d.table, d.row});
            m_deferred.clear();
        }
    }
    return Done{};
}

Status LocalApply::write(const SyncSchema::Table &table, const QVariantMap &incoming)
{
    const QString id = incoming.value(QStringLiteral("id")).toString();
    QVariantMap row = incoming;
    const QSet<QString> pending = pendingFields(table.name, id);
    if (!pending.isEmpty()) {
        // Keep the local values of fields that still wait for the server.
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table.name));
        current.addBindValue(id);
        if (current.exec() && current.next()) {
            for (const QString &field : pending)
                row.insert(field, current.value(field));
        }
    }
    if (table.derive)
        table.derive(row);

    QStringList columns{QStringLiteral("id")};
    for (const auto &c : table.syncedColumns())
        columns << c.name;
    columns << table.derivedColumns;
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("changed_by")
            << QStringLiteral("version");
    auto found = m_upserts.find(table.name);
    if (found == m_upserts.end()) {
        QStringList updates;
        for (const QString &c : std::as_const(columns)) {
            if (c != QLatin1String("id") && c != QLatin1String("created_at"))
                updates << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        QSqlQuery prepared(m_db);
        prepared.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                             .arg(table.name, columns.join(QStringLiteral(", ")),
                                  QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                                  updates.join(QStringLiteral(", "))));
        found = m_upserts.insert(table.name, prepared);
    }
    QSqlQuery &q = found.value();
    for (int i = 0; i < columns.size(); ++i)
        q.bindValue(i, row.value(columns.at(i)));
    if (!q.exec()) {
        const QString message = q.lastError().text();
        // UNIQUE and CHECK failures can be a matter of order within a page;
        // anything else is a real failure.
        const bool order = message.contains(QLatin1String("UNIQUE")) || message.contains(QLatin1String("FOREIGN KEY"));
        qCDebug(lcSync) << "applying" << table.name << id << "failed:" << message;
        return error(order ? Error::Rule : Error::Storage, message);
    }
    m_changed |= table.changeBit;
    return Done{};
}

} // namespace Sync
