#include "rowwriter.h"

#include "sqlsupport.h"
#include "writecontext.h"

#include <algorithm>

using namespace Model;

namespace Store {

Status RowWriter::write(const SyncSchema::Table &table, const QVariantMap &row, Mode mode)
{
    QSqlQuery &q = bind(table, row, mode);
    if (&q == &m_failed || !q.exec())
        return dbError(q);
    return Done{};
}

QSqlQuery &RowWriter::bind(const SyncSchema::Table &table, QVariantMap row, Mode mode)
{
    if (table.derive)
        table.derive(row);
    QStringList columns;
    for (const SyncSchema::LocalColumn &c : SyncSchema::localColumns(table)) {
        // A pulled row replaces every column; a new one leaves what it lacks to the defaults.
        if (mode == Mode::Upsert || row.contains(c.name))
            columns << c.name;
    }
    const QString key = QString::number(int(mode)) + table.name + QLatin1Char(':') + columns.join(QLatin1Char(','));
    auto found = m_prepared.find(key);
    if (found == m_prepared.end()) {
        QString sql = QStringLiteral("INSERT %1INTO %2 (%3) VALUES (%4)")
                          .arg(mode == Mode::InsertOrIgnore ? QStringLiteral("OR IGNORE ") : QString(), table.name,
                               columns.join(QStringLiteral(", ")),
                               QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        if (mode == Mode::Upsert) {
            QStringList updates;
            for (const QString &c : std::as_const(columns)) {
                if (c != QLatin1String("id"))
                    updates << QStringLiteral("%1 = excluded.%1").arg(c);
            }
            sql += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
        }
        QSqlQuery prepared(m_db);
        if (!prepared.prepare(sql)) {
            m_failed = std::move(prepared); // not kept: SQLite's reason stays readable in its lastError()
            return m_failed;
        }
        found = m_prepared.insert(key, prepared);
    }
    QSqlQuery &q = found.value();
    for (int i = 0; i < columns.size(); ++i)
        q.bindValue(i, row.value(columns.at(i)));
    return q;
}

Result<int> RowWriter::update(const SyncSchema::Table &table, QVariantMap set, const WriteContext &context,
                              const QString &where, const QVariantList &whereValues)
{
    set.remove(QStringLiteral("id")); // picked by where, never changed
    const bool wholeRow = std::all_of(table.fields.cbegin(), table.fields.cend(),
                                      [&set](const SyncSchema::Column &c) { return set.contains(c.name); });
    if (wholeRow && table.derive)
        table.derive(set);
    static const QStringList stamped{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("changed_by"), QStringLiteral("version")};
    QStringList columns;
    for (const SyncSchema::LocalColumn &c : SyncSchema::localColumns(table)) {
        if (set.contains(c.name) && !stamped.contains(c.name))
            columns << c.name;
    }
    Q_ASSERT_X(columns.size() == set.size(), "RowWriter::update", "sets a column the table lacks or a stamp");
    const QString key = QStringLiteral("U") + table.name + QLatin1Char(':') + columns.join(QLatin1Char(','))
        + QLatin1Char(':') + where;
    auto found = m_prepared.find(key);
    if (found == m_prepared.end()) {
        QStringList assignments;
        for (const QString &c : std::as_const(columns))
            assignments << c + QStringLiteral(" = ?");
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("changed_by = ?")
                    << QStringLiteral("version = version + 1");
        QSqlQuery prepared(m_db);
        if (!prepared.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                  .arg(table.name, assignments.join(QStringLiteral(", ")), where)))
            return dbError(prepared);
        found = m_prepared.insert(key, prepared);
    }
    QSqlQuery &q = found.value();
    int at = 0;
    for (const QString &c : std::as_const(columns))
        q.bindValue(at++, set.value(c));
    q.bindValue(at++, context.now());
    q.bindValue(at++, idValue(context.actor()));
    for (const QVariant &v : whereValues)
        q.bindValue(at++, v);
    if (!q.exec())
        return dbError(q);
    return q.numRowsAffected();
}

Result<int> RowWriter::setDeleted(const SyncSchema::Table &table, const QUuid &id, bool deleted,
                                  const WriteContext &context)
{
    const int flag = deleted ? 1 : 0;
    return update(table, {{QStringLiteral("deleted"), flag}}, context, QStringLiteral("id = ? AND deleted <> ?"),
                  {idText(id), flag});
}

void RowWriter::addBookkeeping(QVariantMap &row, const SyncMeta &meta, const WriteContext &context)
{
    row.insert(QStringLiteral("created_at"),
               meta.createdAt.isValid() ? meta.createdAt.toString(Qt::ISODateWithMs) : context.now());
    row.insert(QStringLiteral("updated_at"),
               meta.updatedAt.isValid() ? meta.updatedAt.toString(Qt::ISODateWithMs) : context.now());
    row.insert(QStringLiteral("changed_by"), idValue(meta.changedBy.isNull() ? context.actor() : meta.changedBy));
    row.insert(QStringLiteral("deleted"), meta.deleted ? 1 : 0);
    row.insert(QStringLiteral("version"), std::max<qint64>(1, meta.version));
}

} // namespace Store
