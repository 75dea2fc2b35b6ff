#pragma once

#include "model/knowledgeattachment.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// The rows of files attached to knowledge items (knowledge_attachment).
/// A row is written only when its content is in the blob store
/// (Store::BlobStore) beside the file; it takes its organisation from its
/// item, whose organisation writes its attachments.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit AttachmentStore(WriteContext &context)
        : m_context(context)
    { }

    /// The live attachments of @p itemId, in the order they were attached.
    Model::Result<QList<Model::KnowledgeAttachment>> attachments(const QUuid &itemId);
    /// Checks, then adds the attachment (or, for an id already here,
    /// writes it again and brings it back). Answers the row as written.
    Model::Result<Model::KnowledgeAttachment> saveAttachment(const Model::KnowledgeAttachment &attachment);
    Model::Status setAttachmentDeleted(const QUuid &id, bool deleted);
    /// Contents of live attachments with no text read here yet, whose blob is here.
    Model::Result<QList<Model::PendingText>> pendingTexts();
    Model::Status saveAttachmentText(const Model::ExtractedText &text);

    /// Where this file's blobs are kept.
    QString blobRoot() const;

private:
    Model::Result<Model::KnowledgeAttachment> stored(const QUuid &id);

    WriteContext &m_context;
};

} // namespace Store
