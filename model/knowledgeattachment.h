#pragma once

#include "meta.h"

#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Model {

/// Whether an attachment's words are in the search: not read yet, read,
/// or unreadable (a picture, a damaged or unknown file): still attached.
enum class AttachmentText { Pending, Text, NoText };

namespace AttachmentLimits {
/// The largest file that can be attached.
constexpr qint64 MaxBytes = 100LL * 1024 * 1024;
/// Content travels to and from the server in chunks of this many bytes.
constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr int FileNameLength = 255;
constexpr int MediaTypeLength = 120;
}

/// A file attached to a knowledge item. Its content is kept apart, found
/// by its SHA-256: the same file attached twice, to any item, by anyone, is
/// stored once.
struct KnowledgeAttachment {
    QUuid id;
    QUuid itemId;
    QString sha256; ///< 64 lowercase hex digits
    QString fileName; ///< as the user attached it, without a folder
    QString mediaType; ///< e.g. application/pdf
    qint64 byteSize = 0;
    AttachmentText text = AttachmentText::Pending;
    QUuid organisationId; ///< the item's organisation, which writes its attachments
    SyncMeta meta;
};

/// A file's content as the blob store holds it after storing it.
struct StoredBlob {
    QString sha256;
    qint64 byteSize = 0;
    QString fileName; ///< the source's name, without its folder
    QString mediaType;
};

/// Content whose words this laptop has not read yet, and whose blob it holds.
struct PendingText {
    QString sha256;
    QString fileName; ///< a name it was attached under (its extension helps)
    QString mediaType;
};

/// The words read from one content, or that it has none.
struct ExtractedText {
    QString sha256;
    bool readable = false; ///< false: "no text"
    QString text;
};

/// Whether @p text is 64 lowercase hex digits.
bool isSha256(const QString &text);

/// The stored name of an attachment's text status, and back.
QString attachmentTextKey(AttachmentText text);
AttachmentText attachmentTextFromKey(const QString &key);

} // namespace Model

Q_DECLARE_METATYPE(Model::KnowledgeAttachment)
Q_DECLARE_METATYPE(Model::StoredBlob)
