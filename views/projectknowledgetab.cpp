#include "projectknowledgetab.h"

#include "model/projectknowledgemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Views {

ProjectKnowledgeTab::ProjectKnowledgeTab(Model::KnowledgeRepository *knowledge, Model::ChangeNotifier *notifier,
                                         QWidget *parent)
    : QWidget(parent)
    , m_model(new Model::ProjectKnowledgeModel(knowledge, notifier, this))
    , m_list(new QTreeView(this))
    , m_empty(new QLabel(tr("Nothing has been shared from this project yet. Share the lessons of a held evaluation "
                            "on the Evaluations tab, or write an item in the knowledge base."),
                         this))
    , m_open(new QPushButton(QIcon::fromTheme(QStringLiteral("documentation")), tr("&Open in the Knowledge Base"), this))
{
    setObjectName(QStringLiteral("projectKnowledgeTab"));
    m_list->setObjectName(QStringLiteral("projectKnowledgeList"));
    m_list->setAccessibleName(tr("Knowledge shared by this project"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Model::ProjectKnowledgeModel::TitleColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("projectKnowledgeEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_open->setObjectName(QStringLiteral("openKnowledgeItemButton"));
    m_open->setToolTip(tr("Read the chosen item, with who took it up (Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_chosen = index.data(Model::ProjectKnowledgeModel::IdRole).toUuid();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_chosen);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, 0));
        updateState();
    });
    connect(m_model, &Model::ProjectKnowledgeModel::loaded, this, &ProjectKnowledgeTab::updateState);
    connect(m_list, &QTreeView::activated, this, &ProjectKnowledgeTab::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ProjectKnowledgeTab::openCurrent);
    updateState();
}

void ProjectKnowledgeTab::setProject(const Model::Project &project)
{
    if (project.id != m_model->projectId())
        m_chosen = {};
    m_model->setProjectId(project.id);
}

void ProjectKnowledgeTab::clear()
{
    m_chosen = {};
    m_model->setProjectId({});
    updateState();
}

void ProjectKnowledgeTab::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        Q_EMIT openRequested(current.data(Model::ProjectKnowledgeModel::IdRole).toUuid());
}

void ProjectKnowledgeTab::updateState()
{
    const bool none = m_model->rowCount() == 0 && !m_model->isLoading();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    m_open->setEnabled(m_list->currentIndex().isValid());
}

} // namespace Views
