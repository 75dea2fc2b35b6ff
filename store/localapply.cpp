#include "localapply.h"

#include "storelogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Model;

namespace Store {

LocalApply::LocalApply(QSqlDatabase db)
    : m_db(db)
    , m_outbox(db)
    , m_ledger(db)
    , m_rows(db)
    , m_sent(std::move(db))
{
}

bool LocalApply::begin()
{
    if (!m_ledger.setApplying(true).ok())
        return false;
    m_outboxEmpty = m_outbox.isEmpty();
    return true;
}

bool LocalApply::end()
{
    // Whose people this laptop may see follows the participations: noted
    // with the rows, so that a pass ended before the comparison leaves it
    // for the next (SyncSession::fetchPartnersPeople).
    if (m_participations && !m_ledger.setSetting(QStringLiteral("people_unchecked"), QStringLiteral("1")).ok())
        return false;
    return m_ledger.setApplying(false).ok();
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
            if (m_dropStuck) {
                // Fetched again after a removal: a row that still clashes
                // changed on the server since, and comes in a later window.
                for (const Deferred &d : std::as_const(m_deferred))
                    qCInfo(lcStore) << "left for a later pull:" << d.table->name << d.row.value(QStringLiteral("id"));
                m_deferred.clear();
                break;
            }
            bool cleared = false;
            for (const Deferred &d : std::as_const(m_deferred)) {
                if (!d.error.contains(QLatin1String("UNIQUE")))
                    continue;
                const Result<QStringList> inTheWay = standingInTheWay(*d.table, d.row);
                if (!inTheWay.ok())
                    return inTheWay.error();
                for (const QString &id : inTheWay.value()) {
                    qCInfo(lcStore) << "the server's" << d.table->name << d.row.value(QStringLiteral("id"))
                                   << "takes the place of the local" << id;
                    if (auto removed = remove(*d.table, id, QStringLiteral("regie: the server holds another row in "
                                                                           "its place"));
                        !removed.ok())
                        return removed;
                    cleared = true;
                }
            }
            if (cleared)
                continue;
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

Result<QStringList> LocalApply::standingInTheWay(const SyncSchema::Table &table, const QVariantMap &row)
{
    // The row as a one-row table, so that a partial index's condition can be
    // asked of it too.
    QStringList values;
    QVariantList binds;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        values << QStringLiteral("? AS \"%1\"").arg(it.key());
        binds << it.value();
    }
    QStringList ids;
    QSqlQuery indexes(m_db);
    if (!indexes.exec(QStringLiteral("SELECT l.name, m.sql FROM pragma_index_list('%1') l JOIN sqlite_master m ON "
                                     "m.name = l.name WHERE l.\"unique\" = 1 AND l.origin = 'c'")
                          .arg(table.name)))
        return error(Error::Storage, indexes.lastError().text());
    while (indexes.next()) {
        const QString sql = indexes.value(1).toString();
        const qsizetype where = sql.indexOf(QLatin1String(" WHERE "), 0, Qt::CaseInsensitive);
        const QString condition = where < 0 ? QStringLiteral("1") : sql.mid(where + 7);
        QSqlQuery columns(m_db);
        if (!columns.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1')").arg(indexes.value(0).toString())))
            return error(Error::Storage, columns.lastError().text());
        QStringList same;
        QVariantList sameBinds;
        while (columns.next()) {
            same << QStringLiteral("t.%1 IS ?").arg(columns.value(0).toString());
            sameBinds << row.value(columns.value(0).toString());
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT t.id FROM %1 t WHERE t.id <> ? AND %2 AND (%3) AND EXISTS (SELECT 1 FROM "
                                 "(SELECT %4) WHERE %3)")
                      .arg(table.name, same.join(QStringLiteral(" AND ")), condition, values.join(QStringLiteral(", "))));
        q.addBindValue(row.value(QStringLiteral("id")));
        for (const QVariant &v : std::as_const(sameBinds))
            q.addBindValue(v);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return error(Error::Storage, q.lastError().text());
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

QList<QPair<const SyncSchema::Table *, QString>> LocalApply::referrers(const QString &table)
{
    QList<QPair<const SyncSchema::Table *, QString>> all;
    for (const auto &t : SyncSchema::tables()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = ?").arg(t.name));
        q.addBindValue(table);
        if (!q.exec())
            continue;
        while (q.next())
            all.append({&t, q.value(0).toString()});
    }
    return all;
}

Status LocalApply::remove(const SyncSchema::Table &table, const QString &id, const QString &reason)
{
    for (const auto &[child, column] : referrers(table.name)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(child->name, column));
        q.addBindValue(id);
        q.addBindValue(id);
        if (!q.exec())
            return error(Error::Storage, q.lastError().text());
        QStringList children;
        while (q.next())
            children << q.value(0).toString();
        for (const QString &c : std::as_const(children)) {
            if (auto removed = remove(*child, c, reason); !removed.ok())
                return removed;
        }
    }
    if (!reason.isEmpty()) {
        if (auto setAside = m_outbox.setAside(table, id, reason); !setAside.ok())
            return setAside;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec())
        return error(Error::Storage, q.lastError().text());
    if (q.numRowsAffected() > 0) {
        m_removed[table.name] << id;
        m_changed |= table.changeBit;
        m_participations |= table.name == QLatin1String("participation");
    }
    return Done{};
}

bool LocalApply::drop(const SyncSchema::Table &table, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() == 0) {
        qCDebug(lcStore) << "kept" << table.name << id << q.lastError().text();
        return false;
    }
    m_changed |= table.changeBit;
    return true;
}

Status LocalApply::removeProject(const QString &project)
{
    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    QSqlQuery q(m_db);
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (it->scope != SyncSchema::Scope::Project)
            continue;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(it->name, it->projectColumn));
        q.addBindValue(project);
        if (!q.exec())
            return error(Error::Storage, q.lastError().text());
        m_changed |= it->changeBit;
    }
    return Done{};
}

Status LocalApply::write(const SyncSchema::Table &table, const QVariantMap &incoming)
{
    const QString id = incoming.value(QStringLiteral("id")).toString();
    QVariantMap row = incoming;
    const QSet<QString> pending = m_outboxEmpty ? QSet<QString>() : m_outbox.pendingFields(table.name, id);
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
    // A value sent from here that someone else replaced is noted first.
    if (auto compared = m_sent.compare(table, incoming, pending); !compared.ok())
        return compared;
    // Every column of the table, derived ones computed, replacing the local row.
    QSqlQuery &q = m_rows.bind(table, row, RowWriter::Mode::Upsert);
    return exec(q, table, id);
}

Status LocalApply::exec(QSqlQuery &q, const SyncSchema::Table &table, const QString &id)
{
    bool written = q.exec();
    if (!written && q.lastError().text().contains(QLatin1String("CHECK constraint failed"))) {
        // The server took a value this laptop's rules would not (an older
        // or newer Regie wrote it): the server's row is kept as it is.
        qCWarning(lcStore) << "the server's" << table.name << id << "breaks a local rule:" << q.lastError().text();
        QSqlQuery pragma(m_db);
        pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        written = q.exec();
        pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    }
    if (!written) {
        const QString message = q.lastError().text();
        // UNIQUE and FOREIGN KEY failures can be a matter of order within a page;
        // anything else is a real failure.
        const bool order = message.contains(QLatin1String("UNIQUE")) || message.contains(QLatin1String("FOREIGN KEY"));
        qCDebug(lcStore) << "applying" << table.name << id << "failed:" << message;
        return error(order ? Error::Rule : Error::Storage, message);
    }
    m_changed |= table.changeBit;
    m_participations |= table.name == QLatin1String("participation");
    return Done{};
}

} // namespace Store
