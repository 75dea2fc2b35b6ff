#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <functional>

namespace Store {

class WriteContext;

/// The writes the plan's tables (goal, milestone, evaluation, ...) share:
/// one row of a project, the link rows between them, and tombstones.
class PlanRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit PlanRows(WriteContext &context)
        : m_context(context)
    { }

    enum class Revive
    {
        No,
        Yes
    };
    /// Inside a transaction: inserts or updates one plan row of @p projectId
    /// (@p columns and @p values, plus the stamps). A row of another project
    /// is refused with @p moved; Revive::Yes brings a removed row back.
    Model::Status writeRow(const QString &table, const QUuid &id, const QUuid &projectId, const QStringList &columns,
                           const QVariantList &values, const QString &moved, Revive revive = Revive::No);
    /// Inside a transaction: makes the live links of @p owner exactly @p others.
    Model::Status replaceLinks(const QString &table, const QString &ownerColumn, const QUuid &owner,
                               const QString &otherColumn, const QUuid &projectId, const QList<QUuid> &others);
    /// In its own transaction: marks a plan row deleted (or restores it), if
    /// its project is open and @p allowed (checked inside the transaction) agrees.
    Model::Status setDeleted(const QString &table, const QUuid &id, bool deleted, const QString &gone,
                             const QString &failed, const std::function<Model::Status()> &allowed = {});

private:
    WriteContext &m_context;
};

} // namespace Store
