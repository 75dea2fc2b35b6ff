#include "knowledgewindow.h"

#include "clearbutton.h"

#include "attachmentpanel.h"
#include "knowledgeitemdialog.h"
#include "knowledgereader.h"
#include "knowledgeversionsdialog.h"
#include "messagebox.h"
#include "reusedialog.h"
#include "reuseoverviewdialog.h"
#include "reusepanel.h"
#include "snippetdelegate.h"
#include "whoknowsdialog.h"

#include "model/consultationrepository.h"
#include "model/editor.h"
#include "model/knowledgerepository.h"
#include "model/knowledgesearchmodel.h"
#include "model/knowledgetext.h"
#include "model/repository.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

KnowledgeWindow::KnowledgeWindow(const Services &services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_results(new Model::KnowledgeSearchModel(services.knowledge, services.notifier, this))
    , m_itemRequest(this)
    , m_reuseRequest(this)
    , m_answerRequest(this)
    , m_projectRequest(this)
    , m_reuseProjectsRequest(this)
    , m_projectNamesRequest(this)
    , m_typing(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_reader(new KnowledgeReader(this))
    , m_attachmentPanel(new AttachmentPanel(
          {services.attachments, services.attachmentFetcher, services.editor, services.messages, services.openFile}, this))
    , m_edit(button(this, QStringLiteral("editButton"), tr("&Edit…")))
    , m_versions(button(this, QStringLiteral("versionsButton"), tr("&Versions…")))
    , m_delete(button(this, QStringLiteral("deleteButton"), tr("&Delete")))
    , m_answer(button(this, QStringLiteral("answerButton"), tr("&Answer…")))
    , m_reuse(button(this, QStringLiteral("reuseButton"), tr("&Record reuse…")))
    , m_helped(button(this, QStringLiteral("helpedButton"), tr("This answer &helped")))
    , m_whoKnows(button(this, QStringLiteral("whoKnowsButton"), tr("Who &knows about this…")))
    , m_reusePanel(new ReusePanel(this))
    , m_answerList(new QListWidget(this))
    , m_answersLabel(new QLabel(tr("Answers"), this))
{
    setObjectName(QStringLiteral("knowledgeWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Knowledge Base — Regie"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_search->setPlaceholderText(tr("Search the knowledge base: words, \"a phrase\", the start of a word…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (Model::KnowledgeKind k : Model::writableKinds())
        m_kind->addItem(Model::displayName(k), int(k));
    QPushButton *newButton = button(this, QStringLiteral("newButton"), tr("&New…"));
    newButton->setShortcut(QKeySequence::New);
    newButton->setToolTip(tr("Write a lesson, a practice, a document or a question (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    QPushButton *overview = button(this, QStringLiteral("overviewButton"), tr("Reuse &overview…"));
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(m_results);
    m_list->setItemDelegate(new SnippetDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_answerList->setObjectName(QStringLiteral("answerList"));
    m_answerList->setAccessibleName(tr("Answers"));
    m_answerList->setWordWrap(true);
    m_answerList->setMaximumHeight(140);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_kind);
    top->addWidget(newButton);
    top->addWidget(m_whoKnows);
    top->addWidget(overview);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_versions, m_delete, m_answer, m_reuse})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *answers = new QHBoxLayout;
    answers->addWidget(m_answersLabel);
    answers->addStretch(1);
    answers->addWidget(m_helped);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reader, 3);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_attachmentPanel);
    rightLayout->addLayout(answers);
    rightLayout->addWidget(m_answerList);
    rightLayout->addWidget(m_reusePanel, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, &KnowledgeWindow::search);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KnowledgeWindow::search);
    connect(newButton, &QPushButton::clicked, this, &KnowledgeWindow::newItem);
    connect(overview, &QPushButton::clicked, this, &KnowledgeWindow::showOverview);
    connect(m_whoKnows, &QPushButton::clicked, this, [this] { showWhoKnows(); });
    connect(m_reader, &KnowledgeReader::topicActivated, this, [this](const QString &topic) { showWhoKnows(topic); });
    m_whoKnows->setVisible(services.experts && services.organisations);
    m_whoKnows->setToolTip(tr("The people who wrote, answered or took up items on a topic, and those who may be asked"));
    connect(m_edit, &QPushButton::clicked, this, &KnowledgeWindow::editItem);
    connect(m_versions, &QPushButton::clicked, this, &KnowledgeWindow::showVersions);
    connect(m_delete, &QPushButton::clicked, this, &KnowledgeWindow::deleteItem);
    connect(m_answer, &QPushButton::clicked, this, &KnowledgeWindow::answerQuestion);
    connect(m_reuse, &QPushButton::clicked, this, &KnowledgeWindow::recordReuse);
    connect(m_helped, &QPushButton::clicked, this, &KnowledgeWindow::markHelped);
    connect(m_reader, &KnowledgeReader::projectActivated, this, &KnowledgeWindow::projectRequested);
    connect(m_answerList, &QListWidget::currentRowChanged, this, [this] { updateActions(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        if (current.data(Model::KnowledgeSearchModel::OnServerRole).toBool()) {
            m_itemRequest.reset();
            m_item = {};
            m_reader->setPlainText(tr("“%1” is on the server, not yet on this laptop: it comes with a sync.")
                                       .arg(current.data().toString()));
            updateActions();
            return;
        }
        const QUuid id = current.data(Model::KnowledgeSearchModel::IdRole).toUuid();
        if (id == m_item.id)
            return;
        // The first item shown when the window opens was not chosen: not counted as opened.
        if (m_choosingFirst)
            load(id);
        else
            open(id);
    });
    connect(m_results, &Model::KnowledgeSearchModel::loaded, this, [this] {
        const int found = m_results->rowCount();
        m_status->setToolTip({});
        if (m_search->text().trimmed().isEmpty())
            m_status->setText(tr("Recently changed: %1").arg(QLocale().toString(found)));
        else
            m_status->setText(foundText(found));
        // Keep the item being read selected when the list comes back.
        const int row = m_results->rowOf(m_item.id);
        if (row >= 0)
            m_list->setCurrentIndex(m_results->index(row));
        else if (m_item.id.isNull() && found > 0) {
            m_choosingFirst = true;
            m_list->setCurrentIndex(m_results->index(0));
            m_choosingFirst = false;
        }
    });
    connect(m_results, &Model::KnowledgeSearchModel::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    // The server's hits come after the laptop's; without the server those stay.
    connect(m_results, &Model::KnowledgeSearchModel::serverLoaded, this, [this](int added) {
        const int here = m_results->rowCount() - added;
        if (added > 0)
            m_status->setText(tr("Found: %1, and %2 more on the server")
                                  .arg(QLocale().toString(here), QLocale().toString(added)));
    });
    connect(m_results, &Model::KnowledgeSearchModel::serverFailed, this, [this](const QString &message) {
        m_status->setText(tr("%1 The server could not be searched.").arg(foundText(m_results->rowCount())));
        m_status->setToolTip(message);
    });
    m_results->setServerSearch(services.server);
    if (services.notifier) {
        connect(services.notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (!changes.touches(Model::ChangeSet::Knowledge))
                return;
            if (!m_item.id.isNull())
                load(m_item.id);
            if (m_overview && m_overview->isVisible())
                m_overview->reload();
        });
    }
    m_reader->clearItem();
    resize(1100, 760);
    updateActions();
}

KnowledgeWindow::~KnowledgeWindow() = default;

void KnowledgeWindow::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    m_attachmentPanel->setItem(m_item, whyNotMine());
    if (m_whoKnowsDialog)
        m_whoKnowsDialog->setIdentity(identity);
    if (m_services.organisationNames)
        m_results->setOrganisationNames(m_services.organisationNames());
    search();
}

void KnowledgeWindow::search()
{
    Model::KnowledgeSearch s;
    s.text = m_search->text();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        s.kinds = {Model::KnowledgeKind(kind)};
    s.limit = 50;
    m_results->setSearch(s);
}

QString KnowledgeWindow::foundText(int found) const
{
    return found ? tr("Found: %1").arg(QLocale().toString(found)) : tr("Nothing found.");
}

void KnowledgeWindow::showItem(const QUuid &id)
{
    // The list coming back must not choose its first row over this one.
    if (m_item.id != id) {
        m_item = {};
        m_item.id = id;
    }
    const int row = m_results->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_results->index(row));
    open(id);
}

void KnowledgeWindow::open(const QUuid &id)
{
    // A role that only reads cannot record anything on the server.
    const bool records = m_identity.isValid() && m_identity.serverRole != QLatin1String("viewer")
        && m_identity.serverRole != QLatin1String("external");
    if (records && !id.isNull())
        m_services.editor->recordConsultation(id, m_services.today ? m_services.today() : QDate::currentDate());
    load(id);
}

void KnowledgeWindow::load(const QUuid &id)
{
    m_itemRequest.start(m_services.knowledge->knowledgeItem(id), [this](const Model::Result<Model::KnowledgeItem> &r) {
        if (!r.ok()) {
            m_item = {};
            m_reader->setPlainText(r.error().message);
            m_attachmentPanel->setItem(m_item, whyNotMine());
            updateActions();
            return;
        }
        const bool sameProject = r.value().id == m_item.id && r.value().projectId == m_item.projectId;
        m_item = r.value();
        m_attachmentPanel->setItem(m_item, whyNotMine());
        if (m_services.organisationNames)
            m_organisationNames = m_services.organisationNames();
        if (!sameProject)
            m_projectName.clear();
        showReader();
        if (!m_item.projectId.isNull() && m_services.projects) {
            m_projectRequest.start(m_services.projects->project(m_item.projectId),
                                   [this](const Model::Result<Model::Project> &p) {
                                       // Not found: a project this laptop does not see.
                                       m_projectName = p.ok() ? p.value().name : QString();
                                       showReader();
                                   });
        } else {
            m_projectRequest.reset();
        }
        showLoaded();
        m_reuseRequest.start(m_services.knowledge->reuses(m_item.id), [this](const Model::Result<QList<Model::Reuse>> &r) {
            m_reuses = r.ok() ? r.value() : QList<Model::Reuse>();
            showLoaded();
            const bool inProjects = std::any_of(m_reuses.cbegin(), m_reuses.cend(),
                                                [](const Model::Reuse &reuse) { return !reuse.projectId.isNull(); });
            if (!inProjects || !m_services.projects)
                return;
            // The names of the projects the reuse names, looked up by their ids.
            Model::ProjectQuery named;
            for (const Model::Reuse &reuse : std::as_const(m_reuses)) {
                if (!reuse.projectId.isNull() && !named.ids.contains(reuse.projectId))
                    named.ids.append(reuse.projectId);
            }
            named.limit = int(named.ids.size());
            m_projectNamesRequest.start(m_services.projects->findProjects(named),
                                        [this](const Model::Result<QList<Model::ProjectSummary>> &projects) {
                                            if (!projects.ok())
                                                return;
                                            m_projectNames.clear();
                                            for (const Model::ProjectSummary &p : projects.value())
                                                m_projectNames.insert(p.id, p.name);
                                            showLoaded();
                                        });
        });
        if (m_item.kind != Model::KnowledgeKind::Question) {
            m_answers.clear();
            m_answerRequest.reset();
            showLoaded();
            return;
        }
        Model::KnowledgeFilter answers;
        answers.kinds = {Model::KnowledgeKind::Answer};
        answers.questionId = m_item.id;
        m_answerRequest.start(m_services.knowledge->knowledgeItems(answers),
                              [this, question = m_item.id](const Model::Result<QList<Model::KnowledgeItem>> &r) {
                                  m_answers.clear();
                                  for (const Model::KnowledgeItem &a : r.ok() ? r.value() : QList<Model::KnowledgeItem>()) {
                                      if (a.questionId == question)
                                          m_answers.append(a);
                                  }
                                  showLoaded();
                              });
    });
}

void KnowledgeWindow::showReader()
{
    const QUuid link = m_projectName.isEmpty() ? QUuid() : m_item.projectId;
    m_reader->show(m_item, m_organisationNames.value(m_item.organisationId), m_projectName, link);
}

void KnowledgeWindow::showLoaded()
{
    m_reusePanel->show(m_reuses, m_organisationNames, m_projectNames,
                       m_services.potentialAdopters ? m_services.potentialAdopters() : 0);

    const bool question = m_item.kind == Model::KnowledgeKind::Question;
    m_answersLabel->setVisible(question);
    m_answerList->setVisible(question);
    m_helped->setVisible(question);
    m_answerList->clear();
    for (const Model::KnowledgeItem &a : std::as_const(m_answers)) {
        const bool helped = a.id == m_item.helpedAnswerId;
        QString text = tr("%1 — %2").arg(m_organisationNames.value(a.organisationId), a.body.simplified());
        if (helped)
            text = tr("✔ Helped: %1").arg(text);
        auto *row = new QListWidgetItem(text, m_answerList);
        row->setData(Qt::UserRole, a.id);
        if (helped) {
            QFont bold = row->font();
            bold.setBold(true);
            row->setFont(bold);
        }
    }
    updateActions();
    Q_EMIT itemShown();
}

QString KnowledgeWindow::whyNotMine() const
{
    if (m_item.id.isNull())
        return tr("Choose an item first.");
    if (m_item.organisationId != m_identity.organisationId)
        return tr("Only %1 changes this item: it is theirs.")
            .arg(m_organisationNames.value(m_item.organisationId, tr("its organisation")));
    return {};
}

void KnowledgeWindow::updateActions()
{
    const bool chosen = !m_item.id.isNull();
    const QString notMine = whyNotMine();
    for (QPushButton *b : {m_edit, m_delete}) {
        b->setEnabled(notMine.isEmpty());
        b->setToolTip(notMine);
    }
    m_versions->setEnabled(chosen);
    m_answer->setVisible(m_item.kind == Model::KnowledgeKind::Question);
    m_answer->setEnabled(chosen && m_identity.isValid());
    const bool ownItem = m_item.organisationId == m_identity.organisationId;
    m_reuse->setEnabled(chosen && !ownItem && m_identity.isValid());
    m_reuse->setToolTip(ownItem && chosen ? tr("Reuse is recorded by the organisations that take an item up.")
                                          : tr("Record what your organisation did with this item"));
    const bool takenUp = std::any_of(m_reuses.cbegin(), m_reuses.cend(), [this](const Model::Reuse &r) {
        return r.organisationId == m_identity.organisationId
            && (r.status == Model::ReuseStatus::Adopted || r.status == Model::ReuseStatus::Adapted);
    });
    m_reuse->setText(takenUp && !ownItem ? tr("Record the &outcome…") : tr("&Record reuse…"));
    const bool answerChosen = m_answerList->currentRow() >= 0;
    m_helped->setEnabled(notMine.isEmpty() && answerChosen);
    m_helped->setToolTip(notMine.isEmpty() ? tr("Mark the chosen answer as the one that helped") : notMine);
}

void KnowledgeWindow::newItem()
{
    Model::KnowledgeItem item;
    item.organisationId = m_identity.organisationId;
    item.authorId = m_identity.personId;
    item.status = Model::KnowledgeStatus::Published;
    auto *dialog = new KnowledgeItemDialog(item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QUuid id = m_services.editor->saveKnowledgeItem(std::nullopt, dialog->item());
        m_item.id = id;
        m_search->clear();
        search();
        load(id);
    });
    dialog->open();
}

void KnowledgeWindow::editItem()
{
    if (!whyNotMine().isEmpty())
        return;
    auto *dialog = new KnowledgeItemDialog(m_item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, before = m_item] { m_services.editor->saveKnowledgeItem(before, dialog->item()); });
    dialog->open();
}

void KnowledgeWindow::deleteItem()
{
    if (!whyNotMine().isEmpty())
        return;
    if (m_services.messages
        && !m_services.messages->confirm(this, tr("Delete Knowledge Item"),
                                         tr("Delete \"%1\"? Undo (%2) brings it back.")
                                             .arg(m_item.title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))))
        return;
    m_services.editor->deleteKnowledgeItem(m_item);
    m_item = {};
    m_reader->clearItem();
    m_attachmentPanel->setItem(m_item, whyNotMine());
    updateActions();
}

void KnowledgeWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (whyNotMine().isEmpty() && !AttachmentPanel::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void KnowledgeWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentPanel::localFiles(event->mimeData());
    if (paths.isEmpty() || !whyNotMine().isEmpty())
        return;
    event->acceptProposedAction();
    m_attachmentPanel->attachFiles(paths);
}

void KnowledgeWindow::showVersions()
{
    if (m_item.id.isNull())
        return;
    m_itemRequest.start(m_services.knowledge->knowledgeVersions(m_item.id),
                        [this, item = m_item](const Model::Result<QList<Model::KnowledgeVersion>> &r) {
                            if (!r.ok()) {
                                if (m_services.messages)
                                    m_services.messages->showError(this, tr("Versions"), r.error().message);
                                return;
                            }
                            const auto people = m_services.personNames ? m_services.personNames() : QHash<QUuid, QString>();
                            auto *dialog = new KnowledgeVersionsDialog(item, r.value(), people, this);
                            dialog->setAttribute(Qt::WA_DeleteOnClose);
                            const bool mine = item.organisationId == m_identity.organisationId;
                            connect(dialog, &QDialog::accepted, this, [this, dialog, mine] {
                                if (mine)
                                    m_services.editor->restoreKnowledgeVersion(dialog->restoredVersion());
                            });
                            dialog->open();
                        });
}

void KnowledgeWindow::answerQuestion()
{
    if (m_item.kind != Model::KnowledgeKind::Question)
        return;
    Model::KnowledgeItem answer;
    answer.kind = Model::KnowledgeKind::Answer;
    answer.questionId = m_item.id;
    answer.organisationId = m_identity.organisationId;
    answer.authorId = m_identity.personId;
    answer.status = Model::KnowledgeStatus::Published;
    answer.visibility = m_item.visibility;
    answer.projectId = m_item.projectId;
    auto *dialog = new KnowledgeItemDialog(answer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_services.editor->saveKnowledgeItem(std::nullopt, dialog->item()); });
    dialog->open();
}

void KnowledgeWindow::recordReuse()
{
    if (m_item.id.isNull())
        return;
    if (!m_services.projects) {
        openReuseDialog({});
        return;
    }
    // Which of her organisation's projects took it up: those it takes part in now.
    Model::ProjectQuery mine;
    mine.organisationId = m_identity.organisationId;
    mine.limit = 1000;
    m_reuseProjectsRequest.start(m_services.projects->findProjects(mine),
                                 [this](const Model::Result<QList<Model::ProjectSummary>> &projects) {
                                     openReuseDialog(projects.ok() ? projects.value() : QList<Model::ProjectSummary>());
                                 });
}

void KnowledgeWindow::openReuseDialog(const QList<Model::ProjectSummary> &projects)
{
    if (m_item.id.isNull())
        return;
    Model::Reuse reuse;
    // One record per organisation and item: a later step changes the same one.
    for (const Model::Reuse &r : std::as_const(m_reuses)) {
        if (r.organisationId == m_identity.organisationId)
            reuse = r;
    }
    reuse.itemId = m_item.id;
    reuse.organisationId = m_identity.organisationId;
    reuse.personId = m_identity.personId;
    auto *dialog = new ReuseDialog(reuse, m_item.title, projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_services.editor->saveReuse(dialog->reuse()); });
    dialog->open();
}

void KnowledgeWindow::markHelped()
{
    const int row = m_answerList->currentRow();
    if (!whyNotMine().isEmpty() || row < 0 || row >= m_answers.size())
        return;
    Model::KnowledgeItem after = m_item;
    after.helpedAnswerId = m_answers.at(row).id;
    m_services.editor->saveKnowledgeItem(m_item, after);
}

void KnowledgeWindow::showOverview()
{
    if (!m_overview) {
        m_overview = new ReuseOverviewDialog(this);
        m_overview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overview, &ReuseOverviewDialog::overviewShown, this, &KnowledgeWindow::overviewShown);
        m_overview->setSources({m_services.knowledge, m_services.consultations, m_services.organisationNames});
    }
    m_overview->open();
    m_overview->reload();
}

WhoKnowsDialog *KnowledgeWindow::showWhoKnows(const QString &topic)
{
    if (!m_services.experts || !m_services.organisations)
        return nullptr;
    if (!m_whoKnowsDialog) {
        WhoKnowsDialog::Services s;
        s.knowledge = m_services.knowledge;
        s.experts = m_services.experts;
        s.organisations = m_services.organisations;
        s.editor = m_services.editor;
        s.notifier = m_services.notifier;
        s.organisationNames = m_services.organisationNames;
        m_whoKnowsDialog = new WhoKnowsDialog(s, m_identity, this);
        m_whoKnowsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    const QString shown = !topic.isEmpty() ? topic : m_item.topics.value(0);
    if (!shown.isEmpty())
        m_whoKnowsDialog->setTopic(shown);
    m_whoKnowsDialog->show();
    m_whoKnowsDialog->raise();
    return m_whoKnowsDialog;
}

} // namespace Views
