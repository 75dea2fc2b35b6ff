#include "evaluationstab.h"

#include "deletekey.h"
#include "fielderrors.h"
#include "evaluationreport.h"

#include "model/async.h"
#include "model/participantsmodel.h"
#include "model/editor.h"
#include "model/goaltrend.h"
#include "model/repository.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Views {

namespace {

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// A stored target ("24000") as the reader writes numbers ("24.000").
QString number(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? QLocale().toString(value, 'g', 12) : stored;
}

/// Records a held evaluation: scores per goal (proposed from the trend),
/// findings, lessons and decisions that change a target or a date.
class HoldDialog : public QDialog
{
public:
    HoldDialog(const Model::Evaluation &evaluation, const QList<Model::Goal> &goals,
               const QList<Model::Milestone> &milestones, const QList<Model::Measurement> &measurements, QWidget *parent)
        : QDialog(parent)
        , m_evaluation(evaluation)
        , m_goals(goals)
        , m_milestones(milestones)
    {
        setObjectName(QStringLiteral("holdEvaluationDialog"));
        setWindowTitle(EvaluationsTab::tr("Hold Evaluation — %1").arg(date(evaluation.plannedOn)));
        m_held->setObjectName(QStringLiteral("heldEdit"));
        m_held->setCalendarPopup(true);
        m_held->setDate(evaluation.isHeld() ? evaluation.heldOn : QDate::currentDate());
        m_kind->setObjectName(QStringLiteral("kindCombo"));
        m_kind->addItem(Model::displayName(Model::EvaluationKind::Interim), int(Model::EvaluationKind::Interim));
        m_kind->addItem(Model::displayName(Model::EvaluationKind::Closing), int(Model::EvaluationKind::Closing));
        m_kind->setCurrentIndex(m_kind->findData(int(evaluation.kind)));
        m_findings->setObjectName(QStringLiteral("findingsEdit"));
        m_findings->setPlainText(evaluation.findings);
        m_findings->setTabChangesFocus(true);
        m_lessons->setObjectName(QStringLiteral("lessonsEdit"));
        m_lessons->setPlainText(evaluation.lessons);
        m_lessons->setTabChangesFocus(true);
        m_scores->setObjectName(QStringLiteral("scoresTable"));
        m_scores->setColumnCount(3);
        m_scores->setHorizontalHeaderLabels({EvaluationsTab::tr("Goal"), EvaluationsTab::tr("Score"), EvaluationsTab::tr("Remark")});
        m_scores->setRowCount(int(goals.size()));
        m_scores->verticalHeader()->hide();
        m_scores->horizontalHeader()->setStretchLastSection(true);
        for (int row = 0; row < goals.size(); ++row) {
            const Model::Goal &g = goals.at(row);
            QList<Model::Measurement> ms;
            for (const auto &m : measurements) {
                if (m.goalId == g.id)
                    ms.append(m);
            }
            Model::GoalHealth proposed = Model::goalTrend(g, ms).health;
            QString remark;
            for (const auto &s : evaluation.scores) {
                if (s.goalId == g.id) {
                    proposed = s.status;
                    remark = s.remark;
                }
            }
            auto *title = new QTableWidgetItem(g.title);
            title->setFlags(Qt::ItemIsEnabled);
            m_scores->setItem(row, 0, title);
            auto *combo = new QComboBox(m_scores);
            for (auto h : {Model::GoalHealth::OnTrack, Model::GoalHealth::AtRisk, Model::GoalHealth::OffTrack,
                           Model::GoalHealth::Reached})
                combo->addItem(Model::displayName(h), int(h));
            combo->setCurrentIndex(std::max(0, combo->findData(int(proposed))));
            m_scores->setCellWidget(row, 1, combo);
            m_scores->setItem(row, 2, new QTableWidgetItem(remark));
        }
        m_scores->resizeColumnsToContents();

        // One decision at a time: what, about which target or date, to what, why.
        m_decisionText->setObjectName(QStringLiteral("decisionEdit"));
        m_decisionText->setPlaceholderText(EvaluationsTab::tr("What was decided"));
        m_subject->setObjectName(QStringLiteral("subjectCombo"));
        m_subject->addItem(EvaluationsTab::tr("Changes nothing in the plan"), -1);
        for (int i = 0; i < goals.size(); ++i)
            m_subject->addItem(EvaluationsTab::tr("Target of goal: %1").arg(goals.at(i).title), i);
        for (int i = 0; i < milestones.size(); ++i)
            m_subject->addItem(EvaluationsTab::tr("Date of milestone: %1").arg(milestones.at(i).title), 1000 + i);
        m_after->setObjectName(QStringLiteral("afterEdit"));
        m_after->setPlaceholderText(EvaluationsTab::tr("New target (a number) or date (yyyy-mm-dd)"));
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(EvaluationsTab::tr("Why"));
        auto *add = new QPushButton(EvaluationsTab::tr("Add &Decision"), this);
        add->setObjectName(QStringLiteral("addDecisionButton"));
        m_decisions->setObjectName(QStringLiteral("decisionList"));
        m_decisions->setMaximumHeight(80);
        for (const auto &d : evaluation.decisions)
            m_decisions->addItem(d.text);
        connect(add, &QPushButton::clicked, this, [this] { addDecision(); });
        connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
            const int s = m_subject->currentData().toInt();
            m_after->setEnabled(s >= 0);
            if (s >= 1000)
                m_after->setText(m_milestones.at(s - 1000).due.toString(Qt::ISODate));
            else if (s >= 0 && m_goals.at(s).target)
                m_after->setText(QString::number(*m_goals.at(s).target, 'g', 12));
        });
        m_after->setEnabled(false);

        showAsError(m_issues);
        m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
        auto *decisionRow = new QHBoxLayout;
        decisionRow->addWidget(m_subject, 2);
        decisionRow->addWidget(m_after, 1);
        auto *form = new QFormLayout;
        form->addRow(EvaluationsTab::tr("&Held on:"), m_held);
        form->addRow(EvaluationsTab::tr("&Kind:"), m_kind);
        form->addRow(EvaluationsTab::tr("&Scores:"), m_scores);
        form->addRow(EvaluationsTab::tr("&Findings:"), m_findings);
        form->addRow(EvaluationsTab::tr("&Lessons learned:"), m_lessons);
        form->addRow(EvaluationsTab::tr("&Decision:"), m_decisionText);
        form->addRow(QString(), decisionRow);
        form->addRow(QString(), m_reason);
        form->addRow(QString(), add);
        form->addRow(EvaluationsTab::tr("Decisions:"), m_decisions);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_issues);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
            if (kind() == Model::EvaluationKind::Closing && m_lessons->toPlainText().trimmed().isEmpty()) {
                m_issues->setText(EvaluationsTab::tr("A closing evaluation records the lessons learned."));
                return;
            }
            if (!m_decisionText->text().trimmed().isEmpty()) {
                m_issues->setText(EvaluationsTab::tr("Add the decision you typed, or clear it."));
                return;
            }
            accept();
        });
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        resize(640, 720);
    }

    Model::Evaluation evaluation() const
    {
        Model::Evaluation e = m_evaluation;
        e.heldOn = m_held->date();
        e.kind = kind();
        e.findings = m_findings->toPlainText();
        e.lessons = m_lessons->toPlainText();
        e.scores.clear();
        for (int row = 0; row < m_goals.size(); ++row) {
            const auto *combo = static_cast<QComboBox *>(m_scores->cellWidget(row, 1));
            e.scores.append({QUuid::createUuid(), m_goals.at(row).id, Model::GoalHealth(combo->currentData().toInt()),
                             m_scores->item(row, 2) ? m_scores->item(row, 2)->text() : QString(), m_goals.at(row).title});
        }
        e.decisions += m_newDecisions;
        return e;
    }

private:
    Model::EvaluationKind kind() const { return Model::EvaluationKind(m_kind->currentData().toInt()); }

    void addDecision()
    {
        Model::Decision d;
        d.id = QUuid::createUuid();
        d.projectId = m_evaluation.projectId;
        d.evaluationId = m_evaluation.id;
        d.text = m_decisionText->text().trimmed();
        d.reason = m_reason->text().trimmed();
        d.decidedOn = m_held->date();
        const int s = m_subject->currentData().toInt();
        if (d.text.isEmpty()) {
            m_issues->setText(EvaluationsTab::tr("Say what was decided."));
            return;
        }
        if (s >= 1000) {
            d.subject = Model::Decision::Subject::MilestoneDue;
            d.subjectId = m_milestones.at(s - 1000).id;
            d.after = m_after->text().trimmed();
            if (!QDate::fromString(d.after, Qt::ISODate).isValid()) {
                m_issues->setText(EvaluationsTab::tr("Write the new date as yyyy-mm-dd."));
                return;
            }
        } else if (s >= 0) {
            d.subject = Model::Decision::Subject::GoalTarget;
            d.subjectId = m_goals.at(s).id;
            // Dutch "1.250,5" as well as "1250.5": the store keeps a plain number.
            bool ok = false;
            double value = QLocale().toDouble(m_after->text().trimmed(), &ok);
            if (!ok)
                value = m_after->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok) {
                m_issues->setText(EvaluationsTab::tr("The new target must be a number."));
                return;
            }
            d.after = QString::number(value, 'g', 12);
        }
        m_newDecisions.append(d);
        m_decisions->addItem(d.text);
        m_decisionText->clear();
        m_reason->clear();
        m_subject->setCurrentIndex(0);
        m_after->clear();
        m_issues->clear();
    }

    Model::Evaluation m_evaluation;
    QList<Model::Goal> m_goals;
    QList<Model::Milestone> m_milestones;
    QList<Model::Decision> m_newDecisions;
    QDateEdit *m_held = new QDateEdit(this);
    QComboBox *m_kind = new QComboBox(this);
    QTableWidget *m_scores = new QTableWidget(this);
    QPlainTextEdit *m_findings = new QPlainTextEdit(this);
    QPlainTextEdit *m_lessons = new QPlainTextEdit(this);
    QLineEdit *m_decisionText = new QLineEdit(this);
    QComboBox *m_subject = new QComboBox(this);
    QLineEdit *m_after = new QLineEdit(this);
    QLineEdit *m_reason = new QLineEdit(this);
    QListWidget *m_decisions = new QListWidget(this);
    QLabel *m_issues = new QLabel(this);
    QDialogButtonBox *m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
};

} // namespace

EvaluationsTab::EvaluationsTab(Model::PlanRepository *plan, Model::Editor *editor, Model::ChangeNotifier *notifier,
                               Model::ParticipantsModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_editor(editor)
    , m_list(new QTreeWidget(this))
    , m_log(new QTableWidget(0, 4, this))
    , m_plan_(new QPushButton(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("&Plan a Cycle…"), this))
    , m_planOne(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Plan &One…"), this))
    , m_move(new QPushButton(QIcon::fromTheme(QStringLiteral("view-calendar-day")), tr("&Move…"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("R&emove"), this))
    , m_hold(new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("&Hold…"), this))
    , m_comment(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-comment")), tr("&Comment…"), this))
    , m_report(new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("&Report (PDF)…"), this))
    , m_participants(participants)
{
    m_report->setObjectName(QStringLiteral("reportButton"));
    setObjectName(QStringLiteral("evaluationsTab"));
    m_list->setObjectName(QStringLiteral("evaluationList"));
    m_list->setHeaderLabels({tr("Date"), tr("Evaluation"), tr("Scores"), tr("Findings and comments")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_log->setObjectName(QStringLiteral("decisionLog"));
    m_log->setHorizontalHeaderLabels({tr("Date"), tr("Decision"), tr("Change"), tr("Reason")});
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every column in view, long texts wrapped: the reason matters as much as the change.
    m_log->setWordWrap(true);
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_log->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan_->setObjectName(QStringLiteral("planEvaluationsButton"));
    m_planOne->setObjectName(QStringLiteral("planOneButton"));
    m_move->setObjectName(QStringLiteral("moveEvaluationButton"));
    m_remove->setObjectName(QStringLiteral("removeEvaluationButton"));
    m_hold->setObjectName(QStringLiteral("holdEvaluationButton"));
    m_comment->setObjectName(QStringLiteral("commentButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_plan_, m_planOne, m_move, m_remove, m_hold, m_comment, m_report})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *logLabel = new QLabel(tr("Decision log: every course correction with what it changed"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 3);
    layout->addLayout(buttons);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 2);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvaluationsTab::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &EvaluationsTab::hold);
    connect(m_plan_, &QPushButton::clicked, this, &EvaluationsTab::planCycle);
    connect(m_planOne, &QPushButton::clicked, this, [this] { schedule(false); });
    connect(m_move, &QPushButton::clicked, this, [this] { schedule(true); });
    connect(m_remove, &QPushButton::clicked, this, &EvaluationsTab::remove);
    onDeleteKey(m_list, [this] { remove(); });
    connect(m_hold, &QPushButton::clicked, this, &EvaluationsTab::hold);
    connect(m_comment, &QPushButton::clicked, this, &EvaluationsTab::comment);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const Model::Evaluation *e = current();
        if (!e)
            return;
        auto *dialog = new QFileDialog(this, tr("Evaluation Report"));
        dialog->setObjectName(QStringLiteral("reportFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("PDF documents (*.pdf)"));
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(tr("evaluation-%1-%2.pdf").arg(m_project.name, (e->isHeld() ? e->heldOn : e->plannedOn).toString(Qt::ISODate)));
        connect(dialog, &QFileDialog::fileSelected, this, &EvaluationsTab::writeReport);
        dialog->open();
    });
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (!m_project.id.isNull()
                && (changes.touches(Model::ChangeSet::Evaluations) || changes.touches(Model::ChangeSet::Goals)
                    || changes.touches(Model::ChangeSet::Milestones)))
                reload();
        });
    }
    clear();
}

void EvaluationsTab::setProject(const Model::Project &project, const QUuid &person)
{
    m_project = project;
    m_person = person;
    updateButtons();
    reload();
}

void EvaluationsTab::clear()
{
    m_project = {};
    ++m_generation;
    m_evaluations.clear();
    m_list->clear();
    m_log->setRowCount(0);
    updateButtons();
}

void EvaluationsTab::reload()
{
    if (m_project.id.isNull())
        return;
    const quint64 generation = ++m_generation;
    const QUuid project = m_project.id;
    Model::onResult(m_plan->goals(project), this, [this, generation](const Model::Result<QList<Model::Goal>> &r) {
        if (generation == m_generation && r.ok())
            m_goals = r.value();
    });
    Model::onResult(m_plan->milestones(project), this, [this, generation](const Model::Result<QList<Model::Milestone>> &r) {
        if (generation == m_generation && r.ok())
            m_milestones = r.value();
    });
    Model::onResult(m_plan->projectMeasurements(project), this,
                    [this, generation](const Model::Result<QList<Model::Measurement>> &r) {
                        if (generation == m_generation && r.ok())
                            m_measurements = r.value();
                    });
    Model::onResult(m_plan->evaluations(project), this, [this, generation](const Model::Result<QList<Model::Evaluation>> &r) {
        if (generation != m_generation || !r.ok())
            return;
        const QUuid current = this->current() ? this->current()->id : QUuid();
        m_evaluations = r.value();
        m_list->clear();
        QList<Model::Decision> log;
        for (int i = 0; i < m_evaluations.size(); ++i) {
            const Model::Evaluation &e = m_evaluations.at(i);
            QStringList scores;
            QStringList scoresByGoal;
            for (const auto &s : e.scores) {
                scores << Model::displayName(s.status);
                scoresByGoal << tr("%1: %2").arg(s.goalTitle, Model::displayName(s.status))
                                    + (s.remark.isEmpty() ? QString() : QStringLiteral(" — ") + s.remark);
            }
            QStringList notes;
            if (!e.findings.isEmpty())
                notes << e.findings;
            for (const auto &c : e.comments)
                notes << tr("%1: “%2”").arg(c.personName, c.comment);
            auto *item = new QTreeWidgetItem(
                m_list, {e.isHeld() ? tr("%1 (held)").arg(date(e.heldOn)) : tr("%1 (planned)").arg(date(e.plannedOn)),
                         Model::displayName(e.kind), scores.join(QStringLiteral(", ")), notes.join(QStringLiteral(" · "))});
            item->setData(0, Qt::UserRole, i);
            item->setToolTip(3, notes.join(QLatin1Char('\n')));
            item->setToolTip(2, scoresByGoal.join(QLatin1Char('\n')));
            if (e.id == current)
                m_list->setCurrentItem(item);
            log += e.decisions;
        }
        m_log->setRowCount(int(log.size()));
        for (int row = 0; row < log.size(); ++row) {
            const Model::Decision &d = log.at(row);
            QString change;
            if (d.subject == Model::Decision::Subject::GoalTarget)
                change = tr("Target of %1: %2 → %3").arg(d.subjectTitle, d.before.isEmpty() ? tr("none") : number(d.before), number(d.after));
            else if (d.subject == Model::Decision::Subject::MilestoneDue)
                change = tr("Date of %1: %2 → %3")
                             .arg(d.subjectTitle, date(QDate::fromString(d.before, Qt::ISODate)),
                                  date(QDate::fromString(d.after, Qt::ISODate)));
            m_log->setItem(row, 0, new QTableWidgetItem(date(d.decidedOn)));
            m_log->setItem(row, 1, new QTableWidgetItem(d.text));
            m_log->setItem(row, 2, new QTableWidgetItem(change));
            m_log->setItem(row, 3, new QTableWidgetItem(d.reason));
        }
        updateButtons();
        Q_EMIT loaded();
    });
}

const Model::Evaluation *EvaluationsTab::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_evaluations.size() ? &m_evaluations.at(i) : nullptr;
}

void EvaluationsTab::updateButtons()
{
    const bool open = !m_project.id.isNull() && !Model::isClosed(m_project.status) && m_rights.editPlan;
    m_plan_->setEnabled(open);
    m_planOne->setEnabled(open);
    const bool planned = current() && !current()->isHeld();
    m_move->setEnabled(open && planned);
    m_remove->setEnabled(open && planned);
    m_hold->setEnabled(open && current());
    for (QPushButton *b : {m_plan_, m_planOne, m_move, m_hold})
        b->setToolTip(m_rights.why);
    m_remove->setToolTip(m_rights.why.isEmpty() ? tr("Removes a planned evaluation (Del). A held one is a record and stays.")
                                                : m_rights.why);
    // Reflection goes on after a project closes.
    m_comment->setEnabled(!m_project.id.isNull() && current() && !m_person.isNull() && m_rights.comment);
    m_report->setEnabled(!m_project.id.isNull() && current() && !m_writing);
}

void EvaluationsTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateButtons();
}

void EvaluationsTab::planCycle()
{
    if (!m_plan_->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("planEvaluationsDialog"));
    dialog->setWindowTitle(tr("Plan Evaluations"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *first = new QDateEdit(QDate::currentDate().addMonths(1), dialog);
    first->setObjectName(QStringLiteral("firstEdit"));
    first->setCalendarPopup(true);
    auto *every = new QSpinBox(dialog);
    every->setObjectName(QStringLiteral("everySpin"));
    every->setRange(1, 24);
    every->setValue(3);
    every->setSuffix(tr(" months"));
    auto *until = new QDateEdit(m_project.end.isValid() ? m_project.end : QDate::currentDate().addYears(1), dialog);
    until->setObjectName(QStringLiteral("untilEdit"));
    until->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&First:"), first);
    form->addRow(tr("&Every:"), every);
    form->addRow(tr("&Until:"), until);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, first, every, until] {
        m_editor->planEvaluations(m_project.id, first->date(), every->value(), until->date());
    });
    dialog->open();
}

void EvaluationsTab::schedule(bool move)
{
    const Model::Evaluation *e = current();
    if (!(move ? m_move : m_planOne)->isEnabled() || (move && (!e || e->isHeld())))
        return;
    std::optional<Model::Evaluation> before;
    Model::Evaluation after;
    if (move) {
        before = *e;
        after = *e;
    } else {
        after.id = QUuid::createUuid();
        after.projectId = m_project.id;
        after.plannedOn = QDate::currentDate().addMonths(1);
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("scheduleEvaluationDialog"));
    dialog->setWindowTitle(move ? tr("Move Evaluation") : tr("Plan Evaluation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *on = new QDateEdit(after.plannedOn, dialog);
    on->setObjectName(QStringLiteral("plannedEdit"));
    on->setCalendarPopup(true);
    auto *kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kindCombo"));
    kind->addItem(Model::displayName(Model::EvaluationKind::Interim), int(Model::EvaluationKind::Interim));
    kind->addItem(Model::displayName(Model::EvaluationKind::Closing), int(Model::EvaluationKind::Closing));
    kind->setCurrentIndex(kind->findData(int(after.kind)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Date:"), on);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, before, after, on, kind]() mutable {
        after.plannedOn = on->date();
        after.kind = Model::EvaluationKind(kind->currentData().toInt());
        if (before && before->plannedOn == after.plannedOn && before->kind == after.kind)
            return;
        m_editor->scheduleEvaluation(before, after);
    });
    dialog->open();
}

void EvaluationsTab::remove()
{
    const Model::Evaluation *e = current();
    if (!e || e->isHeld() || !m_remove->isEnabled())
        return;
    // Undoable (Ctrl+Z), so no question first.
    m_editor->deleteEvaluation(*e);
}

void EvaluationsTab::hold()
{
    const Model::Evaluation *e = current();
    if (!e || !m_hold->isEnabled())
        return;
    auto *dialog = new HoldDialog(*e, m_goals, m_milestones, m_measurements, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_editor->holdEvaluation(dialog->evaluation()); });
    dialog->open();
}

void EvaluationsTab::comment()
{
    const Model::Evaluation *e = current();
    if (!e || !m_comment->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("commentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Comment on the Evaluation"));
    auto *label = new QLabel(tr("Your reflection on the evaluation of %1:").arg(date(e->isHeld() ? e->heldOn : e->plannedOn)),
                             dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("commentEdit"));
    text->setTabChangesFocus(true);
    text->setMinimumSize(460, 160);
    label->setBuddy(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setEnabled(false);
    connect(text, &QPlainTextEdit::textChanged, dialog, [ok, text] {
        const QString t = text->toPlainText();
        ok->setEnabled(!t.trimmed().isEmpty() && t.size() <= Model::Limits::TextLength);
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, text, id = e->id] {
        Model::EvaluationComment c;
        c.id = QUuid::createUuid();
        c.evaluationId = id;
        c.personId = m_person;
        c.comment = text->toPlainText();
        m_editor->addEvaluationComment(c);
    });
    dialog->open();
}

void EvaluationsTab::writeReport(const QString &path)
{
    const Model::Evaluation *e = current();
    if (!e)
        return;
    ReportData data;
    data.project = m_project;
    if (const Model::Participation *lead = m_participants->currentLead())
        data.leadName = lead->organisationName;
    data.partners = m_participants->participations();
    data.goals = m_goals;
    data.measurements = m_measurements;
    data.evaluation = *e;
    for (const auto &x : m_evaluations)
        data.decisions += x.decisions;
    m_writing = true; // one report at a time
    updateButtons();
    Model::onResult(writeEvaluationReport(path, data), this, [this, path](const QString &error) {
        m_writing = false;
        updateButtons();
        if (error.isEmpty())
            Q_EMIT reportWritten(path);
        else
            Q_EMIT reportFailed(error);
    });
}

} // namespace Views
