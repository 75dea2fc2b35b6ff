#pragma once

#include "store/localstore.h"
#include "sync/syncsession.h"

#include <QHash>
#include <QSet>
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
    /// One sync (connecting again after a broken connection, as the session
    /// does by itself, without its pause).
    Model::Result<Sync::Report> sync();
    /// Remembers every change now in the outbox (id, and what it changes):
    /// what this laptop made.
    void captureOutbox();

    /// The answer of @p sql on the local file (first column of the first row).
    QVariant value(const QString &sql);
    /// Every value of the first column of @p sql's answer.
    QStringList column(const QString &sql);
    /// Notes that @p what happened to the sync of the changes @p ids (a
    /// lost answer, a killed process): the check names it where it finds
    /// the row changed by them differing.
    void markFault(const QStringList &ids, const QString &what);
    const QHash<QString, QString> &faults() const { return m_faults; }
    /// This laptop's clock runs @p ms ahead of the server's: the stamps of
    /// every edit captured from now on (rows and outbox) say so.
    void setClockAhead(qint64 ms) { m_clockAheadMs = ms; }
    qint64 clockAhead() const { return m_clockAheadMs; }
    /// Notes that a sync removed @p project here (access lost).
    void markLost(const QString &project) { m_lost.insert(project); }
    const QSet<QString> &lost() const { return m_lost; }
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
    void shiftClock(const QList<QStringList> &entries);

    int m_index;
    QString m_login;
    QUuid m_person;
    QUuid m_organisation;
    QString m_role;
    QTemporaryDir m_dir; ///< kept, in the folder REGIE_CONVERGE_KEEP names, when it is set
    Store::LocalStore m_store;
    Sync::SyncSession m_sync;
    QHash<QString, QString> m_changes;
    QHash<QString, QString> m_faults;
    QSet<QString> m_lost;
    qint64 m_clockAheadMs = 0;
};

} // namespace Converge
