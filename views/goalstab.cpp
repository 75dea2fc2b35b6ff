#include "goalstab.h"

#include "chartsupport.h"
#include "deletekey.h"
#include "goalchart.h"
#include "goaldialog.h"
#include "measurementdialog.h"

#include "model/editor.h"
#include "model/goallistmodel.h"
#include "model/goaltrend.h"
#include "model/measurementlistmodel.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/text.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

namespace {

QString number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

} // namespace

GoalsTab::GoalsTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_editor(editor)
    , m_participants(participants)
    , m_measurements(new Model::MeasurementListModel(cache, this))
    , m_goals(new Model::GoalListModel(cache, this))
    , m_list(new QListView(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_health(new QLabel(this))
    , m_celebration(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_measurementList(new QTableView(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Goal…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete"), this))
    , m_measure(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Measurement…"), this))
    , m_correct(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("C&orrect Measurement…"), this))
    , m_withdraw(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Withdraw Measurement"), this))
{
    setObjectName(QStringLiteral("goalsTab"));
    m_list->setObjectName(QStringLiteral("goalList"));
    m_list->setAccessibleName(tr("Goals"));
    m_list->setModel(m_goals);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_facts->setObjectName(QStringLiteral("goalFacts"));
    m_health->setObjectName(QStringLiteral("goalHealth"));
    m_celebration->setObjectName(QStringLiteral("celebration"));
    m_chart->setObjectName(QStringLiteral("goalChart"));
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_delete->setObjectName(QStringLiteral("deleteGoalButton"));
    m_measure->setObjectName(QStringLiteral("addMeasurementButton"));
    m_correct->setObjectName(QStringLiteral("correctMeasurementButton"));
    m_correct->setToolTip(tr("Replace the chosen measurement by a corrected one; the list keeps what it replaced."));
    m_withdraw->setObjectName(QStringLiteral("withdrawMeasurementButton"));
    m_withdraw->setToolTip(tr("Take the chosen measurement back; the list keeps it, struck through."));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_celebration->setWordWrap(true);
    m_celebration->setStyleSheet(
        QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px"));
    m_celebration->hide();
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    // The measurements themselves, beside what the chart makes of them.
    m_measurementList->setObjectName(QStringLiteral("measurementList"));
    m_measurementList->setAccessibleName(tr("Measurements"));
    m_measurementList->setAccessibleName(tr("Measurements"));
    m_measurementList->setModel(m_measurements);
    m_measurementList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measurementList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measurementList->setAlternatingRowColors(true);
    m_measurementList->verticalHeader()->hide();
    m_measurementList->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_measurementList->horizontalHeader()->setSectionResizeMode(Model::MeasurementListModel::NoteColumn, QHeaderView::Stretch);
    m_measurementList->setMinimumHeight(90);
    connect(m_measurements, &QAbstractItemModel::rowsInserted, m_measurementList, &QTableView::scrollToBottom);
    connect(m_measurementList->selectionModel(), &QItemSelectionModel::currentChanged, this, &GoalsTab::updateButtons);
    connect(m_measurements, &QAbstractItemModel::modelReset, this, &GoalsTab::updateButtons);
    connect(m_measurementList, &QTableView::activated, this, &GoalsTab::correctMeasurement);
    onDeleteKey(m_measurementList, [this] { withdrawMeasurement(); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete, m_measure, m_correct, m_withdraw})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_health);
    auto *figures = new QSplitter(Qt::Vertical, detail);
    figures->setObjectName(QStringLiteral("goalFigures"));
    figures->setChildrenCollapsible(false);
    figures->addWidget(m_chart);
    figures->addWidget(m_measurementList);
    figures->setStretchFactor(0, 3);
    figures->setStretchFactor(1, 1);
    detailLayout->addWidget(figures, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_celebration);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_chosen = current.data(Model::GoalListModel::IdRole).toUuid();
        showGoal();
        updateButtons();
    });
    connect(m_list, &QListView::activated, this, &GoalsTab::editGoal);
    connect(m_goals, &Model::GoalListModel::loaded, this, &GoalsTab::onLoaded);
    connect(m_goals, &Model::GoalListModel::modelReset, this, [this] {
        // The chosen goal stays chosen; else the first, as a new list shows it.
        const int row = m_goals->rowOf(m_chosen);
        m_list->setCurrentIndex(m_goals->index(row < 0 ? 0 : row));
        selectAdded();
    });
    connect(m_goals, &Model::GoalListModel::rowsInserted, this, &GoalsTab::selectAdded);
    connect(m_goals, &Model::GoalListModel::targetReached, this, &GoalsTab::celebrate);
    connect(m_add, &QPushButton::clicked, this, &GoalsTab::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsTab::editGoal);
    connect(m_delete, &QPushButton::clicked, this, &GoalsTab::deleteGoal);
    onDeleteKey(m_list, [this] { deleteGoal(); });
    connect(m_measure, &QPushButton::clicked, this, &GoalsTab::addMeasurement);
    connect(m_correct, &QPushButton::clicked, this, &GoalsTab::correctMeasurement);
    connect(m_withdraw, &QPushButton::clicked, this, &GoalsTab::withdrawMeasurement);
    clear();
}

const QList<Model::Goal> &GoalsTab::goals() const
{
    return m_goals->goals();
}

void GoalsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, Model::PlanCache::Goals | Model::PlanCache::Measurements);
}

void GoalsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void GoalsTab::setProject(const Model::Project &project, const QUuid &person)
{
    if (project.id != m_project.id) {
        m_chosen = {};
        m_added = {};
        m_celebration->hide();
    }
    m_project = project;
    m_person = person;
    m_cache->setProjectId(project.id);
    showGoal();
    updateButtons();
}

void GoalsTab::clear()
{
    m_project = {};
    m_chosen = {};
    m_celebration->hide();
    showGoal();
    updateButtons();
}

void GoalsTab::onLoaded()
{
    selectAdded();
    if (!m_list->currentIndex().isValid() && m_goals->rowCount() > 0)
        m_list->setCurrentIndex(m_goals->index(0));
    m_chosen = m_list->currentIndex().data(Model::GoalListModel::IdRole).toUuid();
    showGoal();
    updateButtons();
    Q_EMIT loaded();
}

void GoalsTab::celebrate(const Model::Goal &goal)
{
    // Whoever measured it, here or on another laptop, it is worth a cheer.
    const QString message = tr("Goal reached: %1! Together with %2.").arg(goal.title, partnerNames(goal.servesOrganisations));
    m_celebration->setText(message);
    m_celebration->show();
    Q_EMIT celebrated(message);
}

const Model::Goal *GoalsTab::currentGoal() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_goals->goals().size() ? &m_goals->goals().at(row) : nullptr;
}

QString GoalsTab::partnerNames(const QList<QUuid> &organisations) const
{
    // Those whose priority it serves first; else every current partner.
    QStringList names;
    for (const auto &p : m_participants->participations()) {
        if (p.isCurrent() && (organisations.isEmpty() || organisations.contains(p.organisationId)))
            names << p.organisationName;
    }
    if (names.size() > 1) {
        const QString last = names.takeLast();
        return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
    }
    return names.value(0);
}

void GoalsTab::showGoal()
{
    const Model::Goal *g = m_project.id.isNull() ? nullptr : currentGoal();
    m_measurements->setGoalId(g ? g->id : QUuid());
    if (!g) {
        auto *chart = newChart();
        m_title->setText(m_project.id.isNull() ? QString() : tr("No goals yet"));
        m_facts->setText(m_project.id.isNull() ? QString()
                                               : tr("A goal makes the collaboration measurable: what is measured, "
                                                    "from which baseline to which target, by when."));
        m_health->clear();
        replaceChart(m_chart, chart);
        return;
    }
    // The readings as they stand: corrections applied, withdrawn ones left out.
    const QList<Model::Measurement> ms = m_cache->measurementsOf(g->id);
    const Model::GoalTrend trend = Model::goalTrend(*g, ms);
    m_title->setText(g->title);
    QStringList facts;
    if (!g->indicator.isEmpty())
        facts << tr("<b>Indicator:</b> %1").arg(g->indicator.toHtmlEscaped());
    const QString unit = g->unit.isEmpty() ? QString() : QLatin1Char(' ') + g->unit.toHtmlEscaped();
    facts << tr("<b>From</b> %1 <b>to</b> %2").arg(g->baseline ? number(g->baseline) + unit : tr("(no baseline)"),
                                                  g->target ? number(g->target) + unit : tr("(no target)"));
    if (g->due.isValid())
        facts << tr("<b>By</b> %1").arg(QLocale().toString(g->due, QLocale::LongFormat));
    if (!g->servesOrganisations.isEmpty())
        facts << tr("<b>Serves the priority of</b> %1").arg(partnerNames(g->servesOrganisations).toHtmlEscaped());
    if (!g->description.isEmpty())
        facts << g->description.toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    QString health = Model::displayName(trend.health);
    if (trend.latest)
        health = tr("%1 — latest %2%3").arg(health, number(trend.latest), g->unit.isEmpty() ? QString() : QLatin1Char(' ') + g->unit);
    if (trend.projected && trend.health != Model::GoalHealth::Reached)
        health += tr(", heading for %1 on %2").arg(QLocale().toString(*trend.projected, 'f', 0),
                                                   QLocale().toString(trend.projectedOn, QLocale::ShortFormat));
    m_health->setText(health);
    m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(Model::healthColour(trend.health).name()));

    replaceChart(m_chart, goalChart(*g, ms));
}

void GoalsTab::updateButtons()
{
    const bool open = !m_project.id.isNull() && !Model::isClosed(m_project.status);
    const bool chosen = currentGoal() != nullptr;
    m_add->setEnabled(open && m_rights.editPlan);
    m_edit->setEnabled(open && chosen && m_rights.editPlan);
    m_delete->setEnabled(open && chosen && m_rights.editPlan);
    m_measure->setEnabled(open && chosen && m_rights.log);
    const bool measured = chosen && chosenMeasurement() != nullptr;
    m_correct->setEnabled(open && measured && m_rights.log);
    m_withdraw->setEnabled(open && measured && m_rights.log);
    for (QPushButton *b : {m_add, m_edit, m_delete})
        b->setToolTip(m_rights.why);
    if (!m_rights.log && !m_rights.why.isEmpty()) {
        for (QPushButton *b : {m_measure, m_correct, m_withdraw})
            b->setToolTip(m_rights.why);
    }
}

void GoalsTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateButtons();
}

void GoalsTab::addGoal()
{
    if (!m_add->isEnabled())
        return;
    Model::Goal g;
    g.id = QUuid::createUuid();
    g.projectId = m_project.id;
    auto *dialog = new GoalDialog(g, m_participants->participations(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new goal is chosen as soon as the list has it: the next thing is to measure it.
        m_added = dialog->goal().id;
        m_editor->saveGoal(std::nullopt, dialog->goal());
    });
    dialog->open();
}

void GoalsTab::selectAdded()
{
    if (m_added.isNull())
        return;
    if (const int row = m_goals->rowOf(m_added); row >= 0) {
        m_added = {};
        m_list->setCurrentIndex(m_goals->index(row));
        m_list->scrollTo(m_goals->index(row));
    }
}

void GoalsTab::editGoal()
{
    const Model::Goal *g = currentGoal();
    if (!g || !m_edit->isEnabled())
        return;
    auto *dialog = new GoalDialog(*g, m_participants->participations(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *g] { m_editor->saveGoal(before, dialog->goal()); });
    dialog->open();
}

void GoalsTab::deleteGoal()
{
    if (const Model::Goal *g = currentGoal(); g && m_delete->isEnabled())
        m_editor->deleteGoal(*g);
}

void GoalsTab::addMeasurement()
{
    const Model::Goal *g = currentGoal();
    if (!g || !m_measure->isEnabled())
        return;
    auto *dialog = new MeasurementDialog(*g, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, goal = *g] {
        const Model::Measurement m = dialog->measurement(goal, m_person);
        m_editor->addMeasurement(m);
    });
    dialog->open();
}

const Model::Measurement *GoalsTab::chosenMeasurement() const
{
    const QModelIndex index = m_measurementList->currentIndex();
    if (!index.isValid())
        return nullptr;
    const Model::Measurement *standing = m_measurements->standing(index.row());
    return standing && !standing->withdrawn ? standing : nullptr;
}

void GoalsTab::correctMeasurement()
{
    const Model::Goal *g = currentGoal();
    const Model::Measurement *m = chosenMeasurement();
    if (!g || !m || !m_correct->isEnabled())
        return;
    auto *dialog = new MeasurementDialog(*g, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCorrecting(*m);
    connect(dialog, &QDialog::accepted, this, [this, dialog, goal = *g, standing = *m] {
        m_editor->correctMeasurement(standing, dialog->measurement(goal, m_person));
    });
    dialog->open();
}

void GoalsTab::withdrawMeasurement()
{
    // Undoable (Ctrl+Z), and kept in the list: no question first.
    if (const Model::Measurement *m = chosenMeasurement(); m && m_withdraw->isEnabled())
        m_editor->withdrawMeasurement(*m, m_person);
}

} // namespace Views
