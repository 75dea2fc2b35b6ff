#include "synctables.h"

#include "text.h"
#include "types.h"

#include <utility>

namespace Model::SyncSchema {

namespace {

void deriveOrganisation(QVariantMap &row)
{
    row.insert(QStringLiteral("name_key"), sortKey(row.value(QStringLiteral("name")).toString()));
}

void deriveProject(QVariantMap &row)
{
    const QString name = row.value(QStringLiteral("name")).toString();
    const QString slogan = row.value(QStringLiteral("slogan")).toString();
    row.insert(QStringLiteral("name_key"), sortKey(name));
    row.insert(QStringLiteral("search_key"), sortKey(name + QLatin1Char(' ') + slogan));
}

Column text(const char *name)
{
    return {QString::fromLatin1(name), Type::Text};
}
Column uuid(const char *name)
{
    return {QString::fromLatin1(name), Type::Uuid};
}
Column date(const char *name)
{
    return {QString::fromLatin1(name), Type::Date};
}
Column number(const char *name)
{
    return {QString::fromLatin1(name), Type::Number};
}
Column flag(const char *name)
{
    return {QString::fromLatin1(name), Type::Flag};
}

// A Project-scope table of the plan: goals, milestones, progress, evaluations.
Table planTable(const char *name, QList<Column> fields, int changeBit, Rights rights = Rights::LeadEdits)
{
    fields.prepend(uuid("project_id"));
    Table t{QString::fromLatin1(name), fields, Scope::Project, QStringLiteral("project_id"), changeBit, nullptr, {}};
    t.rights = rights;
    return t;
}

// The knowledge base's tables (local step 11, server step 8; attachments
// local step 12, server step 9; the offers to be asked and the
// consultations local step 13, server step 10). Topics and tags are kept
// as text, one per line. Items come before their versions, reuse records,
// attachments and consultations; an answer names its question in the same
// table.
const QList<Table> &knowledge()
{
    static const QList<Table> all = [] {
        QList<Table> t;
        t.append({QStringLiteral("knowledge_item"),
                  {text("kind"), text("title"), text("summary"), text("body"), uuid("organisation_id"),
                   uuid("author_id"), uuid("project_id"), uuid("question_id"), uuid("helped_answer_id"),
                   text("status"), text("visibility"), text("topics"), text("tags"), date("published_on")},
                  Scope::Knowledge,
                  QStringLiteral("project_id"),
                  ChangeSet::Knowledge,
                  nullptr,
                  {}});
        // Append-only: every save of an item keeps what it saved.
        t.append({QStringLiteral("knowledge_version"),
                  {uuid("item_id"), number("revision"), text("title"), text("summary"), text("body"),
                   text("topics"), text("tags"), text("status"), text("visibility")},
                  Scope::Knowledge,
                  {},
                  ChangeSet::Knowledge,
                  nullptr,
                  {}});
        t.append({QStringLiteral("reuse"),
                  {uuid("item_id"), uuid("organisation_id"), uuid("person_id"), uuid("project_id"), text("status"),
                   date("reused_on"), text("reason"), text("note"), text("outcome")},
                  Scope::Knowledge,
                  {},
                  ChangeSet::Knowledge,
                  nullptr,
                  {}});
        // A file attached to an item (local step 12, server step 9): its
        // content travels apart, found by its SHA-256; the row says which
        // file, how large, and whether its words are in the search.
        t.append({QStringLiteral("knowledge_attachment"),
                  {uuid("item_id"), text("sha256"), text("file_name"), text("media_type"), number("byte_size"),
                   text("text_status"), uuid("organisation_id")},
                  Scope::Knowledge,
                  {},
                  ChangeSet::Knowledge,
                  nullptr,
                  {}});
        // A person's offer to be asked about topics; read by every user.
        t.append({QStringLiteral("knowledge_expert"),
                  {uuid("person_id"), uuid("organisation_id"), text("topics"), text("note"), date("since")},
                  Scope::Knowledge,
                  {},
                  ChangeSet::Experts,
                  nullptr,
                  {}});
        // Append-only: one row per opening of an item, by whom's organisation and when.
        t.append({QStringLiteral("knowledge_consultation"),
                  {uuid("item_id"), uuid("organisation_id"), date("opened_on")},
                  Scope::Knowledge,
                  {},
                  ChangeSet::Consultations,
                  nullptr,
                  {}});
        return t;
    }();
    return all;
}

} // namespace

QList<Column> Table::syncedColumns() const
{
    QList<Column> all = fields;
    all.append({QStringLiteral("deleted"), Type::Flag});
    return all;
}

QString localType(Type type)
{
    switch (type) {
    case Type::Text:
    case Type::Uuid:
    case Type::Date:
        return QStringLiteral("TEXT");
    case Type::Flag:
        return QStringLiteral("INTEGER");
    case Type::Blob:
        return QStringLiteral("BLOB");
    case Type::Number:
        return QStringLiteral("REAL");
    }
    return QStringLiteral("TEXT");
}

QList<LocalColumn> localColumns(const Table &table)
{
    const QString text = localType(Type::Text);
    QList<LocalColumn> all{{QStringLiteral("id"), localType(Type::Uuid)}};
    for (const Column &c : table.fields)
        all.append({c.name, localType(c.type)});
    for (const QString &c : table.derivedColumns)
        all.append({c, text});
    all.append({{QStringLiteral("created_at"), text},
                {QStringLiteral("updated_at"), text},
                {QStringLiteral("changed_by"), localType(Type::Uuid)},
                {QStringLiteral("deleted"), localType(Type::Flag)},
                {QStringLiteral("version"), QStringLiteral("INTEGER")}});
    return all;
}

const QList<Table> &tables()
{
    static const QList<Table> all = [] {
    QList<Table> listed = {
        {QStringLiteral("organisation"),
         {text("name"), text("kind"), text("municipality_code")},
         Scope::Directory,
         {},
         ChangeSet::Organisations,
         deriveOrganisation,
         {QStringLiteral("name_key")}},
        {QStringLiteral("person"),
         {uuid("organisation_id"), text("name"), text("email"), text("function")},
         Scope::People,
         {},
         ChangeSet::People,
         nullptr,
         {}},
        {QStringLiteral("project"),
         {text("name"), text("slogan"), text("ambition"), text("purpose"), text("urgency"),
          {QStringLiteral("logo"), Type::Blob}, text("status"), date("start_date"), date("end_date")},
         Scope::Project,
         QStringLiteral("id"),
         ChangeSet::Projects,
         deriveProject,
         {QStringLiteral("name_key"), QStringLiteral("search_key")}},
        {QStringLiteral("participation"),
         {uuid("project_id"), uuid("organisation_id"), text("role"), text("brings"), text("gets"), text("priorities"),
          text("mandate"), date("joined_on"), date("left_on")},
         Scope::Project,
         QStringLiteral("project_id"),
         ChangeSet::Participations,
         nullptr,
         {}},
        {QStringLiteral("lead_term"),
         {uuid("project_id"), uuid("organisation_id"), date("from_date"), date("until_date")},
         Scope::Project,
         QStringLiteral("project_id"),
         ChangeSet::LeadTerms,
         nullptr,
         {}},
        planTable("goal",
                  {text("title"), text("description"), text("indicator"), text("unit"), number("baseline"),
                   number("target"), date("due_date")},
                  ChangeSet::Goals),
        // The partners whose priority (stokpaardje) a goal serves.
        planTable("goal_partner", {uuid("goal_id"), uuid("organisation_id")}, ChangeSet::Goals),
        // Append-only: a correction (local step 15, server step 11) is a new
        // measurement that names the one it replaces; a withdrawn one takes it back.
        planTable("measurement",
                  {uuid("goal_id"), number("value"), date("measured_on"), text("note"), uuid("person_id"),
                   uuid("corrects_id"), flag("withdrawn")},
                  ChangeSet::Goals, Rights::MembersAppend),
        planTable("milestone",
                  {text("title"), text("description"), date("due_date"), uuid("owner_organisation_id"),
                   uuid("owner_person_id"), text("status"), date("completed_on")},
                  ChangeSet::Milestones),
        planTable("milestone_goal", {uuid("milestone_id"), uuid("goal_id")}, ChangeSet::Milestones),
        // Append-only: a correction is a new entry that names the one it corrects.
        planTable("progress_entry",
                  {date("entry_date"), uuid("person_id"), uuid("organisation_id"), number("hours"), text("note"),
                   uuid("milestone_id"), number("percent"), uuid("corrects_id")},
                  ChangeSet::Progress, Rights::MembersAppend),
        planTable("evaluation",
                  {text("kind"), date("planned_on"), date("held_on"), text("findings"), text("lessons"),
                   text("status")},
                  ChangeSet::Evaluations),
        planTable("evaluation_score", {uuid("evaluation_id"), uuid("goal_id"), text("status"), text("remark")},
                  ChangeSet::Evaluations),
        planTable("evaluation_comment", {uuid("evaluation_id"), uuid("person_id"), text("comment")},
                  ChangeSet::Evaluations, Rights::ParticipantsComment),
        // A decision may change a goal's target or a milestone's date: what,
        // from what, to what and why, kept as the decision log.
        planTable("decision",
                  {uuid("evaluation_id"), text("text"), text("subject"), uuid("subject_id"), text("before_value"),
                   text("after_value"), text("reason"), date("decided_on")},
                  ChangeSet::Evaluations),
    };
    listed.append(knowledge());
    return listed;
    }();
    return all;
}

QList<Table> tables(const QStringList &names)
{
    QList<Table> some;
    for (const Table &t : tables()) {
        if (names.contains(t.name))
            some.append(t);
    }
    return some;
}

QStringList firstSyncedTables()
{
    return {QStringLiteral("organisation"), QStringLiteral("person"), QStringLiteral("project"),
            QStringLiteral("participation"), QStringLiteral("lead_term")};
}

QStringList planTables()
{
    return {QStringLiteral("goal"),           QStringLiteral("goal_partner"),   QStringLiteral("measurement"),
            QStringLiteral("milestone"),      QStringLiteral("milestone_goal"), QStringLiteral("progress_entry"),
            QStringLiteral("evaluation"),     QStringLiteral("evaluation_score"),
            QStringLiteral("evaluation_comment"), QStringLiteral("decision")};
}

QStringList knowledgeTables()
{
    return knowledgeBaseTables() + attachmentTables() + expertTables();
}

QStringList knowledgeBaseTables()
{
    return {QStringLiteral("knowledge_item"), QStringLiteral("knowledge_version"), QStringLiteral("reuse")};
}

QStringList attachmentTables()
{
    return {QStringLiteral("knowledge_attachment")};
}

QStringList expertTables()
{
    return {QStringLiteral("knowledge_expert"), QStringLiteral("knowledge_consultation")};
}

QVariant localValue(Type type, const QJsonValue &server)
{
    if (server.isNull() || server.isUndefined()) {
        switch (type) {
        case Type::Text:
            return QStringLiteral("");
        case Type::Flag:
            return 0;
        case Type::Blob:
            return QVariant(QMetaType(QMetaType::QByteArray));
        case Type::Number:
            return QVariant(QMetaType(QMetaType::Double));
        default:
            return QVariant(QMetaType(QMetaType::QString));
        }
    }
    switch (type) {
    case Type::Flag:
        return (server.isBool() ? server.toBool() : server.toInt() != 0) ? 1 : 0;
    case Type::Number:
        return server.toDouble();
    case Type::Blob: {
        QString hex = server.toString();
        if (hex.startsWith(QLatin1String("\\x")))
            hex = hex.mid(2);
        return QByteArray::fromHex(hex.toLatin1());
    }
    default:
        return server.toString();
    }
}

QList<Table> tablesAsFirstMade(const QStringList &names)
{
    // table, column: what later steps added
    static const QList<std::pair<QString, QString>> later = {
        {QStringLiteral("measurement"), QStringLiteral("corrects_id")},
        {QStringLiteral("measurement"), QStringLiteral("withdrawn")},
    };
    QList<Table> made = tables(names);
    for (Table &t : made) {
        const QString name = t.name;
        t.fields.removeIf([&name](const Column &c) { return later.contains(std::pair(name, c.name)); });
    }
    return made;
}

const Table *table(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace Model::SyncSchema
