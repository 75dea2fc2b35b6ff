#include "schema.h"

#include "changecapture.h"
#include "storelogging.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Store::Schema {

namespace {

// Every table that will sync carries the same bookkeeping columns: a
// client-made UUID, UTC timestamps, who changed it, a tombstone and a row
// version that grows with each change.
#define SYNC_COLUMNS                                                                                                   \
    "created_at TEXT NOT NULL, "                                                                                       \
    "updated_at TEXT NOT NULL, "                                                                                       \
    "changed_by TEXT, "                                                                                                \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "                                                   \
    "version INTEGER NOT NULL DEFAULT 1"

struct Step {
    int version;
    QList<const char *> statements;
    QStringList (*generated)() = nullptr; ///< statements made from declarations, run after the fixed ones
};

// Sync bookkeeping of this laptop, and the capture of local edits.
QStringList syncCapture()
{
    QStringList statements;
    for (const auto &table : Model::SyncSchema::tables(Model::SyncSchema::firstSyncedTables()))
        statements << ChangeCapture::queueExisting(table) << ChangeCapture::triggers(table);
    return statements;
}

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1,
         {
             "CREATE TABLE organisation ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),"
             " name_key TEXT NOT NULL,"
             " kind TEXT NOT NULL CHECK (kind IN ('municipality', 'province', 'company', 'knowledge', 'citizens', "
             "'other')),"
             " municipality_code TEXT NOT NULL DEFAULT '',"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX organisation_name_key ON organisation (name_key)",
             "CREATE TABLE person ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " organisation_id TEXT NOT NULL REFERENCES organisation (id),"
             " name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),"
             " email TEXT NOT NULL DEFAULT '',"
             " function TEXT NOT NULL DEFAULT '',"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX person_organisation ON person (organisation_id)",
             "CREATE TABLE project ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),"
             " name_key TEXT NOT NULL,"
             " search_key TEXT NOT NULL,"
             " slogan TEXT NOT NULL DEFAULT '',"
             " ambition TEXT NOT NULL DEFAULT '',"
             " purpose TEXT NOT NULL,"
             " urgency TEXT NOT NULL,"
             " logo BLOB,"
             " status TEXT NOT NULL CHECK (status IN ('idea', 'active', 'completed', 'stopped')),"
             " start_date TEXT,"
             " end_date TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX project_list ON project (name_key, id) WHERE deleted = 0",
             "CREATE TABLE participation ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " organisation_id TEXT NOT NULL REFERENCES organisation (id),"
             " role TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'external')),"
             " brings TEXT NOT NULL DEFAULT '',"
             " gets TEXT NOT NULL DEFAULT '',"
             " priorities TEXT NOT NULL DEFAULT '',"
             " mandate TEXT NOT NULL DEFAULT '',"
             " joined_on TEXT NOT NULL,"
             " left_on TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX participation_project ON participation (project_id)",
             "CREATE INDEX participation_organisation ON participation (organisation_id)",
             // At most one current lead per project, whatever the code above does.
             "CREATE UNIQUE INDEX participation_one_lead ON participation (project_id)"
             " WHERE role = 'lead' AND left_on IS NULL AND deleted = 0",
             // Settings of this laptop only; never synced.
             "CREATE TABLE local_setting (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
         }},
        {2,
         {
             // Who held the regie when. Filled from the current leads, who are
             // taken to have led since they joined.
             "CREATE TABLE lead_term ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " organisation_id TEXT NOT NULL REFERENCES organisation (id),"
             " from_date TEXT NOT NULL,"
             " until_date TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX lead_term_project ON lead_term (project_id, from_date)",
             "CREATE UNIQUE INDEX lead_term_one_open ON lead_term (project_id) WHERE until_date IS NULL AND deleted = 0",
             "INSERT INTO lead_term (id, project_id, organisation_id, from_date, until_date, created_at, updated_at,"
             " changed_by, deleted, version)"
             " SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
             " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),"
             " project_id, organisation_id, joined_on, NULL, updated_at, updated_at, changed_by, 0, 1"
             " FROM participation WHERE role = 'lead' AND left_on IS NULL AND deleted = 0",
         }},
        {3,
         {
             // One row: whether rows from the server are being applied (the
             // capture triggers stay quiet then) and where the last pull ended.
             "CREATE TABLE sync_state ("
             " id INTEGER PRIMARY KEY CHECK (id = 1),"
             " applying INTEGER NOT NULL DEFAULT 0,"
             " server TEXT NOT NULL DEFAULT '',"
             " server_person TEXT NOT NULL DEFAULT '',"
             " cursor TEXT NOT NULL DEFAULT '0',"
             " last_sync TEXT)",
             "INSERT INTO sync_state (id) VALUES (1)",
             // Local edits waiting for the server, in the order they were made.
             "CREATE TABLE outbox ("
             " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             " change_id TEXT NOT NULL UNIQUE,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " op TEXT NOT NULL CHECK (op IN ('insert', 'update')),"
             " fields TEXT NOT NULL,"
             " base TEXT NOT NULL,"
             " created_at TEXT NOT NULL)",
             "CREATE INDEX outbox_row ON outbox (tbl, row_id)",
             // The same field changed here and on the server: the server kept
             // its value; the user decides.
             "CREATE TABLE sync_conflict ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " change_id TEXT NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " field TEXT NOT NULL,"
             " base TEXT,"
             " server TEXT,"
             " mine TEXT,"
             " created_at TEXT NOT NULL,"
             " resolved_at TEXT,"
             " resolution TEXT)",
             // Edits the server refused (rights, rules): kept, shown, never retried.
             "CREATE TABLE sync_problem ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " change_id TEXT NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " op TEXT NOT NULL,"
             " fields TEXT NOT NULL,"
             " message TEXT NOT NULL,"
             " created_at TEXT NOT NULL,"
             " dismissed_at TEXT)",
             // Pending edits of projects this laptop may no longer see.
             "CREATE TABLE sync_quarantine ("
             " change_id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " op TEXT NOT NULL,"
             " fields TEXT NOT NULL,"
             " base TEXT NOT NULL,"
             " created_at TEXT NOT NULL)",
         },
         syncCapture},
        // The rows a full resync has not seen again yet: what is left when
        // it ends was purged on the server while this laptop was away.
        {4,
         {
             "CREATE TABLE sync_resync (tbl TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID",
         }},
    };
    return all;
}

} // namespace

int currentVersion()
{
    return steps().constLast().version;
}

int version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Model::Status migrate(QSqlDatabase &db, int target)
{
    const int from = version(db);
    if (from < 0)
        return Model::error(Model::Error::NotRegie, QCoreApplication::translate("Store", "The database cannot be read."));
    for (const Step &step : steps()) {
        if (step.version <= from || step.version > target)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return Model::error(Model::Error::Storage, QCoreApplication::translate("Store", "The database is locked or cannot be written."));
        QSqlQuery q(db);
        QStringList statements;
        for (const char *statement : step.statements)
            statements << QString::fromUtf8(statement);
        if (step.generated)
            statements << step.generated();
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                qCWarning(lcStore) << "migration" << step.version << "failed:" << q.lastError().text() << statement;
                return Model::error(Model::Error::Storage, QCoreApplication::translate("Store", "Upgrading the database to version %1 failed: %2")
                                                               .arg(step.version)
                                                               .arg(q.lastError().text()));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
            || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) || !transaction.commit()) {
            return Model::error(Model::Error::Storage,
                                QCoreApplication::translate("Store", "Upgrading the database to version %1 failed.").arg(step.version));
        }
    }
    return Model::Done{};
}

} // namespace Store::Schema
