#include "milestonestab.h"

#include "deletekey.h"
#include "milestonedialog.h"
#include "timelineganttproxy.h"
#include "timelinegrid.h"
#include "timelineitemdelegate.h"
#include "timelinezoom.h"

#include "model/editor.h"
#include "model/goaltrend.h"
#include "model/milestonetimelinemodel.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/text.h"

#include <KGanttDateTimeGrid>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Views {

using Model::MilestoneTimelineModel;
using Model::PlanCache;

namespace {

/// Successes named on the tab; the rest are behind "and N more".
constexpr int SuccessesShown = 5;
/// What the timeline's rows are made of.
constexpr auto RowParts = PlanCache::Milestones | PlanCache::Evaluations;
/// What the successes are made of, beside the milestones.
constexpr auto SuccessParts = PlanCache::Goals | PlanCache::Measurements;
/// A legend entry: a square in the look's colour and its name.
QString legendEntry(MilestoneTimelineModel::Look look)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
        .arg(MilestoneTimelineModel::colour(look).name(), MilestoneTimelineModel::lookName(look).toHtmlEscaped());
}

} // namespace

MilestonesTab::MilestonesTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants,
                             QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_editor(editor)
    , m_participants(participants)
    , m_model(new MilestoneTimelineModel(this))
    , m_gantt(new TimelineGanttProxy(this))
    , m_view(new KGantt::View(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_zoom(new QComboBox(this))
    , m_todayButton(new QPushButton(QIcon::fromTheme(QStringLiteral("go-jump-today")), tr("&Today"), this))
    , m_legend(new QLabel(this))
    , m_successes(new QLabel(this))
    , m_celebration(new QLabel(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Milestone…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete"), this))
{
    setObjectName(QStringLiteral("milestonesTab"));
    m_gantt->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->leftView()->setAccessibleName(tr("Milestones and evaluations"));
    m_successes->setObjectName(QStringLiteral("successesLabel"));
    m_celebration->setObjectName(QStringLiteral("milestoneCelebration"));
    m_celebration->setWordWrap(true);
    m_celebration->setStyleSheet(
        QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px"));
    m_celebration->hide();
    m_successes->setWordWrap(true);
    m_successes->setTextFormat(Qt::RichText);
    m_add->setObjectName(QStringLiteral("addMilestoneButton"));
    m_edit->setObjectName(QStringLiteral("editMilestoneButton"));
    m_delete->setObjectName(QStringLiteral("deleteMilestoneButton"));

    // The grid must be set before the view is shown (it lays out against it).
    auto *grid = new TimelineGrid; // with today's line
    grid->setParent(this); // the view does not delete its grid
    // Years above, months below: a project runs for years, so a day gets a
    // pixel or two and the whole plan fits at a glance.
    grid->setUserDefinedUpperScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Year, QStringLiteral("yyyy")));
    grid->setUserDefinedLowerScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Month, QStringLiteral("MMM")));
    grid->setScale(KGantt::DateTimeGrid::ScaleUserDefined);
    grid->setDayWidth(1.5);
    grid->setFreeDays({}); // at a few pixels a day, shaded weekends are only noise
    grid->setToday(m_model->today());
    m_view->setGrid(grid);
    m_view->graphicsView()->setItemDelegate(new TimelineItemDelegate(m_view));
    m_view->setModel(m_gantt);
    if (auto *left = qobject_cast<QTreeView *>(m_view->leftView())) {
        left->setEditTriggers(QAbstractItemView::NoEditTriggers); // titles change through the dialog
        for (int c = TimelineGanttProxy::Type; c < TimelineGanttProxy::ColumnCount; ++c)
            left->hideColumn(c);
        left->header()->setStretchLastSection(true);
        left->setRootIsDecorated(false);
        // Every row is one line: the list need not measure each one.
        left->setUniformRowHeights(true);
    }
    m_view->setMinimumHeight(160);
    m_view->splitter()->setStretchFactor(0, 1);
    m_view->splitter()->setStretchFactor(1, 3);
    m_view->splitter()->setSizes({260, 780});

    m_zoomer = new TimelineZoom(m_view, m_zoom, this);
    m_zoomer->setToday(m_model->today());
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_todayButton->setToolTip(tr("Show today on the timeline"));
    auto *zoomIn = new QAction(tr("Zoom In"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto *zoomOut = new QAction(tr("Zoom Out"), this);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    for (QAction *a : {zoomIn, zoomOut}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(zoomIn, &QAction::triggered, this, [this] { zoomBy(1.5); });
    connect(zoomOut, &QAction::triggered, this, [this] { zoomBy(1.0 / 1.5); });
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true); // a narrow window takes it on two lines
    QStringList legend;
    for (auto look : MilestoneTimelineModel::looks())
        legend << legendEntry(look);
    legend << QStringLiteral("<span style=\"color:#d32f2f\">&#9474;</span>&nbsp;%1").arg(tr("today").toHtmlEscaped());
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(zoomLabel);
    chartBar->addWidget(m_zoom);
    chartBar->addWidget(m_todayButton);
    chartBar->addSpacing(12);
    chartBar->addWidget(m_legend, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("milestonesHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_celebration);
    layout->addWidget(m_hint);
    layout->addLayout(chartBar);
    // The chart takes the room; the successes under it can be made larger or folded away.
    m_split->setObjectName(QStringLiteral("timelineSplitter"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_successes);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setCollapsible(0, false);
    m_successes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_successes->setMinimumHeight(0);
    layout->addWidget(m_split, 1);
    layout->addLayout(buttons);

    connect(m_model, &MilestoneTimelineModel::moveRequested, this, [this](const Model::Milestone &m, const QDate &due) {
        if (Model::isClosed(m_project.status) || !m_rights.editPlan)
            return;
        Model::Milestone moved = m;
        moved.due = due;
        m_editor->saveMilestone(m, moved);
    });
    connect(m_model, &MilestoneTimelineModel::evaluationMoveRequested, this,
            [this](const Model::Evaluation &e, const QDate &on) {
                if (Model::isClosed(m_project.status) || !m_rights.editPlan)
                    return;
                Model::Evaluation moved = e;
                moved.plannedOn = on;
                m_editor->scheduleEvaluation(e, moved);
            });
    connect(m_model, &MilestoneTimelineModel::milestoneReached, this, &MilestonesTab::celebrate);
    connect(m_successes, &QLabel::linkActivated, this, [this] { showAllSuccesses(); });
    connect(m_view->leftView(), &QAbstractItemView::doubleClicked, this, &MilestonesTab::editMilestone);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MilestonesTab::updateButtons);
    connect(m_todayButton, &QPushButton::clicked, this, &MilestonesTab::scrollToToday);
    connect(m_add, &QPushButton::clicked, this, &MilestonesTab::addMilestone);
    connect(m_edit, &QPushButton::clicked, this, &MilestonesTab::editMilestone);
    connect(m_delete, &QPushButton::clicked, this, &MilestonesTab::deleteMilestone);
    onDeleteKey(m_view->leftView(), [this] { deleteMilestone(); });
    onDeleteKey(m_view->graphicsView(), [this] { deleteMilestone(); });
    connect(m_cache, &PlanCache::projectChanged, this, [this] {
        m_rowsStale = true;
        m_successesStale = true;
    });
    connect(m_cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (RowParts & part)
            m_rowsStale = true;
        else if (SuccessParts & part)
            m_successesStale = true;
        else
            return;
        refresh();
    });
    clear();
}

void MilestonesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, RowParts | SuccessParts);
    // What the cache took in while the tab was hidden (for another tab) is shown now.
    refresh();
}

void MilestonesTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void MilestonesTab::setProject(const Model::Project &project)
{
    if (project.id != m_project.id) {
        m_celebration->hide();
        m_scrolledToToday = false;
    }
    m_project = project;
    m_cache->setProjectId(project.id);
    updateButtons();
    // The same project again (its status, its rights): what the cache holds is shown again.
    m_rowsStale = true;
    refresh();
}

void MilestonesTab::clear()
{
    m_project = {};
    m_rowsStale = true;
    m_successesStale = true;
    m_model->clear();
    m_model->setProjectId({});
    m_allSuccesses.clear();
    m_successes->clear();
    updateButtons();
}

void MilestonesTab::refresh()
{
    // KGantt lays the whole chart out again on each change of the model: so
    // the rows go in once both lists are in, and not while the tab is hidden.
    if (m_project.id.isNull() || !isVisible() || m_cache->projectId() != m_project.id)
        return;
    if (m_rowsStale && m_cache->isLoaded(RowParts) && !m_cache->isPending(RowParts))
        showRows();
    else if (m_successesStale && m_model->projectId() == m_project.id)
        showSuccesses();
}

void MilestonesTab::showRows()
{
    // Another project's rows go first (an empty chart is cheap to move), the
    // grid is fitted before the new rows come, and rows that stay where they
    // were update in place.
    m_rowsStale = false;
    const Model::Milestone *chosen = currentMilestone();
    const QUuid current = chosen ? chosen->id : QUuid();
    if (m_model->projectId() != m_project.id) {
        m_model->clear();
        m_model->setProjectId(m_project.id);
    }
    const QList<Model::Milestone> &milestones = m_cache->milestones();
    const QList<Model::Evaluation> &evaluations = m_cache->evaluations();
    const auto [first, last] = MilestoneTimelineModel::span(milestones, evaluations);
    fitTimeline(first, last);
    m_model->setRows(milestones, evaluations);
    if (!m_scrolledToToday) {
        // Once KGantt has the items in its scene (it sizes the scene as they come).
        m_scrolledToToday = true;
        if (m_gantt->isComplete())
            QTimer::singleShot(0, this, &MilestonesTab::scrollToToday);
        else
            connect(m_gantt, &TimelineGanttProxy::completed, this, [this] {
                QTimer::singleShot(0, this, &MilestonesTab::scrollToToday);
            }, Qt::SingleShotConnection);
    }
    if (const int row = current.isNull() ? -1 : m_model->rowOf(current); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_gantt->index(row, 0), QItemSelectionModel::ClearAndSelect);
    showSuccesses();
    updateButtons();
    Q_EMIT loaded();
}

void MilestonesTab::celebrate(const Model::Milestone &milestone)
{
    // Reached: name the partners who did it together.
    QStringList names;
    for (const auto &p : m_participants->participations()) {
        if (p.isCurrent())
            names << p.organisationName;
    }
    const QString last = names.size() > 1 ? names.takeLast() : QString();
    const QString together = last.isEmpty() ? names.value(0) : tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
    const QString message = tr("Milestone reached: %1! Well done, %2.").arg(milestone.title, together);
    m_celebration->setText(message);
    m_celebration->show();
    Q_EMIT celebrated(message);
}

void MilestonesTab::showSuccesses()
{
    // What was reached, newest first: milestones done and goal targets met.
    m_successesStale = false;
    QList<std::pair<QDate, QString>> reached;
    for (const Model::Milestone &m : m_model->milestones()) {
        if (m.status == Model::MilestoneStatus::Done)
            reached.append({m.completedOn, m.title});
    }
    for (const Model::Goal &g : m_cache->goals()) {
        if (const QDate on = Model::reachedOn(g, m_cache->measurementsOf(g.id)); on.isValid())
            reached.append({on, tr("target reached: %1").arg(g.title)});
    }
    std::stable_sort(reached.begin(), reached.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_allSuccesses.clear();
    QStringList shown;
    for (const auto &[on, what] : std::as_const(reached)) {
        const QString line = tr("%1 — %2").arg(QLocale().toString(on, QLocale::ShortFormat), what);
        m_allSuccesses << line;
        if (shown.size() < SuccessesShown)
            shown << line.toHtmlEscaped();
    }
    // A long list would wrap over many lines and take seconds to lay out.
    if (const int more = int(m_allSuccesses.size() - shown.size()); more > 0)
        shown << QStringLiteral("<a href=\"#successes\">%1</a>").arg(tr("and %n more", nullptr, more));
    m_successes->setText(shown.isEmpty() ? QString() : tr("<b>Successes:</b> %1").arg(shown.join(QStringLiteral(" · "))));
}

void MilestonesTab::showAllSuccesses()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("successesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Successes — %1").arg(m_project.name));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("successesList"));
    list->setUniformItemSizes(true);
    list->addItems(m_allSuccesses);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(520, 480);
    dialog->open();
}

void MilestonesTab::fitTimeline(const QDate &first, const QDate &last)
{
    m_zoomer->fit(first, last, m_project.start, m_project.end);
}

void MilestonesTab::setZoom(Zoom zoom)
{
    m_zoomer->setLevel(zoom);
}

MilestonesTab::Zoom MilestonesTab::zoom() const
{
    return m_zoomer->level();
}

void MilestonesTab::zoomBy(double factor)
{
    m_zoomer->zoomBy(factor);
}

void MilestonesTab::scrollToToday()
{
    m_zoomer->scrollToToday();
}

QDate MilestonesTab::today() const
{
    auto *grid = qobject_cast<TimelineGrid *>(m_view->grid());
    return grid ? grid->today() : QDate();
}

const Model::Milestone *MilestonesTab::currentMilestone() const
{
    return m_model->milestoneAt(m_view->selectionModel()->currentIndex().row());
}

void MilestonesTab::updateButtons()
{
    const bool open = !m_project.id.isNull() && !Model::isClosed(m_project.status) && m_rights.editPlan;
    m_add->setEnabled(open);
    m_edit->setEnabled(open && currentMilestone());
    m_delete->setEnabled(open && currentMilestone());
    for (QPushButton *b : {m_add, m_edit, m_delete})
        b->setToolTip(m_rights.why);
    m_view->graphicsView()->setReadOnly(!open);
    // Invite dragging only where it moves something; else say who can.
    m_hint->setText(open ? tr("Drag a milestone or a planned evaluation along the timeline to move its date; Edit ▸ Undo "
                              "takes it back.")
                    : m_project.id.isNull()             ? QString()
                    : Model::isClosed(m_project.status) ? tr("This project is closed: its milestones stay as they were.")
                                                        : m_rights.why);
}

void MilestonesTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateButtons();
}

void MilestonesTab::openDialog(const std::optional<Model::Milestone> &before, const Model::Milestone &milestone)
{
    auto *dialog = new MilestoneDialog(milestone, m_participants->participations(), m_cache->goals(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { m_editor->saveMilestone(before, dialog->milestone()); });
    dialog->open();
}

void MilestonesTab::addMilestone()
{
    if (!m_add->isEnabled())
        return;
    Model::Milestone m;
    m.id = QUuid::createUuid();
    m.projectId = m_project.id;
    if (const Model::Participation *lead = m_participants->currentLead())
        m.ownerOrganisationId = lead->organisationId;
    openDialog(std::nullopt, m);
}

void MilestonesTab::editMilestone()
{
    if (const Model::Milestone *m = currentMilestone(); m && m_edit->isEnabled())
        openDialog(*m, *m);
}

void MilestonesTab::deleteMilestone()
{
    if (const Model::Milestone *m = currentMilestone(); m && m_delete->isEnabled())
        m_editor->deleteMilestone(*m);
}

} // namespace Views
