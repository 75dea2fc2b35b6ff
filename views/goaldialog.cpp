#include "goaldialog.h"

#include "dialogform.h"
#include "datefield.h"

#include "model/validation.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Views {

GoalDialog::GoalDialog(const Model::Goal &goal, const QList<Model::Participation> &partners, QWidget *parent)
    : QDialog(parent)
    , m_goal(goal)
    , m_form(new DialogForm(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_indicator(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_baseline(DialogForm::numberEdit(this, QStringLiteral("baselineEdit")))
    , m_target(DialogForm::numberEdit(this, QStringLiteral("targetEdit")))
    , m_due(new DateField(this))
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.title.isEmpty() ? tr("Add Goal") : tr("Edit Goal — %1").arg(goal.title));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setText(goal.title);
    m_title->setMaxLength(Model::Limits::TitleLength + 1);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlainText(goal.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_indicator->setObjectName(QStringLiteral("indicatorEdit"));
    m_indicator->setText(goal.indicator);
    m_indicator->setPlaceholderText(tr("What is measured, e.g. homes connected to the heat network"));
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_unit->setText(goal.unit);
    m_baseline->setText(DialogForm::numberText(goal.baseline));
    m_target->setText(DialogForm::numberText(goal.target));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setDate(goal.due);
    QList<DialogForm::Choice> choices;
    for (const auto &p : partners) {
        if (p.isCurrent())
            choices.append({p.organisationId,
                            p.priorities.isEmpty() ? p.organisationName : tr("%1 — %2").arg(p.organisationName, p.priorities),
                            goal.servesOrganisations.contains(p.organisationId)});
    }
    m_partners = DialogForm::checklist(this, QStringLiteral("partnerList"), choices);
    m_partners->setMaximumHeight(110);
    m_partners->setAccessibleName(tr("Serves the priority of"));

    QFormLayout *form = m_form->form();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("Tar&get:"), m_target);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(tr("&Serves the priority of:"), m_partners);
    for (QLineEdit *e : {m_title, m_indicator, m_unit, m_baseline, m_target})
        connect(e, &QLineEdit::textChanged, this, &GoalDialog::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &GoalDialog::check);
    connect(m_due, &DateField::dateChanged, this, &GoalDialog::check);
    resize(520, sizeHint().height());
    check();
}

Model::Goal GoalDialog::goal() const
{
    Model::Goal g = m_goal;
    g.title = m_title->text().trimmed();
    g.description = m_description->toPlainText();
    g.indicator = m_indicator->text().trimmed();
    g.unit = m_unit->text().trimmed();
    bool ok = true;
    g.baseline = DialogForm::readNumber(m_baseline, &ok);
    g.target = DialogForm::readNumber(m_target, &ok);
    g.due = m_due->date();
    g.servesOrganisations = DialogForm::checked(m_partners);
    return g;
}

void GoalDialog::check()
{
    QStringList problems;
    bool ok = true;
    DialogForm::readNumber(m_baseline, &ok);
    if (!ok)
        problems << tr("The baseline is not a number.");
    DialogForm::readNumber(m_target, &ok);
    if (!ok)
        problems << tr("The target is not a number.");
    if (!m_due->isAcceptable())
        problems << tr("Due: %1").arg(m_due->problem());
    for (const auto &issue : Model::validate(goal()))
        problems << issue.message;
    m_form->setProblems(problems);
}

} // namespace Views
