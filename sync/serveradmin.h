#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>

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

    /// Sets up or upgrades the schema; gives the server an incarnation
    /// (regie_meta 'incarnation') if it has none.
    Model::Status initialise();
    Model::Status addOrganisation(const Model::Organisation &organisation);
    /// Creates the LOGIN role @p login and the person it signs in as.
    Model::Status addUser(const QString &login, const QString &password, const Model::Person &person,
                          const QString &role = QStringLiteral("member"));
    /// The organisation named @p name (case aside), or null when there is none.
    Model::Result<QUuid> organisationNamed(const QString &name);
    /// Whether a user signs in as @p login.
    Model::Result<bool> hasUser(const QString &login);
    /// lead, member, external or viewer.
    Model::Status setRole(const QString &login, const QString &role);
    /// Removes rows deleted more than @p days ago and the bookkeeping of
    /// answered pushes; laptops whose cursor is older read everything again.
    /// Returns the number of rows removed.
    Model::Result<qint64> purge(int days);
    /// Writes a whole region (the demo) as the owner, bypassing the policies.
    Model::Status importBundle(const Model::Bundle &bundle);

    /// Writes the Regie database (pg_dump, custom format) with the mapping
    /// of its users' roles (which LOGIN roles exist and are members of
    /// regie_users, the person, organisation and role of each) to @p path.
    Model::Status backup(const QString &path);
    struct RestoreSummary {
        QString madeAt; ///< when the backup was made (UTC, ISO 8601)
        QStringList known; ///< the users in the backup
        QStringList recreated; ///< users whose role was missing: made again NOLOGIN, see setPassword()
        QStringList notInBackup; ///< users of the server before the restore that the backup does not know
    };
    /// Replaces the Regie database with the backup at @p path in one
    /// transaction (a broken file or a failing tool leaves it as it was),
    /// gives the server a new incarnation so that laptops compare and send
    /// again what the backup lacks, and makes missing users' roles again.
    Model::Result<RestoreSummary> restore(const QString &path);
    /// Gives @p login a new password and lets it sign in (after a restore
    /// made its role again without one).
    Model::Status setPassword(const QString &login, const QString &password);

private:
    Model::Status exec(const QString &sql, const QVariantList &values = {});
    QString quoted(const QString &value) const;
    Model::Status runTool(const QString &name, const QStringList &arguments) const;
    Model::Status afterRestore();
    Model::Result<RestoreSummary> restoreRoles(const QJsonArray &roles);

    QSqlDatabase m_db;
};

} // namespace Sync
