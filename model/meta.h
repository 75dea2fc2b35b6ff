#pragma once

#include <QDateTime>
#include <QUuid>

namespace Model {

/// Columns every shared table carries so that a later sync can merge rows
/// from several laptops: who changed a row last, when (UTC), a version that
/// grows with every change, and a tombstone instead of a hard delete.
struct SyncMeta {
    QDateTime createdAt;
    QDateTime updatedAt;
    QUuid changedBy;
    qint64 version = 0;
    bool deleted = false;
};

} // namespace Model
