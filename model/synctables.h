#pragma once

#include <QList>
#include <QString>
#include <QJsonValue>
#include <QVariantMap>

namespace Model::SyncSchema {

/// How a column's value travels between the local store and the server.
enum class Type {
    Text, ///< TEXT locally, text on the server
    Uuid, ///< TEXT locally, uuid on the server
    Date, ///< ISO date TEXT locally, date on the server
    Flag, ///< 0/1 INTEGER locally, boolean on the server
    Blob, ///< BLOB locally, bytea on the server
    Number, ///< REAL locally, double precision on the server; may be null
};

struct Column {
    QString name;
    Type type = Type::Text;
};

/// Who may see the rows of a table on the server (row-level security).
enum class Scope {
    Directory, ///< every Regie user (organisations: needed to find a partner)
    People, ///< one's own organisation and the organisations one works with
    Project, ///< the participants of the project the row belongs to
    /// Knowledge base rows: who may read an item follows its visibility
    /// (everyone, the partners of its source project, or its organisation);
    /// versions and reuse records follow their item.
    Knowledge,
};

/// Who may write the rows of a Project-scope table (row-level security).
enum class Rights {
    LeadEdits, ///< the lead organisation's project leads insert and change rows
    MembersAppend, ///< leads and members of any participant add rows; nobody changes them
    ParticipantsComment, ///< also external reflectors add rows; each changes only their own
};

/// A table that takes part in sync. Declaring it here is all a feature does
/// to make its rows sync: the local change capture (store/), the server
/// schema and the push and pull (sync/) are derived from this.
///
/// Every synced table also has the bookkeeping columns id (UUID), created_at,
/// updated_at, changed_by, deleted and version; `deleted` syncs like a field.
struct Table {
    QString name;
    QList<Column> fields; ///< the columns a user edits, in a fixed order
    Scope scope = Scope::Project;
    QString projectColumn; ///< for Scope::Project: the column with the project id ("id" for project)
    int changeBit = 0; ///< Model::ChangeSet::Table announced when rows change
    /// Fills local-only columns computed from the fields (sort keys); may be null.
    void (*derive)(QVariantMap &row) = nullptr;
    QStringList derivedColumns; ///< the columns derive() fills
    Rights rights = Rights::LeadEdits; ///< for Scope::Project

    /// Fields plus `deleted`: everything a change may carry.
    QList<Column> syncedColumns() const;
};

/// A column of a synced table's local row and its SQLite type.
struct LocalColumn {
    QString name;
    QString sqlType; ///< TEXT, INTEGER, REAL or BLOB, as the local DDL declares it
    friend bool operator==(const LocalColumn &, const LocalColumn &) = default;
};

/// The SQLite type that holds a column of @p type.
QString localType(Type type);
/// Every column of @p table's local row, in this order: id, the fields, the
/// derived columns, then the bookkeeping (created_at, updated_at,
/// changed_by, deleted, version). The local schema (store/schema.cpp after
/// all its steps) has exactly these; a test holds it to that.
QList<LocalColumn> localColumns(const Table &table);

/// Every synced table, parents before children (the order rows are applied).
const QList<Table> &tables();
/// The synced tables named in @p names, in the order of tables(). Migrations
/// name their tables, so that a table declared later joins sync by its own
/// migration step instead of changing an old one.
QList<Table> tables(const QStringList &names);
/// The tables that local schema step 3 and server step 1 made sync.
QStringList firstSyncedTables();
/// The tables of goals, milestones, progress and evaluations (local step 5,
/// server step 3).
QStringList planTables();
/// The knowledge base: every table of Scope::Knowledge.
QStringList knowledgeTables();
/// The tables that local step 11 and server step 8 made: knowledge_item,
/// knowledge_version and reuse.
QStringList knowledgeBaseTables();
/// The knowledge base's attachments: knowledge_attachment (local step 12,
/// server step 9).
QStringList attachmentTables();
/// Who may be asked and how often items are opened: knowledge_expert and
/// knowledge_consultation (local step 13, server step 10).
QStringList expertTables();
const Table *table(const QString &name);
/// The tables named in @p names as the step that made them declared them:
/// without the columns later steps added (measurement's corrects_id and
/// withdrawn: local step 15, server step 11), so that an old step makes
/// what it made then and the later step adds the rest.
QList<Table> tablesAsFirstMade(const QStringList &names);

/// A value as the server's JSON (to_jsonb) shows it, as the local column
/// holds it: what pull and conflict resolution both write.
QVariant localValue(Type type, const QJsonValue &server);

/// Version of the sync protocol this build speaks; the server refuses
/// clients older than its minimum with a clear message.
constexpr int ProtocolVersion = 1;

} // namespace Model::SyncSchema
