#include "dashboardpage.h"

#include "chartsupport.h"

#include "model/dashboardlistmodel.h"
#include "model/plancache.h"

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
#include <QTreeView>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <QValueAxis>

namespace Views {

namespace {

QGroupBox *box(QWidget *parent, const QString &title, QWidget *content)
{
    auto *b = new QGroupBox(title, parent);
    content->setAccessibleName(title); // a screen reader names the list as the box does
    auto *l = new QVBoxLayout(b);
    l->addWidget(content);
    return b;
}

} // namespace

DashboardPage::DashboardPage(Model::PlanCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_date(new QLabel(this))
    , m_overdue(makeList(QStringLiteral("overdueList"),
                         new Model::DashboardListModel(cache, Model::DashboardListModel::OverdueMilestones, this), Milestones))
    , m_evaluations(makeList(QStringLiteral("evaluationsList"),
                             new Model::DashboardListModel(cache, Model::DashboardListModel::UpcomingEvaluations, this),
                             Evaluations))
    , m_offTrack(makeList(QStringLiteral("offTrackList"),
                          new Model::DashboardListModel(cache, Model::DashboardListModel::GoalsOffTrack, this), Goals))
    , m_successes(makeList(QStringLiteral("successesList"),
                           new Model::DashboardListModel(cache, Model::DashboardListModel::Successes, this), Milestones))
    , m_hours(new QChartView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_date->setObjectName(QStringLiteral("dashboardDate"));
    m_hours->setObjectName(QStringLiteral("hoursChart"));
    m_hours->setRenderHint(QPainter::Antialiasing);
    m_hours->setMinimumHeight(160);
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_date->setFont(big);

    // The lists above, the chart below, in a splitter: the lists get the
    // room first (at least MinimumRows lines each) and the user may move it.
    auto *lists = new QWidget(this);
    auto *grid = new QGridLayout(lists);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(box(this, tr("Overdue milestones"), m_overdue), 0, 0);
    grid->addWidget(box(this, tr("Goals off track or at risk"), m_offTrack), 0, 1);
    grid->addWidget(box(this, tr("Evaluations in the coming three months"), m_evaluations), 1, 0);
    grid->addWidget(box(this, tr("Successes this quarter"), m_successes), 1, 1);
    auto *hint = new QLabel(tr("Double-click a line to open it. Choose a project on the left to work on it."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_date);
    layout->addWidget(hint);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(lists);
    split->addWidget(box(this, tr("Hours per organisation this quarter, all projects"), m_hours));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(cache, &Model::PlanCache::changed, this, [this](Model::PlanCache::Part part) {
        if (part == Model::PlanCache::Dashboard)
            show(m_cache->dashboard());
    });
}

QTreeView *DashboardPage::makeList(const QString &name, Model::DashboardListModel *model, Place place)
{
    auto *t = new QTreeView(this);
    t->setObjectName(name);
    t->setModel(model);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The lists fit their box: dates and details as wide as they need, the
    // titles and project names share the rest and are elided (the whole text
    // is the tooltip), so no list needs a horizontal scroll bar.
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setSectionResizeMode(Model::DashboardListModel::TitleColumn, QHeaderView::Stretch);
    t->header()->setSectionResizeMode(Model::DashboardListModel::ProjectColumn, QHeaderView::Stretch);
    t->setTextElideMode(Qt::ElideRight);
    // Room for a few lines and the header, so that a short list needs no scroll bar.
    t->setMinimumHeight(t->header()->sizeHint().height() + MinimumRows * (t->fontMetrics().height() + 6) + 2 * t->frameWidth());
    connect(t, &QTreeView::activated, this, [this, place](const QModelIndex &index) {
        const QUuid project = index.data(Model::DashboardListModel::ProjectIdRole).toUuid();
        if (project.isNull())
            return;
        // A target met is a success of its goal.
        const bool goal = index.data(Model::DashboardListModel::KindRole).toInt() == int(Model::DashboardItem::Kind::Goal);
        Q_EMIT openRequested(project, goal ? Goals : place);
    });
    return t;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, Model::PlanCache::Dashboard);
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void DashboardPage::reload()
{
    // A request sent just now (the page was shown) is as of today already.
    if (!m_cache->isPending(Model::PlanCache::Dashboard))
        m_cache->refresh(Model::PlanCache::Dashboard);
}

const Model::Dashboard &DashboardPage::dashboard() const
{
    return m_cache->dashboard();
}

void DashboardPage::show(const Model::Dashboard &d)
{
    m_date->setText(tr("Overview — %1").arg(QLocale().toString(d.today, QLocale::LongFormat)));
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
    m_hours->setMinimumHeight(std::clamp(80 + 26 * int(names.size()), 160, 480));
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
