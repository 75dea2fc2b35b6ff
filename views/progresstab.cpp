#include "progresstab.h"

#include "clearbutton.h"

#include "dialogform.h"

#include "model/async.h"
#include "model/contributionsmodel.h"
#include "model/editor.h"
#include "model/plancache.h"
#include "model/progresslogmodel.h"
#include "model/quickentry.h"
#include "model/repository.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

namespace {

enum Period { All, ThisMonth, ThisQuarter, ThisYear, LastQuarter };

constexpr auto Shown = Model::PlanCache::ProgressLog | Model::PlanCache::Contributions | Model::PlanCache::ProgressAuthors
    | Model::PlanCache::Milestones;

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString hoursText(const std::optional<double> &hours)
{
    return hours ? QLocale().toString(*hours, 'g', 4) : QString();
}

// Keeps the chosen entry of a filter when its items are made again.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QUuid, QString>> &items)
{
    const QUuid chosen = combo->currentData().toUuid();
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(all, QUuid());
    for (const auto &[id, name] : items)
        combo->addItem(name, id);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->blockSignals(false);
}

} // namespace

ProgressTab::ProgressTab(Model::PlanCache *cache, Model::PlanRepository *plan, Model::Editor *editor, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_plan(plan)
    , m_editor(editor)
    , m_log(new Model::ProgressLogModel(cache, this))
    , m_contributions(new Model::ContributionsModel(cache, this))
    , m_quickAdd(new QLineEdit(this))
    , m_quickMilestone(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_milestone(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_table(makeTable(this, QStringLiteral("progressTable"), m_log))
    , m_totals(makeTable(this, QStringLiteral("contributionsTable"), m_contributions))
    , m_correct(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Correct…"), this))
{
    setObjectName(QStringLiteral("progressTab"));
    m_quickAdd->setObjectName(QStringLiteral("quickAddEdit"));
    m_quickAdd->setPlaceholderText(tr("What did you do? For example: 2,5u wijkavond voorbereid 40% — then Enter"));
    m_quickAdd->setClearButtonEnabled(true);
    nameClearButton(m_quickAdd);
    m_quickAdd->setMaxLength(2000);
    m_quickMilestone->setObjectName(QStringLiteral("quickAddMilestoneCombo"));
    m_quickMilestone->setToolTip(tr("The milestone this work was for (optional)"));
    m_hint->setObjectName(QStringLiteral("quickAddHint"));
    m_hint->setWordWrap(true);
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    m_milestone->setObjectName(QStringLiteral("milestoneFilter"));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), All);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("This quarter"), ThisQuarter);
    m_period->addItem(tr("Last quarter"), LastQuarter);
    m_period->addItem(tr("This year"), ThisYear);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_totals->setMaximumHeight(200);
    m_table->setAccessibleName(tr("Progress log"));
    m_totals->setAccessibleName(tr("Who contributes what"));
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *quick = new QHBoxLayout;
    auto *quickLabel = new QLabel(tr("&Log:"), this);
    quickLabel->setBuddy(m_quickAdd);
    quick->addWidget(quickLabel);
    quick->addWidget(m_quickAdd, 1);
    quick->addWidget(m_quickMilestone);

    auto *filters = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_person);
    filters->addWidget(show);
    for (QComboBox *c : {m_person, m_organisation, m_milestone, m_period})
        filters->addWidget(c, 1);

    m_correct->setObjectName(QStringLiteral("correctEntryButton"));
    m_correct->setToolTip(tr("Log a correction of the chosen entry of your organisation; the entry itself stays."));
    filters->addWidget(m_correct);

    auto *totalsLabel = new QLabel(tr("Who contributes what (hours in the entries shown by the filter)"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(quick);
    layout->addWidget(m_hint);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(totalsLabel);
    layout->addWidget(m_totals);

    connect(m_quickAdd, &QLineEdit::returnPressed, this, &ProgressTab::addQuickEntry);
    connect(m_correct, &QPushButton::clicked, this, &ProgressTab::correct);
    connect(m_table, &QTableView::activated, this, &ProgressTab::correct);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProgressTab::updateCorrect);
    connect(m_log, &Model::ProgressLogModel::modelReset, this, &ProgressTab::updateCorrect);
    connect(m_contributions, &Model::ContributionsModel::loaded, this, &ProgressTab::loaded);
    // Choosing a filter changes the rows, not the choices.
    for (QComboBox *c : {m_person, m_organisation, m_milestone, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { m_cache->setProgressFilter(filter()); });
    connect(m_cache, &Model::PlanCache::changed, this, [this](Model::PlanCache::Part part) {
        if (part == Model::PlanCache::Milestones)
            refillMilestones();
        else if (part == Model::PlanCache::ProgressAuthors)
            refillAuthors();
    });
    clear();
}

void ProgressTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, Shown);
}

void ProgressTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void ProgressTab::setProject(const Model::Project &project, const QUuid &person, const QUuid &organisation)
{
    const bool other = project.id != m_project.id;
    m_project = project;
    m_me = person;
    m_myOrganisation = organisation;
    updateLogging();
    if (other) {
        for (QComboBox *c : {m_person, m_organisation, m_milestone})
            refill(c, c == m_person ? tr("Everyone") : c == m_organisation ? tr("All organisations") : tr("All milestones"), {});
        QSignalBlocker block(m_period);
        m_period->setCurrentIndex(0);
    }
    // A new project starts from the whole log, as the filters now say.
    m_cache->setProjectId(project.id);
    if (other) {
        refillMilestones();
        refillAuthors();
    }
}

void ProgressTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateLogging();
    updateCorrect();
}

void ProgressTab::updateLogging()
{
    const bool writable = !Model::isClosed(m_project.status);
    const bool canLog = writable && !m_myOrganisation.isNull() && m_rights.log;
    m_quickAdd->setEnabled(canLog);
    m_quickMilestone->setEnabled(canLog);
    m_hint->setText(!writable                  ? tr("This project is closed: its log is kept, nothing can be added.")
                    : m_myOrganisation.isNull() ? tr("Choose who you are (File ▸ Who Am I) to log progress.")
                    : !m_rights.log             ? tr("Your organisation does not take part in this project, or your "
                                                     "account on the server may only read: the log is shown, not added to.")
                                                : tr("Entries are never changed: to put one of your "
                                                     "organisation's right, choose it and Correct…; the "
                                                     "correction is logged beside it."));
}

void ProgressTab::clear()
{
    m_project = {};
    m_quickAdd->setEnabled(false);
    refill(m_person, tr("Everyone"), {});
    refill(m_organisation, tr("All organisations"), {});
    refill(m_milestone, tr("All milestones"), {});
    refill(m_quickMilestone, tr("No milestone"), {});
}

Model::ProgressFilter ProgressTab::filter() const
{
    Model::ProgressFilter f;
    f.projectId = m_project.id;
    f.personId = m_person->currentData().toUuid();
    f.organisationId = m_organisation->currentData().toUuid();
    f.milestoneId = m_milestone->currentData().toUuid();
    const QDate today = QDate::currentDate();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (m_period->currentData().toInt()) {
    case ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        break;
    case ThisQuarter:
        f.from = quarterStart;
        break;
    case LastQuarter:
        f.from = quarterStart.addMonths(-3);
        f.until = quarterStart.addDays(-1);
        break;
    case ThisYear:
        f.from = QDate(today.year(), 1, 1);
        break;
    default:
        break;
    }
    return f;
}

void ProgressTab::refillMilestones()
{
    QList<std::pair<QUuid, QString>> items;
    for (const auto &m : m_cache->milestones())
        items.append({m.id, m.title});
    refill(m_milestone, tr("All milestones"), items);
    refill(m_quickMilestone, tr("No milestone"), items);
}

void ProgressTab::refillAuthors()
{
    // Who and which organisations appear: from the whole log, not the filtered one.
    refill(m_person, tr("Everyone"), m_cache->progressAuthors().people);
    refill(m_organisation, tr("All organisations"), m_cache->progressAuthors().organisations);
}

const Model::ProgressEntry *ProgressTab::currentEntry() const
{
    const int row = m_table->currentIndex().row();
    const auto &rows = m_log->entries();
    return !m_project.id.isNull() && row >= 0 && row < rows.size() ? &rows.at(row) : nullptr;
}

void ProgressTab::updateCorrect()
{
    const Model::ProgressEntry *e = currentEntry();
    // Each organisation puts its own hours right.
    // A correction is corrected through the entry it corrects.
    m_correct->setEnabled(e && e->correctsId.isNull() && !Model::isClosed(m_project.status)
                          && !m_myOrganisation.isNull() && e->organisationId == m_myOrganisation && m_rights.log);
}

void ProgressTab::correct()
{
    const Model::ProgressEntry *chosen = currentEntry();
    if (!chosen || !m_correct->isEnabled())
        return;
    const Model::ProgressEntry original = *chosen;
    // What the entry stands at now: itself and every correction of it so far.
    Model::ProgressFilter corrections;
    corrections.projectId = m_project.id;
    corrections.corrects = original.id;
    corrections.limit = 0;
    Model::onResult(m_plan->progress(corrections), this,
                    [this, original](const Model::Result<QList<Model::ProgressEntry>> &r) {
                        if (!r.ok())
                            return;
                        double now = original.hours.value_or(0);
                        for (const auto &c : r.value())
                            now += c.hours.value_or(0);
                        openCorrection(original, now);
                    });
}

void ProgressTab::openCorrection(const Model::ProgressEntry &original, double now)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("correctEntryDialog"));
    dialog->setWindowTitle(tr("Correct Entry"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *what = new QLabel(tr("%1, %2: %3 h, “%4”")
                                .arg(QLocale().toString(original.date, QLocale::ShortFormat), original.personName,
                                     hoursText(now), original.note),
                            dialog);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    auto *hours = new QDoubleSpinBox(dialog);
    hours->setObjectName(QStringLiteral("hoursSpin"));
    hours->setRange(0, 24);
    hours->setDecimals(2);
    hours->setSingleStep(0.25);
    hours->setValue(now);
    hours->setSuffix(tr(" h"));
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setMaxLength(2000);
    reason->setPlaceholderText(tr("Why, for example: was two hours, not three"));
    reason->setMinimumWidth(320);
    auto *form = new DialogForm(dialog);
    QPushButton *ok = form->okButton();
    auto check = [ok, hours, reason, was = now] {
        ok->setEnabled(!reason->text().trimmed().isEmpty() && !qFuzzyCompare(1 + hours->value(), 1 + was));
    };
    connect(hours, &QDoubleSpinBox::valueChanged, dialog, check);
    connect(reason, &QLineEdit::textChanged, dialog, check);
    check();
    form->form()->addRow(what);
    form->form()->addRow(tr("&Right number of hours:"), hours);
    form->form()->addRow(tr("&Reason:"), reason);
    connect(dialog, &QDialog::accepted, this, [this, original, now, hours, reason] {
        // A new entry with the difference, naming the one it corrects: the
        // log is only ever added to, so offline corrections never conflict.
        Model::ProgressEntry e;
        e.id = QUuid::createUuid();
        e.projectId = m_project.id;
        e.date = original.date; // it counts in the period the work was done
        e.personId = m_me;
        e.organisationId = m_myOrganisation;
        e.hours = hours->value() - now;
        e.note = reason->text().trimmed();
        e.milestoneId = original.milestoneId;
        e.correctsId = original.id;
        m_editor->addProgress(e);
    });
    dialog->open();
}

void ProgressTab::addQuickEntry()
{
    if (!m_quickAdd->isEnabled())
        return;
    const Model::QuickEntry quick = Model::parseQuickEntry(m_quickAdd->text());
    Model::ProgressEntry e;
    e.id = QUuid::createUuid();
    e.projectId = m_project.id;
    e.date = QDate::currentDate();
    e.personId = m_me;
    e.organisationId = m_myOrganisation;
    e.hours = quick.hours;
    e.percent = quick.percent;
    e.note = quick.note;
    e.milestoneId = m_quickMilestone->currentData().toUuid();
    if (const auto issues = Model::validate(e); !issues.isEmpty()) {
        // Nothing typed is lost: the line stays as it was.
        m_hint->setText(Model::describe(issues));
        return;
    }
    m_editor->addProgress(e);
    m_quickAdd->clear();
    m_hint->setText(tr("Logged: %1").arg(e.hours ? tr("%1 h, %2").arg(hoursText(e.hours), e.note) : e.note));
}

} // namespace Views
