#include "goalstab.h"

#include "chartsupport.h"
#include "deletekey.h"
#include "fielderrors.h"
#include "optionaldate.h"

#include "model/async.h"
#include "model/editor.h"
#include "model/goaltrend.h"
#include "model/participantsmodel.h"
#include "model/repository.h"
#include "model/text.h"
#include "model/validation.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Views {

namespace {

QColor healthColour(Model::GoalHealth health)
{
    switch (health) {
    case Model::GoalHealth::Reached:
    case Model::GoalHealth::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case Model::GoalHealth::AtRisk:
        return QColor(0xe6, 0x8a, 0x00);
    case Model::GoalHealth::OffTrack:
        return QColor(0xc6, 0x28, 0x28);
    case Model::GoalHealth::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

std::optional<double> readNumber(const QLineEdit *edit, bool *ok)
{
    *ok = true;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const double value = QLocale().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QLineEdit *numberEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    auto *validator = new QDoubleValidator(edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    return edit;
}

qint64 msecs(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

/// Edits a goal; OK stays off while the goal breaks a rule, and says why.
class GoalDialog : public QDialog
{
public:
    GoalDialog(const Model::Goal &goal, const QList<Model::Participation> &partners, QWidget *parent)
        : QDialog(parent)
        , m_goal(goal)
    {
        setObjectName(QStringLiteral("goalDialog"));
        setWindowTitle(goal.title.isEmpty() ? GoalsTab::tr("Add Goal") : GoalsTab::tr("Edit Goal — %1").arg(goal.title));
        m_title->setObjectName(QStringLiteral("titleEdit"));
        m_title->setText(goal.title);
        m_title->setMaxLength(Model::Limits::TitleLength + 1);
        m_description->setObjectName(QStringLiteral("descriptionEdit"));
        m_description->setPlainText(goal.description);
        m_description->setTabChangesFocus(true);
        m_description->setMaximumHeight(80);
        m_indicator->setObjectName(QStringLiteral("indicatorEdit"));
        m_indicator->setText(goal.indicator);
        m_indicator->setPlaceholderText(GoalsTab::tr("What is measured, e.g. homes connected to the heat network"));
        m_unit->setObjectName(QStringLiteral("unitEdit"));
        m_unit->setText(goal.unit);
        m_baseline->setText(number(goal.baseline));
        m_target->setText(number(goal.target));
        m_due->setObjectName(QStringLiteral("dueEdit"));
        OptionalDate::setup(m_due);
        OptionalDate::set(m_due, goal.due);
        m_partners->setObjectName(QStringLiteral("partnerList"));
        for (const auto &p : partners) {
            if (!p.isCurrent())
                continue;
            auto *item = new QListWidgetItem(p.priorities.isEmpty() ? p.organisationName
                                                                    : GoalsTab::tr("%1 — %2").arg(p.organisationName, p.priorities),
                                             m_partners);
            item->setData(Qt::UserRole, p.organisationId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(goal.servesOrganisations.contains(p.organisationId) ? Qt::Checked : Qt::Unchecked);
        }
        m_partners->setMaximumHeight(110);
        m_issues->setObjectName(QStringLiteral("issuesLabel"));
        showAsError(m_issues);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

        auto *form = new QFormLayout;
        form->addRow(GoalsTab::tr("&Title:"), m_title);
        form->addRow(GoalsTab::tr("&Description:"), m_description);
        form->addRow(GoalsTab::tr("&Indicator:"), m_indicator);
        form->addRow(GoalsTab::tr("&Unit:"), m_unit);
        form->addRow(GoalsTab::tr("&Baseline:"), m_baseline);
        form->addRow(GoalsTab::tr("Tar&get:"), m_target);
        form->addRow(GoalsTab::tr("D&ue:"), m_due);
        form->addRow(GoalsTab::tr("&Serves the priority of:"), m_partners);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_issues);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        for (QLineEdit *e : {m_title, m_indicator, m_unit, m_baseline, m_target})
            connect(e, &QLineEdit::textChanged, this, &GoalDialog::check);
        connect(m_description, &QPlainTextEdit::textChanged, this, &GoalDialog::check);
        resize(520, sizeHint().height());
        check();
    }

    Model::Goal goal() const
    {
        Model::Goal g = m_goal;
        g.title = m_title->text().trimmed();
        g.description = m_description->toPlainText();
        g.indicator = m_indicator->text().trimmed();
        g.unit = m_unit->text().trimmed();
        bool ok = true;
        g.baseline = readNumber(m_baseline, &ok);
        g.target = readNumber(m_target, &ok);
        g.due = OptionalDate::get(m_due);
        g.servesOrganisations.clear();
        for (int i = 0; i < m_partners->count(); ++i) {
            if (m_partners->item(i)->checkState() == Qt::Checked)
                g.servesOrganisations.append(m_partners->item(i)->data(Qt::UserRole).toUuid());
        }
        return g;
    }

private:
    void check()
    {
        QStringList problems;
        bool ok = true;
        readNumber(m_baseline, &ok);
        if (!ok)
            problems << GoalsTab::tr("The baseline is not a number.");
        readNumber(m_target, &ok);
        if (!ok)
            problems << GoalsTab::tr("The target is not a number.");
        for (const auto &issue : Model::validate(goal()))
            problems << issue.message;
        m_issues->setText(problems.join(QLatin1Char('\n')));
        m_issues->setVisible(!problems.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    }

    Model::Goal m_goal;
    QLineEdit *m_title = new QLineEdit(this);
    QPlainTextEdit *m_description = new QPlainTextEdit(this);
    QLineEdit *m_indicator = new QLineEdit(this);
    QLineEdit *m_unit = new QLineEdit(this);
    QLineEdit *m_baseline = numberEdit(this, QStringLiteral("baselineEdit"));
    QLineEdit *m_target = numberEdit(this, QStringLiteral("targetEdit"));
    QDateEdit *m_due = new QDateEdit(this);
    QListWidget *m_partners = new QListWidget(this);
    QLabel *m_issues = new QLabel(this);
    QDialogButtonBox *m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
};

/// Records one measurement of a goal's indicator.
class MeasurementDialog : public QDialog
{
public:
    MeasurementDialog(const Model::Goal &goal, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("measurementDialog"));
        setWindowTitle(GoalsTab::tr("Add Measurement — %1").arg(goal.title));
        m_date->setObjectName(QStringLiteral("dateEdit"));
        m_date->setCalendarPopup(true);
        m_date->setDate(QDate::currentDate());
        m_date->setMaximumDate(QDate::currentDate().addDays(1));
        m_note->setObjectName(QStringLiteral("noteEdit"));
        m_note->setMaxLength(Model::Limits::NoteLength);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
        auto *form = new QFormLayout;
        form->addRow(goal.unit.isEmpty() ? GoalsTab::tr("&Value:") : GoalsTab::tr("&Value (%1):").arg(goal.unit), m_value);
        form->addRow(GoalsTab::tr("&Measured on:"), m_date);
        form->addRow(GoalsTab::tr("&Note:"), m_note);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_value, &QLineEdit::textChanged, this, [this] {
            bool ok = false;
            readNumber(m_value, &ok);
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_value->text().trimmed().isEmpty());
        });
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    Model::Measurement measurement(const Model::Goal &goal, const QUuid &person) const
    {
        Model::Measurement m;
        m.id = QUuid::createUuid();
        m.projectId = goal.projectId;
        m.goalId = goal.id;
        bool ok = false;
        m.value = readNumber(m_value, &ok).value_or(0);
        m.measuredOn = m_date->date();
        m.note = m_note->text().trimmed();
        m.personId = person;
        return m;
    }

private:
    QLineEdit *m_value = numberEdit(this, QStringLiteral("valueEdit"));
    QDateEdit *m_date = new QDateEdit(this);
    QLineEdit *m_note = new QLineEdit(this);
    QDialogButtonBox *m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
};

} // namespace

QChart *goalChart(const Model::Goal &goal, const QList<Model::Measurement> &ms)
{
    const Model::Goal *g = &goal;
    const Model::GoalTrend trend = Model::goalTrend(goal, ms);
    auto *chart = newChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Measurements against baseline, target and trend.
    QDate first = ms.isEmpty() ? QDate::currentDate() : ms.first().measuredOn;
    QDate last = g->due.isValid() ? g->due : (trend.projectedOn.isValid() ? trend.projectedOn : first.addMonths(6));
    if (!ms.isEmpty() && ms.last().measuredOn > last)
        last = ms.last().measuredOn;
    if (last <= first)
        last = first.addMonths(1);
    auto *measured = new QLineSeries(chart);
    measured->setName(GoalsTab::tr("Measured"));
    auto *points = new QScatterSeries(chart);
    points->setMarkerSize(8);
    points->setName(GoalsTab::tr("Measurement"));
    double low = 0, high = 0;
    bool any = false;
    auto extend = [&](double v) {
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    };
    for (const auto &m : ms) {
        measured->append(double(msecs(m.measuredOn)), m.value);
        points->append(double(msecs(m.measuredOn)), m.value);
        extend(m.value);
    }
    chart->addSeries(measured);
    chart->addSeries(points);
    points->setColor(measured->color());
    auto horizontal = [&](const std::optional<double> &value, const QString &name, const QColor &colour) {
        if (!value)
            return;
        auto *line = new QLineSeries(chart);
        line->setName(name);
        line->append(double(msecs(first)), *value);
        line->append(double(msecs(last)), *value);
        QPen pen(colour);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        extend(*value);
    };
    horizontal(g->baseline, GoalsTab::tr("Baseline"), QColor(0x75, 0x75, 0x75));
    horizontal(g->target, GoalsTab::tr("Target"), QColor(0x2e, 0x7d, 0x32));
    if (trend.projected && ms.size() >= 2) {
        auto *line = new QLineSeries(chart);
        line->setName(GoalsTab::tr("Trend"));
        line->append(double(msecs(trend.firstDate)), trend.interceptDay0);
        line->append(double(msecs(trend.projectedOn)), *trend.projected);
        QPen pen(healthColour(trend.health));
        pen.setStyle(Qt::DotLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        extend(*trend.projected);
        if (trend.projectedOn > last)
            last = trend.projectedOn;
    }
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    const double margin = any ? std::max(1.0, (high - low) * 0.1) : 1.0;
    y->setRange(any ? low - margin : 0, any ? high + margin : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    if (!g->unit.isEmpty())
        y->setTitleText(g->unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Only the line and the reference lines need a legend entry.
    for (QLegendMarker *marker : chart->legend()->markers(points))
        marker->setVisible(false);
    return chart;
}

GoalsTab::GoalsTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                   Model::ParticipantsModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_editor(editor)
    , m_participants(participants)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_health(new QLabel(this))
    , m_celebration(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Goal…"), this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_delete(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete"), this))
    , m_measure(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Measurement…"), this))
{
    setObjectName(QStringLiteral("goalsTab"));
    m_list->setObjectName(QStringLiteral("goalList"));
    m_list->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_facts->setObjectName(QStringLiteral("goalFacts"));
    m_health->setObjectName(QStringLiteral("goalHealth"));
    m_celebration->setObjectName(QStringLiteral("celebration"));
    m_chart->setObjectName(QStringLiteral("goalChart"));
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_delete->setObjectName(QStringLiteral("deleteGoalButton"));
    m_measure->setObjectName(QStringLiteral("addMeasurementButton"));
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

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete, m_measure})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_health);
    detailLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_celebration);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showGoal();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemActivated, this, &GoalsTab::editGoal);
    connect(m_add, &QPushButton::clicked, this, &GoalsTab::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsTab::editGoal);
    connect(m_delete, &QPushButton::clicked, this, &GoalsTab::deleteGoal);
    onDeleteKey(m_list, [this] { deleteGoal(); });
    connect(m_measure, &QPushButton::clicked, this, &GoalsTab::addMeasurement);
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (!m_project.id.isNull() && changes.touches(Model::ChangeSet::Goals))
                reload();
        });
    }
    clear();
}

void GoalsTab::setProject(const Model::Project &project, const QUuid &person)
{
    const bool other = project.id != m_project.id;
    m_project = project;
    m_person = person;
    if (other) {
        m_goals.clear();
        m_lastHealth.clear();
        m_list->clear();
        m_celebration->hide();
    }
    updateButtons();
    reload();
}

void GoalsTab::clear()
{
    m_project = {};
    ++m_generation;
    m_goals.clear();
    m_measurements.clear();
    m_list->clear();
    showGoal();
    updateButtons();
}

void GoalsTab::reload()
{
    if (m_project.id.isNull())
        return;
    const quint64 generation = ++m_generation;
    Model::onResult(m_plan->goals(m_project.id), this, [this, generation](const Model::Result<QList<Model::Goal>> &goals) {
        if (generation != m_generation || !goals.ok())
            return;
        Model::onResult(m_plan->projectMeasurements(m_project.id), this,
                        [this, generation, goals = goals.value()](const Model::Result<QList<Model::Measurement>> &ms) {
                            if (generation != m_generation || !ms.ok())
                                return;
                            const QUuid current = currentGoal() ? currentGoal()->id : QUuid();
                            m_goals = goals;
                            m_measurements = ms.value();
                            m_list->blockSignals(true);
                            m_list->clear();
                            int select = m_goals.isEmpty() ? -1 : 0;
                            for (int i = 0; i < m_goals.size(); ++i) {
                                const Model::Goal &g = m_goals.at(i);
                                const auto trend = Model::goalTrend(g, measurementsOf(g.id));
                                auto *item = new QListWidgetItem(tr("%1\n%2").arg(g.title, Model::displayName(trend.health)), m_list);
                                item->setForeground(QPalette().text());
                                item->setData(Qt::DecorationRole, healthColour(trend.health));
                                if (g.id == current)
                                    select = i;
                                // A goal seen before, and reached now: whoever measured it, here or on
                                // another laptop, it is worth a cheer.
                                const auto before = m_lastHealth.constFind(g.id);
                                const bool newlyReached = before != m_lastHealth.constEnd()
                                    && *before != Model::GoalHealth::Reached && trend.health == Model::GoalHealth::Reached;
                                m_lastHealth.insert(g.id, trend.health);
                                if (newlyReached) {
                                    const QString message = tr("Goal reached: %1! Together with %2.")
                                                                .arg(g.title, partnerNames(g.servesOrganisations));
                                    m_celebration->setText(message);
                                    m_celebration->show();
                                    Q_EMIT celebrated(message);
                                }
                            }
                            m_list->setCurrentRow(select);
                            m_list->blockSignals(false);
                            showGoal();
                            updateButtons();
                            Q_EMIT loaded();
                        });
    });
}

QList<Model::Measurement> GoalsTab::measurementsOf(const QUuid &goal) const
{
    QList<Model::Measurement> out;
    for (const auto &m : m_measurements) {
        if (m.goalId == goal)
            out.append(m);
    }
    return out;
}

const Model::Goal *GoalsTab::currentGoal() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_goals.size() ? &m_goals.at(row) : nullptr;
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
    const Model::Goal *g = currentGoal();
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
    const QList<Model::Measurement> ms = measurementsOf(g->id);
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
    m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(healthColour(trend.health).name()));

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
    for (QPushButton *b : {m_add, m_edit, m_delete})
        b->setToolTip(m_rights.why);
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_editor->saveGoal(std::nullopt, dialog->goal()); });
    dialog->open();
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

} // namespace Views
