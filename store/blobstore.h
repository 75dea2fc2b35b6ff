#pragma once

#include "model/knowledgeattachment.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Store {

/// The content of attached files, kept by its SHA-256 in a folder beside
/// the Regie file (`regie.sqlite.blobs/ab/cdef…`): the same content is kept
/// once, whoever attached it to whichever item. A file is written under a
/// temporary name, flushed to the disk and only then renamed to its hash,
/// so a blob under its hash's name is always whole; reading one checks its
/// hash again. No SQL: the rows that name blobs are AttachmentStore's.
///
/// Used from any thread; a BlobStore is a light value, each thread makes its own.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /// Called as the bytes go by with how many are done of how many; answer
    /// false to stop (nothing is kept then).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit BlobStore(QString root)
        : m_root(std::move(root))
    { }

    /// The blob folder of the Regie file at @p databasePath.
    static QString rootFor(const QString &databasePath);

    QString root() const { return m_root; }
    /// Where the blob @p sha256 is (or would be) kept.
    QString pathOf(const QString &sha256) const;
    /// Whether the blob @p sha256 is here with @p byteSize bytes (its hash is
    /// checked when it is read, not here).
    bool contains(const QString &sha256, qint64 byteSize) const;

    /// Reads the file at @p sourcePath once, hashing it and copying it in;
    /// content already here is not kept twice. Refuses a folder, a file past
    /// Model::AttachmentLimits::MaxBytes, one that cannot be read or changes
    /// while it is read; then nothing is written.
    Model::Result<Model::StoredBlob> store(const QString &sourcePath, const Progress &progress = {});

    /// Copies the blob @p sha256 to @p target, checking it against its hash
    /// as it goes; a blob that does not match is reported and @p target is
    /// not left behind.
    Model::Status copyVerified(const QString &sha256, const QString &target, const Progress &progress = {}) const;

    /// Fetching a content in chunks (Sync::BlobTransfer): each chunk is kept
    /// as it comes, under `partial/<hash>/`, so a fetch broken off goes on
    /// where it stopped; assemble() makes the blob of them once they are all
    /// here and hash to it, and throws them away when they do not.
    Model::Status keepChunk(const QString &sha256, int n, const QByteArray &data);
    QList<int> chunksKept(const QString &sha256) const;
    Model::Status assemble(const QString &sha256, qint64 byteSize, int chunks);

    /// The error a stopped store() or copyVerified() answers.
    static Model::Error cancelled();

private:
    QString m_root;
};

} // namespace Store
