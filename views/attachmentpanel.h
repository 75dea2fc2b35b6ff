#pragma once

#include "model/knowledge.h"
#include "model/knowledgeattachment.h"
#include "model/requestslot.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QMimeData;
class QProgressBar;
class QPushButton;

namespace Model {
class AttachmentFetcher;
class AttachmentRepository;
class Editor;
}

namespace Views {

class MessageBox;

/// The files attached to the knowledge item being read: their names, sizes
/// and whether their words are searchable ("no text"); attaching (a file
/// dialog, or files dropped on it or on the knowledge window), opening a
/// checked copy with the desktop's program (fetching the content from the
/// server first when this laptop lacks it; it stays here after), and
/// removing (undoable). The hashing and copying run on the store's file
/// thread, the fetch on the sync's; the bar shows how far they are and
/// Stop cancels them (a stopped fetch goes on where it was next time).
///
/// objectNames: "attachmentPanel", "attachmentList", "attachButton",
/// "openAttachmentButton", "removeAttachmentButton", "attachmentProgress",
/// "cancelAttachmentButton", "attachmentStatus", "keepOfflineButton"; file
/// dialog "attachFileDialog".
class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    struct Services {
        Model::AttachmentRepository *attachments = nullptr;
        /// Fetches a content this laptop lacks from the server; may be null.
        Model::AttachmentFetcher *fetcher = nullptr;
        Model::Editor *editor = nullptr;
        MessageBox *messages = nullptr;
        /// Opens a file with the desktop's program; QDesktopServices when empty.
        std::function<void(const QString &path)> openFile;
    };

    explicit AttachmentPanel(const Services &services, QWidget *parent = nullptr);
    ~AttachmentPanel() override;

    /// Shows the attachments of @p item; @p whyNotMine is empty when this
    /// laptop's organisation may attach and remove, else why not.
    void setItem(const Model::KnowledgeItem &item, const QString &whyNotMine);
    const QList<Model::KnowledgeAttachment> &attachments() const { return m_attachments; }
    bool isBusy() const;

    /// Stores and attaches the files at @p paths, one after another.
    void attachFiles(const QStringList &paths);
    void chooseFiles();
    void openCurrent();
    /// Fetches the chosen attachment's content without opening it, so that
    /// it opens offline later.
    void keepCurrentOffline();
    void removeCurrent();
    void cancel();

    /// The local files @p data carries (dragged from a file manager).
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    /// The list shows the item's attachments as the store has them.
    void attachmentsShown();
    /// A file was stored and its attachment handed to the editor.
    void attached(const QUuid &id);
    /// A checked copy was handed to the desktop.
    void opened(const QString &path);
    /// Storing or copying stopped or failed; @p message says why.
    void stopped(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void showList();
    void startNext();
    void stored();
    void copied();
    void fetched(const QString &sha256, const QString &problem);
    void setBusy(const QString &what);
    void updateActions();

    Services m_services;
    Model::KnowledgeItem m_item;
    QString m_whyNotMine;
    QList<Model::KnowledgeAttachment> m_attachments;
    QStringList m_queue;
    Model::RequestSlot m_listRequest;
    QFutureWatcher<Model::Result<Model::StoredBlob>> m_storing;
    QFutureWatcher<Model::Result<QString>> m_copying;
    QUuid m_storingFor; ///< the item the file being stored goes to
    Model::KnowledgeAttachment m_opening; ///< the attachment being opened (or fetched to be opened)
    bool m_fetching = false;
    bool m_openAfterFetch = true; ///< false: fetched to be kept offline only
    QListWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_keep;
    QPushButton *m_remove;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
};

} // namespace Views
