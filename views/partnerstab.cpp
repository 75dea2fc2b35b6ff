#include "partnerstab.h"

#include "model/participantfilterproxy.h"
#include "model/participantsmodel.h"
#include "model/text.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Views {

namespace {
QToolButton *makeButton(QWidget *parent, QAction *action, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
}

PartnersTab::PartnersTab(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new Model::ParticipantFilterProxy(this))
    , m_view(new QTableView(this))
    , m_leadRule(new QLabel(this))
    , m_addAction(new QAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Add Partner…"), this))
    , m_editAction(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit &Partner…"), this))
    , m_leaveAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("&Leave Project…"), this))
    , m_handOverAction(new QAction(QIcon::fromTheme(QStringLiteral("system-switch-user")), tr("&Hand Over the Regie…"), this))
    , m_showFormerAction(new QAction(QIcon::fromTheme(QStringLiteral("view-history")), tr("Show &Former Partners"), this))
{
    setObjectName(QStringLiteral("partnersTab"));
    m_addAction->setObjectName(QStringLiteral("addPartnerAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addAction->setToolTip(tr("Let another organisation join this project"));
    m_editAction->setObjectName(QStringLiteral("editPartnerAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editAction->setToolTip(tr("Edit what the selected partner brings and gets"));
    m_leaveAction->setObjectName(QStringLiteral("leaveAction"));
    m_leaveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_handOverAction->setObjectName(QStringLiteral("handOverAction"));
    m_handOverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_handOverAction->setToolTip(tr("Make another partner the lead organisation (the regie)"));
    m_showFormerAction->setObjectName(QStringLiteral("showFormerAction"));
    m_showFormerAction->setCheckable(true);
    m_showFormerAction->setToolTip(tr("Also list organisations that have left the project"));

    connect(m_addAction, &QAction::triggered, this, &PartnersTab::addPartnerRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const auto p = selectedParticipation();
        if (!p.id.isNull())
            Q_EMIT editPartnerRequested(p);
    });
    connect(m_leaveAction, &QAction::triggered, this, [this] {
        const auto p = selectedParticipation();
        if (!p.id.isNull())
            Q_EMIT leaveRequested(p);
    });
    connect(m_handOverAction, &QAction::triggered, this, &PartnersTab::handOverRequested);
    connect(m_showFormerAction, &QAction::toggled, this, [this](bool show) {
        m_proxy->setShowFormer(show);
        m_view->setColumnHidden(Model::ParticipantsModel::LeftColumn, !show);
    });

    m_view->setObjectName(QStringLiteral("partnersTable"));
    m_view->setAccessibleName(tr("Partners"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addAction, m_editAction, m_leaveAction, m_handOverAction});
    connect(m_view, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PartnersTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PartnersTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PartnersTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PartnersTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PartnersTab::updateActions);

    m_leadRule->setObjectName(QStringLiteral("leadRuleLabel"));
    m_leadRule->setWordWrap(true);
    m_leadRule->setText(tr("One organisation holds the regie: it directs the collaboration, without being the boss of "
                           "the others. Hand the regie over to change it; who led when is kept."));
    m_leadRule->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(makeButton(this, m_addAction, QStringLiteral("addPartnerButton")));
    buttons->addWidget(makeButton(this, m_editAction, QStringLiteral("editPartnerButton")));
    buttons->addWidget(makeButton(this, m_leaveAction, QStringLiteral("leaveButton")));
    buttons->addWidget(makeButton(this, m_handOverAction, QStringLiteral("handOverButton")));
    buttons->addStretch(1);
    buttons->addWidget(makeButton(this, m_showFormerAction, QStringLiteral("showFormerButton")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_leadRule);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    updateActions();
}

void PartnersTab::setModel(Model::ParticipantsModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    if (model) {
        using C = Model::ParticipantsModel;
        header->setSectionResizeMode(C::BringsColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(C::GetsColumn, QHeaderView::Stretch);
        m_view->setColumnWidth(C::OrganisationColumn, 180);
        m_view->setColumnWidth(C::RoleColumn, 110);
        m_view->setColumnHidden(C::LeftColumn, !m_showFormerAction->isChecked());
    }
    updateActions();
}

void PartnersTab::setProject(bool hasProject, Model::ProjectStatus status)
{
    m_hasProject = hasProject;
    m_status = status;
    updateActions();
}

Model::Participation PartnersTab::selectedParticipation() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(Model::ParticipantsModel::ParticipationRole).value<Model::Participation>();
}

void PartnersTab::setRights(const Model::ProjectRights &rights, const QUuid &organisation)
{
    m_rights = rights;
    m_organisation = organisation;
    updateActions();
}

void PartnersTab::updateActions()
{
    const bool writable = m_hasProject && !Model::isClosed(m_status);
    const Model::Participation selected = selectedParticipation();
    const bool current = !selected.id.isNull() && selected.isCurrent();
    const bool isLead = current && selected.role == Model::ParticipationRole::Lead;
    const Model::Participation *lead = m_model ? m_model->currentLead() : nullptr;
    int others = 0;
    if (m_model) {
        for (const auto &p : m_model->participations())
            others += (p.isCurrent() && p.role != Model::ParticipationRole::Lead) ? 1 : 0;
    }
    // Partners keep their own row up to date; the regie decides who takes part.
    const bool mayEdit = m_rights.editProject || (current && selected.organisationId == m_organisation && m_rights.log);
    m_addAction->setEnabled(writable && m_rights.editProject);
    m_editAction->setEnabled(writable && current && mayEdit);
    m_leaveAction->setEnabled(writable && current && !isLead && m_rights.editProject);
    m_leaveAction->setToolTip(isLead ? tr("The lead cannot leave: hand the regie over first")
                                     : tr("The selected partner leaves the project; its history stays"));
    // Only the regie hands itself over: once it has, the action is gone.
    const bool weLead = lead && (m_organisation.isNull() || lead->organisationId == m_organisation);
    m_handOverAction->setEnabled(writable && weLead && others > 0 && m_rights.editProject);
    m_handOverAction->setStatusTip(lead && !weLead ? tr("Only the organisation with the regie (%1) hands it over.").arg(lead->organisationName)
                                                   : QString());
    m_showFormerAction->setEnabled(m_hasProject);
}

} // namespace Views
