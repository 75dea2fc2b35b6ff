#pragma once

// Small helpers shared by the LocalStore source files: binding values the
// way the schema stores them, reading them back, and turning failures into
// Model errors. Private to store/.

#include "model/result.h"
#include "model/types.h"
#include "storelogging.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace Store {

using Model::error;
using Model::Error;
using Model::SyncMeta;

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

inline QVariant idValue(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idText(id));
}

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline Error dbError(const QSqlQuery &q)
{
    qCWarning(lcStore) << "query failed:" << q.lastError().text() << q.lastQuery();
    // A connection that did not install the Dutch tokenizer cannot touch the
    // knowledge base's index: SQLite refuses the whole statement.
    const QString native = q.lastError().databaseText();
    if (native.contains(QLatin1String("no such tokenizer")) || native.contains(QLatin1String("vtable constructor failed")))
        return error(Error::Storage, tr("This connection to the database lacks Regie's Dutch search (regie_dutch), "
                                        "which the knowledge base needs. Nothing was written. Open the file with "
                                        "Regie itself."));
    return error(Error::Storage, tr("The database could not be read or written: %1").arg(q.lastError().text()));
}

// SQLite's own words, as the sync's bookkeeping reports a failure.
inline Error sqlFailure(const QSqlQuery &q)
{
    return error(Error::Storage, q.lastError().text());
}

inline Error rule(const QString &message)
{
    return error(Error::Rule, message);
}

inline QVariant numberValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

inline std::optional<double> toNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace Store
