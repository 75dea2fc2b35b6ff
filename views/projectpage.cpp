#include "projectpage.h"

#include "overviewtab.h"
#include "dashboardpage.h"
#include "evaluationstab.h"
#include "goalstab.h"
#include "interestmaptab.h"
#include "milestonestab.h"
#include "partnerstab.h"
#include "progresstab.h"
#include "projectheader.h"
#include "projectknowledgetab.h"

#include "model/async.h"
#include "model/leadhistorymodel.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/repository.h"

#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Views {

ProjectPage::ProjectPage(Model::ProjectRepository *projects, Model::ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_projects(projects)
    , m_participants(new Model::ParticipantsModel(projects, notifier, this))
    , m_leadHistory(new Model::LeadHistoryModel(projects, notifier, this))
    , m_stack(new QStackedWidget(this))
    , m_header(new ProjectHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_partners(new PartnersTab(this))
{
    setObjectName(QStringLiteral("projectPage"));
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, QIcon::fromTheme(QStringLiteral("documentinfo")), tr("&Overview"));
    m_tabs->addTab(m_partners, QIcon::fromTheme(QStringLiteral("group")), tr("&Partners"));
    m_overview->setLeadHistoryModel(m_leadHistory);
    m_partners->setModel(m_participants);

    auto *empty = new QLabel(tr("Choose a project on the left, or create one with Project ▸ New Project."), m_stack);
    empty->setObjectName(QStringLiteral("emptyProjectPage"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 0);
    contentLayout->addWidget(m_header);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    contentLayout->addWidget(line);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_participants, &Model::ParticipantsModel::loaded, this, [this] {
        m_participantsLoaded = true;
        updateLead();
        updateRights();
        checkShown();
    });
    connect(m_participants, &Model::ParticipantsModel::failed, this, &ProjectPage::failed);
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (m_id.isNull() || !changes.touches(Model::ChangeSet::Projects))
                return;
            if (changes.ids.isEmpty() || changes.ids.contains(m_id))
                load();
        });
    }
    showNothing();
}

void ProjectPage::setProjectId(const QUuid &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_loaded = false;
    m_participantsLoaded = false;
    m_shownEmitted = false;
    m_participants->setProjectId(id);
    m_leadHistory->setProjectId(id);
    updateRights(); // the last project's rights are not this one's
    if (id.isNull()) {
        m_projectRead.reset();
        showNothing();
        return;
    }
    load();
}

void ProjectPage::load()
{
    m_projectRead.start(m_projects->project(m_id), [this](const Model::Result<Model::Project> &result) {
        if (!result.ok()) {
            // Deleted (or undone creation): the page goes blank.
            if (result.error().code != Model::Error::NotFound)
                Q_EMIT failed(result.error().message);
            showNothing();
            return;
        }
        showProject(result.value());
    });
}

void ProjectPage::showProject(const Model::Project &project)
{
    m_project = project;
    m_loaded = true;
    m_header->setProject(project);
    m_overview->setProject(project);
    m_partners->setProject(true, project.status);
    showPlan();
    updateLead();
    m_stack->setCurrentIndex(1);
    Q_EMIT projectChanged();
    checkShown();
}

void ProjectPage::showNothing()
{
    m_project = {};
    m_loaded = false;
    m_header->clear();
    m_overview->clear();
    m_partners->setProject(false, Model::ProjectStatus::Idea);
    if (m_cache)
        m_cache->setProjectId({});
    if (m_progress)
        m_progress->clear();
    if (m_goals)
        m_goals->clear();
    if (m_milestones)
        m_milestones->clear();
    if (m_interests)
        m_interests->clear();
    if (m_evaluations)
        m_evaluations->clear();
    if (m_knowledge)
        m_knowledge->clear();
    m_stack->setCurrentIndex(0);
    if (m_dashboard)
        m_dashboard->reload();
    Q_EMIT projectChanged();
}

void ProjectPage::addPlanTabs(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier)
{
    m_cache = new Model::PlanCache(plan, notifier, this);
    m_goals = new GoalsTab(m_cache, editor, m_participants, this);
    m_milestones = new MilestonesTab(m_cache, editor, m_participants, this);
    m_progress = new ProgressTab(m_cache, plan, editor, this);
    m_interests = new InterestMapTab(m_cache, m_participants, this);
    m_evaluations = new EvaluationsTab(m_cache, editor, m_participants, this);
    m_evaluations->setIdentity(m_identity);
    connect(m_evaluations, &EvaluationsTab::reportFailed, this, &ProjectPage::exportFailed);
    connect(m_evaluations, &EvaluationsTab::reportWritten, this, &ProjectPage::exported);
    m_tabs->addTab(m_goals, QIcon::fromTheme(QStringLiteral("view-statistics")), tr("&Goals"));
    m_tabs->addTab(m_milestones, QIcon::fromTheme(QStringLiteral("gantt-chart"), QIcon::fromTheme(QStringLiteral("view-calendar-timeline"))),
                   tr("&Milestones"));
    m_tabs->addTab(m_progress, QIcon::fromTheme(QStringLiteral("view-calendar-list")), tr("P&rogress"));
    m_tabs->addTab(m_evaluations, QIcon::fromTheme(QStringLiteral("view-task")), tr("E&valuations"));
    m_tabs->addTab(m_interests, QIcon::fromTheme(QStringLiteral("view-process-tree")), tr("&Interests"));
    connect(m_interests, &InterestMapTab::exportFailed, this, &ProjectPage::exportFailed);
    connect(m_interests, &InterestMapTab::exported, this, &ProjectPage::exported);
    // With a plan to show, the page without a project is the dashboard.
    m_dashboard = new DashboardPage(m_cache, m_stack);
    QWidget *empty = m_stack->widget(0);
    m_stack->insertWidget(0, m_dashboard);
    m_stack->removeWidget(empty);
    empty->deleteLater();
    // Removing the page shown makes the stack show its neighbour, the empty project page.
    if (!m_loaded)
        m_stack->setCurrentWidget(m_dashboard);
    connect(m_dashboard, &DashboardPage::openRequested, this, &ProjectPage::openRequested);
    connect(m_dashboard, &DashboardPage::loaded, this, &ProjectPage::overviewLoaded);
    if (!m_loaded)
        m_dashboard->reload();
    if (m_loaded)
        showPlan();
}

void ProjectPage::addKnowledgeTab(Model::KnowledgeRepository *knowledge, Model::ChangeNotifier *notifier)
{
    m_knowledge = new ProjectKnowledgeTab(knowledge, notifier, this);
    m_tabs->addTab(m_knowledge, QIcon::fromTheme(QStringLiteral("documentation")), tr("Kno&wledge"));
    connect(m_knowledge, &ProjectKnowledgeTab::openRequested, this, &ProjectPage::knowledgeItemRequested);
    if (m_loaded)
        m_knowledge->setProject(m_project);
}

void ProjectPage::reloadOverview()
{
    if (m_dashboard)
        m_dashboard->reload();
}

void ProjectPage::showPlace(int place)
{
    QWidget *tab = place == DashboardPage::Goals        ? static_cast<QWidget *>(m_goals)
                 : place == DashboardPage::Evaluations ? static_cast<QWidget *>(m_evaluations)
                                                       : static_cast<QWidget *>(m_milestones);
    if (tab)
        m_tabs->setCurrentWidget(tab);
}

void ProjectPage::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    if (m_evaluations)
        m_evaluations->setIdentity(identity);
    updateRights();
    if (m_loaded)
        showPlan();
}

void ProjectPage::showPlan()
{
    if (m_goals)
        m_goals->setProject(m_project, m_identity.personId);
    if (m_milestones)
        m_milestones->setProject(m_project);
    if (m_interests)
        m_interests->setProject(m_project);
    if (m_evaluations)
        m_evaluations->setProject(m_project, m_identity.personId);
    if (m_progress)
        m_progress->setProject(m_project, m_identity.personId, m_identity.organisationId);
    if (m_knowledge)
        m_knowledge->setProject(m_project);
}

void ProjectPage::updateRights()
{
    // Under a server, nothing is offered until the partners are known.
    if (!m_identity.serverRole.isEmpty() && !m_participantsLoaded)
        m_rights = {false, false, false, false, tr("Loading…")};
    else
        m_rights = Model::projectRights(m_participants->participations(), m_identity);
    m_partners->setRights(m_rights, m_identity.organisationId);
    if (m_goals)
        m_goals->setRights(m_rights);
    if (m_milestones)
        m_milestones->setRights(m_rights);
    if (m_evaluations)
        m_evaluations->setRights(m_rights);
    if (m_progress)
        m_progress->setRights(m_rights);
    Q_EMIT rightsChanged();
}

void ProjectPage::updateLead()
{
    const Model::Participation *lead = m_participants->currentLead();
    m_header->setLeadName(lead ? lead->organisationName : QString());
}

void ProjectPage::checkShown()
{
    if (m_loaded && m_participantsLoaded && !m_shownEmitted) {
        m_shownEmitted = true;
        Q_EMIT shown();
    }
}

} // namespace Views
