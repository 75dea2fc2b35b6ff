#pragma once

#include "model/projectrights.h"
#include "model/requestslot.h"

#include "model/types.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace Model {
class ChangeNotifier;
class Editor;
class KnowledgeRepository;
class PlanRepository;
class LeadHistoryModel;
class ParticipantsModel;
class PlanCache;
class ProjectRepository;
}

namespace Views {

class DashboardPage;
class EvaluationsTab;
class GoalsTab;
class InterestMapTab;
class MilestonesTab;
class OverviewTab;
class PartnersTab;
class ProgressTab;
class ProjectHeader;
class ProjectKnowledgeTab;

/// The right side of the main window: one project with its header and the
/// Overview and Partners tabs. Loads the project through the repository and
/// follows the ChangeNotifier, so it shows what the store holds after every
/// edit, undo and redo.
///
/// objectNames: "projectPage", "projectTabs", "emptyProjectPage" (+ those of
/// ProjectHeader, OverviewTab and PartnersTab).
class ProjectPage : public QWidget
{
    Q_OBJECT
public:
    ProjectPage(Model::ProjectRepository *projects, Model::ChangeNotifier *notifier, QWidget *parent = nullptr);

    /// Shows @p id, or nothing for a null id.
    void setProjectId(const QUuid &id);
    QUuid projectId() const { return m_id; }
    /// True once the project of projectId() is loaded.
    bool hasProject() const { return m_loaded; }
    const Model::Project &project() const { return m_project; }

    Model::ParticipantsModel *participants() const { return m_participants; }
    Model::LeadHistoryModel *leadHistory() const { return m_leadHistory; }
    ProjectHeader *header() const { return m_header; }
    OverviewTab *overviewTab() const { return m_overview; }
    PartnersTab *partnersTab() const { return m_partners; }
    QTabWidget *tabs() const { return m_tabs; }
    ProgressTab *progressTab() const { return m_progress; }
    GoalsTab *goalsTab() const { return m_goals; }
    MilestonesTab *milestonesTab() const { return m_milestones; }
    DashboardPage *dashboard() const { return m_dashboard; }
    InterestMapTab *interestMapTab() const { return m_interests; }
    EvaluationsTab *evaluationsTab() const { return m_evaluations; }
    /// The project's knowledge (null before addKnowledgeTab()).
    ProjectKnowledgeTab *knowledgeTab() const { return m_knowledge; }
    /// What the plan tabs and the dashboard show, read once (null before addPlanTabs()).
    Model::PlanCache *planCache() const { return m_cache; }
    /// Brings the tab for @p place (DashboardPage::Place) to the front.
    void showPlace(int place);
    /// Reads the overview (the page without a project) again: on start,
    /// once the store is open.
    void reloadOverview();

    /// Adds the Goals, Milestones and Progress tabs, which read and write through @p plan.
    void addPlanTabs(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier);
    /// Adds the Knowledge tab: what the project shared in the knowledge base.
    void addKnowledgeTab(Model::KnowledgeRepository *knowledge, Model::ChangeNotifier *notifier);
    /// Who logs progress and measurements from this laptop.
    void setIdentity(const Model::Identity &identity);
    /// What the user may change in the project shown (the server's rights).
    const Model::ProjectRights &rights() const { return m_rights; }

Q_SIGNALS:
    /// The project (or its absence) changed: new data, a new status, gone.
    void projectChanged();
    void rightsChanged();
    /// The page is filled with a newly chosen project: project and partners.
    void shown();
    /// The overview has its rows (after reloadOverview() or a change).
    void overviewLoaded();
    void failed(const QString &message);
    /// A report or map was written to @p path, or could not be.
    void exported(const QString &path);
    void exportFailed(const QString &message);
    /// The dashboard asks to open @p project at @p place (DashboardPage::Place).
    void openRequested(const QUuid &project, int place);
    /// The Knowledge tab asks to read item @p id in the knowledge window.
    void knowledgeItemRequested(const QUuid &id);

private:
    void load();
    void showProject(const Model::Project &project);
    void showNothing();
    void updateLead();
    void updateRights();
    void showPlan();
    void checkShown();

    Model::ProjectRepository *m_projects;
    Model::ParticipantsModel *m_participants;
    Model::LeadHistoryModel *m_leadHistory;
    QStackedWidget *m_stack;
    ProjectHeader *m_header;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    PartnersTab *m_partners;
    Model::PlanCache *m_cache = nullptr;
    GoalsTab *m_goals = nullptr;
    MilestonesTab *m_milestones = nullptr;
    DashboardPage *m_dashboard = nullptr;
    InterestMapTab *m_interests = nullptr;
    EvaluationsTab *m_evaluations = nullptr;
    ProgressTab *m_progress = nullptr;
    ProjectKnowledgeTab *m_knowledge = nullptr;
    Model::Identity m_identity;
    Model::ProjectRights m_rights;
    QUuid m_id;
    Model::Project m_project;
    bool m_loaded = false;
    bool m_participantsLoaded = false;
    bool m_shownEmitted = false;
    Model::RequestSlot m_projectRead{this}; // answers for another project are dropped
};

} // namespace Views
