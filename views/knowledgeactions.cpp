#include "knowledgeactions.h"

#include "model/organisationlistmodel.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

namespace Views {

KnowledgeActions::KnowledgeActions(const KnowledgeWindow::Services &services, QAbstractItemModel *organisations,
                                   QWidget *parent)
    : QObject(parent)
    , m_services(services)
    , m_organisations(organisations)
    , m_parent(parent)
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("documentation")), tr("Open the &Knowledge Base"), this))
    , m_new(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&Share Knowledge…"), this))
    , m_overview(new QAction(tr("&Reuse Overview…"), this))
{
    m_services.organisationNames = [this] { return organisationNames(); };
    m_services.potentialAdopters = [this] { return municipalities(); };
    m_open->setObjectName(QStringLiteral("openKnowledgeAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_open->setToolTip(tr("Search and share what municipalities learned (%1)")
                           .arg(m_open->shortcut().toString(QKeySequence::NativeText)));
    m_new->setObjectName(QStringLiteral("newKnowledgeAction"));
    m_overview->setObjectName(QStringLiteral("reuseOverviewAction"));
    connect(m_open, &QAction::triggered, this, &KnowledgeActions::open);
    connect(m_new, &QAction::triggered, this, [this] { open()->newItem(); });
    connect(m_overview, &QAction::triggered, this, [this] { open()->showOverview(); });
}

void KnowledgeActions::addTo(QMenu *menu) const
{
    menu->addAction(m_open);
    menu->addAction(m_new);
    menu->addSeparator();
    menu->addAction(m_overview);
}

void KnowledgeActions::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    if (m_window)
        m_window->setIdentity(identity);
}

KnowledgeWindow *KnowledgeActions::open()
{
    if (!m_window) {
        m_window = new KnowledgeWindow(m_services, m_parent);
        m_window->setIdentity(m_identity);
        connect(m_window, &KnowledgeWindow::projectRequested, this, &KnowledgeActions::projectRequested);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

QHash<QUuid, QString> KnowledgeActions::organisationNames() const
{
    QHash<QUuid, QString> names;
    for (int row = 0; row < m_organisations->rowCount(); ++row) {
        const QModelIndex i = m_organisations->index(row, 0);
        names.insert(i.data(Model::OrganisationListModel::IdRole).toUuid(), i.data(Qt::DisplayRole).toString());
    }
    return names;
}

int KnowledgeActions::municipalities() const
{
    int n = 0;
    for (int row = 0; row < m_organisations->rowCount(); ++row) {
        const QModelIndex i = m_organisations->index(row, 0);
        n += i.data(Model::OrganisationListModel::KindRole).toInt() == int(Model::OrganisationKind::Municipality);
    }
    return n;
}

} // namespace Views
