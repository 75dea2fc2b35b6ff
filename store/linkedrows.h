#pragma once

// Rows that carry the ids of their links (a goal's partners, a milestone's
// goals): read the rows, then the links, in two statements. Private to store/.

#include "rowreaders.h"
#include "sqlsupport.h"

#include "model/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Store::Rows {

/// @p ids as a JSON array, for `id IN (SELECT value FROM json_each(?))`.
inline QString idArray(const QList<QUuid> &ids)
{
    QJsonArray array;
    for (const QUuid &id : ids)
        array.append(idText(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Runs @p rows (its `?` bound to @p values; read with the reader @p reader
/// makes for it), then @p links (the same `?`; owner id, linked id) and
/// appends each linked id to its row's @p member, in the links' order.
template<typename T>
Model::Result<QList<T>> readLinked(const QSqlDatabase &db, const QString &rows, const QString &links,
                                   const QVariantList &values, Reader<T> (*reader)(const QSqlRecord &),
                                   QList<QUuid> T::*member)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(rows);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<T> all;
    QHash<QUuid, qsizetype> index;
    const Reader<T> read = reader(q.record());
    while (q.next()) {
        all.append(read(q));
        index.insert(all.constLast().id, all.size() - 1);
    }
    q.prepare(links);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        const auto it = index.constFind(QUuid::fromString(q.value(0).toString()));
        if (it != index.constEnd())
            (all[*it].*member).append(QUuid::fromString(q.value(1).toString()));
    }
    return all;
}

} // namespace Store::Rows
