#include "backupfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Model;

namespace Sync {

namespace {

constexpr QByteArrayView Magic = "REGIE-BACKUP 1\n";
constexpr qint64 Chunk = 1 << 20;
constexpr qint64 MaxManifest = 16 << 20;

QString sizeKey()
{
    return QStringLiteral("archive_bytes");
}

QString hashKey()
{
    return QStringLiteral("archive_sha256");
}

} // namespace

Status BackupFile::write(const QString &path, QJsonObject manifest, const QString &archivePath)
{
    QFile archive(archivePath);
    if (!archive.open(QIODevice::ReadOnly))
        return error(Error::Storage, tr("The backup could not be written to %1: %2").arg(path, archive.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&archive))
        return error(Error::Storage, tr("The backup could not be written to %1: %2").arg(path, archive.errorString()));
    manifest.insert(sizeKey(), archive.size());
    manifest.insert(hashKey(), QString::fromLatin1(hash.result().toHex()));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return error(Error::Storage, tr("The backup could not be written to %1: %2").arg(path, out.errorString()));
    out.write(Magic.data(), Magic.size());
    out.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    out.write("\n");
    archive.seek(0);
    while (!archive.atEnd()) {
        const QByteArray chunk = archive.read(Chunk);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            break;
    }
    if (!archive.atEnd() || !out.commit())
        return error(Error::Storage, tr("The backup could not be written to %1: %2").arg(path, out.errorString()));
    return Done{};
}

Result<QJsonObject> BackupFile::read(const QString &path, const QString &archivePath)
{
    if (!QFileInfo(path).isFile())
        return error(Error::NotFound, tr("There is no backup file %1.").arg(path));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return error(Error::Storage, tr("The backup file %1 cannot be read: %2").arg(path, in.errorString()));
    if (in.read(Magic.size()) != Magic)
        return error(Error::NotRegie, tr("%1 is not a Regie backup.").arg(path));
    const Error damaged = error(Error::NotRegie, tr("The backup file %1 is damaged or incomplete.").arg(path));
    const QByteArray line = in.readLine(MaxManifest);
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parsed);
    if (!line.endsWith('\n') || parsed.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject manifest = doc.object();
    const qint64 size = manifest.value(sizeKey()).toInteger(-1);
    if (size < 0 || in.size() - in.pos() != size)
        return damaged;

    QFile archive(archivePath);
    if (!archive.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return error(Error::Storage, tr("The backup file %1 cannot be read: %2").arg(path, archive.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(Chunk);
        if (chunk.isEmpty())
            return error(Error::Storage, tr("The backup file %1 cannot be read: %2").arg(path, in.errorString()));
        hash.addData(chunk);
        if (archive.write(chunk) != chunk.size())
            return error(Error::Storage, tr("The backup file %1 cannot be read: %2").arg(path, archive.errorString()));
    }
    if (!archive.flush() || QString::fromLatin1(hash.result().toHex()) != manifest.value(hashKey()).toString())
        return damaged;
    return manifest;
}

} // namespace Sync
