#include "outboxqueue.h"

#include "model/synctables.h"
#include "sqlsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Model;

namespace Store {

OutboxQueue::OutboxQueue(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 OutboxQueue::size()
{
    QSqlQuery count(m_db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM outbox")) && count.next())
        return count.value(0).toLongLong();
    return 0;
}

bool OutboxQueue::isEmpty()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM outbox)")) && q.next() && q.value(0).toBool();
}

Result<QList<OutboxEntry>> OutboxQueue::oldest(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, change_id, tbl, row_id, op, fields, base, created_at FROM outbox ORDER "
                             "BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q);
    QList<OutboxEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return entries;
}

Status OutboxQueue::acknowledge(qint64 seq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

QSet<QString> OutboxQueue::pendingFields(const QString &table, const QString &id)
{
    QSet<QString> fields;
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

Result<QHash<QString, int>> OutboxQueue::pendingCounts(const QString &table)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_id, count(*) FROM outbox WHERE tbl = ? GROUP BY row_id"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q);
    QHash<QString, int> pending;
    while (q.next())
        pending.insert(q.value(0).toString(), q.value(1).toInt());
    return pending;
}

Status OutboxQueue::requeue(const QString &table, const QString &id, const QString &op, const QString &fields,
                            const QString &base, const QString &createdAt)
{
    if (!m_queue) {
        m_fold.emplace(m_db);
        m_fold->prepare(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
        m_queue.emplace(m_db);
        m_queue->prepare(QStringLiteral("INSERT INTO outbox (change_id, tbl, row_id, op, fields, base, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    m_fold->addBindValue(table);
    m_fold->addBindValue(id);
    if (!m_fold->exec())
        return sqlFailure(*m_fold);
    m_queue->addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_queue->addBindValue(table);
    m_queue->addBindValue(id);
    m_queue->addBindValue(op);
    m_queue->addBindValue(fields);
    m_queue->addBindValue(base);
    m_queue->addBindValue(createdAt);
    if (!m_queue->exec())
        return sqlFailure(*m_queue);
    return Done{};
}

Status OutboxQueue::dropVanished(const QString &table)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id NOT IN (SELECT id FROM %1)").arg(table));
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

Status OutboxQueue::setAside(const SyncSchema::Table &table, const QString &id, const QString &reason)
{
    QSqlQuery q(m_db);
    const QString project = table.scope == SyncSchema::Scope::Project
        ? QStringLiteral("(SELECT %1 FROM %2 WHERE id = o.row_id)").arg(table.projectColumn, table.name)
        : QStringLiteral("''");
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (change_id, project_id, tbl, row_id, op, fields, "
                             "base, created_at, reason) SELECT o.change_id, coalesce(%1, ''), o.tbl, o.row_id, o.op, "
                             "o.fields, o.base, o.created_at, ? FROM outbox o WHERE o.tbl = ? AND o.row_id = ?")
                  .arg(project));
    q.addBindValue(reason);
    q.addBindValue(table.name);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table.name);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

Status OutboxQueue::setAsideProject(const QString &project)
{
    QSqlQuery q(m_db);
    for (const auto &t : SyncSchema::tables()) {
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
            return sqlFailure(q);
        // Edits the server refused because access was already gone (the
        // push runs first) join them: same project, same fate. A refused
        // insert is no longer here: its fields name the project.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (change_id, project_id, tbl, row_id, "
                                 "op, fields, base, created_at) SELECT p.change_id, ?, p.tbl, p.row_id, p.op, "
                                 "p.fields, '{}', p.created_at FROM sync_problem p LEFT JOIN %1 r ON r.id = "
                                 "p.row_id WHERE p.tbl = '%1' AND p.dismissed_at IS NULL AND "
                                 "coalesce(r.%2, json_extract(p.fields, '$.%2')) = ?")
                      .arg(t.name, t.projectColumn));
        q.addBindValue(project);
        q.addBindValue(project);
        if (!q.exec())
            return sqlFailure(q);
    }
    if (!q.exec(QStringLiteral("DELETE FROM outbox WHERE change_id IN (SELECT change_id FROM sync_quarantine)"))
        || !q.exec(QStringLiteral("DELETE FROM sync_problem WHERE change_id IN (SELECT change_id FROM "
                                  "sync_quarantine)")))
        return sqlFailure(q);
    return Done{};
}

} // namespace Store
