#include "evaluationstab.h"
#include "filedialogs.h"

#include "deletekey.h"
#include "datefield.h"
#include "dialogform.h"
#include "evaluationreport.h"
#include "holdevaluationdialog.h"
#include "publishlessonsdialog.h"

#include "model/async.h"
#include "model/decisionlogmodel.h"
#include "model/editor.h"
#include "model/evaluationlistmodel.h"
#include "model/lessondrafts.h"
#include "model/participantsmodel.h"
#include "model/plancache.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Views {

namespace {

constexpr auto Shown = Model::PlanCache::Evaluations | Model::PlanCache::Goals | Model::PlanCache::Milestones
    | Model::PlanCache::Measurements;

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

EvaluationsTab::EvaluationsTab(Model::PlanCache *cache, Model::Editor *editor, Model::ParticipantsModel *participants,
                               QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_editor(editor)
    , m_participants(participants)
    , m_evaluations(new Model::EvaluationListModel(cache, this))
    , m_decisions(new Model::DecisionLogModel(cache, this))
    , m_list(new QTreeView(this))
    , m_log(new QTableView(this))
    , m_plan(new QPushButton(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("&Plan a Cycle…"), this))
    , m_planOne(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Plan &One…"), this))
    , m_move(new QPushButton(QIcon::fromTheme(QStringLiteral("view-calendar-day")), tr("&Move…"), this))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("R&emove"), this))
    , m_hold(new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("&Hold…"), this))
    , m_comment(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-comment")), tr("&Comment…"), this))
    , m_share(new QPushButton(QIcon::fromTheme(QStringLiteral("document-share")), tr("&Share Lessons…"), this))
    , m_report(new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("&Report (PDF)…"), this))
{
    setObjectName(QStringLiteral("evaluationsTab"));
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_list->setObjectName(QStringLiteral("evaluationList"));
    m_list->setAccessibleName(tr("Evaluations"));
    m_list->setModel(m_evaluations);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_log->setObjectName(QStringLiteral("decisionLog"));
    m_log->setAccessibleName(tr("Decision log"));
    m_log->setModel(m_decisions);
    m_log->verticalHeader()->hide();
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every column in view, long texts wrapped: the reason matters as much as the change.
    m_log->setWordWrap(true);
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_log->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan->setObjectName(QStringLiteral("planEvaluationsButton"));
    m_planOne->setObjectName(QStringLiteral("planOneButton"));
    m_move->setObjectName(QStringLiteral("moveEvaluationButton"));
    m_remove->setObjectName(QStringLiteral("removeEvaluationButton"));
    m_hold->setObjectName(QStringLiteral("holdEvaluationButton"));
    m_comment->setObjectName(QStringLiteral("commentButton"));
    m_share->setObjectName(QStringLiteral("shareLessonsButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_plan, m_planOne, m_move, m_remove, m_hold, m_comment, m_share, m_report})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *logLabel = new QLabel(tr("Decision log: every course correction with what it changed"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 3);
    layout->addLayout(buttons);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 2);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_chosen = index.data(Model::EvaluationListModel::IdRole).toUuid();
        updateButtons();
    });
    connect(m_evaluations, &Model::EvaluationListModel::modelReset, this, [this] {
        // The chosen evaluation stays chosen.
        const int row = m_evaluations->rowOf(m_chosen);
        if (row >= 0)
            m_list->setCurrentIndex(m_evaluations->index(row, 0));
    });
    connect(m_evaluations, &Model::EvaluationListModel::loaded, this, [this] {
        updateButtons();
        Q_EMIT loaded();
    });
    connect(m_list, &QTreeView::activated, this, &EvaluationsTab::hold);
    connect(m_plan, &QPushButton::clicked, this, &EvaluationsTab::planCycle);
    connect(m_planOne, &QPushButton::clicked, this, [this] { schedule(false); });
    connect(m_move, &QPushButton::clicked, this, [this] { schedule(true); });
    connect(m_remove, &QPushButton::clicked, this, &EvaluationsTab::remove);
    onDeleteKey(m_list, [this] { remove(); });
    connect(m_hold, &QPushButton::clicked, this, &EvaluationsTab::hold);
    connect(m_comment, &QPushButton::clicked, this, &EvaluationsTab::comment);
    connect(m_share, &QPushButton::clicked, this, &EvaluationsTab::shareLessons);
    connect(m_report, &QPushButton::clicked, this, &EvaluationsTab::chooseReport);
    clear();
}

const QList<Model::Evaluation> &EvaluationsTab::evaluations() const
{
    return m_evaluations->evaluations();
}

void EvaluationsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_cache->show(this, Shown);
}

void EvaluationsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_cache->hide(this);
}

void EvaluationsTab::setProject(const Model::Project &project, const QUuid &person)
{
    if (project.id != m_project.id)
        m_chosen = {};
    m_project = project;
    m_person = person;
    m_cache->setProjectId(project.id);
    updateButtons();
}

void EvaluationsTab::setIdentity(const Model::Identity &identity)
{
    m_identity = identity;
    updateButtons();
}

void EvaluationsTab::clear()
{
    m_project = {};
    m_chosen = {};
    updateButtons();
}

const Model::Evaluation *EvaluationsTab::current() const
{
    if (m_project.id.isNull())
        return nullptr;
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_evaluations->evaluations().size() ? &m_evaluations->evaluations().at(row) : nullptr;
}

void EvaluationsTab::updateButtons()
{
    const bool open = !m_project.id.isNull() && !Model::isClosed(m_project.status) && m_rights.editPlan;
    m_plan->setEnabled(open);
    m_planOne->setEnabled(open);
    const bool planned = current() && !current()->isHeld();
    m_move->setEnabled(open && planned);
    m_remove->setEnabled(open && planned);
    m_hold->setEnabled(open && current());
    for (QPushButton *b : {m_plan, m_planOne, m_move, m_hold})
        b->setToolTip(m_rights.why);
    m_remove->setToolTip(m_rights.why.isEmpty() ? tr("Removes a planned evaluation (Del). A held one is a record and stays.")
                                                : m_rights.why);
    // Reflection goes on after a project closes.
    m_comment->setEnabled(!m_project.id.isNull() && current() && !m_person.isNull() && m_rights.comment);
    m_report->setEnabled(!m_project.id.isNull() && current() && !m_writing);
    // Sharing what was learned goes on after a project closes, too.
    m_share->setVisible(m_editor->knowledge() != nullptr);
    m_share->setEnabled(canShareLessons() && current() && current()->isHeld() && !current()->lessons.trimmed().isEmpty());
    m_share->setToolTip(canShareLessons() ? tr("Share the lessons of the chosen held evaluation in the knowledge base")
                                          : tr("Sign in to share lessons in your organisation's name."));
}

bool EvaluationsTab::canShareLessons() const
{
    return m_editor->knowledge() && !m_project.id.isNull() && m_identity.isValid()
        && !m_identity.organisationId.isNull();
}

void EvaluationsTab::setRights(const Model::ProjectRights &rights)
{
    m_rights = rights;
    updateButtons();
}

void EvaluationsTab::planCycle()
{
    if (!m_plan->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("planEvaluationsDialog"));
    dialog->setWindowTitle(tr("Plan Evaluations"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new DialogForm(dialog);
    auto *first = new DateField(dialog);
    first->setObjectName(QStringLiteral("firstEdit"));
    first->setDate(QDate::currentDate().addMonths(1));
    auto *every = new QSpinBox(dialog);
    every->setObjectName(QStringLiteral("everySpin"));
    every->setRange(1, 24);
    every->setValue(3);
    every->setSuffix(tr(" months"));
    auto *until = new DateField(dialog);
    until->setObjectName(QStringLiteral("untilEdit"));
    until->setDate(m_project.end.isValid() ? m_project.end : QDate::currentDate().addYears(1));
    form->form()->addRow(tr("&First:"), first);
    form->form()->addRow(tr("&Every:"), every);
    form->form()->addRow(tr("&Until:"), until);
    // A date typed that does not read keeps the dialog open, saying why.
    form->acceptWhen([form, first, until] {
        const QString problem = !first->isAcceptable() ? first->problem() : until->problem();
        form->say(problem);
        return problem.isEmpty();
    });
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
    auto *form = new DialogForm(dialog);
    auto *on = new DateField(dialog);
    on->setObjectName(QStringLiteral("plannedEdit"));
    on->setDate(after.plannedOn);
    auto *kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kindCombo"));
    kind->addItem(Model::displayName(Model::EvaluationKind::Interim), int(Model::EvaluationKind::Interim));
    kind->addItem(Model::displayName(Model::EvaluationKind::Closing), int(Model::EvaluationKind::Closing));
    kind->setCurrentIndex(kind->findData(int(after.kind)));
    form->form()->addRow(tr("&Date:"), on);
    form->form()->addRow(tr("&Kind:"), kind);
    form->acceptWhen([form, on] {
        form->say(on->problem());
        return on->isAcceptable();
    });
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
    auto *dialog = new HoldEvaluationDialog(*e, m_cache->goals(), m_cache->milestones(), m_cache->measurements(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSharingOffered(canShareLessons());
    dialog->setClosingChoices(m_cache->evaluations(), !Model::isClosed(m_project.status) && m_rights.editProject);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Model::Evaluation held = dialog->evaluation();
        m_editor->holdEvaluation(held);
        // Closing the project is a step of its own, written after the
        // evaluation it needs (the store runs writes in order).
        if (const auto status = dialog->closeAs()) {
            Model::Project closed = m_project;
            closed.status = *status;
            m_editor->updateProject(m_project, closed);
        }
        if (dialog->shareLessons())
            offerLessons(held);
    });
    dialog->open();
}

void EvaluationsTab::shareLessons()
{
    const Model::Evaluation *e = current();
    if (!e || !m_share->isEnabled())
        return;
    offerLessons(*e);
}

void EvaluationsTab::offerLessons(const Model::Evaluation &evaluation)
{
    const QList<Model::KnowledgeItem> drafts = Model::lessonDrafts(evaluation, m_project, m_identity);
    if (drafts.isEmpty() || !canShareLessons())
        return;
    auto *dialog = new PublishLessonsDialog(drafts, m_project.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, heldOn = evaluation.heldOn] {
        m_editor->publishLessons(dialog->items(), heldOn);
    });
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
    auto *form = new DialogForm(dialog);
    auto *label = new QLabel(tr("Your reflection on the evaluation of %1:").arg(date(e->isHeld() ? e->heldOn : e->plannedOn)),
                             dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("commentEdit"));
    text->setTabChangesFocus(true);
    text->setMinimumSize(460, 160);
    label->setBuddy(text);
    form->addWidget(label);
    form->addWidget(text, 1);
    QPushButton *ok = form->okButton();
    ok->setEnabled(false);
    connect(text, &QPlainTextEdit::textChanged, dialog, [ok, text] {
        const QString t = text->toPlainText();
        ok->setEnabled(!t.trimmed().isEmpty() && t.size() <= Model::Limits::TextLength);
    });
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

void EvaluationsTab::chooseReport()
{
    const Model::Evaluation *e = current();
    if (!e)
        return;
    auto *dialog = new QFileDialog(this, tr("Evaluation Report"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("evaluation-%1-%2.pdf").arg(m_project.name, (e->isHeld() ? e->heldOn : e->plannedOn).toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &EvaluationsTab::writeReport);
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
    data.goals = m_cache->goals();
    data.measurements = m_cache->measurements();
    data.evaluation = *e;
    data.decisions = m_decisions->decisions();
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
