#include "blobstore.h"

#include "storelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Flushes what was written to the disk, so a rename cannot outrun the data.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

} // namespace

QString BlobStore::rootFor(const QString &databasePath)
{
    return databasePath + u".blobs"_s;
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256.mid(2);
}

bool BlobStore::contains(const QString &sha256, qint64 byteSize) const
{
    if (!isSha256(sha256))
        return false;
    const QFileInfo info(pathOf(sha256));
    return info.isFile() && info.size() == byteSize;
}

Error BlobStore::cancelled()
{
    return error(Error::Validation, tr("Stopped: nothing was kept."));
}

Result<StoredBlob> BlobStore::store(const QString &sourcePath, const Progress &progress)
{
    const QFileInfo info(sourcePath);
    const QString name = info.fileName();
    if (!info.exists())
        return error(Error::NotFound, tr("The file %1 does not exist (any more). Nothing was attached.").arg(sourcePath));
    if (info.isDir())
        return error(Error::Validation, tr("%1 is a folder; only files can be attached.").arg(name));
    if (info.size() > AttachmentLimits::MaxBytes)
        return error(Error::Validation, tr("%1 is %2; files up to %3 can be attached.")
                                            .arg(name, size(info.size()), size(AttachmentLimits::MaxBytes)));
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return error(Error::Storage,
                     tr("The file %1 cannot be read: %2. Nothing was attached.").arg(name, source.errorString()));

    const QString temporaryFolder = m_root + u"/tmp"_s;
    if (!QDir().mkpath(temporaryFolder))
        return error(Error::Storage, tr("The folder for attachments (%1) cannot be made.").arg(m_root));
    QFile part(temporaryFolder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".part"_s);
    if (!part.open(QIODevice::WriteOnly))
        return error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString()));
    const auto giveUp = [&part](const Error &why) {
        part.close();
        part.remove();
        return why;
    };

    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 expected = info.size();
    qint64 done = 0;
    QByteArray buffer;
    while (true) {
        buffer = source.read(ChunkBytes);
        if (buffer.isEmpty())
            break;
        done += buffer.size();
        if (done > AttachmentLimits::MaxBytes)
            return giveUp(error(Error::Validation, tr("%1 grew past %2 while it was read; nothing was attached.")
                                                       .arg(name, size(AttachmentLimits::MaxBytes))));
        hash.addData(buffer);
        if (part.write(buffer) != buffer.size())
            return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString())));
        if (progress && !progress(done, expected))
            return giveUp(cancelled());
    }
    if (source.error() != QFileDevice::NoError)
        return giveUp(error(Error::Storage,
                            tr("The file %1 cannot be read: %2. Nothing was attached.").arg(name, source.errorString())));
    if (done != expected)
        return giveUp(error(Error::Validation, tr("%1 changed while it was read; nothing was attached. Try again.").arg(name)));
    if (!syncToDisk(part))
        return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString())));
    part.close();

    StoredBlob blob;
    blob.sha256 = QString::fromLatin1(hash.result().toHex());
    blob.byteSize = done;
    blob.fileName = name;
    blob.mediaType = QMimeDatabase().mimeTypeForFile(info).name();
    const QString target = pathOf(blob.sha256);
    if (contains(blob.sha256, done)) {
        part.remove(); // this content is here already
        return blob;
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return giveUp(error(Error::Storage, tr("The folder for attachments (%1) cannot be made.").arg(m_root)));
    QFile::remove(target); // a blob of the wrong size: replaced by the whole one
    if (!part.rename(target)) {
        if (contains(blob.sha256, done)) { // stored meanwhile by another thread
            part.remove();
            return blob;
        }
        return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString())));
    }
    syncFolder(folder);
    return blob;
}

Status BlobStore::keepChunk(const QString &sha256, int n, const QByteArray &data)
{
    if (!isSha256(sha256) || n < 0)
        return error(Error::Validation, tr("An attachment is named by its SHA-256: 64 lowercase hex digits."));
    const QString folder = m_root + u"/partial/"_s + sha256;
    if (!QDir().mkpath(folder))
        return error(Error::Storage, tr("The folder for attachments (%1) cannot be made.").arg(m_root));
    QFile part(folder + u'/' + QString::number(n) + u".part"_s);
    if (!part.open(QIODevice::WriteOnly) || part.write(data) != data.size() || !syncToDisk(part)) {
        part.remove();
        return error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString()));
    }
    part.close();
    const QString target = folder + u'/' + QString::number(n);
    QFile::remove(target);
    if (!part.rename(target))
        return error(Error::Storage, tr("The attachment cannot be kept: %1").arg(part.errorString()));
    return Done{};
}

QList<int> BlobStore::chunksKept(const QString &sha256) const
{
    QList<int> kept;
    if (!isSha256(sha256))
        return kept;
    const QStringList names = QDir(m_root + u"/partial/"_s + sha256).entryList(QDir::Files);
    for (const QString &name : names) {
        bool number = false;
        const int n = name.toInt(&number);
        if (number)
            kept.append(n);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

Status BlobStore::assemble(const QString &sha256, qint64 byteSize, int chunks)
{
    if (contains(sha256, byteSize))
        return Done{};
    const QString folder = m_root + u"/partial/"_s + sha256;
    const QString temporaryFolder = m_root + u"/tmp"_s;
    if (!QDir().mkpath(temporaryFolder))
        return error(Error::Storage, tr("The folder for attachments (%1) cannot be made.").arg(m_root));
    QFile whole(temporaryFolder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".part"_s);
    if (!whole.open(QIODevice::WriteOnly))
        return error(Error::Storage, tr("The attachment cannot be kept: %1").arg(whole.errorString()));
    const auto giveUp = [&whole](const Error &why) {
        whole.close();
        whole.remove();
        return why;
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    for (int n = 0; n < chunks; ++n) {
        QFile chunk(folder + u'/' + QString::number(n));
        if (!chunk.open(QIODevice::ReadOnly))
            return giveUp(error(Error::NotFound, tr("The attachment's content is not on this computer.")));
        const QByteArray data = chunk.readAll();
        hash.addData(data);
        done += data.size();
        if (whole.write(data) != data.size())
            return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(whole.errorString())));
    }
    if (done != byteSize || QString::fromLatin1(hash.result().toHex()) != sha256) {
        QDir(folder).removeRecursively(); // of no use: fetch them again
        return giveUp(error(Error::NotRegie, tr("The attachment's content on this computer is damaged: it no longer "
                                                "matches its fingerprint (SHA-256). It was not opened.")));
    }
    if (!syncToDisk(whole))
        return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(whole.errorString())));
    whole.close();
    const QString target = pathOf(sha256);
    const QString targetFolder = QFileInfo(target).absolutePath();
    QDir().mkpath(targetFolder);
    QFile::remove(target);
    if (!whole.rename(target))
        return giveUp(error(Error::Storage, tr("The attachment cannot be kept: %1").arg(whole.errorString())));
    syncFolder(targetFolder);
    QDir(folder).removeRecursively();
    return Done{};
}

Status BlobStore::copyVerified(const QString &sha256, const QString &target, const Progress &progress) const
{
    QFile blob(pathOf(sha256));
    if (!isSha256(sha256) || !blob.open(QIODevice::ReadOnly))
        return error(Error::NotFound, tr("The attachment's content is not on this computer."));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return error(Error::Storage, tr("The attachment cannot be copied to %1: %2").arg(target, out.errorString()));
    const auto giveUp = [&out](const Error &why) {
        out.close();
        out.remove();
        return why;
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = blob.size();
    qint64 done = 0;
    while (true) {
        const QByteArray buffer = blob.read(ChunkBytes);
        if (buffer.isEmpty())
            break;
        done += buffer.size();
        hash.addData(buffer);
        if (out.write(buffer) != buffer.size())
            return giveUp(error(Error::Storage, tr("The attachment cannot be copied to %1: %2").arg(target, out.errorString())));
        if (progress && !progress(done, total))
            return giveUp(cancelled());
    }
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        qCWarning(lcStore) << "blob" << sha256 << "does not match its hash";
        return giveUp(error(Error::NotRegie, tr("The attachment's content on this computer is damaged: it no longer "
                                                "matches its fingerprint (SHA-256). It was not opened.")));
    }
    if (!syncToDisk(out))
        return giveUp(error(Error::Storage, tr("The attachment cannot be copied to %1: %2").arg(target, out.errorString())));
    return Done{};
}

} // namespace Store
