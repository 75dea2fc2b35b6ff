#include "projectlistpanel.h"

#include "clearbutton.h"

#include "projectdelegate.h"

#include "model/projectlistmodel.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Views {

namespace {
constexpr int SearchDelayMs = 250;
}

ProjectListPanel::ProjectListPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_showClosed(new QCheckBox(tr("Show closed projects"), this))
    , m_showClosedAction(new QAction(tr("Show &Closed Projects"), this))
    , m_overviewAction(new QAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("&Overview"), this))
    , m_view(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("projectListPanel"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search projects"));
    m_search->setPlaceholderText(tr("Search projects, their regie, goals or milestones…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("search")), QLineEdit::LeadingPosition);
    // The search icon is a button to a screen reader: say what it stands for.
    const auto icons = m_search->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *icon : icons) {
        if (icon->accessibleName().isEmpty())
            icon->setAccessibleName(tr("Search"));
    }

    m_showClosed->setObjectName(QStringLiteral("showClosedCheck"));
    m_showClosed->setToolTip(tr("Completed and stopped projects stay searchable for their lessons."));
    m_showClosedAction->setObjectName(QStringLiteral("showClosedAction"));
    m_showClosedAction->setCheckable(true);
    m_showClosedAction->setToolTip(m_showClosed->toolTip());
    connect(m_showClosed, &QCheckBox::toggled, m_showClosedAction, &QAction::setChecked);
    connect(m_showClosedAction, &QAction::toggled, m_showClosed, &QCheckBox::setChecked);
    connect(m_showClosedAction, &QAction::toggled, this, [this](bool show) {
        if (m_model)
            m_model->setIncludeClosed(show);
    });

    // The way back from a project to what is due across all of them.
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_overviewAction->setToolTip(tr("Show the overview of all projects: overdue milestones, goals off track, "
                                    "evaluations to come (Alt+Home)"));
    connect(m_overviewAction, &QAction::triggered, this, [this] {
        m_pendingSelection = {};
        if (m_view->selectionModel())
            m_view->selectionModel()->clear();
        Q_EMIT currentProjectChanged({});
    });

    m_view->setObjectName(QStringLiteral("projectList"));
    m_view->setItemDelegate(new ProjectDelegate(m_view));
    // 50,000 rows: one size for all, so the view never measures each row.
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Projects"));
    m_view->setMinimumWidth(240);

    m_emptyLabel->setObjectName(QStringLiteral("emptyListLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->hide();

    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ProjectListPanel::applySearch);
    // Enter searches at once; Down moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
        m_view->setFocus();
    });
    m_search->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_showClosed);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
}

void ProjectListPanel::setModel(Model::ProjectListModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Connected before the view's selection model: the current row
        // leaving (a rename moves it, closing hides it) must not make its
        // neighbour the current project.
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
            const QModelIndex current = m_view->currentIndex();
            if (m_leaving.isNull() && current.isValid() && current.row() >= first && current.row() <= last) {
                m_leaving = current.data(Model::ProjectListModel::IdRole).toUuid();
                m_leftRow = first;
            }
        });
        connect(model, &Model::ProjectListModel::failed, this, [this] { m_leaving = {}; });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (!m_leaving.isNull() && m_view->selectionModel())
                m_view->selectionModel()->clear();
        });
    }
    m_view->setModel(model);
    if (!model)
        return;
    model->setIncludeClosed(m_showClosedAction->isChecked());
    model->setSearchText(m_search->text().trimmed());
    connect(model, &Model::ProjectListModel::totalCountChanged, this, [this](int total) {
        updateEmptyLabel();
        Q_EMIT countChanged(total);
    });
    connect(model, &Model::ProjectListModel::loaded, this, &ProjectListPanel::onLoaded);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || !m_leaving.isNull())
            return;
        m_left = {};
        Q_EMIT currentProjectChanged(current.data(Model::ProjectListModel::IdRole).toUuid());
    });
    if (model->totalCount() >= 0)
        Q_EMIT countChanged(model->totalCount());
}

QUuid ProjectListPanel::currentProjectId() const
{
    return m_view->currentIndex().data(Model::ProjectListModel::IdRole).toUuid();
}

void ProjectListPanel::selectProject(const QUuid &id)
{
    m_pendingSelection = {};
    if (!m_model || id.isNull())
        return;
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid()) {
        m_pendingSelection = id;
        return;
    }
    if (m_view->currentIndex() != index)
        m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ProjectListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ProjectListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model && m_model->rowCount() > 0) {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0));
        m_view->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectListPanel::applySearch()
{
    if (m_model)
        m_model->setSearchText(m_search->text().trimmed());
}

void ProjectListPanel::keepClosedProject(const QUuid &id)
{
    if (id.isNull() || id != m_left)
        return;
    m_left = {};
    if (!m_showClosedAction->isChecked()) {
        m_showClosedAction->setChecked(true);
        Q_EMIT said(tr("Closed projects are listed now, so that this one stays in view."));
    }
    selectProject(id);
}

void ProjectListPanel::moveOnFrom(const QUuid &id)
{
    if (id.isNull() || id != m_left)
        return;
    m_left = {};
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows > 0)
        m_view->setCurrentIndex(m_model->index(std::min(m_leftRow, rows - 1)));
    else
        Q_EMIT currentProjectChanged({});
}

void ProjectListPanel::onLoaded()
{
    if (!m_leaving.isNull()) {
        // The refresh is over: a row that moved is current again; one that left says so.
        const QUuid leaving = std::exchange(m_leaving, {});
        const QModelIndex index = m_model->indexOf(leaving);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
        } else {
            m_left = leaving;
            Q_EMIT currentProjectLeft(leaving);
        }
    }
    if (!m_pendingSelection.isNull()) {
        const QModelIndex index = m_model->indexOf(m_pendingSelection);
        if (index.isValid()) {
            m_pendingSelection = {};
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
    updateEmptyLabel();
}

void ProjectListPanel::updateEmptyLabel()
{
    const bool empty = m_model && !m_model->isLoading() && m_model->rowCount() == 0 && m_model->totalCount() == 0;
    if (empty) {
        m_emptyLabel->setText(m_model->searchText().isEmpty() ? tr("No projects yet.\nCreate one with Project ▸ New Project.")
                                                              : tr("No project matches “%1”.").arg(m_model->searchText()));
    }
    m_emptyLabel->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace Views
