#pragma once

// Rows that carry the ids of their links (a goal's partners, a milestone's
// goals): read the rows, then the links, in two statements. Private to store/.

#include "sqlsupport.h"

#include "model/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Store::Rows {

/// Runs @p rows (one `?` bound to @p value; the row's id in column 0, read
/// with @p read), then @p links (the same `?`; owner id, linked id) and
/// appends each linked id to its row's @p member, in the links' order.
template<typename T, typename Read>
Model::Result<QList<T>> readLinked(const QSqlDatabase &db, const QString &rows, const QString &links, const QUuid &value,
                                   Read read, QList<QUuid> T::*member)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(rows);
    q.addBindValue(idText(value));
    if (!q.exec())
        return dbError(q);
    QList<T> all;
    QHash<QUuid, qsizetype> index;
    while (q.next()) {
        index.insert(QUuid::fromString(q.value(0).toString()), all.size());
        all.append(read(q));
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
