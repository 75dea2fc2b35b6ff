#include "syncsession.h"

#include "serverconnection.h"
#include "serverrow.h"
#include "serverschema.h"
#include "synclogging.h"

#include "model/synctables.h"
#include "model/types.h"
#include "store/connection.h"
#include "store/localapply.h"
#include "store/syncpassledger.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// The pull (docs/SYNC.md, "Pull"): the change feed per table in pages, the
// resync after the tombstone horizon, then the access check.

using namespace Model;

namespace Sync {

namespace {

// Where the pull stands: the feed window [lo, hi) being read, the table and
// the last (txid, id) applied. Stored with each page, in its transaction.
struct Cursor {
    QString lo = QStringLiteral("0");
    QString hi;
    int table = 0;
    QString txid = QStringLiteral("0");
    QString id = QStringLiteral("00000000-0000-0000-0000-000000000000");

    static Cursor parse(const QString &text)
    {
        Cursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.isEmpty()) {
            if (!text.isEmpty())
                c.lo = text;
            return c;
        }
        c.lo = o.value(QStringLiteral("lo")).toString(c.lo);
        c.hi = o.value(QStringLiteral("hi")).toString();
        c.table = o.value(QStringLiteral("table")).toInt();
        c.txid = o.value(QStringLiteral("txid")).toString(c.txid);
        c.id = o.value(QStringLiteral("id")).toString(c.id);
        return c;
    }
    QString text() const
    {
        if (hi.isEmpty())
            return lo;
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("lo"), lo},
                                                           {QStringLiteral("hi"), hi},
                                                           {QStringLiteral("table"), table},
                                                           {QStringLiteral("txid"), txid},
                                                           {QStringLiteral("id"), id}})
                                     .toJson(QJsonDocument::Compact));
    }
};

} // namespace

Result<Report> SyncSession::pull(const ProgressFunction &progress)
{
    Report report;
    if (auto recovered = recoverFromRestore(report); !recovered.ok())
        return recovered.error();
    // Projects new to this laptop are judged against what it had before the
    // pull (the feed may bring a project whose older rows it does not); that
    // list is read only when the access check will run (pullTables).
    m_before.clear();
    m_beforeKnown = false;
    m_checkAccess = false;
    m_visibility.clear();
    Store::SyncPassLedger ledger = this->ledger();
    // A pull from the very start brings every visible row: nothing to fetch twice.
    if (const Result<QString> stored = ledger.cursor(); stored.ok() && Cursor::parse(stored.value()).lo == QLatin1String("0"))
        m_fullPull = true;
    QElapsedTimer timer;
    timer.start();
    if (auto pulled = pullTables(report, progress); !pulled.ok())
        return pulled.error();
    qCDebug(lcSync) << "the feed took" << timer.restart() << "ms";
    if (progress && !progress({Progress::Checking, 0, 0}))
        return error(Error::Rule, tr("Sync was cancelled."));
    if (auto checked = checkAccess(report); !checked.ok())
        return checked.error();
    // The person the server knows us as works here from now on.
    if (!m_identity.person.isNull() && ledger.adoptPerson(m_identity.person.toString(QUuid::WithoutBraces)))
        report.tablesChanged |= ChangeSet::Identity;
    // And the role it gives us, so that the window offers what it will take.
    if (!m_identity.role.isEmpty()) {
        if (const Result<bool> changed = ledger.setSetting(QStringLiteral("server_role"), m_identity.role);
            changed.ok() && changed.value())
            report.tablesChanged |= ChangeSet::Identity;
    }
    ledger.noteSynced(m_identity.person.toString(QUuid::WithoutBraces));
    return report;
}

Status SyncSession::pullTables(Report &report, const ProgressFunction &progress)
{
    QSqlDatabase local = m_local->database();
    Store::SyncPassLedger ledger(local);
    const Result<QString> stored = ledger.cursor();
    if (!stored.ok())
        return stored.error();
    Cursor cursor = Cursor::parse(stored.value());

    QSqlQuery s(m_server->database());
    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    // Which tables have rows in the window: only those are paged.
    QList<bool> changed(tables.size(), true);
    qint64 total = 0;
    qint64 done = 0;
    // A window left unfinished by an interrupted pass is finished first; a
    // new one then brings what was committed since, in the same pass.
    const bool resumed = !cursor.hi.isEmpty();
    if (resumed) {
        m_checkAccess = true;
        if (auto noted = noteProjectsHeld(); !noted.ok())
            return noted;
    } else {
        // One round trip: the watermark, the horizon, the visibility epoch
        // and, per table, whether the window [lo, watermark) holds rows this
        // user may see (how many, for the progress bar).
        QStringList columns{QStringLiteral("s.w::text"), QStringLiteral("regie_horizon()::text"),
                            m_identity.schema >= 7 ? QStringLiteral("regie_visibility_epoch()") : QStringLiteral("NULL::text")};
        for (const auto &t : tables) {
            if (!ServerSchema::hasTable(t, m_identity.schema)) {
                columns << QStringLiteral("false");
                continue;
            }
            columns << (progress ? QStringLiteral("(SELECT count(*) FROM %1 x WHERE x.sync_txid >= %2::xid8 AND x.sync_txid < s.w)")
                                 : QStringLiteral("EXISTS (SELECT 1 FROM %1 x WHERE x.sync_txid >= %2::xid8 AND x.sync_txid < s.w)"))
                           .arg(t.name, literal(cursor.lo));
        }
        if (progress && !progress({Progress::Pulling, 0, 0}))
            return error(Error::Rule, tr("Sync was cancelled."));
        ++m_roundTrips;
        if (!s.exec(QStringLiteral("SELECT %1 FROM (SELECT regie_watermark() AS w) s").arg(columns.join(QStringLiteral(", "))))
            || !s.next())
            return serverError(tr("Reading changes failed"), s);
        cursor.hi = s.value(0).toString();
        m_visibility = s.value(2).toString();
        for (int i = 0; i < tables.size(); ++i) {
            const qint64 rows = !ServerSchema::hasTable(tables.at(i), m_identity.schema) ? 0
                : progress ? s.value(3 + i).toLongLong() : qint64(s.value(3 + i).toBool());
            changed[i] = rows > 0;
            total += progress ? rows : 0;
        }
        // Deleted rows older than the horizon were purged: a laptop away
        // longer cannot learn of those deletes from the feed, so it reads
        // everything again. Its outbox stays; pending fields are kept.
        if (cursor.lo != QLatin1String("0") && cursor.lo.toULongLong() < s.value(1).toString().toULongLong()) {
            if (auto started = startResync(); !started.ok())
                return started;
            cursor.lo = QStringLiteral("0");
            report.resynced = true;
            changed.fill(true);
            total = 0;
        }
        cursor.table = 0;
        cursor.txid = cursor.lo;
        cursor.id = Cursor().id;
        if (auto decided = decideAccessCheck(); !decided.ok())
            return decided;
    }
    bool resyncing = false;
    if (cursor.lo == QLatin1String("0")) {
        const Result<bool> started = ledger.isResyncing();
        if (!started.ok())
            return started.error();
        resyncing = started.value();
    }
    // A resync ends in its last table's page, which removes what it did not see.
    if (resyncing)
        changed.fill(true);

    while (cursor.table < tables.size()) {
        if (!changed.at(cursor.table) || !ServerSchema::hasTable(tables.at(cursor.table), m_identity.schema)) {
            ++cursor.table;
            continue;
        }
        const SyncSchema::Table &table = tables.at(cursor.table);
        if (progress && !progress({Progress::Pulling, done, total}))
            return error(Error::Rule, tr("Sync was cancelled."));
        // Qualified names: the select list has text columns called sync_txid
        // and id, and an unqualified ORDER BY would sort by those (as text).
        const QString page = QStringLiteral("SELECT %1 FROM %2 t WHERE t.sync_txid >= %3::xid8 AND t.sync_txid < %4::xid8 "
                                            "AND (t.sync_txid, t.id) > (%5::xid8, %6::uuid) ORDER BY t.sync_txid, t.id "
                                            "LIMIT %7")
                                 .arg(ServerRow::selectList(table, m_identity.schema), table.name, literal(cursor.lo), literal(cursor.hi),
                                      literal(cursor.txid), literal(cursor.id), literal(m_page));
        s.setForwardOnly(true);
        ++m_roundTrips;
        if (!s.exec(page))
            return serverError(tr("Reading changes failed"), s);

        // A page and the cursor after it go in one local transaction.
        Store::Transaction transaction(local);
        if (!transaction.isActive())
            return error(Error::Storage, tr("The local database is busy; sync will try again."));
        Store::LocalApply apply(local);
        if (!apply.begin())
            return error(Error::Storage, tr("The local database cannot be written."));
        int rows = 0;
        QStringList seen; // by the resync
        const int txidColumn = s.record().count() - 1;
        // Projects whose older rows the feed has passed, to be fetched whole.
        QSet<QString> fetchWhole;
        const bool projects = table.name == QLatin1String("project") && !m_fullPull;
        // Items new here that were written before the window: they became
        // readable since, and bring their older versions and reuse records.
        QStringList shown;
        const bool items = table.name == QLatin1String("knowledge_item") && cursor.lo != QLatin1String("0");
        while (s.next()) {
            const QVariantMap row = ServerRow::fromQuery(table, s);
            if (projects && isNewProject(row.value(QStringLiteral("id")).toString()))
                fetchWhole.insert(row.value(QStringLiteral("id")).toString());
            if (items && ledger.lacksKnowledgeItem(row.value(QStringLiteral("id")).toString()))
                shown << row.value(QStringLiteral("id")).toString();
            if (auto applied = apply.apply(table, row); !applied.ok())
                return applied;
            cursor.txid = s.value(txidColumn).toString();
            cursor.id = row.value(QStringLiteral("id")).toString();
            ++rows;
            if (resyncing)
                seen << cursor.id;
        }
        // Rows come one by one: a connection lost in the middle ends the
        // page early, and must not pass for its end (the cursor would skip
        // the rest). The page's transaction rolls back.
        if (s.lastError().isValid())
            return serverError(tr("Reading changes failed"), s);
        if (auto marked = ledger.markSeen(table.name, seen); !marked.ok())
            return marked;
        if (auto fetched = fetchKnowledgeChildren(apply, shown, cursor.lo, report); !fetched.ok())
            return fetched;
        if (auto flushed = apply.flush(true); !flushed.ok())
            return flushed;
        if (auto fetched = fetchRemoved(apply, report); !fetched.ok())
            return fetched;
        QList<Store::LocalApply::Orphan> knowledge;
        for (const auto &orphan : apply.orphans()) {
            if (orphan.table->scope == SyncSchema::Scope::Project)
                fetchWhole.insert(orphan.row.value(orphan.table->projectColumn).toString());
            else if (orphan.table->scope == SyncSchema::Scope::Knowledge)
                knowledge << orphan;
        }
        if (auto fetched = fetchKnowledgeParents(apply, knowledge, report); !fetched.ok())
            return fetched;
        // Kept with the page: a pass that ends before the fetch (a cut
        // connection) leaves them for the next, which no longer sees them as new.
        if (auto noted = ledger.noteGained(fetchWhole); !noted.ok())
            return noted;
        qCDebug(lcSync) << "pulled" << rows << "rows of" << table.name << "up to" << cursor.txid << cursor.id;
        if (rows < m_page) {
            ++cursor.table;
            cursor.txid = cursor.lo;
            cursor.id = Cursor().id;
        }
        if (cursor.table >= tables.size()) {
            cursor = Cursor{cursor.hi, {}, 0, {}, {}};
            if (resyncing) {
                if (auto removed = removeUnseen(apply); !removed.ok())
                    return removed;
            }
        }
        if (!ledger.setCursor(cursor.text()).ok() || !apply.end() || !transaction.commit())
            return error(Error::Storage, tr("Received changes could not be saved; sync will fetch them again."));
        report.pulled += rows;
        report.tablesChanged |= apply.changedTables();
        if (rows > 0 && table.name == QLatin1String("participation"))
            m_participationsMoved = true;
        done += rows;
        if (cursor.hi.isEmpty())
            break;
    }
    if (!cursor.hi.isEmpty()) {
        // The last tables had nothing in the window: it ends here.
        if (!ledger.setCursor(Cursor{cursor.hi, {}, 0, {}, {}}.text()).ok())
            return error(Error::Storage, tr("Received changes could not be saved; sync will fetch them again."));
    }
    return resumed ? pullTables(report, progress) : Status(Done{});
}

Status SyncSession::noteProjectsHeld()
{
    if (m_beforeKnown)
        return Done{};
    const Result<QSet<QString>> held = ledger().projects();
    if (!held.ok())
        return held.error();
    m_before = held.value();
    m_beforeKnown = true;
    return Done{};
}

// Asked before the row is applied: was project @p id here when the pull began?
bool SyncSession::isNewProject(const QString &id)
{
    if (m_beforeKnown)
        return !m_before.contains(id);
    return ledger().lacksProject(id);
}

Status SyncSession::decideAccessCheck()
{
    // The epoch changes with every change of the projects this user's
    // organisation sees; the laptop keeps the one its last check saw, with
    // the server's incarnation (a restored server may count again).
    Store::SyncPassLedger ledger = this->ledger();
    const Result<QString> held = ledger.setting(QStringLiteral("server_visibility"));
    if (!held.ok())
        return held.error();
    const Result<bool> gained = ledger.hasGained();
    if (!gained.ok())
        return gained.error();
    m_checkAccess = m_checkAccess || m_fullPull || gained.value() || m_visibility.isEmpty()
        || held.value() != visibilityToken();
    return m_checkAccess ? noteProjectsHeld() : Status(Done{});
}

QString SyncSession::visibilityToken() const
{
    return m_visibility.isEmpty() ? QString() : m_identity.incarnation + QLatin1Char('/') + m_visibility;
}

Status SyncSession::startResync()
{
    qCInfo(lcSync) << "this laptop was away longer than the server keeps deleted rows: reading everything again";
    Store::Transaction transaction(m_local->database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The local database is busy; sync will try again."));
    if (auto started = ledger().startResync(); !started.ok())
        return started;
    if (!transaction.commit())
        return error(Error::Storage, tr("The local database cannot be written."));
    m_fullPull = true;
    return Done{};
}

Status SyncSession::removeUnseen(Store::LocalApply &apply)
{
    // Runs in the transaction of the resync's last page, with applying set.
    // What the server no longer has was purged there; a row with pending
    // edits stays, and its push will say what became of it.
    Store::SyncPassLedger ledger = this->ledger();
    const QList<SyncSchema::Table> &tables = SyncSchema::tables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!ServerSchema::hasTable(*it, m_identity.schema))
            continue;
        const Result<QStringList> unseen = ledger.unseen(it->name);
        if (!unseen.ok())
            return unseen.error();
        // A local row still referring to it (a pending insert) keeps it.
        for (const QString &id : unseen.value())
            apply.drop(*it, id);
    }
    return ledger.endResync();
}

} // namespace Sync
