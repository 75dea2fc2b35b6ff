#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Sync {

/// What regie-admin does on the server, as the owner of the Regie tables:
/// set up or upgrade the schema, add organisations and users, set roles.
/// Users are PostgreSQL LOGIN roles with a SCRAM password, members of
/// regie_users and mapped to a person of their organisation.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    explicit ServerAdmin(QSqlDatabase db);

    Model::Status initialise();
    Model::Status addOrganisation(const Model::Organisation &organisation);
    /// Creates the LOGIN role @p login and the person it signs in as.
    Model::Status addUser(const QString &login, const QString &password, const Model::Person &person,
                          const QString &role = QStringLiteral("member"));
    /// lead, member, external or viewer.
    Model::Status setRole(const QString &login, const QString &role);
    /// Removes rows deleted more than @p days ago and the bookkeeping of
    /// answered pushes; laptops whose cursor is older read everything again.
    /// Returns the number of rows removed.
    Model::Result<qint64> purge(int days);
    /// Writes a whole region (the demo) as the owner, bypassing the policies.
    Model::Status importBundle(const Model::Bundle &bundle);

private:
    Model::Status exec(const QString &sql, const QVariantList &values = {});

    QSqlDatabase m_db;
};

} // namespace Sync
