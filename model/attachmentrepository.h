#pragma once

#include "knowledgeattachment.h"
#include "result.h"

#include <QFuture>

namespace Model {

/// Files attached to knowledge items. The rows are kept like the other
/// knowledge rows; the content lives in a blob store beside the local file,
/// named by its SHA-256. Storing and copying a file run on a thread of
/// their own (never the GUI thread): their futures report progress in
/// bytes and stop, writing nothing, when cancelled.
class AttachmentRepository
{
public:
    virtual ~AttachmentRepository() = default;

    /// The live attachments of @p itemId, in the order they were attached.
    virtual QFuture<Result<QList<KnowledgeAttachment>>> attachments(const QUuid &itemId) = 0;
    /// Reads the file at @p path, hashes it and keeps its content in the
    /// blob store (once, however often it is stored). Refuses a file past
    /// AttachmentLimits::MaxBytes and one that cannot be read, writing nothing.
    virtual QFuture<Result<StoredBlob>> storeFile(const QString &path) = 0;
    /// Adds (or brings back) an attachment row whose content is stored.
    virtual QFuture<Result<KnowledgeAttachment>> saveAttachment(const KnowledgeAttachment &attachment) = 0;
    virtual QFuture<Status> setAttachmentDeleted(const QUuid &id, bool deleted) = 0;
    /// A copy of the attachment's content, checked against its hash, under
    /// its file name in a folder of its own: what the desktop opens.
    virtual QFuture<Result<QString>> openableCopy(const KnowledgeAttachment &attachment) = 0;

    /// The contents attached to live items whose words are not read here
    /// yet (each laptop reads its own; the text does not sync).
    virtual QFuture<Result<QList<PendingText>>> pendingTexts() = 0;
    /// Reads the words of @p pending's content, on the file thread.
    virtual QFuture<ExtractedText> extractText(const PendingText &pending) = 0;
    /// Keeps @p text for the search: every item the content is attached to
    /// is found by its words. This organisation's attachments of it that
    /// still say "pending" say "text" or "no text" now.
    virtual QFuture<Status> saveAttachmentText(const ExtractedText &text) = 0;
};

} // namespace Model
