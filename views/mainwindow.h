#pragma once

#include "model/types.h"

#include <QDate>
#include <QMainWindow>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;
class QSplitter;

namespace Model {
class AttachmentFetcher;
class AttachmentRepository;
class KnowledgeRepository;
class KnowledgeServerSearch;
class ChangeNotifier;
class ConsultationRepository;
class ExpertRepository;
class Editor;
class OrganisationListModel;
class OrganisationRepository;
class PlanRepository;
class ProjectListModel;
class ProjectRepository;
class SyncRepository;
}

namespace Views {

class CalendarActions;
class HelpActions;
class CouncilExportActions;
class KnowledgeActions;

class MessageBox;
class ProjectListPanel;
class ProjectPage;

/// Arranges the project list on the left and the project page on the right,
/// the menus, tool bar and status bar, and opens the dialogs the actions ask
/// for. Owns no business logic: data comes from the models, every edit goes
/// through the Editor.
///
/// objectNames: "mainWindow", "mainSplitter", "mainToolBar",
/// "identityLabel", "projectCountLabel", "pendingLabel", "syncLabel",
/// "syncCountsLabel", "conflictsButton", "syncProgress"; actions
/// "newProjectAction", "editProjectAction", "deleteProjectAction",
/// "quitAction", "manageOrganisationsAction", "newOrganisationAction",
/// "undoAction", "redoAction", "findAction", "syncNowAction",
/// "cancelSyncAction", "serverAction", "conflictsAction" (+ those of
/// ProjectListPanel, PartnersTab and HelpActions). Dialogs are children of the window:
/// "projectDialog", "participationDialog", "handOverDialog",
/// "organisationsDialog", "organisationDialog".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// What the window works with; none of it is owned by the window.
    struct Services {
        Model::ProjectRepository *projects = nullptr;
        Model::OrganisationRepository *organisations = nullptr;
        Model::ChangeNotifier *notifier = nullptr;
        Model::Editor *editor = nullptr;
        Views::MessageBox *messages = nullptr;
        Model::SyncRepository *sync = nullptr; ///< may be null: no sync menu then
        Model::PlanRepository *plan = nullptr; ///< may be null: no Goals and Progress tabs then
        Model::KnowledgeRepository *knowledge = nullptr; ///< may be null: no knowledge base then
        /// May be null: no "who knows" view, no openings counted then.
        Model::ExpertRepository *experts = nullptr;
        Model::ConsultationRepository *consultations = nullptr;
        /// Today's date as the window records it; the system's when not set.
        std::function<QDate()> today;
        Model::KnowledgeServerSearch *knowledgeServer = nullptr; ///< may be null: the laptop's search only
        Model::AttachmentRepository *attachments = nullptr; ///< the knowledge base's files; may be null
        Model::AttachmentFetcher *attachmentFetcher = nullptr; ///< fetches their content; may be null
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The store has opened: load the lists.
    void start();
    void setIdentity(const Model::Identity &identity);
    /// The Regie file this window works on: named in the status bar's
    /// tooltip, not in the title (which names the project or organisation).
    void setDatabasePath(const QString &path);
    const Model::Identity &identity() const { return m_identity; }
    /// Shows project @p id on the page and selects it in the list.
    /// Shows the overview of all projects, read anew (overviewShown() follows).
    void showOverview();
    void selectProject(const QUuid &id);

    ProjectListPanel *listPanel() const { return m_panel; }
    ProjectPage *projectPage() const { return m_page; }
    /// The knowledge base's menu actions and window; null without a knowledge repository.
    KnowledgeActions *knowledge() const { return m_knowledge; }
    /// The Help menu's actions: the handbook (F1) and About Regie.
    HelpActions *help() const { return m_help; }
    Model::ProjectListModel *projectList() const { return m_projectList; }
    Model::OrganisationListModel *organisationList() const { return m_organisations; }

    void newProject();
    void editProject();
    void deleteProject();
    void addPartner();
    void editPartner(const Model::Participation &participation);
    void leaveProject(const Model::Participation &participation);
    void handOverLead();
    void manageOrganisations();
    void newOrganisation();
    /// @p page: "problems" or "quarantine" for those tabs, else conflicts.
    void showConflicts(const QString &page = {});

    /// What the status bar says of sync: @p text, with a progress bar while
    /// @p busy; @p detail goes in the tool tip (the last error, for example).
    void setSyncState(const QString &text, bool busy, const QString &detail = {});
    /// Whether a sync server is set up: without one there is nothing to sync
    /// now, and no change is waiting for anything.
    void setServerConfigured(bool configured);
    void setSyncProgress(qint64 done, qint64 total);
    /// Reads pending changes, conflicts and refused changes again.
    void refreshSyncStatus();

Q_SIGNALS:
    /// An .ics export finished with @p items written.
    void calendarExported(int items);
    /// A project page has been filled with its data (project and partners).
    void projectShown();
    /// The overview (no project chosen) has been filled.
    void overviewShown();
    void syncRequested();
    void syncCancelRequested();
    void serverSettingsRequested();

private:
    KnowledgeActions *m_knowledge = nullptr;
    CalendarActions *m_calendar = nullptr;
    CouncilExportActions *m_councilExport = nullptr;
    bool m_serverConfigured = true;
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateActions();
    /// "Energie Drechtsteden" while a project is shown, else the user's
    /// organisation; the window system adds "— Regie".
    void updateTitle();
    void updateCount(int count);
    void updatePending(int pending);

    Services m_services;
    Model::Identity m_identity;
    QString m_databasePath;
    Model::OrganisationListModel *m_organisations;
    Model::ProjectListModel *m_projectList = nullptr;
    QSplitter *m_splitter;
    ProjectListPanel *m_panel;
    ProjectPage *m_page;
    QLabel *m_identityLabel;
    QLabel *m_countLabel;
    QLabel *m_pendingLabel;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_syncCounts = nullptr;
    QToolButton *m_conflictsButton = nullptr;
    int m_replacedSeen = -1; ///< replaced values counted last time; -1 before the first count
    QProgressBar *m_syncProgress = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_cancelSync = nullptr;
    QAction *m_server = nullptr;
    QAction *m_conflicts = nullptr;

    QAction *m_newProject = nullptr;
    QAction *m_editProject = nullptr;
    QAction *m_deleteProject = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_manageOrganisations = nullptr;
    QAction *m_newOrganisation = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    HelpActions *m_help = nullptr;
};

} // namespace Views
