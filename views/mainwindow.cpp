#include "mainwindow.h"

#include "knowledgeactions.h"

#include "calendaractions.h"
#include "councilexportactions.h"
#include "conflictsdialog.h"
#include "handoverdialog.h"
#include "helpactions.h"
#include "messagebox.h"
#include "organisationdialog.h"
#include "organisationsdialog.h"
#include "toolbaraction.h"
#include "participationdialog.h"
#include "partnerstab.h"
#include "projectdialog.h"
#include "projectlistpanel.h"
#include "projectpage.h"

#include "model/async.h"
#include "model/editor.h"
#include "model/organisationlistmodel.h"
#include "model/participantsmodel.h"
#include "model/projectlistmodel.h"
#include "model/repository.h"
#include "model/text.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace Views {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_organisations(new Model::OrganisationListModel(services.organisations, services.notifier, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panel(new ProjectListPanel(m_splitter))
    , m_page(new ProjectPage(services.projects, services.notifier, m_splitter))
    , m_identityLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 900});
    m_panel->setContentsMargins(6, 6, 0, 6);
    setCentralWidget(m_splitter);
    if (services.plan) {
        Q_ASSERT(services.editor->plan() == services.plan);
        m_page->addPlanTabs(services.plan, services.editor, services.notifier);
        connect(m_page, &ProjectPage::openRequested, this, [this](const QUuid &project, int place) {
            selectProject(project);
            m_page->showPlace(place);
        });
    }

    createActions();
    createMenus();
    createStatusBar();

    connect(m_panel, &ProjectListPanel::currentProjectChanged, m_page, &ProjectPage::setProjectId);
    connect(m_panel, &ProjectListPanel::countChanged, this, &MainWindow::updateCount);
    // The current project left the list: one closed (while the list hides
    // closed ones) stays in view, one deleted makes way for its neighbour.
    auto settleLeft = [this] {
        if (m_panel->leftProject().isNull() || m_panel->leftProject() != m_page->projectId())
            return;
        if (!m_page->hasProject())
            m_panel->moveOnFrom(m_page->projectId());
        else if (Model::isClosed(m_page->project().status))
            m_panel->keepClosedProject(m_page->projectId());
    };
    connect(m_panel, &ProjectListPanel::currentProjectLeft, this, settleLeft);
    connect(m_page, &ProjectPage::projectChanged, this, settleLeft);
    connect(m_panel, &ProjectListPanel::said, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_page, &ProjectPage::projectChanged, this, &MainWindow::updateActions);
    connect(m_page, &ProjectPage::projectChanged, this, &MainWindow::updateTitle);
    connect(m_page, &ProjectPage::rightsChanged, this, &MainWindow::updateActions);
    connect(m_page, &ProjectPage::shown, this, &MainWindow::projectShown);
    connect(m_page, &ProjectPage::overviewLoaded, this, &MainWindow::overviewShown);
    connect(m_page, &ProjectPage::failed, this, [this](const QString &message) {
        m_services.messages->showError(this, tr("The project cannot be shown"), message);
    });
    connect(m_page, &ProjectPage::exportFailed, this, [this](const QString &message) {
        m_services.messages->showError(this, tr("The file was not written"), message);
    });
    connect(m_page, &ProjectPage::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    PartnersTab *partners = m_page->partnersTab();
    connect(partners, &PartnersTab::addPartnerRequested, this, &MainWindow::addPartner);
    connect(partners, &PartnersTab::editPartnerRequested, this, &MainWindow::editPartner);
    connect(partners, &PartnersTab::leaveRequested, this, &MainWindow::leaveProject);
    connect(partners, &PartnersTab::handOverRequested, this, &MainWindow::handOverLead);
    connect(m_services.editor, &Model::Editor::failed, this, [this](const QString &message) {
        m_services.messages->showError(this, tr("The change was not saved"), message);
    });
    connect(m_services.editor, &Model::Editor::pendingChanged, this, &MainWindow::updatePending);

    updateActions();
    updatePending(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    if (!m_projectList) {
        m_projectList = new Model::ProjectListModel(m_services.projects, m_services.notifier, this);
        connect(m_projectList, &Model::ProjectListModel::failed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("The project list could not be read: %1").arg(message), 10000);
        });
        m_panel->setModel(m_projectList);
    }
    m_projectList->reload();
    m_organisations->reload();
    m_page->reloadOverview(); // what the window asked before the store was open failed
    refreshSyncStatus();
}

void MainWindow::showConflicts(const QString &page)
{
    if (!m_services.sync)
        return;
    auto *dialog = findChild<ConflictsDialog *>(QStringLiteral("conflictsDialog"));
    if (!dialog) {
        dialog = new ConflictsDialog(m_services.sync, m_services.editor, m_services.notifier, m_services.messages, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (page == QLatin1String("problems"))
        dialog->showPage(ConflictsDialog::Problems);
    else if (page == QLatin1String("quarantine"))
        dialog->showPage(ConflictsDialog::Quarantine);
    else if (page == QLatin1String("replaced"))
        dialog->showPage(ConflictsDialog::Replaced);
    else
        dialog->showPage(ConflictsDialog::Conflicts);
    dialog->show();
    dialog->raise();
}

void MainWindow::setSyncState(const QString &text, bool busy, const QString &detail)
{
    if (!m_syncLabel)
        return;
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(detail);
    m_syncProgress->setVisible(busy);
    if (busy)
        m_syncProgress->setRange(0, 0);
    m_syncNow->setEnabled(!busy && m_serverConfigured);
    m_cancelSync->setEnabled(busy);
    if (!busy)
        refreshSyncStatus();
}

void MainWindow::setServerConfigured(bool configured)
{
    m_serverConfigured = configured;
    m_syncNow->setEnabled(configured && !m_cancelSync->isEnabled());
    m_syncNow->setToolTip(configured ? QString() : tr("Set up a sync server first (Sync ▸ Sync Server…)."));
    refreshSyncStatus();
}

void MainWindow::setSyncProgress(qint64 done, qint64 total)
{
    if (!m_syncProgress || total <= 0)
        return;
    m_syncProgress->setRange(0, 1000);
    m_syncProgress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_syncProgress->setToolTip(tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
}

void MainWindow::refreshSyncStatus()
{
    if (!m_services.sync || !m_syncCounts)
        return;
    Model::onResult(m_services.sync->syncStatus(), this, [this](const Model::Result<Model::SyncStatus> &r) {
        if (!r.ok())
            return;
        const Model::SyncStatus &s = r.value();
        QStringList parts;
        if (m_serverConfigured)
            parts << tr("%n change(s) waiting", nullptr, s.pending);
        // Conflicts have a button of their own: it stays whole however long
        // a passing message is.
        m_conflictsButton->setText(tr("%n conflict(s) to resolve", nullptr, s.conflicts));
        m_conflictsButton->setVisible(s.conflicts > 0);
        if (s.replaced > 0)
            parts << QStringLiteral("<a href=\"replaced\">%1</a>").arg(tr("%n value(s) replaced", nullptr, s.replaced));
        if (m_replacedSeen >= 0 && s.replaced > m_replacedSeen)
            statusBar()->showMessage(tr("Someone else replaced %n of your values.", nullptr, s.replaced - m_replacedSeen),
                                     15000);
        m_replacedSeen = s.replaced;
        if (s.problems > 0)
            parts << QStringLiteral("<a href=\"problems\">%1</a>").arg(tr("%n refused", nullptr, s.problems));
        if (s.quarantined > 0)
            parts << QStringLiteral("<a href=\"quarantine\">%1</a>").arg(tr("%n kept aside", nullptr, s.quarantined));
        m_syncCounts->setText(parts.join(QStringLiteral(" · ")));
        m_conflicts->setText(s.conflicts + s.problems > 0
                                 ? tr("&Conflicts and Refused Changes (%1)…").arg(s.conflicts + s.problems)
                                 : tr("&Conflicts and Refused Changes…"));
    });
}

void MainWindow::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    m_page->setIdentity(identity);
    if (m_knowledge)
        m_knowledge->setIdentity(identity);
    if (identity.isValid()) {
        m_identityLabel->setText(tr("You: %1, %2").arg(identity.personName, identity.organisationName));
        m_identityLabel->setToolTip(tr("Your changes are recorded in your name."));
    } else {
        m_identityLabel->setText(tr("Not signed in"));
        m_identityLabel->setToolTip(QString());
    }
    if (!m_databasePath.isEmpty()) {
        const QString file = tr("Regie file: %1").arg(QDir::toNativeSeparators(m_databasePath));
        m_identityLabel->setToolTip(m_identityLabel->toolTip().isEmpty() ? file
                                                                          : m_identityLabel->toolTip() + QLatin1Char('\n') + file);
    }
    updateTitle();
}

void MainWindow::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    setIdentity(m_identity);
}

void MainWindow::updateTitle()
{
    // Not the file's name: a user knows her work by project and organisation.
    if (m_page->hasProject() && !m_page->project().name.isEmpty())
        setWindowTitle(m_page->project().name);
    else
        setWindowTitle(m_identity.organisationName);
}

void MainWindow::showOverview()
{
    m_panel->overviewAction()->trigger();
    m_page->reloadOverview();
}

void MainWindow::selectProject(const QUuid &id)
{
    m_page->setProjectId(id);
    m_panel->selectProject(id);
}

void MainWindow::createActions()
{
    m_newProject = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project…"), this);
    m_newProject->setObjectName(QStringLiteral("newProjectAction"));
    m_newProject->setShortcut(QKeySequence::New);
    m_newProject->setToolTip(tr("Start a project together with other organisations"));
    connect(m_newProject, &QAction::triggered, this, &MainWindow::newProject);

    m_editProject = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Project…"), this);
    m_editProject->setObjectName(QStringLiteral("editProjectAction"));
    m_editProject->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(m_editProject, &QAction::triggered, this, &MainWindow::editProject);

    m_deleteProject = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Project…"), this);
    m_deleteProject->setObjectName(QStringLiteral("deleteProjectAction"));
    m_deleteProject->setShortcut(QKeySequence::Delete);
    connect(m_deleteProject, &QAction::triggered, this, &MainWindow::deleteProject);

    if (m_services.plan) {
        m_calendar = new CalendarActions(m_services.plan, m_services.editor, m_services.messages, m_page, this);
        connect(m_calendar, &CalendarActions::exported, this, &MainWindow::calendarExported);
        connect(m_calendar, &CalendarActions::said, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
        });
        m_councilExport = new CouncilExportActions(m_services.plan, m_services.messages, m_page, this);
        connect(m_councilExport, &CouncilExportActions::said, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
        });
    }
    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_manageOrganisations = new QAction(QIcon::fromTheme(QStringLiteral("view-process-users")),
                                        tr("&Manage Organisations…"), this);
    m_manageOrganisations->setObjectName(QStringLiteral("manageOrganisationsAction"));
    m_manageOrganisations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_manageOrganisations, &QAction::triggered, this, &MainWindow::manageOrganisations);

    m_newOrganisation = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New &Organisation…"), this);
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisationAction"));
    connect(m_newOrganisation, &QAction::triggered, this, &MainWindow::newOrganisation);

    QUndoStack *stack = m_services.editor->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setShortcut(QKeySequence::Redo);

    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Project"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_panel, &ProjectListPanel::focusSearch);

    m_syncNow = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncNow->setToolTip(tr("Send your changes to the server and fetch those of your partners"));
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncRequested);
    m_cancelSync = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("S&top Syncing"), this);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancelSync->setEnabled(false);
    connect(m_cancelSync, &QAction::triggered, this, &MainWindow::syncCancelRequested);
    m_server = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Sync &Server…"), this);
    m_server->setObjectName(QStringLiteral("serverAction"));
    connect(m_server, &QAction::triggered, this, &MainWindow::serverSettingsRequested);
    m_conflicts = new QAction(QIcon::fromTheme(QStringLiteral("dialog-warning")), tr("&Conflicts and Refused Changes…"),
                              this);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    connect(m_conflicts, &QAction::triggered, this, [this] { showConflicts(); });

    m_help = new HelpActions(this);
}

void MainWindow::createMenus()
{
    PartnersTab *partners = m_page->partnersTab();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newProject);
    if (m_services.plan) {
        file->addSeparator();
        file->addAction(m_calendar->exportAction());
        file->addAction(m_calendar->importAction());
        file->addMenu(m_councilExport->menu());
    }
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_newProject);
    project->addAction(m_editProject);
    project->addAction(m_deleteProject);
    project->addSeparator();
    project->addAction(partners->addPartnerAction());
    project->addAction(partners->editPartnerAction());
    project->addAction(partners->leaveAction());
    project->addAction(partners->handOverAction());

    QMenu *organisations = menuBar()->addMenu(tr("&Organisations"));
    organisations->addAction(m_manageOrganisations);
    organisations->addAction(m_newOrganisation);

    if (m_services.knowledge) {
        KnowledgeWindow::Services k;
        k.knowledge = m_services.knowledge;
        k.server = m_services.knowledgeServer;
        k.attachments = m_services.attachments;
        k.attachmentFetcher = m_services.attachmentFetcher;
        k.editor = m_services.editor;
        k.notifier = m_services.notifier;
        k.messages = m_services.messages;
        k.experts = m_services.experts;
        k.organisations = m_services.organisations;
        k.consultations = m_services.consultations;
        k.today = m_services.today;
        k.projects = m_services.projects;
        m_knowledge = new KnowledgeActions(k, m_organisations, this);
        m_knowledge->addTo(menuBar()->addMenu(tr("&Knowledge")));
        m_page->addKnowledgeTab(m_services.knowledge, m_services.notifier);
        connect(m_page, &ProjectPage::knowledgeItemRequested, this, [this](const QUuid &id) { m_knowledge->open()->showItem(id); });
        connect(m_knowledge, &KnowledgeActions::projectRequested, this, [this](const QUuid &id) {
            selectProject(id);
            raise();
            activateWindow();
        });
    }

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);

    if (m_services.sync) {
        QMenu *sync = menuBar()->addMenu(tr("&Sync"));
        sync->addAction(m_syncNow);
        sync->addAction(m_cancelSync);
        sync->addSeparator();
        sync->addAction(m_conflicts);
        sync->addAction(m_server);
    }

    auto *toolBar = new QToolBar(tr("Main Tool Bar"), this);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newProject);
    toolBar->addAction(m_editProject);
    toolBar->addSeparator();
    toolBar->addAction(partners->addPartnerAction());
    toolBar->addAction(partners->handOverAction());
    toolBar->addSeparator();
    toolBar->addAction(toolBarAction(m_undo, tr("Undo")));
    toolBar->addAction(toolBarAction(m_redo, tr("Redo")));
    toolBar->addSeparator();
    // Sync before the organisations: in Dutch the bar is wider than a laptop
    // screen, and syncing is what a user reaches for every day.
    if (m_services.sync) {
        toolBar->addAction(m_syncNow);
        toolBar->addSeparator();
    }
    toolBar->addAction(m_manageOrganisations);
    addToolBar(Qt::TopToolBarArea, toolBar);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_panel->overviewAction());
    view->addSeparator();
    view->addAction(m_panel->showClosedAction());
    view->addAction(partners->showFormerAction());
    view->addSeparator();
    QAction *showToolBar = toolBar->toggleViewAction();
    showToolBar->setObjectName(QStringLiteral("showToolBarAction"));
    showToolBar->setText(tr("Show &Tool Bar"));
    view->addAction(showToolBar);

    m_help->addTo(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::createStatusBar()
{
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_countLabel->setObjectName(QStringLiteral("projectCountLabel"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    for (QLabel *label : {m_pendingLabel, m_countLabel, m_identityLabel})
        label->setContentsMargins(8, 0, 8, 0);
    if (m_services.sync) {
        m_syncProgress = new QProgressBar(this);
        m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
        m_syncProgress->setMaximumWidth(140);
        m_syncProgress->setTextVisible(false);
        m_syncProgress->hide();
        m_syncLabel = new QLabel(tr("No sync server"), this);
        m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
        m_syncCounts = new QLabel(this);
        m_syncCounts->setObjectName(QStringLiteral("syncCountsLabel"));
        m_syncCounts->setTextFormat(Qt::RichText);
        connect(m_syncCounts, &QLabel::linkActivated, this, [this](const QString &link) {
            showConflicts(link);
        });
        for (QLabel *label : {m_syncLabel, m_syncCounts})
            label->setContentsMargins(8, 0, 8, 0);
        m_conflictsButton = new QToolButton(this);
        m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
        m_conflictsButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
        m_conflictsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_conflictsButton->setAutoRaise(true);
        m_conflictsButton->setToolTip(tr("Someone else changed the same field as you: choose which value stays"));
        m_conflictsButton->hide();
        connect(m_conflictsButton, &QToolButton::clicked, this, [this] { showConflicts(); });
        statusBar()->addPermanentWidget(m_syncProgress);
        statusBar()->addPermanentWidget(m_syncLabel);
        statusBar()->addPermanentWidget(m_conflictsButton);
        statusBar()->addPermanentWidget(m_syncCounts);
        if (m_services.notifier)
            connect(m_services.notifier, &Model::ChangeNotifier::changed, this, &MainWindow::refreshSyncStatus);
    }
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_identityLabel);
    setIdentity({});
}

void MainWindow::updateActions()
{
    const bool hasProject = m_page->hasProject();
    const bool closed = hasProject && Model::isClosed(m_page->project().status);
    // A closed project stays editable for its status only (the dialog knows).
    // Making a project takes a lead or member on the server (or no server).
    m_newProject->setEnabled(m_identity.serverRole.isEmpty() || m_identity.serverRole == QLatin1String("lead")
                             || m_identity.serverRole == QLatin1String("member"));
    const Model::ProjectRights &rights = m_page->rights();
    m_editProject->setEnabled(hasProject && rights.editProject);
    m_deleteProject->setEnabled(hasProject && !closed && rights.editProject);
    for (QAction *a : {m_editProject, m_deleteProject})
        a->setStatusTip(rights.editProject ? QString() : rights.why);
    if (m_calendar)
        m_calendar->updateRights(hasProject, closed, rights);
}

void MainWindow::updateCount(int count)
{
    m_countLabel->setText(count < 0 ? QString() : tr("%n project(s)", nullptr, count));
}

void MainWindow::updatePending(int pending)
{
    m_pendingLabel->setText(pending > 0 ? tr("Saving %n change(s)…", nullptr, pending) : tr("All changes saved"));
}

void MainWindow::newProject()
{
    auto *dialog = new ProjectDialog(m_services.editor, m_organisations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultLead(m_identity.organisationId);
    connect(dialog, &ProjectDialog::projectCreated, this, &MainWindow::selectProject);
    dialog->open();
}

void MainWindow::editProject()
{
    if (!m_page->hasProject())
        return;
    const Model::Participation *lead = m_page->participants()->currentLead();
    auto *dialog = new ProjectDialog(m_services.editor, m_organisations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProject(m_page->project(), lead ? lead->organisationId : QUuid(),
                       lead ? lead->organisationName : QString());
    dialog->open();
}

void MainWindow::deleteProject()
{
    if (!m_page->hasProject() || Model::isClosed(m_page->project().status))
        return;
    const Model::Project project = m_page->project();
    if (!m_services.messages->confirm(this, tr("Delete Project"),
                                      tr("Delete the project %1? You can undo this with Edit ▸ Undo.").arg(project.name)))
        return;
    m_services.editor->deleteProject(project);
}

void MainWindow::addPartner()
{
    if (!m_page->hasProject())
        return;
    auto *dialog = new ParticipationDialog(m_services.editor, m_organisations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNew(m_page->projectId(), m_page->participants()->participations());
    dialog->open();
}

void MainWindow::editPartner(const Model::Participation &participation)
{
    auto *dialog = new ParticipationDialog(m_services.editor, m_organisations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setParticipation(participation);
    dialog->open();
}

void MainWindow::leaveProject(const Model::Participation &participation)
{
    if (!m_services.messages->confirm(this, tr("Leave Project"),
                                      tr("%1 leaves the project %2 today. Its contribution stays in the history.")
                                          .arg(participation.organisationName, m_page->project().name)))
        return;
    m_services.editor->leaveProject(participation, QDate::currentDate());
}

void MainWindow::handOverLead()
{
    if (!m_page->hasProject())
        return;
    auto *dialog = new HandOverDialog(m_services.editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setParticipations(m_page->participants()->participations());
    dialog->open();
}

void MainWindow::manageOrganisations()
{
    if (auto *existing = findChild<OrganisationsDialog *>(QStringLiteral("organisationsDialog"))) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new OrganisationsDialog(m_services.editor, m_organisations, m_services.messages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::newOrganisation()
{
    auto *dialog = new OrganisationDialog(m_services.editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Views
