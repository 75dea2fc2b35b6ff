#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// What sync left for the user on this laptop: its status, conflicts to
/// resolve, refused edits, and the quarantine of edits to projects it can no
/// longer see.
class SyncLedger
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit SyncLedger(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<Model::SyncStatus> syncStatus();
    Model::Result<QList<Model::SyncConflict>> conflicts();
    Model::Status resolveConflict(const QUuid &id, Model::Resolution resolution, const QString &edited);
    Model::Result<QList<Model::SyncProblem>> problems();
    Model::Status dismissProblem(const QUuid &id);
    Model::Result<QList<Model::QuarantinedChange>> quarantine();
    Model::Result<int> exportQuarantine(const QString &path);
    Model::Status removeFromQuarantine(const QList<QUuid> &changeIds);
    Model::Result<QList<Model::ReplacedValue>> replacedValues();
    Model::Status markReplacedSeen(const QList<QUuid> &ids);

private:
    QString rowLabel(const QString &table, const QString &id);
    /// "Name (Organisation)" of person @p id where this laptop knows them.
    QString personLabel(const QString &id);

    WriteContext &m_context;
};

} // namespace Store
