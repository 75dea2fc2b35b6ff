#include "sentvalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Model;

namespace Store {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlFailure(const QSqlQuery &q)
{
    return error(Error::Storage, q.lastError().text());
}

QString key(const QString &table, const QString &rowId)
{
    return table + QLatin1Char('/') + rowId;
}

// A kept value as the conflicts' JSON shows it (a one-element array).
QString shown(SyncSchema::Type type, const QString &canonical)
{
    QJsonValue v(canonical);
    if (type == SyncSchema::Type::Number)
        v = canonical.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(canonical.toDouble());
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

SentValues::SentValues(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SentValues::isNoticed(const SyncSchema::Column &column)
{
    // Stored names of choices (a status, a role) are not what a user types.
    static const QSet<QString> choices{QStringLiteral("kind"),       QStringLiteral("status"),
                                       QStringLiteral("role"),       QStringLiteral("visibility"),
                                       QStringLiteral("subject"),    QStringLiteral("text_status"),
                                       QStringLiteral("sha256"),     QStringLiteral("media_type")};
    const SyncSchema::Type type = column.type;
    return (type == SyncSchema::Type::Text || type == SyncSchema::Type::Date || type == SyncSchema::Type::Number)
        && !choices.contains(column.name);
}

QString SentValues::canonical(SyncSchema::Type type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("");
    switch (type) {
    case SyncSchema::Type::Number:
        return QString::number(value.toDouble(), 'g', 17);
    case SyncSchema::Type::Flag:
        return QString::number(value.toInt() != 0 ? 1 : 0);
    case SyncSchema::Type::Blob:
        return value.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                              : value.toString().toLower();
    default:
        return value.toString();
    }
}

bool SentValues::load()
{
    if (m_loaded)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tbl, row_id FROM sync_sent")))
        return false;
    while (q.next())
        m_rows.insert(key(q.value(0).toString(), q.value(1).toString()));
    QSqlQuery me(m_db);
    if (me.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'me'")) && me.next())
        m_me = me.value(0).toString();
    m_loaded = true;
    return true;
}

Status SentValues::record(const SyncSchema::Table &table, const QString &rowId, const QString &fields,
                          const QSet<QString> &kept)
{
    const QJsonObject values = QJsonDocument::fromJson(fields.toUtf8()).object();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_sent (tbl, row_id, field, value, sent_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    bool any = false;
    for (const SyncSchema::Column &c : table.fields) {
        if (!isNoticed(c) || !values.contains(c.name) || kept.contains(c.name))
            continue;
        q.addBindValue(table.name);
        q.addBindValue(rowId);
        q.addBindValue(c.name);
        q.addBindValue(canonical(c.type, values.value(c.name).toVariant()));
        q.addBindValue(nowUtc());
        if (!q.exec())
            return sqlFailure(q);
        any = true;
    }
    if (any && m_loaded)
        m_rows.insert(key(table.name, rowId));
    return Done{};
}

Status SentValues::forget(const SyncSchema::Table &table, const QString &rowId, const QSet<QString> &fields)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_sent WHERE tbl = ? AND row_id = ? AND field = ?"));
    for (const QString &field : fields) {
        for (const QString &v : {table.name, rowId, field})
            q.addBindValue(v);
        if (!q.exec())
            return sqlFailure(q);
    }
    return Done{};
}

Status SentValues::compare(const SyncSchema::Table &table, const QVariantMap &row, const QSet<QString> &pending)
{
    if (!load())
        return error(Error::Storage, m_db.lastError().text());
    const QString rowId = row.value(QStringLiteral("id")).toString();
    if (!m_rows.contains(key(table.name, rowId)))
        return Done{};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT field, value FROM sync_sent WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table.name);
    q.addBindValue(rowId);
    if (!q.exec())
        return sqlFailure(q);
    QList<QPair<QString, QString>> sent;
    while (q.next())
        sent.append({q.value(0).toString(), q.value(1).toString()});
    const QString by = row.value(QStringLiteral("changed_by")).toString();
    const bool mine = !by.isEmpty() && by.compare(m_me, Qt::CaseInsensitive) == 0;
    for (const auto &[field, value] : std::as_const(sent)) {
        if (pending.contains(field))
            continue;
        const auto column = std::find_if(table.fields.cbegin(), table.fields.cend(),
                                         [&field](const SyncSchema::Column &c) { return c.name == field; });
        if (column == table.fields.cend() || !row.contains(field))
            continue;
        const QString now = canonical(column->type, row.value(field));
        if (now == value)
            continue;
        if (mine) {
            // The same person, from another laptop: that is the value sent now.
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE sync_sent SET value = ? WHERE tbl = ? AND row_id = ? AND field = ?"));
            for (const QString &v : {now, table.name, rowId, field})
                update.addBindValue(v);
            if (!update.exec())
                return sqlFailure(update);
            continue;
        }
        QSqlQuery notice(m_db);
        notice.prepare(QStringLiteral("INSERT INTO sync_replaced (id, tbl, row_id, field, mine, theirs, replaced_by, "
                                      "replaced_at, noticed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        notice.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        notice.addBindValue(table.name);
        notice.addBindValue(rowId);
        notice.addBindValue(field);
        notice.addBindValue(shown(column->type, value));
        notice.addBindValue(shown(column->type, now));
        notice.addBindValue(by.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(by));
        notice.addBindValue(row.value(QStringLiteral("updated_at")));
        notice.addBindValue(nowUtc());
        if (!notice.exec())
            return sqlFailure(notice);
        // Told once: from now on the value is theirs.
        QSqlQuery forget(m_db);
        forget.prepare(QStringLiteral("DELETE FROM sync_sent WHERE tbl = ? AND row_id = ? AND field = ?"));
        for (const QString &v : {table.name, rowId, field})
            forget.addBindValue(v);
        if (!forget.exec())
            return sqlFailure(forget);
        ++m_replaced;
    }
    return Done{};
}

} // namespace Store
