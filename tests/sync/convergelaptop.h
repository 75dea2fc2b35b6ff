#pragma once

#include "store/localstore.h"
#include "sync/syncsession.h"

#include <QHash>
#include <QTemporaryDir>
#include <QUuid>

namespace Converge {

/// One user of the convergence test and the laptop they work on: a local
/// store on its own file, edited through the store's API as the window
/// does, and a sync session that reaches the server through a fault proxy.
class Laptop
{
public:
    Laptop(int index, const QString &login, const QUuid &person, const QUuid &organisation, const QString &role);

    /// Opens the store, signs in with @p settings and syncs once.
    Model::Status start(const Sync::ServerSettings &settings);
    /// One sync pass (connecting again after a broken connection, as the
    /// session does by itself).
    Model::Result<Sync::Report> sync();
    /// Remembers every change now in the outbox (id, and what it changes):
    /// what this laptop made.
    void captureOutbox();

    /// The answer of @p sql on the local file (first column of the first row).
    QVariant value(const QString &sql);
    int count(const QString &sql) { return value(sql).toInt(); }

    int index() const { return m_index; }
    QString name() const { return QStringLiteral("laptop %1 (%2)").arg(m_index).arg(m_login); }
    const QString &login() const { return m_login; }
    const QUuid &person() const { return m_person; }
    const QUuid &organisation() const { return m_organisation; }
    const QString &role() const { return m_role; }
    QString file() const { return m_dir.filePath(QStringLiteral("regie.sqlite")); }
    Store::LocalStore &store() { return m_store; }
    Sync::SyncSession &session() { return m_sync; }
    /// Change id to "table row op".
    const QHash<QString, QString> &changes() const { return m_changes; }

private:
    int m_index;
    QString m_login;
    QUuid m_person;
    QUuid m_organisation;
    QString m_role;
    QTemporaryDir m_dir; ///< kept, in the folder REGIE_CONVERGE_KEEP names, when it is set
    Store::LocalStore m_store;
    Sync::SyncSession m_sync;
    QHash<QString, QString> m_changes;
};

} // namespace Converge
