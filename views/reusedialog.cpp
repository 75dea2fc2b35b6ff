#include "reusedialog.h"

#include "datefield.h"
#include "dialogform.h"

#include "model/knowledgevalidation.h"
#include "model/reuseoverview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace Views {

ReuseDialog::ReuseDialog(const Model::Reuse &reuse, const QString &itemTitle,
                         const QList<Model::ProjectSummary> &projects, QWidget *parent)
    : QDialog(parent)
    , m_reuse(reuse)
    , m_form(new DialogForm(this))
    , m_status(new QComboBox(this))
    , m_date(new DateField(this))
    , m_project(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_outcome(new QPlainTextEdit(this))
{
    using namespace Model;
    setObjectName(QStringLiteral("reuseDialog"));
    setWindowTitle(tr("Reuse of %1").arg(itemTitle));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ReuseStatus s : {ReuseStatus::Considering, ReuseStatus::Adopted, ReuseStatus::Adapted, ReuseStatus::NotAdopted})
        m_status->addItem(reuseStatusName(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(reuse.status))));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDate(reuse.date.isValid() ? reuse.date : QDate::currentDate());
    m_project->setObjectName(QStringLiteral("projectCombo"));
    m_project->addItem(tr("Not in a project"), QUuid());
    for (const ProjectSummary &p : projects)
        m_project->addItem(p.name, p.id);
    if (!reuse.projectId.isNull() && m_project->findData(reuse.projectId) < 0)
        m_project->addItem(tr("A project you no longer take part in"), reuse.projectId);
    m_project->setCurrentIndex(std::max(0, m_project->findData(reuse.projectId)));
    m_project->setToolTip(tr("Which of your organisation's projects took it up"));
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (ReuseReason r : {ReuseReason::None, ReuseReason::NoFit, ReuseReason::NoBudget, ReuseReason::NoCapacity,
                          ReuseReason::Political, ReuseReason::OwnSolution, ReuseReason::Other})
        m_reason->addItem(reuseReasonName(r), int(r));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(int(reuse.reason))));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlainText(reuse.note);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlainText(reuse.outcome);
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(70);
    m_outcome->setPlaceholderText(tr("Fill this in later, when you know: what did it bring?"));

    QFormLayout *form = m_form->form();
    form->addRow(tr("&What did you do with it:"), m_status);
    form->addRow(tr("&Since:"), m_date);
    form->addRow(tr("In &project:"), m_project);
    form->addRow(tr("&Why not:"), m_reason);
    form->addRow(tr("&Explanation:"), m_note);
    form->addRow(tr("&How it turned out:"), m_outcome);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { check(); });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] { check(); });
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { check(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { check(); });
    connect(m_outcome, &QPlainTextEdit::textChanged, this, [this] { check(); });
    connect(m_date, &DateField::dateChanged, this, [this] { check(); });
    resize(520, sizeHint().height());
    check();
    // Opened again on a record of taking it up: what is left to say is how it went.
    if (!reuse.id.isNull() && (reuse.status == ReuseStatus::Adopted || reuse.status == ReuseStatus::Adapted)) {
        setWindowTitle(tr("How did it turn out — %1").arg(itemTitle));
        m_outcome->setFocus();
    }
}

Model::Reuse ReuseDialog::reuse() const
{
    using namespace Model;
    Reuse r = m_reuse;
    r.status = ReuseStatus(m_status->currentData().toInt());
    r.date = m_date->date();
    r.projectId = m_project->currentData().toUuid();
    r.reason = r.status == ReuseStatus::NotAdopted ? ReuseReason(m_reason->currentData().toInt()) : ReuseReason::None;
    r.note = m_note->toPlainText().trimmed();
    r.outcome = m_outcome->toPlainText().trimmed();
    return r;
}

void ReuseDialog::check()
{
    using namespace Model;
    const auto status = ReuseStatus(m_status->currentData().toInt());
    m_reason->setEnabled(status == ReuseStatus::NotAdopted);
    m_note->setPlaceholderText(status == ReuseStatus::Adapted      ? tr("What did you change, and why?")
                                   : status == ReuseStatus::NotAdopted ? tr("Why not? Others learn from this too.")
                                                                       : QString());
    QStringList problems;
    if (!m_date->isAcceptable())
        problems << m_date->problem();
    for (const auto &issue : validate(reuse()))
        problems << issue.message;
    m_form->setProblems(problems);
}

} // namespace Views
