#include "reuseoverviewdialog.h"

#include "filedialogs.h"

#include "model/async.h"
#include "model/consultationrepository.h"
#include "model/knowledgerepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrentRun>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Views {

namespace {

QTreeWidget *list(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    return tree;
}

void fill(QTreeWidget *tree, const QList<Model::ReuseTally> &tallies)
{
    tree->clear();
    for (const Model::ReuseTally &t : tallies) {
        auto *row = new QTreeWidgetItem(tree, {t.name, QLocale().toString(t.count)});
        row->setData(0, Qt::UserRole, t.id);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace

ReuseOverviewDialog::ReuseOverviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_median(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_mostReused(list(this, QStringLiteral("mostReusedList"), {tr("Knowledge item"), tr("Organisations")}))
    , m_reusing(list(this, QStringLiteral("reusingList"), {tr("Organisation"), tr("Items taken up")}))
    , m_reused(list(this, QStringLiteral("reusedList"), {tr("Organisation"), tr("Times taken up")}))
    , m_firstReuse(list(this, QStringLiteral("firstReuseList"),
                        {tr("Knowledge item"), tr("Published"), tr("First reuse"), tr("Days")}))
    , m_consulted(list(this, QStringLiteral("consultedList"), {tr("Knowledge item"), tr("Times opened")}))
    , m_reasons(list(this, QStringLiteral("reasonsList"), {tr("Reason"), tr("Times"), tr("What they said")}))
{
    setObjectName(QStringLiteral("reuseOverviewDialog"));
    setWindowTitle(tr("Reuse Overview"));
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->addTab(m_mostReused, tr("Most reused"));
    m_tabs->addTab(m_reusing, tr("Reuse most"));
    m_tabs->addTab(m_reused, tr("Reused most"));
    m_tabs->addTab(m_firstReuse, tr("Time to first reuse"));
    m_tabs->addTab(m_consulted, tr("Consulted, never reused"));
    m_tabs->addTab(m_reasons, tr("Why not"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setAccessibleName(m_tabs->tabText(i)); // each list as its tab says
    m_reasons->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_median->setObjectName(QStringLiteral("medianLabel"));
    m_median->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export as CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &ReuseOverviewDialog::exportAsked);
    m_busy->setObjectName(QStringLiteral("overviewBusy"));
    m_busy->setRange(0, 0); // no steps to count: it only says that it works
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(12);
    m_busy->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_median);
    layout->addWidget(m_busy);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

void ReuseOverviewDialog::compute(const Model::ReuseOverviewInput &input)
{
    const quint64 job = ++m_job;
    setBusy(true);
    // The input is copied into the job: the worker shares nothing with this thread.
    Model::onResult(QtConcurrent::run([input] { return Model::reuseOverview(input); }), this,
                    [this, job](const Model::ReuseOverview &overview) {
                        if (job != m_job)
                            return; // a newer count is coming
                        setOverview(overview);
                        setBusy(false);
                        Q_EMIT overviewShown();
                    });
}

void ReuseOverviewDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_export->setEnabled(!busy);
    if (busy && m_median->text().isEmpty())
        m_median->setText(tr("Counting the reuse of the knowledge base…"));
}

void ReuseOverviewDialog::fail(const QString &message)
{
    ++m_job; // what is still being counted is of no use now
    setBusy(false);
    m_median->setText(message);
}

void ReuseOverviewDialog::setOverview(const Model::ReuseOverview &overview)
{
    m_overview = overview;
    fill(m_mostReused, overview.mostReusedItems);
    fill(m_reusing, overview.reusingOrganisations);
    fill(m_reused, overview.reusedOrganisations);
    fill(m_consulted, overview.consultedNeverReused);
    const QLocale locale;
    m_firstReuse->clear();
    for (const Model::FirstReuse &f : overview.firstReuses) {
        auto *row = new QTreeWidgetItem(m_firstReuse, {f.title, locale.toString(f.published, QLocale::ShortFormat),
                                                       locale.toString(f.firstReuse, QLocale::ShortFormat),
                                                       locale.toString(f.days)});
        row->setData(0, Qt::UserRole, f.itemId);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_reasons->clear();
    for (const Model::ReasonTally &t : overview.notAdoptedReasons) {
        auto *row = new QTreeWidgetItem(m_reasons, {Model::reuseReasonName(t.reason), locale.toString(t.count),
                                                    t.notes.join(QLatin1String(" · "))});
        row->setToolTip(2, t.notes.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    if (overview.medianDaysToFirstReuse < 0) {
        m_median->setText(tr("No knowledge item has been taken up by another organisation yet."));
    } else {
        m_median->setText(tr("Items taken up by other organisations: %1. Half of them were taken up within %2 days "
                             "of publication.")
                              .arg(QLocale().toString(int(overview.firstReuses.size())))
                              .arg(overview.medianDaysToFirstReuse));
    }
}

QString ReuseOverviewDialog::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(Model::reuseOverviewCsv(m_overview));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ReuseOverviewDialog::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reuse Overview"),
                                                      QDir(FileDialogs::startDirectory()).filePath(tr("reuse-overview.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialogs::remember(path);
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ReuseOverviewDialog::reload()
{
    if (!m_sources.knowledge)
        return;
    setBusy(true);
    auto *knowledge = m_sources.knowledge;
    // Read on the store's worker, counted on another (compute()).
    Model::KnowledgeFilter items;
    items.fullBodies = false; // titles and dates count, not texts
    m_read.start(knowledge->knowledgeItems(items), [this, knowledge](const Model::Result<QList<Model::KnowledgeItem>> &items) {
        if (!items.ok()) {
            fail(items.error().message);
            return;
        }
        m_read.start(knowledge->reuses({}), [this, items = items.value()](const Model::Result<QList<Model::Reuse>> &reuses) {
            if (!reuses.ok()) {
                fail(reuses.error().message);
                return;
            }
            Model::ReuseOverviewInput input;
            input.items = items;
            input.reuses = reuses.value();
            input.organisationNames = m_sources.organisationNames ? m_sources.organisationNames() : QHash<QUuid, QString>();
            if (!m_sources.consultations)
                return compute(input);
            // How often each item was opened, for "much consulted, never reused".
            m_read.start(m_sources.consultations->consultationCounts(),
                         [this, input](const Model::Result<QHash<QUuid, int>> &counts) mutable {
                             if (counts.ok())
                                 input.consultations = counts.value();
                             compute(input);
                         });
        });
    });
}

} // namespace Views
