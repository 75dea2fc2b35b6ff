#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sync {

/// A backup of a Regie server in one file: the line "REGIE-BACKUP 1", one
/// line of JSON (the manifest: when, which database and schema version, the
/// roles' mapping, and the size and SHA-256 of what follows), then the
/// database as pg_dump's custom-format archive. `tail -c +N` of the file
/// (N = the two lines' length + 1) is a file pg_restore reads as it is.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    /// Writes @p manifest and the archive at @p archivePath to @p path,
    /// whole or not at all (an earlier file there stays until then).
    static Model::Status write(const QString &path, QJsonObject manifest, const QString &archivePath);
    /// Checks that @p path is a whole Regie backup and copies its archive to
    /// @p archivePath; returns the manifest.
    static Model::Result<QJsonObject> read(const QString &path, const QString &archivePath);
};

} // namespace Sync
