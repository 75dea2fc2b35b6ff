#include "syncpassledger.h"

#include "model/synctables.h"
#include "sqlsupport.h"

using namespace Model;

namespace Store {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Whether the one-value query @p q answers true.
Result<bool> truth(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toBool();
}

QSet<QString> asSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

SyncPassLedger::SyncPassLedger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QStringList> SyncPassLedger::ids(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlFailure(q);
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all;
}

Status SyncPassLedger::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlFailure(q);
    return Done{};
}

Status SyncPassLedger::runFor(const QString &sql, const QStringList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QString &value : values) {
        q.addBindValue(value);
        if (!q.exec())
            return sqlFailure(q);
    }
    return Done{};
}

Status SyncPassLedger::setApplying(bool applying)
{
    return run(QStringLiteral("UPDATE sync_state SET applying = %1 WHERE id = 1").arg(applying ? 1 : 0));
}

Result<QString> SyncPassLedger::cursor()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) || !q.next())
        return sqlFailure(q);
    return q.value(0).toString();
}

Status SyncPassLedger::setCursor(const QString &cursor)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"));
    q.addBindValue(cursor);
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

void SyncPassLedger::noteSynced(const QString &person)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_sync = ?, server_person = ? WHERE id = 1"));
    q.addBindValue(nowUtc());
    q.addBindValue(person);
    q.exec();
}

Status SyncPassLedger::recordConflict(const QString &changeId, const QString &table, const QString &rowId,
                                      const QString &field, const QString &base, const QString &server,
                                      const QString &mine, const QString &serverBy, const QString &serverAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_conflict (id, change_id, tbl, row_id, field, base, server, mine, "
                             "created_at, server_by, server_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {newId(), changeId, table, rowId, field, base, server, mine, nowUtc()})
        q.addBindValue(value);
    for (const QString &value : {serverBy, serverAt})
        q.addBindValue(value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value));
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

Status SyncPassLedger::recordProblem(const QString &changeId, const QString &table, const QString &rowId,
                                     const QString &op, const QString &fields, const QString &message)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_problem (id, change_id, tbl, row_id, op, fields, message, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {newId(), changeId, table, rowId, op, fields, message, nowUtc()})
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q);
    return Done{};
}

Result<QString> SyncPassLedger::setting(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> SyncPassLedger::hasSetting(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_setting WHERE key = ?)"));
    q.addBindValue(key);
    return truth(q);
}

Result<bool> SyncPassLedger::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q);
    return q.numRowsAffected() > 0;
}

bool SyncPassLedger::adoptPerson(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) SELECT 'me', id FROM person WHERE id = ? "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

LocalPerson SyncPassLedger::me()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT p.id, p.organisation_id FROM local_setting s JOIN person p ON p.id = s.value "
                              "WHERE s.key = 'me'"))
        && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

Status SyncPassLedger::startResync()
{
    if (auto cleared = endResync(); !cleared.ok())
        return cleared;
    for (const auto &t : SyncSchema::tables()) {
        if (auto noted = run(QStringLiteral("INSERT INTO sync_resync (tbl, id) SELECT '%1', id FROM %1").arg(t.name));
            !noted.ok())
            return noted;
    }
    return Done{};
}

Result<bool> SyncPassLedger::isResyncing()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_resync)"));
    return truth(q);
}

Status SyncPassLedger::markSeen(const QString &table, const QStringList &ids)
{
    QSqlQuery seen(m_db);
    seen.prepare(QStringLiteral("DELETE FROM sync_resync WHERE tbl = ? AND id = ?"));
    for (const QString &id : ids) {
        seen.addBindValue(table);
        seen.addBindValue(id);
        if (!seen.exec())
            return sqlFailure(seen);
    }
    return Done{};
}

Result<QStringList> SyncPassLedger::unseen(const QString &table)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM sync_resync WHERE tbl = ? AND id NOT IN "
                             "(SELECT row_id FROM outbox WHERE tbl = ?)"));
    q.addBindValue(table);
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q);
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all;
}

Status SyncPassLedger::endResync()
{
    return run(QStringLiteral("DELETE FROM sync_resync"));
}

Status SyncPassLedger::noteGained(const QSet<QString> &projects)
{
    return runFor(QStringLiteral("INSERT OR IGNORE INTO sync_gained (project_id) VALUES (?)"), projects.values());
}

Result<bool> SyncPassLedger::hasGained()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_gained)"));
    return truth(q);
}

Result<QStringList> SyncPassLedger::gained()
{
    return ids(QStringLiteral("SELECT project_id FROM sync_gained"));
}

Status SyncPassLedger::clearGained()
{
    return run(QStringLiteral("DELETE FROM sync_gained"));
}

Result<QSet<QString>> SyncPassLedger::peopleHeld()
{
    const Result<QStringList> held = ids(QStringLiteral("SELECT organisation_id FROM sync_people"));
    if (!held.ok())
        return held.error();
    return asSet(held.value());
}

Result<bool> SyncPassLedger::holdsPeopleOf(const QString &organisation)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_people WHERE organisation_id = ?)"));
    q.addBindValue(organisation);
    return truth(q);
}

Status SyncPassLedger::setPeopleHeld(const QSet<QString> &organisations)
{
    if (auto cleared = run(QStringLiteral("DELETE FROM sync_people")); !cleared.ok())
        return cleared;
    if (auto checked = run(QStringLiteral("DELETE FROM local_setting WHERE key = 'people_unchecked'")); !checked.ok())
        return checked;
    return runFor(QStringLiteral("INSERT INTO sync_people (organisation_id) VALUES (?)"), organisations.values());
}

Result<QSet<QString>> SyncPassLedger::projects()
{
    const Result<QStringList> all = ids(QStringLiteral("SELECT id FROM project"));
    if (!all.ok())
        return all.error();
    return asSet(all.value());
}

bool SyncPassLedger::lacksProject(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM project WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && !q.next();
}

bool SyncPassLedger::lacksKnowledgeItem(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM knowledge_item WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && !q.next();
}

Result<QSet<QString>> SyncPassLedger::projectsSent()
{
    const Result<QStringList> all = ids(QStringLiteral(
        "SELECT id FROM project WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'project' AND op = 'insert') "
        "AND id NOT IN (SELECT row_id FROM sync_problem WHERE tbl = 'project' AND op = 'insert' AND dismissed_at IS "
        "NULL)"));
    if (!all.ok())
        return all.error();
    return asSet(all.value());
}

Result<QSet<QString>> SyncPassLedger::organisationsTakingPart(const QString &own)
{
    QSqlQuery q(m_db);
    // As the server has them: not a participation still waiting to be sent.
    q.prepare(QStringLiteral("SELECT organisation_id FROM participation WHERE deleted = 0 AND id NOT IN (SELECT row_id "
                             "FROM outbox WHERE tbl = 'participation' AND op = 'insert') UNION SELECT ?"));
    q.addBindValue(own);
    if (!q.exec())
        return sqlFailure(q);
    QSet<QString> all;
    while (q.next())
        all.insert(q.value(0).toString());
    return all;
}

Result<QHash<QString, qint64>> SyncPassLedger::personVersions()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, version FROM person")))
        return sqlFailure(q);
    QHash<QString, qint64> here;
    while (q.next())
        here.insert(q.value(0).toString(), q.value(1).toLongLong());
    return here;
}

Result<QStringList> SyncPassLedger::removablePeople()
{
    return ids(QStringLiteral("SELECT id FROM person WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'person') "
                              "AND id IS NOT (SELECT value FROM local_setting WHERE key = 'me')"));
}

Status SyncPassLedger::forEachRow(const SyncSchema::Table &table, const RowFunction &row)
{
    const QList<SyncSchema::Column> columns = table.syncedColumns();
    QStringList names{QStringLiteral("id")};
    for (const auto &c : columns)
        names << c.name;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1, version, created_at FROM %2").arg(names.join(QStringLiteral(", ")), table.name)))
        return sqlFailure(q);
    QVariantList values;
    while (q.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values << q.value(i + 1);
        if (auto done = row(q.value(0).toString(), values, q.value(columns.size() + 1).toLongLong(),
                            q.value(columns.size() + 2).toString());
            !done.ok())
            return done;
    }
    return Done{};
}

} // namespace Store
