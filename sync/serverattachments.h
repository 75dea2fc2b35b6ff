#pragma once

#include <QStringList>

/// Server step 9: attachments of knowledge items (docs/SYNC.md, "Attachments").
/// knowledge_attachment rows sync like the other knowledge rows and are read
/// under their item's rules; their content is kept apart, once per SHA-256,
/// in attachment_blob and attachment_chunk, which no user reads or writes
/// directly. A content is sent in chunks through regie_put_chunk() and
/// becomes usable only when regie_finish_blob() found the chunks whole and
/// their SHA-256 the one they were sent under; the push accepts an
/// attachment row only for such a content. regie_get_chunk() hands a chunk
/// only to someone who may read a live item that has the content attached.
namespace Sync::ServerAttachments {

QStringList statements();

/// Grants of what step 9 adds, for the lock-down (nothing before step 9).
QStringList grants();

} // namespace Sync::ServerAttachments
