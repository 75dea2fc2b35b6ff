#include "attachmentpanel.h"
#include "filedialogs.h"

#include "messagebox.h"

#include "model/attachmentfetcher.h"
#include "model/attachmentrepository.h"
#include "model/editor.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Views {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

AttachmentPanel::AttachmentPanel(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_listRequest(this)
    , m_list(new QListWidget(this))
    , m_attach(button(this, QStringLiteral("attachButton"), tr("A&ttach File…")))
    , m_open(button(this, QStringLiteral("openAttachmentButton"), tr("&Open")))
    , m_keep(button(this, QStringLiteral("keepOfflineButton"), tr("&Keep Offline")))
    , m_remove(button(this, QStringLiteral("removeAttachmentButton"), tr("Re&move")))
    , m_progress(new QProgressBar(this))
    , m_cancel(button(this, QStringLiteral("cancelAttachmentButton"), tr("&Stop")))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentPanel"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setMaximumHeight(110);
    m_list->setToolTip(tr("Drop files here to attach them"));
    m_progress->setObjectName(QStringLiteral("attachmentProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("attachmentStatus"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Attachments"), this));
    actions->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel),
                       static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_keep),
                       static_cast<QWidget *>(m_remove),
                       static_cast<QWidget *>(m_attach)})
        actions->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_attach, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentPanel::openCurrent);
    connect(m_keep, &QPushButton::clicked, this, &AttachmentPanel::keepCurrentOffline);
    m_keep->setToolTip(tr("Fetch the file from the server now, so that it opens without a connection"));
    m_keep->setVisible(m_services.fetcher != nullptr);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPanel::removeCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &AttachmentPanel::cancel);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateActions(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
    for (auto *watcher : {static_cast<QFutureWatcherBase *>(&m_storing), static_cast<QFutureWatcherBase *>(&m_copying)})
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_storing, &QFutureWatcherBase::finished, this, &AttachmentPanel::stored);
    connect(&m_copying, &QFutureWatcherBase::finished, this, &AttachmentPanel::copied);
    if (m_services.fetcher) {
        connect(m_services.fetcher, &Model::AttachmentFetcher::fetchProgress, this,
                [this](const QString &sha256, qint64 done, qint64 total) {
                    if (m_fetching && sha256 == m_opening.sha256)
                        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
                });
        connect(m_services.fetcher, &Model::AttachmentFetcher::fetchFinished, this, &AttachmentPanel::fetched);
    }
    setBusy({});
}

AttachmentPanel::~AttachmentPanel()
{
    // What is under way stops; the store keeps nothing of it.
    m_storing.cancel();
    m_copying.cancel();
}

bool AttachmentPanel::isBusy() const
{
    return m_storing.isRunning() || m_copying.isRunning() || m_fetching || !m_queue.isEmpty();
}

void AttachmentPanel::setItem(const Model::KnowledgeItem &item, const QString &whyNotMine)
{
    const bool other = item.id != m_item.id;
    m_item = item;
    m_whyNotMine = whyNotMine;
    if (other) {
        m_attachments.clear();
        showList();
    }
    reload();
}

void AttachmentPanel::reload()
{
    if (m_item.id.isNull() || !m_services.attachments) {
        m_listRequest.reset();
        m_attachments.clear();
        showList();
        Q_EMIT attachmentsShown();
        return;
    }
    m_listRequest.start(m_services.attachments->attachments(m_item.id),
                        [this](const Model::Result<QList<Model::KnowledgeAttachment>> &r) {
                            if (r.ok())
                                m_attachments = r.value();
                            else
                                m_status->setText(r.error().message);
                            showList();
                            Q_EMIT attachmentsShown();
                        });
}

void AttachmentPanel::showList()
{
    const QUuid current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_list->clear();
    const QLocale locale;
    for (const Model::KnowledgeAttachment &a : std::as_const(m_attachments)) {
        const QString size = locale.formattedDataSize(a.byteSize, 1, QLocale::DataSizeTraditionalFormat);
        const QString text = a.text == Model::AttachmentText::NoText ? tr("%1 (%2, no text)").arg(a.fileName, size)
                                                                     : tr("%1 (%2)").arg(a.fileName, size);
        auto *row = new QListWidgetItem(text, m_list);
        row->setData(Qt::UserRole, a.id);
        row->setToolTip(a.text == Model::AttachmentText::NoText
                            ? tr("No words could be read from this file: search does not find it by its content.")
                            : a.mediaType);
        if (a.id == current)
            m_list->setCurrentItem(row);
    }
    updateActions();
}

void AttachmentPanel::updateActions()
{
    const bool busy = isBusy();
    const bool mine = !m_item.id.isNull() && m_whyNotMine.isEmpty();
    const bool chosen = m_list->currentRow() >= 0;
    m_attach->setEnabled(mine && m_services.attachments);
    m_attach->setToolTip(m_item.id.isNull() ? tr("Choose an item first.")
                                           : mine ? tr("Attach a file (or drop files here); up to %1 each")
                                                        .arg(QLocale().formattedDataSize(Model::AttachmentLimits::MaxBytes, 1,
                                                                                         QLocale::DataSizeTraditionalFormat))
                                                  : m_whyNotMine);
    m_remove->setEnabled(mine && chosen);
    m_remove->setToolTip(mine ? QString() : m_whyNotMine);
    m_open->setEnabled(chosen && !m_copying.isRunning() && !m_fetching);
    m_keep->setEnabled(chosen && !m_copying.isRunning() && !m_fetching);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void AttachmentPanel::setBusy(const QString &what)
{
    m_status->setText(what);
    m_status->setVisible(!what.isEmpty());
    updateActions();
}

void AttachmentPanel::chooseFiles()
{
    if (m_item.id.isNull() || !m_whyNotMine.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Attach Files to %1").arg(m_item.title));
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &AttachmentPanel::attachFiles);
    dialog->open();
}

void AttachmentPanel::attachFiles(const QStringList &paths)
{
    if (m_item.id.isNull() || !m_whyNotMine.isEmpty() || !m_services.attachments || paths.isEmpty())
        return;
    if (!isBusy())
        m_storingFor = m_item.id;
    else if (m_storingFor != m_item.id)
        return; // still attaching to another item: one item at a time
    m_queue << paths;
    if (!m_storing.isRunning())
        startNext();
}

void AttachmentPanel::startNext()
{
    if (m_queue.isEmpty()) {
        updateActions();
        return;
    }
    const QString path = m_queue.takeFirst();
    m_progress->setValue(0);
    setBusy(tr("Attaching %1…").arg(QFileInfo(path).fileName()));
    m_storing.setFuture(m_services.attachments->storeFile(path));
}

void AttachmentPanel::stored()
{
    const QFuture<Model::Result<Model::StoredBlob>> future = m_storing.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_queue.clear();
        setBusy(tr("Stopped: nothing was attached."));
        Q_EMIT stopped(m_status->text());
        return;
    }
    const Model::Result<Model::StoredBlob> result = future.result();
    if (!result.ok()) {
        setBusy({});
        if (m_services.messages)
            m_services.messages->showError(this, tr("Attach File"), result.error().message);
        Q_EMIT stopped(result.error().message);
        startNext();
        return;
    }
    Model::KnowledgeAttachment a;
    a.itemId = m_storingFor;
    a.sha256 = result.value().sha256;
    a.fileName = result.value().fileName;
    a.mediaType = result.value().mediaType;
    a.byteSize = result.value().byteSize;
    a.organisationId = m_item.organisationId;
    const QUuid id = m_services.editor->attach(a);
    setBusy({});
    Q_EMIT attached(id);
    startNext();
}

void AttachmentPanel::openCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size() || m_copying.isRunning() || m_fetching || !m_services.attachments)
        return;
    const Model::KnowledgeAttachment &a = m_attachments.at(row);
    m_opening = a;
    m_progress->setValue(0);
    m_copying.setFuture(m_services.attachments->openableCopy(a));
    setBusy(tr("Opening %1…").arg(a.fileName));
}

void AttachmentPanel::copied()
{
    const QFuture<Model::Result<QString>> future = m_copying.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        setBusy(tr("Stopped."));
        Q_EMIT stopped(m_status->text());
        return;
    }
    const Model::Result<QString> result = future.result();
    setBusy({});
    if (!result.ok() && result.error().code == Model::Error::NotFound && m_services.fetcher) {
        // Not on this laptop yet: fetched from the server, then opened.
        m_fetching = true;
        m_openAfterFetch = true;
        m_progress->setValue(0);
        setBusy(tr("Fetching %1 from the server…").arg(m_opening.fileName));
        m_services.fetcher->fetchAttachment(m_opening.sha256, m_opening.byteSize);
        return;
    }
    if (!result.ok()) {
        if (m_services.messages)
            m_services.messages->showError(this, tr("Open Attachment"), result.error().message);
        Q_EMIT stopped(result.error().message);
        return;
    }
    if (m_services.openFile)
        m_services.openFile(result.value());
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(result.value()));
    Q_EMIT opened(result.value());
}

void AttachmentPanel::fetched(const QString &sha256, const QString &problem)
{
    if (!m_fetching || sha256 != m_opening.sha256)
        return;
    m_fetching = false;
    setBusy({});
    if (!problem.isEmpty()) {
        if (m_services.messages)
            m_services.messages->showError(this, tr("Open Attachment"), problem);
        Q_EMIT stopped(problem);
        return;
    }
    if (!m_openAfterFetch) {
        setBusy(tr("%1 is kept on this computer.").arg(m_opening.fileName));
        return;
    }
    m_progress->setValue(0);
    m_copying.setFuture(m_services.attachments->openableCopy(m_opening));
    setBusy(tr("Opening %1…").arg(m_opening.fileName));
}

void AttachmentPanel::keepCurrentOffline()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size() || m_copying.isRunning() || m_fetching || !m_services.fetcher)
        return;
    m_opening = m_attachments.at(row);
    m_fetching = true;
    m_openAfterFetch = false;
    m_progress->setValue(0);
    setBusy(tr("Fetching %1 from the server…").arg(m_opening.fileName));
    m_services.fetcher->fetchAttachment(m_opening.sha256, m_opening.byteSize);
}

void AttachmentPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size() || !m_whyNotMine.isEmpty())
        return;
    m_services.editor->removeAttachment(m_attachments.at(row));
}

void AttachmentPanel::cancel()
{
    m_queue.clear();
    m_storing.cancel();
    m_copying.cancel();
    if (m_fetching && m_services.fetcher)
        m_services.fetcher->cancelFetch();
}

QStringList AttachmentPanel::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

void AttachmentPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_item.id.isNull() && m_whyNotMine.isEmpty() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

} // namespace Views
