#include "synctables.h"

#include "text.h"
#include "types.h"

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

} // namespace

QList<Column> Table::syncedColumns() const
{
    QList<Column> all = fields;
    all.append({QStringLiteral("deleted"), Type::Flag});
    return all;
}

const QList<Table> &tables()
{
    static const QList<Table> all = {
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
    };
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

const Table *table(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace Model::SyncSchema
