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
    const SyncSchema::Table &links = *SyncSchema::table(table);
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const bool keep = wanted.contains(it.key());
        if (keep == !it.value().second)
            continue;
        if (auto r = m_context.rows().update(links, {{QStringLiteral("deleted"), keep ? 0 : 1}}, m_context,
                                             QStringLiteral("id = ?"), {it.value().first});
            !r.ok())
            return r.error();
    }
    for (const QUuid &other : wanted) {
        if (existing.contains(other))
            continue;
        QVariantMap row{{QStringLiteral("id"), idText(QUuid::createUuid())},
                        {QStringLiteral("project_id"), idText(projectId)},
                        {ownerColumn, idText(owner)},
                        {otherColumn, idText(other)}};
        RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
        if (auto r = m_context.rows().write(links, row, RowWriter::Mode::Insert); !r.ok())
            return r;
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
    QVariantMap set;
    for (qsizetype i = 0; i < columns.size(); ++i)
        set.insert(columns.at(i), values.at(i));
    if (revive == Revive::Yes)
        set.insert(QStringLiteral("deleted"), 0);
    const auto updated = m_context.rows().update(*SyncSchema::table(table), set, m_context, QStringLiteral("id = ?"),
                                                 {idText(id)});
    return updated.ok() ? Status(Done{}) : Status(updated.error());
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
    if (auto r = m_context.rows().setDeleted(*SyncSchema::table(table), id, deleted, m_context);
        !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, failed);
    return Done{};
}

} // namespace Store
