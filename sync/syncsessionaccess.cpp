#include "syncsession.h"

#include "localapply.h"
#include "serverconnection.h"
#include "serverrow.h"
#include "synclogging.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/connection.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// Access gained and lost (docs/SYNC.md): after a pull, the projects the
// user may see now against those the laptop holds.

using namespace Model;

namespace Sync {

Status SyncSession::checkAccess(Report &report)
{
    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    // A project the feed brought without its older rows is fetched whole.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_gained)")) || !q.next())
        return localError(q);
    if (m_checkAccess || m_fullPull || q.value(0).toBool()) {
        if (auto checked = checkVisibility(m_beforeKnown ? &m_before : nullptr, report); !checked.ok())
            return checked;
        // Checked against the epoch read before: a change since raised it.
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO local_setting (key, value) VALUES ('server_visibility', ?)"));
        q.addBindValue(visibilityToken());
        if (!q.exec())
            return localError(q);
        return Done{};
    }
    // Nothing this user sees came or went. The partners' people only need a
    // look when a participation moved (noted with the rows) or the user's
    // organisation is not among those whose people are here.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_setting WHERE key = 'people_unchecked')")) || !q.next())
        return localError(q);
    const bool unchecked = q.value(0).toBool();
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_people WHERE organisation_id = ?)"));
    q.addBindValue(m_identity.organisation.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return localError(q);
    if (!m_participationsMoved && !unchecked && q.value(0).toBool())
        return Done{};
    return fetchPartnersPeople(false, false, report);
}

Status SyncSession::checkVisibility(const QSet<QString> *before, Report &report)
{
    // The change feed only shows rows this user may see now. Projects that
    // became visible bring older rows the cursor has passed; projects that
    // became invisible send nothing at all. One query tells both.
    QSqlQuery s(m_server->database());
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT id::text FROM project")))
        return serverError(tr("Checking access failed"), s);
    QSet<QString> server;
    while (s.next())
        server.insert(s.value(0).toString());

    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    QSet<QString> here;
    if (!q.exec(QStringLiteral("SELECT id FROM project WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'project' "
                               "AND op = 'insert') AND id NOT IN (SELECT row_id FROM sync_problem WHERE tbl = 'project' "
                               "AND op = 'insert' AND dismissed_at IS NULL)")))
        return localError(q);
    while (q.next())
        here.insert(q.value(0).toString());
    QStringList gained;
    for (const QString &id : std::as_const(server)) {
        if (before && !before->contains(id))
            gained << id;
    }
    QStringList lost;
    for (const QString &id : std::as_const(here)) {
        if (!server.contains(id))
            lost << id;
    }

    if (!lost.isEmpty()) {
        Store::Transaction transaction(local);
        LocalApply apply(local);
        if (!transaction.isActive() || !apply.begin())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        const QList<SyncSchema::Table> &tables = SyncSchema::tables();
        for (const QString &project : std::as_const(lost)) {
            // Pending edits of the project are kept for the user to export.
            for (const auto &t : tables) {
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
                    return localError(q);
                // Edits the server refused because access was already gone
                // (the push runs first) join them: same project, same fate.
                // A refused insert is no longer here: its fields name the project.
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (change_id, project_id, tbl, row_id, "
                                         "op, fields, base, created_at) SELECT p.change_id, ?, p.tbl, p.row_id, p.op, "
                                         "p.fields, '{}', p.created_at FROM sync_problem p LEFT JOIN %1 r ON r.id = "
                                         "p.row_id WHERE p.tbl = '%1' AND p.dismissed_at IS NULL AND "
                                         "coalesce(r.%2, json_extract(p.fields, '$.%2')) = ?")
                              .arg(t.name, t.projectColumn));
                q.addBindValue(project);
                q.addBindValue(project);
                if (!q.exec())
                    return localError(q);
            }
            if (!q.exec(QStringLiteral("DELETE FROM outbox WHERE change_id IN (SELECT change_id FROM sync_quarantine)"))
                || !q.exec(QStringLiteral("DELETE FROM sync_problem WHERE change_id IN (SELECT change_id FROM "
                                          "sync_quarantine)")))
                return localError(q);
            for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
                if (it->scope != SyncSchema::Scope::Project)
                    continue;
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(it->name, it->projectColumn));
                q.addBindValue(project);
                if (!q.exec())
                    return localError(q);
                report.tablesChanged |= it->changeBit;
            }
        }
        if (!apply.end() || !transaction.commit())
            return error(Error::Storage, tr("Removing projects you no longer take part in failed."));
        report.lostProjects = int(lost.size());
        // Partners of those projects may have gone out of sight with them.
        if (auto removed = removeInvisiblePeople(report); !removed.ok())
            return removed;
    }
    // A pull from the start, or a project fetched whole, brought every person
    // this user may see.
    bool everyone = m_fullPull;
    if (m_fullPull) {
        m_fullPull = false;
        gained.clear();
    }
    // Projects the feed brought without their older rows, this pass or one
    // that ended before it fetched them.
    if (!q.exec(QStringLiteral("SELECT project_id FROM sync_gained")))
        return localError(q);
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (server.contains(id) && !gained.contains(id))
            gained << id;
    }
    if (gained.isEmpty() && !q.exec(QStringLiteral("DELETE FROM sync_gained"))) // none of them visible now
        return localError(q);
    if (!gained.isEmpty()) {
        if (auto fetched = fetchProjects(gained, report); !fetched.ok())
            return fetched;
        report.gainedProjects = int(gained.size());
        everyone = true;
    }
    return fetchPartnersPeople(everyone, !lost.isEmpty(), report);
}

// The people of an organisation become visible with its first participation
// in a project this user sees, and go out of sight with its last; those made
// before are behind the feed's cursor. So the organisations whose people
// this laptop holds are kept in sync_people, and compared after each pull.
Status SyncSession::fetchPartnersPeople(bool everyone, bool checkedPeople, Report &report)
{
    QSqlDatabase local = m_local->database();
    QSqlQuery q(local);
    // As the server has them: not a participation still waiting to be sent.
    q.prepare(QStringLiteral("SELECT organisation_id FROM participation WHERE deleted = 0 AND id NOT IN (SELECT row_id "
                             "FROM outbox WHERE tbl = 'participation' AND op = 'insert') UNION SELECT ?"));
    q.addBindValue(m_identity.organisation.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return localError(q);
    QSet<QString> now;
    while (q.next())
        now.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT organisation_id FROM sync_people")))
        return localError(q);
    QSet<QString> held;
    while (q.next())
        held.insert(q.value(0).toString());
    // A participation that changed may have hidden an organisation's people
    // for a moment: a person's row written then was passed by the feed
    // unseen. So the people's versions are compared after any such change.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_setting WHERE key = 'people_unchecked')")) || !q.next())
        return localError(q);
    const bool moved = std::exchange(m_participationsMoved, false) || q.value(0).toBool();
    if (now == held && !moved)
        return Done{};
    const bool shrank = !QSet<QString>(held).subtract(now).isEmpty();
    QStringList stale;
    if (!everyone) {
        QSqlQuery s(m_server->database());
        ++m_roundTrips;
        if (!s.exec(QStringLiteral("SELECT id::text, version FROM person")))
            return serverError(tr("Checking access failed"), s);
        QHash<QString, qint64> server;
        while (s.next())
            server.insert(s.value(0).toString(), s.value(1).toLongLong());
        if (!q.exec(QStringLiteral("SELECT id, version FROM person")))
            return localError(q);
        QHash<QString, qint64> here;
        while (q.next())
            here.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            if (here.value(it.key(), -1) != it.value())
                stale << it.key();
        }
    }

    Store::Transaction transaction(local);
    LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    if (!stale.isEmpty()) {
        const QString where = QStringLiteral("id = ANY (string_to_array(%1, ',')::uuid[])")
                                  .arg(literal(stale.join(QLatin1Char(','))));
        if (auto applied = applyFromServer(apply, *SyncSchema::table(QStringLiteral("person")), where,
                                           tr("Checking access failed"), report);
            !applied.ok())
            return applied;
        if (auto flushed = apply.flush(); !flushed.ok())
            return flushed;
    }
    if (!q.exec(QStringLiteral("DELETE FROM sync_people"))
        || !q.exec(QStringLiteral("DELETE FROM local_setting WHERE key = 'people_unchecked'")))
        return localError(q);
    q.prepare(QStringLiteral("INSERT INTO sync_people (organisation_id) VALUES (?)"));
    for (const QString &o : std::as_const(now)) {
        q.addBindValue(o);
        if (!q.exec())
            return localError(q);
    }
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Received changes could not be saved; sync will fetch them again."));
    report.tablesChanged |= apply.changedTables();
    if (shrank && !checkedPeople)
        return removeInvisiblePeople(report);
    return Done{};
}

Status SyncSession::fetchRemoved(LocalApply &apply, Report &report)
{
    // Rows fetched again may meet local rows that are older still; each
    // round brings the server's present rows, so few rounds settle them.
    for (int round = 0; round < 3 && !apply.removed().isEmpty(); ++round) {
        const QHash<QString, QStringList> removed = apply.removed();
        apply.clearRemoved();
        apply.setDropStuck(round == 2);
        for (const auto &t : SyncSchema::tables()) {
            const QStringList ids = removed.value(t.name);
            if (ids.isEmpty())
                continue;
            const QString where = QStringLiteral("id = ANY (string_to_array(%1, ',')::uuid[])")
                                      .arg(literal(ids.join(QLatin1Char(','))));
            if (auto applied = applyFromServer(apply, t, where, tr("Reading changes failed"), report); !applied.ok())
                return applied;
        }
        if (auto flushed = apply.flush(true); !flushed.ok())
            return flushed;
    }
    apply.setDropStuck(false);
    apply.clearRemoved();
    return Done{};
}

Status SyncSession::removeInvisiblePeople(Report &report)
{
    QSqlQuery s(m_server->database());
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT id::text FROM person")))
        return serverError(tr("Checking access failed"), s);
    QSet<QString> visible;
    while (s.next())
        visible.insert(s.value(0).toString());

    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    QSqlQuery q(local);
    // Never oneself, never someone with edits still to send.
    if (!q.exec(QStringLiteral("SELECT id FROM person WHERE id NOT IN (SELECT row_id FROM outbox WHERE tbl = 'person') "
                               "AND id IS NOT (SELECT value FROM local_setting WHERE key = 'me')")))
        return localError(q);
    QStringList gone;
    while (q.next()) {
        if (!visible.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    }
    QSqlQuery remove(local);
    remove.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    for (const QString &id : std::as_const(gone)) {
        remove.addBindValue(id);
        // A row still referring to the person keeps them.
        if (remove.exec() && remove.numRowsAffected() > 0)
            report.tablesChanged |= SyncSchema::table(QStringLiteral("person"))->changeBit;
    }
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Removing people you no longer work with failed."));
    return Done{};
}

Status SyncSession::fetchProjects(const QStringList &ids, Report &report)
{
    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    const QString list = ids.join(QLatin1Char(','));
    for (const auto &t : SyncSchema::tables()) {
        QString where;
        if (t.scope == SyncSchema::Scope::Project)
            where = QStringLiteral("%1 = ANY (string_to_array(%2, ',')::uuid[])").arg(t.projectColumn, literal(list));
        else if (t.scope == SyncSchema::Scope::People)
            where = QStringLiteral("true"); // new partners bring people the feed has passed
        else
            continue;
        if (auto applied = applyFromServer(apply, t, where, tr("Reading a project failed"), report); !applied.ok())
            return applied;
    }
    if (auto flushed = apply.flush(); !flushed.ok())
        return flushed;
    if (auto fetched = fetchRemoved(apply, report); !fetched.ok())
        return fetched;
    // Fetched whole, and those out of sight since need it no more.
    QSqlQuery done(local);
    if (!done.exec(QStringLiteral("DELETE FROM sync_gained")))
        return localError(done);
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Received projects could not be saved."));
    report.tablesChanged |= apply.changedTables();
    return Done{};
}

Status SyncSession::applyFromServer(LocalApply &apply, const SyncSchema::Table &table, const QString &where,
                                    const QString &failure, Report &report)
{
    QSqlQuery s(m_server->database());
    s.setForwardOnly(true);
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(ServerRow::selectList(table), table.name, where)))
        return serverError(failure, s);
    while (s.next()) {
        if (auto applied = apply.apply(table, ServerRow::fromQuery(table, s)); !applied.ok())
            return applied;
        ++report.pulled;
    }
    if (s.lastError().isValid()) // the connection broke between rows
        return serverError(failure, s);
    return Done{};
}

} // namespace Sync
