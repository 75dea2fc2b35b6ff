#include "milestonedialog.h"

#include "datefield.h"
#include "dialogform.h"

#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include <algorithm>

namespace Views {

MilestoneDialog::MilestoneDialog(const Model::Milestone &milestone, const QList<Model::Participation> &partners,
                                 const QList<Model::Goal> &goals, QWidget *parent)
    : QDialog(parent)
    , m_milestone(milestone)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_due(new DateField(this))
    , m_owner(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_completed(new DateField(this))
    , m_goals(new QListWidget(this))
    , m_form(new DialogForm(this))
{
    setObjectName(QStringLiteral("milestoneDialog"));
    setWindowTitle(milestone.title.isEmpty() ? tr("Add Milestone") : tr("Edit Milestone — %1").arg(milestone.title));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setText(milestone.title);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlainText(milestone.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setOptional(false);
    m_due->setDate(milestone.due.isValid() ? milestone.due : QDate::currentDate().addMonths(1));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("(nobody in particular)"), QUuid());
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
    m_completed->setDate(milestone.completedOn);
    m_goals->setObjectName(QStringLiteral("goalList"));
    m_goals->setAccessibleName(tr("Serves the goals"));
    for (const auto &g : goals) {
        auto *item = new QListWidgetItem(g.title, m_goals);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(milestone.goals.contains(g.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_goals->setMaximumHeight(100);

    QFormLayout *form = m_form->form();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Reached on:"), m_completed);
    form->addRow(tr("Serves the &goals:"), m_goals);
    connect(m_title, &QLineEdit::textChanged, this, [this] { check(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Marking it done proposes today as the day it was reached.
        if (status() == Model::MilestoneStatus::Done && !m_completed->date().isValid())
            m_completed->setDate(QDate::currentDate());
        check();
    });
    connect(m_due, &DateField::dateChanged, this, [this] { check(); });
    connect(m_completed, &DateField::dateChanged, this, [this] { check(); });
    resize(480, sizeHint().height());
    check();
}

Model::Milestone MilestoneDialog::milestone() const
{
    Model::Milestone m = m_milestone;
    m.title = m_title->text().trimmed();
    m.description = m_description->toPlainText();
    m.due = m_due->date();
    m.ownerOrganisationId = m_owner->currentData().toUuid();
    m.status = status();
    m.completedOn = m.status == Model::MilestoneStatus::Done ? m_completed->date() : QDate();
    m.goals.clear();
    for (int i = 0; i < m_goals->count(); ++i) {
        if (m_goals->item(i)->checkState() == Qt::Checked)
            m.goals.append(m_goals->item(i)->data(Qt::UserRole).toUuid());
    }
    return m;
}

Model::MilestoneStatus MilestoneDialog::status() const
{
    return Model::MilestoneStatus(m_status->currentData().toInt());
}

void MilestoneDialog::check()
{
    QStringList problems;
    if (!m_due->isAcceptable())
        problems << tr("Due: %1").arg(m_due->problem());
    if (status() == Model::MilestoneStatus::Done && !m_completed->isAcceptable())
        problems << tr("Reached on: %1").arg(m_completed->problem());
    if (problems.isEmpty()) {
        for (const auto &issue : Model::validate(milestone()))
            problems << issue.message;
    }
    m_completed->setEnabled(status() == Model::MilestoneStatus::Done);
    m_form->setProblems(problems);
}

} // namespace Views
