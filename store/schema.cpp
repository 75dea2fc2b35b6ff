#include "schema.h"

#include "changecapture.h"
#include "knowledgeindexschema.h"
#include "projectsearch.h"
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

// A save that changes nothing keeps the server's version (step 8): for the
// tables that existed then. Tables added later get theirs in their own step.
QStringList keepBookkeeping()
{
    QStringList statements;
    // The tables that existed at step 8; later ones get it from their own step.
    for (const auto &table :
         Model::SyncSchema::tablesAsFirstMade(Model::SyncSchema::firstSyncedTables() + Model::SyncSchema::planTables()))
        statements << ChangeCapture::keepBookkeeping(table);
    return statements;
}

// The knowledge base's capture, bookkeeping and search index (step 11).
QStringList knowledgeCapture()
{
    QStringList statements;
    for (const auto &table : Model::SyncSchema::tables(Model::SyncSchema::knowledgeBaseTables()))
        statements << ChangeCapture::triggers(table) << ChangeCapture::keepBookkeeping(table);
    return statements << KnowledgeIndexSchema::schema();
}

// The attachments' capture and bookkeeping, and their text in the
// knowledge search (step 12).
QStringList attachmentCapture()
{
    QStringList statements;
    for (const auto &table : Model::SyncSchema::tables(Model::SyncSchema::attachmentTables()))
        statements << ChangeCapture::triggers(table) << ChangeCapture::keepBookkeeping(table);
    return statements << KnowledgeIndexSchema::attachmentSchema();
}

// Capture and bookkeeping of the offers to be asked and the consultations (step 13).
QStringList expertCapture()
{
    QStringList statements;
    for (const auto &table : Model::SyncSchema::tables(Model::SyncSchema::expertTables()))
        statements << ChangeCapture::triggers(table) << ChangeCapture::keepBookkeeping(table);
    return statements;
}

// The project search's index (step 9).
QStringList searchIndex()
{
    return ProjectSearch::schema();
}

// Capture of the plan tables' edits (step 5).
QStringList planCapture()
{
    QStringList statements;
    for (const auto &table : Model::SyncSchema::tablesAsFirstMade(Model::SyncSchema::planTables()))
        statements << ChangeCapture::triggers(table);
    return statements;
}

// Corrections of measurements (step 15): the capture and the bookkeeping of
// measurement made again with its new columns.
QStringList measurementCorrections()
{
    const Model::SyncSchema::Table &table = *Model::SyncSchema::table(QStringLiteral("measurement"));
    return ChangeCapture::dropTriggers(table)
        << QStringLiteral("DROP TRIGGER IF EXISTS measurement_keep_bookkeeping") << ChangeCapture::triggers(table)
        << ChangeCapture::keepBookkeeping(table);
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
        // What a project sets out to reach and how it goes: goals and their
        // measurements, milestones, the progress log, interim evaluations
        // with scores, reflections and decisions. Progress entries and
        // measurements are only ever added.
        {5,
         {
             "CREATE TABLE goal ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),"
             " description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),"
             " indicator TEXT NOT NULL DEFAULT '' CHECK (length(indicator) <= 400),"
             " unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 40),"
             " baseline REAL,"
             " target REAL,"
             " due_date TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX goal_project ON goal (project_id)",
             "CREATE TABLE goal_partner ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " goal_id TEXT NOT NULL REFERENCES goal (id),"
             " organisation_id TEXT NOT NULL REFERENCES organisation (id),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX goal_partner_goal ON goal_partner (goal_id)",
             "CREATE INDEX goal_partner_project ON goal_partner (project_id)",
             "CREATE TABLE measurement ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " goal_id TEXT NOT NULL REFERENCES goal (id),"
             " value REAL NOT NULL,"
             " measured_on TEXT NOT NULL,"
             " note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),"
             " person_id TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX measurement_goal ON measurement (goal_id, measured_on)",
             "CREATE INDEX measurement_project ON measurement (project_id)",
             "CREATE TABLE milestone ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),"
             " description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),"
             " due_date TEXT NOT NULL,"
             " owner_organisation_id TEXT REFERENCES organisation (id),"
             " owner_person_id TEXT,"
             " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'missed')),"
             " completed_on TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX milestone_project ON milestone (project_id, due_date)",
             "CREATE INDEX milestone_due ON milestone (due_date) WHERE deleted = 0 AND status IN ('planned', "
             "'in_progress')",
             "CREATE TABLE milestone_goal ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " milestone_id TEXT NOT NULL REFERENCES milestone (id),"
             " goal_id TEXT NOT NULL REFERENCES goal (id),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX milestone_goal_milestone ON milestone_goal (milestone_id)",
             "CREATE INDEX milestone_goal_project ON milestone_goal (project_id)",
             "CREATE TABLE progress_entry ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " entry_date TEXT NOT NULL,"
             " person_id TEXT,"
             " organisation_id TEXT NOT NULL REFERENCES organisation (id),"
             " hours REAL CHECK (hours IS NULL OR (hours >= -24 AND hours <= 24)),"
             " note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),"
             " milestone_id TEXT REFERENCES milestone (id),"
             " percent REAL CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),"
             " corrects_id TEXT REFERENCES progress_entry (id),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX progress_entry_project ON progress_entry (project_id, entry_date)",
             "CREATE INDEX progress_entry_organisation ON progress_entry (organisation_id, entry_date)",
             "CREATE TABLE evaluation ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " kind TEXT NOT NULL DEFAULT 'interim' CHECK (kind IN ('interim', 'closing')),"
             " planned_on TEXT NOT NULL,"
             " held_on TEXT,"
             " findings TEXT NOT NULL DEFAULT '' CHECK (length(findings) <= 8000),"
             " lessons TEXT NOT NULL DEFAULT '' CHECK (length(lessons) <= 8000),"
             " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held')),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX evaluation_project ON evaluation (project_id, planned_on)",
             "CREATE TABLE evaluation_score ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " evaluation_id TEXT NOT NULL REFERENCES evaluation (id),"
             " goal_id TEXT NOT NULL REFERENCES goal (id),"
             " status TEXT NOT NULL CHECK (status IN ('on_track', 'at_risk', 'off_track', 'reached')),"
             " remark TEXT NOT NULL DEFAULT '' CHECK (length(remark) <= 2000),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX evaluation_score_evaluation ON evaluation_score (evaluation_id)",
             "CREATE TABLE evaluation_comment ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " evaluation_id TEXT NOT NULL REFERENCES evaluation (id),"
             " person_id TEXT NOT NULL,"
             " comment TEXT NOT NULL CHECK (length(trim(comment)) > 0 AND length(comment) <= 4000),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX evaluation_comment_evaluation ON evaluation_comment (evaluation_id)",
             "CREATE TABLE decision ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " project_id TEXT NOT NULL REFERENCES project (id),"
             " evaluation_id TEXT REFERENCES evaluation (id),"
             " text TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 4000),"
             " subject TEXT NOT NULL DEFAULT '' CHECK (subject IN ('', 'goal_target', 'milestone_due')),"
             " subject_id TEXT,"
             " before_value TEXT NOT NULL DEFAULT '',"
             " after_value TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 4000),"
             " decided_on TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX decision_project ON decision (project_id)",
         },
         planCapture},
        // Found by the plan benchmark (1,000,000 entries): the log filtered by
        // milestone read all of a project's entries, and hours per
        // organisation read every row instead of an index.
        {6,
         {
             "CREATE INDEX progress_entry_milestone ON progress_entry (milestone_id, entry_date)",
             "CREATE INDEX progress_entry_hours ON progress_entry (project_id, organisation_id, deleted, hours)",
         }},
        // The log's filter choices (who logged) from the index alone, not
        // from each of a project's 100,000 entries.
        {7,
         {
             "CREATE INDEX progress_entry_person ON progress_entry (project_id, person_id, deleted)",
         }},
        // Every laptop converges (docs/SYNC.md, "What the sync promises"):
        // why an edit was kept aside, whose people this laptop holds, which
        // projects still wait to be fetched whole, and a
        // save that changes nothing leaves the row's version alone.
        {8,
         {
             "ALTER TABLE sync_quarantine ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
             "CREATE TABLE sync_people (organisation_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID",
             // Projects the pull brought without their older rows, until fetched whole.
             "CREATE TABLE sync_gained (project_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID",
         },
         keepBookkeeping},
        // Project search without reading every project: an FTS5 trigram
        // index over the folded name, slogan, regie, ambition, purpose and
        // goal and milestone titles (store/projectsearch.h), kept by triggers.
        {9, {}, searchIndex},
        // The list as the app opens it leaves closed projects out: in name
        // order, and counted, from an index alone rather than every row.
        {10,
         {
             "CREATE INDEX project_open ON project (name_key, id) WHERE deleted = 0 AND status IN ('idea', 'active')",
         }},
        // The knowledge base (kennisbank) and its reuse (jatwerk): items with
        // every saved version kept, and what organisations did with them.
        // Items come from every organisation on the server, so their
        // organisation, author and project need not be on this laptop: no
        // foreign keys (the server holds them to their rules).
        {11,
         {
             "CREATE TABLE knowledge_item ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " kind TEXT NOT NULL CHECK (kind IN ('lesson', 'practice', 'document', 'question', 'answer')),"
             " title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),"
             " summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),"
             " body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 200000),"
             " organisation_id TEXT NOT NULL,"
             " author_id TEXT,"
             " project_id TEXT,"
             " question_id TEXT,"
             " helped_answer_id TEXT,"
             " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),"
             " visibility TEXT NOT NULL DEFAULT 'everyone' CHECK (visibility IN ('everyone', 'partners', "
             "'organisation')),"
             " topics TEXT NOT NULL DEFAULT '',"
             " tags TEXT NOT NULL DEFAULT '',"
             " published_on TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX knowledge_item_organisation ON knowledge_item (organisation_id, updated_at)",
             "CREATE INDEX knowledge_item_project ON knowledge_item (project_id) WHERE project_id IS NOT NULL",
             "CREATE INDEX knowledge_item_question ON knowledge_item (question_id) WHERE question_id IS NOT NULL",
             "CREATE INDEX knowledge_item_kind ON knowledge_item (kind, updated_at)",
             "CREATE TABLE knowledge_version ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " item_id TEXT NOT NULL,"
             " revision REAL NOT NULL CHECK (revision >= 1),"
             " title TEXT NOT NULL,"
             " summary TEXT NOT NULL DEFAULT '',"
             " body TEXT NOT NULL DEFAULT '',"
             " topics TEXT NOT NULL DEFAULT '',"
             " tags TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL,"
             " visibility TEXT NOT NULL,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX knowledge_version_item ON knowledge_version (item_id, revision)",
             "CREATE TABLE reuse ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " item_id TEXT NOT NULL,"
             " organisation_id TEXT NOT NULL,"
             " person_id TEXT,"
             " project_id TEXT,"
             " status TEXT NOT NULL CHECK (status IN ('considering', 'adopted', 'adapted', 'not_adopted')),"
             " reused_on TEXT NOT NULL,"
             " reason TEXT NOT NULL DEFAULT '' CHECK (reason IN ('', 'no_fit', 'no_budget', 'no_capacity', 'political',"
             " 'own_solution', 'other')),"
             " note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),"
             " outcome TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 4000),"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX reuse_item ON reuse (item_id, reused_on)",
             "CREATE INDEX reuse_organisation ON reuse (organisation_id, reused_on)",
         },
         knowledgeCapture},
        // Files attached to knowledge items. The row names the content by
        // its SHA-256; the content is kept in the blob store beside this
        // file (Store::BlobStore), once however often it is attached. The
        // size limit is Model::AttachmentLimits::MaxBytes.
        {12,
         {
             "CREATE TABLE knowledge_attachment ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " item_id TEXT NOT NULL,"
             " sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),"
             " file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0 AND length(file_name) <= 255),"
             " media_type TEXT NOT NULL DEFAULT 'application/octet-stream' CHECK (length(media_type) <= 120),"
             " byte_size REAL NOT NULL CHECK (byte_size >= 0 AND byte_size <= 104857600 AND byte_size = "
             "cast(byte_size AS INTEGER)),"
             " text_status TEXT NOT NULL DEFAULT 'pending' CHECK (text_status IN ('pending', 'text', 'no_text')),"
             " organisation_id TEXT NOT NULL,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX knowledge_attachment_item ON knowledge_attachment (item_id, created_at)",
             "CREATE INDEX knowledge_attachment_sha256 ON knowledge_attachment (sha256)",
         },
         attachmentCapture},
        // Who may be asked about what (an offer per person, its topics one
        // per line), and every opening of an item: one row per item, person
        // and day, its id made from the three, so that it is written once
        // on every laptop of that person. Like the knowledge base, their
        // people and items need not be on this laptop: no foreign keys.
        {13,
         {
             "CREATE TABLE knowledge_expert ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " person_id TEXT NOT NULL,"
             " organisation_id TEXT NOT NULL,"
             " topics TEXT NOT NULL DEFAULT '' CHECK (length(topics) <= 4000),"
             " note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),"
             " since TEXT,"
             " " SYNC_COLUMNS ")",
             "CREATE UNIQUE INDEX knowledge_expert_person ON knowledge_expert (person_id)",
             "CREATE TABLE knowledge_consultation ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " item_id TEXT NOT NULL,"
             " organisation_id TEXT NOT NULL,"
             " opened_on TEXT NOT NULL,"
             " " SYNC_COLUMNS ")",
             "CREATE INDEX knowledge_consultation_item ON knowledge_consultation (item_id, organisation_id)",
         },
         expertCapture},
        // A second, small search index over each knowledge item's title,
        // summary and labels, from which a search that matches too many items
        // to rank them all takes its candidates (Store::KnowledgeIndex).
        {14, {}, &KnowledgeIndexSchema::headSchema},
        // A measurement is corrected by a
        // new one of the same goal that names it; a withdrawn correction
        // takes the reading back (Store::GoalStore::addMeasurement()).
        {15,
         {
             "ALTER TABLE measurement ADD COLUMN corrects_id TEXT REFERENCES measurement (id)",
             "ALTER TABLE measurement ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))",
             "CREATE INDEX measurement_corrects ON measurement (corrects_id) WHERE corrects_id IS NOT NULL",
         },
         measurementCorrections},
        // What sync tells the user besides the conflict itself: who made the
        // server's value and when; the values this laptop last had written
        // per field, and the notices of those someone else replaced since
        // (docs/SYNC.md, "Values replaced"). This laptop only, never synced.
        {16,
         {
             "ALTER TABLE sync_conflict ADD COLUMN server_by TEXT",
             "ALTER TABLE sync_conflict ADD COLUMN server_at TEXT",
             "CREATE TABLE sync_sent ("
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " field TEXT NOT NULL,"
             " value TEXT,"
             " sent_at TEXT NOT NULL,"
             " PRIMARY KEY (tbl, row_id, field)) WITHOUT ROWID",
             "CREATE TABLE sync_replaced ("
             " id TEXT PRIMARY KEY NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " field TEXT NOT NULL,"
             " mine TEXT,"
             " theirs TEXT,"
             " replaced_by TEXT,"
             " replaced_at TEXT,"
             " noticed_at TEXT NOT NULL,"
             " seen_at TEXT)",
         }},
        // The knowledge window's list of recent items reads the newest few
        // by last change, not all 250,000 of them.
        {17,
         {
             "CREATE INDEX knowledge_item_updated ON knowledge_item (updated_at)",
         }},
    };
    return all;
}

} // namespace

int currentVersion()
{
    return steps().constLast().version;
}

QList<int> versions()
{
    QList<int> all;
    for (const Step &step : steps())
        all << step.version;
    return all;
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
