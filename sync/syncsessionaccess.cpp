#include "syncsession.h"

#include "serverconnection.h"
#include "serverrow.h"
#include "serverschema.h"
#include "synclogging.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/connection.h"
#include "store/localapply.h"
#include "store/outboxqueue.h"
#include "store/syncpassledger.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

// Access gained and lost (docs/SYNC.md): after a pull, the projects the
// user may see now against those the laptop holds.

using namespace Model;

namespace Sync {

Status SyncSession::checkAccess(Report &report)
{
    Store::SyncPassLedger ledger = this->ledger();
    // A project the feed brought without its older rows is fetched whole.
    const Result<bool> gained = ledger.hasGained();
    if (!gained.ok())
        return gained.error();
    if (m_checkAccess || m_fullPull || gained.value()) {
        if (auto checked = checkVisibility(m_beforeKnown ? &m_before : nullptr, report); !checked.ok())
            return checked;
        // Checked against the epoch read before: a change since raised it.
        if (auto noted = ledger.setSetting(QStringLiteral("server_visibility"), visibilityToken()); !noted.ok())
            return noted.error();
        return Done{};
    }
    // Nothing this user sees came or went. The partners' people only need a
    // look when a participation moved (noted with the rows) or the user's
    // organisation is not among those whose people are here.
    const Result<bool> unchecked = ledger.hasSetting(QStringLiteral("people_unchecked"));
    if (!unchecked.ok())
        return unchecked.error();
    const Result<bool> held = ledger.holdsPeopleOf(m_identity.organisation.toString(QUuid::WithoutBraces));
    if (!held.ok())
        return held.error();
    if (!m_participationsMoved && !unchecked.value() && held.value())
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
    Store::SyncPassLedger ledger(local);
    const Result<QSet<QString>> here = ledger.projectsSent();
    if (!here.ok())
        return here.error();
    QStringList gained;
    for (const QString &id : std::as_const(server)) {
        if (before && !before->contains(id))
            gained << id;
    }
    QStringList lost;
    for (const QString &id : here.value()) {
        if (!server.contains(id))
            lost << id;
    }

    if (!lost.isEmpty()) {
        Store::Transaction transaction(local);
        Store::LocalApply apply(local);
        Store::OutboxQueue outbox(local);
        if (!transaction.isActive() || !apply.begin())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        for (const QString &project : std::as_const(lost)) {
            // Pending edits of the project are kept for the user to export.
            if (auto setAside = outbox.setAsideProject(project); !setAside.ok())
                return setAside;
            if (auto removed = apply.removeProject(project); !removed.ok())
                return removed;
        }
        report.tablesChanged |= apply.changedTables();
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
    const Result<QStringList> noted = ledger.gained();
    if (!noted.ok())
        return noted.error();
    for (const QString &id : noted.value()) {
        if (server.contains(id) && !gained.contains(id))
            gained << id;
    }
    if (gained.isEmpty()) { // none of them visible now
        if (auto cleared = ledger.clearGained(); !cleared.ok())
            return cleared;
    }
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
    Store::SyncPassLedger ledger(local);
    const Result<QSet<QString>> taking = ledger.organisationsTakingPart(m_identity.organisation.toString(QUuid::WithoutBraces));
    if (!taking.ok())
        return taking.error();
    const QSet<QString> &now = taking.value();
    const Result<QSet<QString>> peopleHeld = ledger.peopleHeld();
    if (!peopleHeld.ok())
        return peopleHeld.error();
    const QSet<QString> &held = peopleHeld.value();
    // A participation that changed may have hidden an organisation's people
    // for a moment: a person's row written then was passed by the feed
    // unseen. So the people's versions are compared after any such change.
    const Result<bool> unchecked = ledger.hasSetting(QStringLiteral("people_unchecked"));
    if (!unchecked.ok())
        return unchecked.error();
    const bool moved = std::exchange(m_participationsMoved, false) || unchecked.value();
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
        const Result<QHash<QString, qint64>> here = ledger.personVersions();
        if (!here.ok())
            return here.error();
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            if (here.value().value(it.key(), -1) != it.value())
                stale << it.key();
        }
    }

    Store::Transaction transaction(local);
    Store::LocalApply apply(local);
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
    if (auto noted = ledger.setPeopleHeld(now); !noted.ok())
        return noted;
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Received changes could not be saved; sync will fetch them again."));
    report.tablesChanged |= apply.changedTables();
    if (shrank && !checkedPeople)
        return removeInvisiblePeople(report);
    return Done{};
}

Status SyncSession::fetchRemoved(Store::LocalApply &apply, Report &report)
{
    // Rows fetched again may meet local rows that are older still; each
    // round brings the server's present rows, so few rounds settle them.
    for (int round = 0; round < 3 && !apply.removed().isEmpty(); ++round) {
        const QHash<QString, QStringList> removed = apply.removed();
        apply.clearRemoved();
        apply.setDropStuck(round == 2);
        for (const auto &t : SyncSchema::tables()) {
            const QStringList ids = removed.value(t.name);
            if (ids.isEmpty() || !ServerSchema::hasTable(t, m_identity.schema))
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
    Store::LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    // Never oneself, never someone with edits still to send.
    const Result<QStringList> removable = Store::SyncPassLedger(local).removablePeople();
    if (!removable.ok())
        return removable.error();
    const SyncSchema::Table &person = *SyncSchema::table(QStringLiteral("person"));
    for (const QString &id : removable.value()) {
        // A row still referring to the person keeps them.
        if (!visible.contains(id))
            apply.drop(person, id);
    }
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Removing people you no longer work with failed."));
    report.tablesChanged |= apply.changedTables();
    return Done{};
}

Status SyncSession::fetchProjects(const QStringList &ids, Report &report)
{
    QSqlDatabase local = m_local->database();
    Store::Transaction transaction(local);
    Store::LocalApply apply(local);
    if (!transaction.isActive() || !apply.begin())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    const QString list = ids.join(QLatin1Char(','));
    for (const auto &t : SyncSchema::tables()) {
        QString where;
        if (t.scope == SyncSchema::Scope::Project)
            where = QStringLiteral("%1 = ANY (string_to_array(%2, ',')::uuid[])").arg(t.projectColumn, literal(list));
        else if (t.scope == SyncSchema::Scope::People)
            where = QStringLiteral("true"); // new partners bring people the feed has passed
        else if (t.scope == SyncSchema::Scope::Knowledge && t.name == QLatin1String("knowledge_expert"))
            continue; // every user reads every offer: none comes with a project
        else if (t.scope == SyncSchema::Scope::Knowledge && ServerSchema::hasTable(t, m_identity.schema))
            // Items shown to a project's partners, with their versions,
            // reuse and consultations, come with the project (row-level
            // security decides).
            where = t.name == QLatin1String("knowledge_item")
                ? QStringLiteral("project_id = ANY (string_to_array(%1, ',')::uuid[])").arg(literal(list))
                : QStringLiteral("item_id IN (SELECT i.id FROM knowledge_item i WHERE i.project_id = ANY "
                                 "(string_to_array(%1, ',')::uuid[]))")
                      .arg(literal(list));
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
    if (auto cleared = Store::SyncPassLedger(local).clearGained(); !cleared.ok())
        return cleared;
    if (!apply.end() || !transaction.commit())
        return error(Error::Storage, tr("Received projects could not be saved."));
    report.tablesChanged |= apply.changedTables();
    return Done{};
}

Status SyncSession::fetchKnowledgeParents(Store::LocalApply &apply, const QList<Store::LocalApply::Orphan> &orphans,
                                          Report &report)
{
    // A version or reuse record whose item is not here, or an answer whose
    // question is not: the item is fetched by id and the row tried again.
    // What still has no parent here refers to an item this user may not
    // read, and waits until the item comes (or never).
    if (orphans.isEmpty())
        return Done{};
    QSet<QString> parents;
    for (const auto &orphan : orphans) {
        for (const char *column : {"item_id", "question_id", "helped_answer_id"}) {
            const QString id = orphan.row.value(QString::fromLatin1(column)).toString();
            if (!id.isEmpty())
                parents.insert(id);
        }
    }
    const QString where = QStringLiteral("id = ANY (string_to_array(%1, ',')::uuid[])")
                              .arg(literal(QStringList(parents.cbegin(), parents.cend()).join(QLatin1Char(','))));
    if (auto applied = applyFromServer(apply, *SyncSchema::table(QStringLiteral("knowledge_item")), where,
                                       tr("Reading changes failed"), report);
        !applied.ok())
        return applied;
    for (const auto &orphan : orphans) {
        if (auto applied = apply.apply(*orphan.table, orphan.row); !applied.ok())
            return applied;
    }
    return apply.flush(true);
}

Status SyncSession::fetchKnowledgeChildren(Store::LocalApply &apply, const QStringList &items, const QString &lo,
                                           Report &report)
{
    // Rows of the window itself come with their own table's pages.
    if (items.isEmpty())
        return Done{};
    for (const auto &t : SyncSchema::tables()) {
        const bool ofAnItem = std::any_of(t.fields.cbegin(), t.fields.cend(),
                                          [](const SyncSchema::Column &c) { return c.name == QLatin1String("item_id"); });
        if (t.scope != SyncSchema::Scope::Knowledge || !ofAnItem || !ServerSchema::hasTable(t, m_identity.schema))
            continue;
        const QString where = QStringLiteral("item_id = ANY (string_to_array(%1, ',')::uuid[]) AND sync_txid < %2::xid8")
                                  .arg(literal(items.join(QLatin1Char(','))), literal(lo));
        if (auto applied = applyFromServer(apply, t, where, tr("Reading changes failed"), report); !applied.ok())
            return applied;
    }
    return Done{};
}

Status SyncSession::applyFromServer(Store::LocalApply &apply, const SyncSchema::Table &table, const QString &where,
                                    const QString &failure, Report &report)
{
    QSqlQuery s(m_server->database());
    s.setForwardOnly(true);
    ++m_roundTrips;
    if (!s.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(ServerRow::selectList(table, m_identity.schema), table.name, where)))
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
