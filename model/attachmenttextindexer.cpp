#include "attachmenttextindexer.h"

#include "async.h"
#include "attachmentrepository.h"
#include "modellogging.h"
#include "repository.h"

namespace Model {

AttachmentTextIndexer::AttachmentTextIndexer(AttachmentRepository *attachments, ChangeNotifier *notifier,
                                             QObject *parent)
    : QObject(parent)
    , m_attachments(attachments)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::Knowledge))
                start();
        });
    }
}

void AttachmentTextIndexer::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    onResult(m_attachments->pendingTexts(), this, [this](const Result<QList<PendingText>> &r) {
        m_pending.clear();
        if (r.ok()) {
            for (const PendingText &p : r.value()) {
                if (!m_tried.contains(p.sha256))
                    m_pending.append(p);
            }
        }
        next();
    });
}

void AttachmentTextIndexer::next()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        if (m_again) {
            m_again = false;
            start();
        } else {
            Q_EMIT idle();
        }
        return;
    }
    const PendingText pending = m_pending.takeFirst();
    m_tried.insert(pending.sha256);
    onResult(m_attachments->extractText(pending), this, [this](const ExtractedText &text) {
        onResult(m_attachments->saveAttachmentText(text), this, [this](const Status &saved) {
            if (!saved.ok())
                qCWarning(lcModel) << "the text of an attachment could not be kept:" << saved.error().message;
            next();
        });
    });
}

} // namespace Model
