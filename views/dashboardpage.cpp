#include "dashboardpage.h"

#include "chartsupport.h"

#include "model/async.h"
#include "model/repository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <QValueAxis>

namespace Views {

namespace {

constexpr int ProjectRole = Qt::UserRole + 1;
constexpr int PlaceRole = Qt::UserRole + 2;

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(true);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

QGroupBox *box(QWidget *parent, const QString &title, QWidget *content)
{
    auto *b = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(b);
    l->addWidget(content);
    return b;
}

void fill(QTreeWidget *list, const QList<Model::DashboardItem> &items, DashboardPage::Place place, const QString &empty)
{
    list->clear();
    for (const auto &i : items) {
        auto *row = new QTreeWidgetItem(list, {QLocale().toString(i.date, QLocale::ShortFormat), i.title, i.projectName, i.detail});
        row->setData(0, ProjectRole, i.projectId);
        row->setData(0, PlaceRole, i.kind == Model::DashboardItem::Kind::Goal ? int(DashboardPage::Goals) : int(place));
        row->setToolTip(1, i.title);
    }
    if (items.isEmpty()) {
        auto *row = new QTreeWidgetItem(list, {QString(), empty});
        row->setFlags(Qt::NoItemFlags);
    }
}

} // namespace

DashboardPage::DashboardPage(Model::PlanRepository *plan, Model::ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_date(new QLabel(this))
    , m_overdue(makeList(this, QStringLiteral("overdueList"), {tr("Due"), tr("Milestone"), tr("Project"), tr("Owner")}))
    , m_evaluations(makeList(this, QStringLiteral("evaluationsList"), {tr("Planned"), tr("Evaluation"), tr("Project"), QString()}))
    , m_offTrack(makeList(this, QStringLiteral("offTrackList"), {tr("Due"), tr("Goal"), tr("Project"), tr("Health")}))
    , m_successes(makeList(this, QStringLiteral("successesList"), {tr("Reached"), tr("What"), tr("Project"), QString()}))
    , m_hours(new QChartView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_date->setObjectName(QStringLiteral("dashboardDate"));
    m_hours->setObjectName(QStringLiteral("hoursChart"));
    m_hours->setRenderHint(QPainter::Antialiasing);
    m_hours->setMinimumHeight(200);
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_date->setFont(big);

    auto *grid = new QGridLayout;
    grid->addWidget(box(this, tr("Overdue milestones"), m_overdue), 0, 0);
    grid->addWidget(box(this, tr("Goals off track or at risk"), m_offTrack), 0, 1);
    grid->addWidget(box(this, tr("Evaluations in the coming three months"), m_evaluations), 1, 0);
    grid->addWidget(box(this, tr("Successes this quarter"), m_successes), 1, 1);
    auto *hint = new QLabel(tr("Double-click a line to open it. Choose a project on the left to work on it."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_date);
    layout->addWidget(hint);
    layout->addLayout(grid, 2);
    layout->addWidget(box(this, tr("Hours per organisation this quarter, all projects"), m_hours), 1);

    for (QTreeWidget *list : {m_overdue, m_evaluations, m_offTrack, m_successes}) {
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QUuid project = item->data(0, ProjectRole).toUuid();
            if (!project.isNull())
                Q_EMIT openRequested(project, Place(item->data(0, PlaceRole).toInt()));
        });
    }
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (isVisible() && (changes.touches(Model::ChangeSet::Goals) || changes.touches(Model::ChangeSet::Milestones)
                                || changes.touches(Model::ChangeSet::Progress) || changes.touches(Model::ChangeSet::Evaluations)
                                || changes.touches(Model::ChangeSet::Projects)))
                reload();
        });
    }
}

void DashboardPage::reload()
{
    const quint64 generation = ++m_generation;
    Model::onResult(m_plan->dashboard(QDate::currentDate()), this, [this, generation](const Model::Result<Model::Dashboard> &r) {
        if (generation == m_generation && r.ok())
            show(r.value());
    });
}

void DashboardPage::show(const Model::Dashboard &d)
{
    m_dashboard = d;
    m_date->setText(tr("Overview — %1").arg(QLocale().toString(d.today, QLocale::LongFormat)));
    fill(m_overdue, d.overdueMilestones, Milestones, tr("Nothing overdue."));
    fill(m_evaluations, d.upcomingEvaluations, Evaluations, tr("No evaluations planned."));
    fill(m_offTrack, d.goalsOffTrack, Goals, tr("Every measured goal is on track."));
    fill(m_successes, d.successes, Milestones, tr("No successes yet this quarter."));

    auto *chart = newChart();
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Hours"));
    QStringList names;
    // Largest on top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = d.hoursThisQuarter.crbegin(); it != d.hoursThisQuarter.crend(); ++it) {
        *set << it->hours;
        names << it->organisationName;
    }
    // Room for every organisation's name: a crowded axis elides them all.
    m_hours->setMinimumHeight(std::clamp(80 + 26 * int(names.size()), 200, 480));
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(names);
    auto *x = new QValueAxis(chart);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("hours"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    if (d.hoursThisQuarter.isEmpty()) {
        x->setRange(0, 10); // nothing logged yet: an empty scale, not a broken one
        x->setTickCount(6);
    } else {
        x->applyNiceNumbers();
    }
    replaceChart(m_hours, chart);
    Q_EMIT loaded();
}

} // namespace Views
