#include "milestonestab.h"

#include "deletekey.h"
#include "fielderrors.h"
#include "optionaldate.h"
#include "timelinemodel.h"

#include "model/async.h"
#include "model/editor.h"
#include "model/goaltrend.h"
#include "model/participantsmodel.h"
#include "model/repository.h"
#include "model/text.h"
#include "model/validation.h"

#include <KGanttDateTimeGrid>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QAbstractItemView>

#include <algorithm>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Views {

namespace {

/// Edits a milestone; OK stays off while it breaks a rule, and says why.
class MilestoneDialog : public QDialog
{
public:
    MilestoneDialog(const Model::Milestone &milestone, const QList<Model::Participation> &partners,
                    const QList<Model::Goal> &goals, QWidget *parent)
        : QDialog(parent)
        , m_milestone(milestone)
    {
        setObjectName(QStringLiteral("milestoneDialog"));
        setWindowTitle(milestone.title.isEmpty() ? MilestonesTab::tr("Add Milestone")
                                                 : MilestonesTab::tr("Edit Milestone — %1").arg(milestone.title));
        m_title->setObjectName(QStringLiteral("titleEdit"));
        m_title->setText(milestone.title);
        m_description->setObjectName(QStringLiteral("descriptionEdit"));
        m_description->setPlainText(milestone.description);
        m_description->setTabChangesFocus(true);
        m_description->setMaximumHeight(70);
        m_due->setObjectName(QStringLiteral("dueEdit"));
        m_due->setCalendarPopup(true);
        m_due->setDate(milestone.due.isValid() ? milestone.due : QDate::currentDate().addMonths(1));
        m_owner->setObjectName(QStringLiteral("ownerCombo"));
        m_owner->addItem(MilestonesTab::tr("(nobody in particular)"), QUuid());
        for (const auto &p : partners) {
            if (p.isCurrent() || p.organisationId == milestone.ownerOrganisationId)
                m_owner->addItem(p.organisationName, p.organisationId);
        }
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(milestone.ownerOrganisationId)));
        m_status->setObjectName(QStringLiteral("statusCombo"));
        for (auto s : Model::milestoneStatuses())
            m_status->addItem(Model::displayName(s), int(s));
        m_status->setCurrentIndex(m_status->findData(int(milestone.status)));
        m_completed->setObjectName(QStringLiteral("completedEdit"));
        OptionalDate::setup(m_completed);
        OptionalDate::set(m_completed, milestone.completedOn);
        m_goals->setObjectName(QStringLiteral("goalList"));
        for (const auto &g : goals) {
            auto *item = new QListWidgetItem(g.title, m_goals);
            item->setData(Qt::UserRole, g.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(milestone.goals.contains(g.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_goals->setMaximumHeight(100);
        m_issues->setObjectName(QStringLiteral("issuesLabel"));
        showAsError(m_issues);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

        auto *form = new QFormLayout;
        form->addRow(MilestonesTab::tr("&Title:"), m_title);
        form->addRow(MilestonesTab::tr("&Description:"), m_description);
        form->addRow(MilestonesTab::tr("D&ue:"), m_due);
        form->addRow(MilestonesTab::tr("&Owner:"), m_owner);
        form->addRow(MilestonesTab::tr("&Status:"), m_status);
        form->addRow(MilestonesTab::tr("&Reached on:"), m_completed);
        form->addRow(MilestonesTab::tr("Serves the &goals:"), m_goals);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_issues);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_title, &QLineEdit::textChanged, this, [this] { check(); });
        connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
            // Marking it done proposes today as the day it was reached.
            if (status() == Model::MilestoneStatus::Done && !OptionalDate::get(m_completed).isValid())
                OptionalDate::set(m_completed, QDate::currentDate());
            check();
        });
        connect(m_completed, &QDateEdit::dateChanged, this, [this] { check(); });
        resize(480, sizeHint().height());
        check();
    }

    Model::Milestone milestone() const
    {
        Model::Milestone m = m_milestone;
        m.title = m_title->text().trimmed();
        m.description = m_description->toPlainText();
        m.due = m_due->date();
        m.ownerOrganisationId = m_owner->currentData().toUuid();
        m.status = status();
        m.completedOn = m.status == Model::MilestoneStatus::Done ? OptionalDate::get(m_completed) : QDate();
        m.goals.clear();
        for (int i = 0; i < m_goals->count(); ++i) {
            if (m_goals->item(i)->checkState() == Qt::Checked)
                m.goals.append(m_goals->item(i)->data(Qt::UserRole).toUuid());
        }
        return m;
    }

private:
    Model::MilestoneStatus status() const { return Model::MilestoneStatus(m_status->currentData().toInt()); }

    void check()
    {
        QStringList problems;
        for (const auto &issue : Model::validate(milestone()))
            problems << issue.message;
        m_completed->setEnabled(status() == Model::MilestoneStatus::Done);
        m_issues->setText(problems.join(QLatin1Char('\n')));
        m_issues->setVisible(!problems.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    }

    Model::Milestone m_milestone;
    QLineEdit *m_title = new QLineEdit(this);
    QPlainTextEdit *m_description = new QPlainTextEdit(this);
    QDateEdit *m_due = new QDateEdit(this);
    QComboBox *m_owner = new QComboBox(this);
    QComboBox *m_status = new QComboBox(this);
    QDateEdit *m_completed = new QDateEdit(this);
    QListWidget *m_goals = new QListWidget(this);
    QLabel *m_issues = new QLabel(this);
    QDialogButtonBox *m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
};

} // namespace

MilestonesTab::MilestonesTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                             Model::ParticipantsModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_editor(editor)
    , m_participants(participants)
    , m_model(new TimelineModel(this))
    , m_view(new KGantt::View(this))
    , m_successes(new QLabel(this))
    , m_celebration(new QLabel(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Milestone…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete"), this))
{
    setObjectName(QStringLiteral("milestonesTab"));
    m_view->setObjectName(QStringLiteral("timeline"));
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
    auto *grid = new KGantt::DateTimeGrid;
    grid->setParent(this); // the view does not delete its grid
    // Years above, months below: a project runs for years, so a day gets a
    // pixel or two and the whole plan fits at a glance.
    grid->setUserDefinedUpperScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Year, QStringLiteral("yyyy")));
    grid->setUserDefinedLowerScale(new KGantt::DateTimeScaleFormatter(KGantt::DateTimeScaleFormatter::Month, QStringLiteral("MMM")));
    grid->setScale(KGantt::DateTimeGrid::ScaleUserDefined);
    grid->setDayWidth(1.5);
    grid->setFreeDays({}); // at a few pixels a day, shaded weekends are only noise
    m_view->setGrid(grid);
    m_view->setModel(m_model);
    if (auto *left = qobject_cast<QTreeView *>(m_view->leftView())) {
        left->setEditTriggers(QAbstractItemView::NoEditTriggers); // titles change through the dialog
        for (int c = TimelineModel::Type; c < TimelineModel::ColumnCount; ++c)
            left->hideColumn(c);
        left->header()->setStretchLastSection(true);
        left->setRootIsDecorated(false);
    }
    m_view->setMinimumHeight(240);
    m_view->splitter()->setStretchFactor(0, 1);
    m_view->splitter()->setStretchFactor(1, 3);
    m_view->splitter()->setSizes({260, 780});

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *hint = new QLabel(tr("Drag a milestone or a planned evaluation along the timeline to move its date; Edit ▸ Undo takes it back."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_celebration);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_successes);
    layout->addLayout(buttons);

    connect(m_model, &TimelineModel::moveRequested, this, [this](const Model::Milestone &m, const QDate &due) {
        if (Model::isClosed(m_project.status) || !m_rights.editPlan)
            return;
        Model::Milestone moved = m;
        moved.due = due;
        m_editor->saveMilestone(m, moved);
    });
    connect(m_model, &TimelineModel::evaluationMoveRequested, this, [this](const Model::Evaluation &e, const QDate &on) {
        if (Model::isClosed(m_project.status) || !m_rights.editPlan)
            return;
        Model::Evaluation moved = e;
        moved.plannedOn = on;
        m_editor->scheduleEvaluation(e, moved);
    });
    connect(m_view->leftView(), &QAbstractItemView::doubleClicked, this, &MilestonesTab::editMilestone);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MilestonesTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &MilestonesTab::addMilestone);
    connect(m_edit, &QPushButton::clicked, this, &MilestonesTab::editMilestone);
    connect(m_delete, &QPushButton::clicked, this, &MilestonesTab::deleteMilestone);
    onDeleteKey(m_view->leftView(), [this] { deleteMilestone(); });
    onDeleteKey(m_view->graphicsView(), [this] { deleteMilestone(); });
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (!m_project.id.isNull()
                && (changes.touches(Model::ChangeSet::Milestones) || changes.touches(Model::ChangeSet::Goals)
                    || changes.touches(Model::ChangeSet::Evaluations)))
                reload();
        });
    }
    clear();
}

void MilestonesTab::setProject(const Model::Project &project)
{
    if (project.id != m_project.id) {
        m_lastStatus.clear();
        m_celebration->hide();
    }
    m_project = project;
    updateButtons();
    reload();
}

void MilestonesTab::clear()
{
    m_project = {};
    ++m_generation;
    m_model->setMilestones({});
    m_model->setEvaluations({});
    m_goals.clear();
    m_measurements.clear();
    m_successes->clear();
    updateButtons();
}

void MilestonesTab::reload()
{
    if (m_project.id.isNull())
        return;
    const quint64 generation = ++m_generation;
    m_arrived = 0;
    Model::onResult(m_plan->goals(m_project.id), this, [this, generation](const Model::Result<QList<Model::Goal>> &g) {
        if (generation != m_generation || !g.ok())
            return;
        m_goals = g.value();
        showSuccesses();
    });
    Model::onResult(m_plan->projectMeasurements(m_project.id), this,
                    [this, generation](const Model::Result<QList<Model::Measurement>> &r) {
                        if (generation != m_generation || !r.ok())
                            return;
                        m_measurements = r.value();
                        showSuccesses();
                    });
    Model::onResult(m_plan->evaluations(m_project.id), this,
                    [this, generation](const Model::Result<QList<Model::Evaluation>> &r) {
                        if (generation != m_generation)
                            return;
                        if (r.ok())
                            m_model->setEvaluations(r.value());
                        if (++m_arrived == 2)
                            bothArrived();
                    });
    m_current = currentMilestone() ? currentMilestone()->id : QUuid();
    Model::onResult(m_plan->milestones(m_project.id), this, [this, generation](const Model::Result<QList<Model::Milestone>> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            if (++m_arrived == 2)
                bothArrived();
            return;
        }
        const auto &all = r.value();
        m_model->setMilestones(all);
        if (++m_arrived == 2)
            bothArrived();
        for (const Model::Milestone &m : all) {
            const auto before = m_lastStatus.constFind(m.id);
            if (before != m_lastStatus.constEnd() && *before != Model::MilestoneStatus::Done
                && m.status == Model::MilestoneStatus::Done) {
                // Reached: name the partners who did it together.
                QStringList names;
                for (const auto &p : m_participants->participations()) {
                    if (p.isCurrent())
                        names << p.organisationName;
                }
                const QString last = names.size() > 1 ? names.takeLast() : QString();
                const QString together = last.isEmpty() ? names.value(0) : tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
                const QString message = tr("Milestone reached: %1! Well done, %2.").arg(m.title, together);
                m_celebration->setText(message);
                m_celebration->show();
                Q_EMIT celebrated(message);
            }
            m_lastStatus.insert(m.id, m.status);
        }
        showSuccesses();
        updateButtons();
        Q_EMIT loaded();
    });
}

void MilestonesTab::bothArrived()
{
    // Once, when both lists are in: moving the grid twice leaves KGantt's
    // header out of step with the chart, and each list resets the model.
    fitTimeline();
    const auto &all = m_model->milestones();
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).id == m_current)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
    }
    updateButtons();
}

void MilestonesTab::showSuccesses()
{
    // What was reached, newest first: milestones done and goal targets met.
    QList<std::pair<QDate, QString>> reached;
    for (const Model::Milestone &m : m_model->milestones()) {
        if (m.status == Model::MilestoneStatus::Done)
            reached.append({m.completedOn, m.title.toHtmlEscaped()});
    }
    for (const Model::Goal &g : std::as_const(m_goals)) {
        QList<Model::Measurement> ms;
        for (const auto &m : std::as_const(m_measurements)) {
            if (m.goalId == g.id)
                ms.append(m);
        }
        if (const QDate on = Model::reachedOn(g, ms); on.isValid())
            reached.append({on, tr("target reached: %1").arg(g.title.toHtmlEscaped())});
    }
    std::stable_sort(reached.begin(), reached.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList items;
    for (const auto &[on, what] : std::as_const(reached))
        items << tr("%1 — %2").arg(QLocale().toString(on, QLocale::ShortFormat), what);
    m_successes->setText(items.isEmpty() ? QString() : tr("<b>Successes:</b> %1").arg(items.join(QStringLiteral(" · "))));
}

void MilestonesTab::fitTimeline()
{
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    const auto [first, last] = m_model->span();
    if (!grid || !first.isValid())
        return;
    const QDate from = first.addMonths(-1);
    grid->setStartDateTime(from.startOfDay());
    // Fit the plan into the width shown, within reason.
    const qint64 days = std::max<qint64>(60, from.daysTo(last) + 60);
    const int width = std::max(400, m_view->graphicsView()->viewport()->width());
    // At least a pixel a day: KGantt steps through the background a whole
    // pixel per day and stops (asserts, or loops for ever) below one.
    grid->setDayWidth(std::clamp(double(width) / double(days), 1.0, 12.0));
}

const Model::Milestone *MilestonesTab::currentMilestone() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || index.row() >= m_model->milestones().size())
        return nullptr;
    return &m_model->milestones().at(index.row());
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
}

void MilestonesTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateButtons();
}

void MilestonesTab::openDialog(const std::optional<Model::Milestone> &before, const Model::Milestone &milestone)
{
    auto *dialog = new MilestoneDialog(milestone, m_participants->participations(), m_goals, this);
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
