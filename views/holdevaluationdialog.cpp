#include "holdevaluationdialog.h"

#include "datefield.h"
#include "dialogform.h"

#include "model/goaltrend.h"
#include "model/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace Views {

HoldEvaluationDialog::HoldEvaluationDialog(const Model::Evaluation &evaluation, const QList<Model::Goal> &goals,
                                           const QList<Model::Milestone> &milestones,
                                           const QList<Model::Measurement> &measurements, QWidget *parent)
    : QDialog(parent)
    , m_evaluation(evaluation)
    , m_goals(goals)
    , m_milestones(milestones)
    , m_form(new DialogForm(this))
    , m_held(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_scores(new QTableWidget(this))
    , m_findings(new QPlainTextEdit(this))
    , m_lessons(new QPlainTextEdit(this))
    , m_decisionText(new QLineEdit(this))
    , m_subject(new QComboBox(this))
    , m_after(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_decisions(new QListWidget(this))
    , m_share(new QCheckBox(tr("Offer to share the lessons &in the knowledge base"), this))
    , m_cancelPlanned(new QCheckBox(this))
    , m_afterwards(new QComboBox(this))
{
    setObjectName(QStringLiteral("holdEvaluationDialog"));
    setWindowTitle(tr("Hold Evaluation — %1").arg(QLocale().toString(evaluation.plannedOn, QLocale::ShortFormat)));
    m_held->setObjectName(QStringLiteral("heldEdit"));
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
    m_scores->setHorizontalHeaderLabels({tr("Goal"), tr("Score"), tr("Remark")});
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
    m_decisionText->setPlaceholderText(tr("What was decided"));
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->addItem(tr("Changes nothing in the plan"), -1);
    for (int i = 0; i < goals.size(); ++i)
        m_subject->addItem(tr("Target of goal: %1").arg(goals.at(i).title), i);
    for (int i = 0; i < milestones.size(); ++i)
        m_subject->addItem(tr("Date of milestone: %1").arg(milestones.at(i).title), 1000 + i);
    m_after->setObjectName(QStringLiteral("afterEdit"));
    m_after->setPlaceholderText(tr("New target (a number) or date (yyyy-mm-dd)"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why"));
    auto *add = new QPushButton(tr("Add &Decision"), this);
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

    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_subject, 2);
    decisionRow->addWidget(m_after, 1);
    QFormLayout *form = m_form->form();
    form->addRow(tr("&Held on:"), m_held);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Scores:"), m_scores);
    form->addRow(tr("&Findings:"), m_findings);
    form->addRow(tr("&Lessons learned:"), m_lessons);
    form->addRow(tr("&Decision:"), m_decisionText);
    form->addRow(QString(), decisionRow);
    form->addRow(QString(), m_reason);
    form->addRow(QString(), add);
    form->addRow(tr("Decisions:"), m_decisions);
    m_share->setObjectName(QStringLiteral("shareLessonsCheck"));
    m_share->setToolTip(tr("After recording, choose which lessons other municipalities may read"));
    m_share->setChecked(kind() == Model::EvaluationKind::Closing);
    m_share->setVisible(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_share->setChecked(kind() == Model::EvaluationKind::Closing); });
    form->addRow(QString(), m_share);
    m_cancelPlanned->setObjectName(QStringLiteral("cancelPlannedCheck"));
    m_cancelPlanned->setChecked(true);
    m_cancelPlanned->setToolTip(tr("A project that closes holds no interim evaluations any more; the decision log "
                                   "records each one cancelled."));
    form->addRow(QString(), m_cancelPlanned);
    m_afterwards->setObjectName(QStringLiteral("afterwardsCombo"));
    for (auto status : {Model::ProjectStatus::Completed, Model::ProjectStatus::Stopped, Model::ProjectStatus::Active})
        m_afterwards->addItem(Model::displayName(status), int(status));
    m_afterwards->setToolTip(tr("Closing the project is a step of its own: Edit ▸ Undo takes it back."));
    form->addRow(tr("&Afterwards the project is:"), m_afterwards);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HoldEvaluationDialog::updateClosingChoices);
    updateClosingChoices();
    m_form->acceptWhen([this] { return checkBeforeAccept(); });
    resize(640, 720);
}

bool HoldEvaluationDialog::shareLessons() const
{
    return !m_share->isHidden() && m_share->isChecked() && !m_lessons->toPlainText().trimmed().isEmpty();
}

void HoldEvaluationDialog::setSharingOffered(bool offered)
{
    m_share->setVisible(offered);
}

void HoldEvaluationDialog::setClosingChoices(const QList<Model::Evaluation> &otherPlanned, bool mayClose)
{
    m_otherPlanned.clear();
    for (const Model::Evaluation &e : otherPlanned) {
        if (e.id != m_evaluation.id && !e.isHeld())
            m_otherPlanned.append(e);
    }
    m_mayClose = mayClose;
    QStringList dates;
    for (const Model::Evaluation &e : std::as_const(m_otherPlanned))
        dates << QLocale().toString(e.plannedOn, QLocale::ShortFormat);
    m_cancelPlanned->setText(tr("&Cancel the %n other planned evaluation(s): %1", nullptr, int(m_otherPlanned.size()))
                                 .arg(dates.join(QStringLiteral(", "))));
    updateClosingChoices();
}

std::optional<Model::ProjectStatus> HoldEvaluationDialog::closeAs() const
{
    if (!m_mayClose || kind() != Model::EvaluationKind::Closing)
        return std::nullopt;
    const auto status = Model::ProjectStatus(m_afterwards->currentData().toInt());
    return Model::isClosed(status) ? std::optional(status) : std::nullopt;
}

void HoldEvaluationDialog::updateClosingChoices()
{
    const bool closing = kind() == Model::EvaluationKind::Closing;
    QFormLayout *form = m_form->form();
    form->setRowVisible(m_cancelPlanned, closing && !m_otherPlanned.isEmpty());
    form->setRowVisible(m_afterwards, closing && m_mayClose);
}

Model::EvaluationKind HoldEvaluationDialog::kind() const
{
    return Model::EvaluationKind(m_kind->currentData().toInt());
}

bool HoldEvaluationDialog::checkBeforeAccept()
{
    if (!m_held->isAcceptable()) {
        m_form->say(m_held->problem());
        return false;
    }
    if (kind() == Model::EvaluationKind::Closing && m_lessons->toPlainText().trimmed().isEmpty()) {
        m_form->say(tr("A closing evaluation records the lessons learned."));
        return false;
    }
    if (!m_decisionText->text().trimmed().isEmpty()) {
        m_form->say(tr("Add the decision you typed, or clear it."));
        return false;
    }
    return true;
}

Model::Evaluation HoldEvaluationDialog::evaluation() const
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
    e.cancelPlanned.clear();
    if (kind() == Model::EvaluationKind::Closing && m_cancelPlanned->isChecked()) {
        for (const Model::Evaluation &planned : m_otherPlanned) {
            Model::Decision d;
            d.id = QUuid::createUuid();
            d.projectId = m_evaluation.projectId;
            d.evaluationId = m_evaluation.id;
            d.text = tr("The evaluation planned on %1 is cancelled: the project closes.")
                         .arg(QLocale().toString(planned.plannedOn, QLocale::ShortFormat));
            d.decidedOn = e.heldOn;
            e.decisions.append(d);
            e.cancelPlanned.append(planned.id);
        }
    }
    return e;
}

void HoldEvaluationDialog::addDecision()
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
        m_form->say(tr("Say what was decided."));
        return;
    }
    if (s >= 1000) {
        d.subject = Model::Decision::Subject::MilestoneDue;
        d.subjectId = m_milestones.at(s - 1000).id;
        d.after = m_after->text().trimmed();
        if (!QDate::fromString(d.after, Qt::ISODate).isValid()) {
            m_form->say(tr("Write the new date as yyyy-mm-dd."));
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
            m_form->say(tr("The new target must be a number."));
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
    m_form->say(QString());
}

} // namespace Views
