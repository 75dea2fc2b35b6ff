#include "blobtransfer.h"

#include "serverconnection.h"

#include "model/knowledgeattachment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Model;

namespace Sync {

int BlobTransfer::chunkCount(qint64 byteSize)
{
    return std::max(1, int((byteSize + AttachmentLimits::ChunkBytes - 1) / AttachmentLimits::ChunkBytes));
}

Result<qint64> BlobTransfer::upload(const QString &sha256, qint64 byteSize, const Progress &progress)
{
    if (!isSha256(sha256))
        return error(Error::Validation, tr("An attachment is named by its SHA-256: 64 lowercase hex digits."));
    const QString hash = m_server.literal(sha256);
    QSqlQuery q(m_server.database());
    ++m_roundTrips;
    if (!q.exec(QStringLiteral("SELECT regie_blob_state(%1)::text").arg(hash)) || !q.next())
        return m_server.failure(tr("Asking the server for an attachment failed"), q.lastError());
    QSet<int> there;
    if (!q.value(0).isNull()) {
        const QJsonObject state = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (state.value(QStringLiteral("complete")).toBool())
            return qint64(0); // someone sent it before
        for (const QJsonValue &n : state.value(QStringLiteral("chunks")).toArray())
            there.insert(n.toInt());
    }
    q.finish();
    QFile blob(m_blobs.pathOf(sha256));
    if (!blob.open(QIODevice::ReadOnly) || blob.size() != byteSize)
        return error(Error::NotFound, tr("The attachment's content is not on this computer."));
    const int chunks = chunkCount(byteSize);
    qint64 sent = 0;
    for (int n = 0; n < chunks; ++n) {
        if (there.contains(n))
            continue;
        if (!blob.seek(qint64(n) * AttachmentLimits::ChunkBytes))
            return error(Error::Storage, tr("The attachment's content is not on this computer."));
        const QByteArray data = blob.read(AttachmentLimits::ChunkBytes);
        ++m_roundTrips;
        // Hex digits only: the literal needs no quoting beyond its quotes.
        if (!q.exec(QStringLiteral("SELECT regie_put_chunk(%1, %2, %3, decode('%4', 'hex'))")
                        .arg(hash)
                        .arg(byteSize)
                        .arg(n)
                        .arg(QString::fromLatin1(data.toHex()))))
            return m_server.failure(tr("Sending an attachment failed"), q.lastError());
        q.finish();
        sent += data.size();
        if (progress && !progress(std::min(byteSize, qint64(n + 1) * AttachmentLimits::ChunkBytes), byteSize))
            return error(Error::Rule, tr("Sync was cancelled."));
    }
    ++m_roundTrips;
    if (!q.exec(QStringLiteral("SELECT regie_finish_blob(%1)").arg(hash)) || !q.next())
        return m_server.failure(tr("Sending an attachment failed"), q.lastError());
    const QString state = q.value(0).toString();
    if (state == QLatin1String("mismatch"))
        return error(Error::Storage, tr("An attachment arrived damaged at the server; sync sends it again next time."));
    if (state != QLatin1String("complete"))
        return error(Error::Storage, tr("An attachment did not arrive whole at the server; sync sends the rest next time."));
    return sent;
}

Result<qint64> BlobTransfer::download(const QString &sha256, qint64 byteSize, const Progress &progress)
{
    if (!isSha256(sha256))
        return error(Error::Validation, tr("An attachment is named by its SHA-256: 64 lowercase hex digits."));
    if (m_blobs.contains(sha256, byteSize))
        return qint64(0);
    const int chunks = chunkCount(byteSize);
    const QList<int> kept = m_blobs.chunksKept(sha256);
    const QSet<int> here(kept.cbegin(), kept.cend());
    const QString hash = m_server.literal(sha256);
    qint64 fetched = 0;
    QSqlQuery q(m_server.database());
    for (int n = 0; n < chunks; ++n) {
        if (here.contains(n))
            continue;
        ++m_roundTrips;
        if (!q.exec(QStringLiteral("SELECT regie_get_chunk(%1, %2)").arg(hash).arg(n)) || !q.next())
            return m_server.failure(tr("Fetching an attachment failed"), q.lastError());
        if (q.value(0).isNull())
            return error(Error::NotFound, tr("The server does not have this attachment's content (yet)."));
        const QByteArray data = q.value(0).toByteArray();
        q.finish();
        if (auto kept = m_blobs.keepChunk(sha256, n, data); !kept.ok())
            return kept.error();
        fetched += data.size();
        if (progress && !progress(std::min(byteSize, qint64(n + 1) * AttachmentLimits::ChunkBytes), byteSize))
            return error(Error::Rule, tr("Fetching the attachment was stopped; it goes on where it stopped next time."));
    }
    if (auto assembled = m_blobs.assemble(sha256, byteSize, chunks); !assembled.ok())
        return assembled.error();
    return fetched;
}

} // namespace Sync
