#pragma once

// Rows that carry the ids of their links (a goal's partners, a milestone's
// goals): read the rows, then the links, in two statements. Private to store/.

#include "rowreaders.h"
#include "sqlsupport.h"

#include "model/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Store::Rows {

/// Runs @p rows (one `?` bound to @p value; read with the reader @p reader
/// makes for it), then @p links (the same `?`; owner id, linked id) and
/// appends each linked id to its row's @p member, in the links' order.
template<typename T>
Model::Result<QList<T>> readLinked(const QSqlDatabase &db, const QString &rows, const QString &links,
                                   const QUuid &value, Reader<T> (*reader)(const QSqlRecord &),
                                   QList<QUuid> T::*member)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(rows);
    q.addBindValue(idText(value));
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
    q.addBindValue(idText(value));
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
