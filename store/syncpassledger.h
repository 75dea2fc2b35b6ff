#pragma once

#include "model/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Model::SyncSchema {
struct Table;
}

namespace Store {

/// Who works on this laptop (local_setting 'me') and their organisation.
struct LocalPerson {
    QString person;
    QString organisation;
};

/// What a sync pass keeps on this laptop between its steps and between
/// passes: where the pull stands (sync_state), the full resync
/// (sync_resync), projects to fetch whole (sync_gained), whose people are
/// here (sync_people), what the server said (local_setting), the conflicts
/// and refused edits it records for the user, and what the access check
/// reads of the rows here. These tables are never synced, so their UPDATEs
/// stamp nothing (RowWriter is for synced rows). Works on the sync's own
/// connection, in the transaction its caller holds; used by one thread only.
class SyncPassLedger
{
public:
    explicit SyncPassLedger(QSqlDatabase db);

    /// Quiets the capture triggers while rows from the server are written.
    Model::Status setApplying(bool applying);
    /// Where the pull stands, as SyncSession wrote it.
    Model::Result<QString> cursor();
    Model::Status setCursor(const QString &cursor);
    /// The pass ended now, as @p person.
    void noteSynced(const QString &person);

    /// The server kept its value of @p field where this laptop changed it too;
    /// @p serverBy (a person's id) last changed the server's row, at @p serverAt.
    Model::Status recordConflict(const QString &changeId, const QString &table, const QString &rowId,
                                 const QString &field, const QString &base, const QString &server,
                                 const QString &mine, const QString &serverBy = {}, const QString &serverAt = {});
    /// The server refused an edit, with its @p message.
    Model::Status recordProblem(const QString &changeId, const QString &table, const QString &rowId,
                                const QString &op, const QString &fields, const QString &message);

    /// A value of local_setting; empty when not set.
    Model::Result<QString> setting(const QString &key);
    Model::Result<bool> hasSetting(const QString &key);
    /// Sets @p key; answers whether its value changed.
    Model::Result<bool> setSetting(const QString &key, const QString &value);
    /// The person @p id works here from now on, when that row is here;
    /// answers whether that changed.
    bool adoptPerson(const QString &id);
    LocalPerson me();

    /// Notes every row here: those a full resync does not see again go.
    Model::Status startResync();
    Model::Result<bool> isResyncing();
    Model::Status markSeen(const QString &table, const QStringList &ids);
    /// Rows of @p table the resync did not see, without edits waiting.
    Model::Result<QStringList> unseen(const QString &table);
    Model::Status endResync();

    /// Projects the feed brought without their older rows, to fetch whole.
    Model::Status noteGained(const QSet<QString> &projects);
    Model::Result<bool> hasGained();
    Model::Result<QStringList> gained();
    Model::Status clearGained();

    /// Organisations whose people this laptop holds.
    Model::Result<QSet<QString>> peopleHeld();
    Model::Result<bool> holdsPeopleOf(const QString &organisation);
    /// Holds the people of @p organisations now, and their check is done.
    Model::Status setPeopleHeld(const QSet<QString> &organisations);

    /// Every project here.
    Model::Result<QSet<QString>> projects();
    /// Whether project @p id is not here (false when that cannot be read).
    bool lacksProject(const QString &id);
    /// Whether knowledge item @p id is not here (false when that cannot be read).
    bool lacksKnowledgeItem(const QString &id);
    /// Projects here as the server has them: not an insert still waiting or refused.
    Model::Result<QSet<QString>> projectsSent();
    /// Organisations with a live participation the server has, and @p own.
    Model::Result<QSet<QString>> organisationsTakingPart(const QString &own);
    Model::Result<QHash<QString, qint64>> personVersions();
    /// People here that may go: not oneself, none with edits waiting.
    Model::Result<QStringList> removablePeople();

    /// Calls @p row with each row of @p table here: its id, its synced
    /// columns' values in the table's order, version and created_at.
    using RowFunction = std::function<Model::Status(const QString &id, const QVariantList &values, qint64 version,
                                                    const QString &createdAt)>;
    Model::Status forEachRow(const Model::SyncSchema::Table &table, const RowFunction &row);

private:
    Model::Result<QStringList> ids(const QString &sql);
    Model::Status run(const QString &sql);
    /// Runs @p sql once for each of @p values, bound to its one placeholder.
    Model::Status runFor(const QString &sql, const QStringList &values);

    QSqlDatabase m_db;
};

} // namespace Store
