#pragma once

#include "knowledgeattachment.h"

#include <QObject>
#include <QSet>

namespace Model {

class AttachmentRepository;
class ChangeNotifier;

/// Reads the words of attached files for the knowledge search, one content
/// after another and never on the GUI thread: whenever the knowledge base
/// changes (a file attached here, attachments pulled by the sync) it asks
/// the store which contents wait, has each read on the store's file thread
/// and keeps the text. A content that could not be kept is not tried again
/// while the indexer lives.
class AttachmentTextIndexer : public QObject
{
    Q_OBJECT
public:
    AttachmentTextIndexer(AttachmentRepository *attachments, ChangeNotifier *notifier, QObject *parent = nullptr);

    /// Looks for waiting contents now (again after the current round).
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Nothing is left to read.
    void idle();

private:
    void next();

    AttachmentRepository *m_attachments;
    QList<PendingText> m_pending;
    QSet<QString> m_tried;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Model
