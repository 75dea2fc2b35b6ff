#include "planrows.h"

#include "projectstore.h"
#include "rowreaders.h"
#include "rowwriter.h"
#include "model/synctables.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

Status PlanRows::replaceLinks(const QString &table, const QString &ownerColumn, const QUuid &owner,
                              const QString &otherColumn, const QUuid &projectId, const QList<QUuid> &others)
{
    // Links are rows of their own (so that two laptops adding different
    // partners to a goal both win); removing one marks it deleted.
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT id, %1, deleted FROM %2 WHERE %3 = ?").arg(otherColumn, table, ownerColumn));
    q.addBindValue(idText(owner));
    if (!q.exec())
        return dbError(q);
    QHash<QUuid, std::pair<QString, bool>> existing;
    const int id = Rows::column(q.record(), QStringLiteral("id")), other = Rows::column(q.record(), otherColumn),
              deleted = Rows::column(q.record(), QStringLiteral("deleted"));
    while (q.next())
        existing.insert(QUuid::fromString(q.value(other).toString()),
                        {q.value(id).toString(), q.value(deleted).toBool()});
    const QSet<QUuid> wanted(others.cbegin(), others.cend());
    QSqlQuery w(m_context.database());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const bool keep = wanted.contains(it.key());
        if (keep == !it.value().second)
            continue;
        w.prepare(QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                                 "WHERE id = ?")
                      .arg(table));
        w.addBindValue(keep ? 0 : 1);
        w.addBindValue(m_context.now());
        w.addBindValue(idValue(m_context.actor()));
        w.addBindValue(it.value().first);
        if (!w.exec())
            return dbError(w);
    }
    for (const QUuid &other : wanted) {
        if (existing.contains(other))
            continue;
        w.prepare(QStringLiteral("INSERT INTO %1 (id, project_id, %2, %3, created_at, updated_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(table, ownerColumn, otherColumn));
        w.addBindValue(idText(QUuid::createUuid()));
        w.addBindValue(idText(projectId));
        w.addBindValue(idText(owner));
        w.addBindValue(idText(other));
        w.addBindValue(m_context.now());
        w.addBindValue(m_context.now());
        w.addBindValue(idValue(m_context.actor()));
        if (!w.exec())
            return dbError(w);
    }
    return Done{};
}

Status PlanRows::writeRow(const QString &table, const QUuid &id, const QUuid &projectId, const QStringList &columns,
                          const QVariantList &values, const QString &moved, Revive revive)
{
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    const bool exists = q.next();
    if (exists && q.value(0).toString() != idText(projectId))
        return rule(moved);
    if (!exists) {
        QVariantMap row{{QStringLiteral("id"), idText(id)}, {QStringLiteral("project_id"), idText(projectId)}};
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), values.at(i));
        RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
        return m_context.rows().write(*SyncSchema::table(table), row, RowWriter::Mode::Insert);
    }
    QStringList set;
    for (const QString &c : columns)
        set << c + QStringLiteral(" = ?");
    q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, changed_by = ?, %3version = version + 1 WHERE id = ?")
                  .arg(table, set.join(QStringLiteral(", ")),
                       revive == Revive::Yes ? QStringLiteral("deleted = 0, ") : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(m_context.now());
    q.addBindValue(idValue(m_context.actor()));
    q.addBindValue(idText(id));
    return q.exec() ? Status(Done{}) : Status(dbError(q));
}

Status PlanRows::setDeleted(const QString &table, const QUuid &id, bool deleted, const QString &gone,
                            const QString &failed, const std::function<Status()> &allowed)
{
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT project_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, gone);
    if (auto writable = ProjectStore(m_context).checkProjectWritable(QUuid::fromString(q.value(0).toString()));
        !writable.ok())
        return writable;
    if (allowed) {
        if (auto ok = allowed(); !ok.ok())
            return ok;
    }
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE id = ? AND deleted <> ?")
                  .arg(table));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(m_context.now());
    q.addBindValue(idValue(m_context.actor()));
    q.addBindValue(idText(id));
    q.addBindValue(deleted ? 1 : 0);
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, failed);
    return Done{};
}

} // namespace Store
