#include "editor.h"

#include "attachmentcommands.h"
#include "consultationrepository.h"
#include "expertrepository.h"
#include "knowledgecommands.h"
#include "knowledgerepository.h"
#include "saveexpertoffercommand.h"
#include "publishlessonscommand.h"

#include "async.h"
#include "commands.h"
#include "recordmeasurementcommand.h"
#include "importcalendarcommand.h"
#include "modellogging.h"

#include <QLocale>
#include <QUndoStack>

namespace Model {

Editor::Editor(ProjectRepository *projects, OrganisationRepository *organisations, QUndoStack *stack,
               QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_organisations(organisations)
    , m_stack(stack)
{
}

void Editor::record(QFuture<Status> future, const QString &what)
{
    watch(future, what, nullptr, false);
}

void Editor::track(QFuture<Status> future, QUndoCommand *command, bool isRedo)
{
    watch(future, command->text(), command, isRedo);
}

void Editor::watch(QFuture<Status> future, const QString &what, QUndoCommand *command, bool isRedo)
{
    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
    // The answer may be there before then() is attached; the continuation would
    // then run inside QUndoStack::push(), before the command is on the stack, and
    // a failed first redo() could not be taken off. Handle it from the event loop.
    Model::onResult(future, this, [this, what, command, isRedo](const Status &answer) {
        QMetaObject::invokeMethod(this, [this, what, command, isRedo, status = answer] {
            --m_pending;
            if (!status.ok()) {
                qCWarning(lcModel) << what << status.error().message;
                // Only compared, never dereferenced unless it is still the top command.
                if (isRedo && m_stack->index() > 0 && m_stack->command(m_stack->index() - 1) == command) {
                    const_cast<QUndoCommand *>(m_stack->command(m_stack->index() - 1))->setObsolete(true);
                    m_stack->undo();
                }
                Q_EMIT failed(tr("%1 failed: %2").arg(what, status.error().message));
            }
            Q_EMIT pendingChanged(m_pending);
            if (m_pending == 0)
                Q_EMIT idle();
        }, Qt::QueuedConnection);
    });
}

QUuid Editor::createProject(const Project &project, const QUuid &lead)
{
    Project p = project;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    m_stack->push(new CreateProjectCommand(this, p, lead));
    return p.id;
}

void Editor::updateProject(const Project &before, const Project &after)
{
    m_stack->push(new UpdateProjectCommand(this, before, after));
}

void Editor::deleteProject(const Project &project)
{
    m_stack->push(new DeleteProjectCommand(this, project));
}

QUuid Editor::addParticipation(const Participation &participation)
{
    Participation p = participation;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    m_stack->push(new AddParticipationCommand(this, p));
    return p.id;
}

void Editor::updateParticipation(const Participation &before, const Participation &after)
{
    m_stack->push(new UpdateParticipationCommand(this, before, after,
                                                 tr("Edit partner %1").arg(after.organisationName)));
}

void Editor::leaveProject(const Participation &participation, const QDate &date)
{
    Participation after = participation;
    after.left = date;
    m_stack->push(new UpdateParticipationCommand(this, participation, after,
                                                 tr("%1 leaves the project").arg(participation.organisationName)));
}

void Editor::handOverLead(const Participation &currentLead, const Participation &newLead, const QDate &date)
{
    LeadHandOver h;
    h.projectId = newLead.projectId;
    h.fromOrganisation = currentLead.organisationId;
    h.toOrganisation = newLead.organisationId;
    h.previousRoleOfNewLead = newLead.role;
    h.openedTermId = QUuid::createUuid();
    h.date = date;
    m_stack->push(new HandOverLeadCommand(
        this, h, tr("Hand over the regie from %1 to %2").arg(currentLead.organisationName, newLead.organisationName)));
}

QUuid Editor::createOrganisation(const Organisation &organisation)
{
    Organisation o = organisation;
    if (o.id.isNull())
        o.id = QUuid::createUuid();
    m_stack->push(new SaveOrganisationCommand(this, Organisation{}, o));
    return o.id;
}

void Editor::updateOrganisation(const Organisation &before, const Organisation &after)
{
    m_stack->push(new SaveOrganisationCommand(this, before, after));
}

void Editor::deleteOrganisation(const Organisation &organisation)
{
    m_stack->push(new DeleteOrganisationCommand(this, organisation));
}

void Editor::saveGoal(const std::optional<Goal> &before, const Goal &after)
{
    const QString text = before ? tr("Edit goal %1").arg(after.title) : tr("Add goal %1").arg(after.title);
    m_stack->push(new SavePlanItemCommand<Goal>(this, before, after, text));
}

void Editor::deleteGoal(const Goal &goal)
{
    m_stack->push(new DeletePlanItemCommand<Goal>(this, goal, tr("Delete goal %1").arg(goal.title)));
}

void Editor::saveMilestone(const std::optional<Milestone> &before, const Milestone &after)
{
    QString text = before ? tr("Edit milestone %1").arg(after.title) : tr("Add milestone %1").arg(after.title);
    if (before && before->due != after.due && before->title == after.title && before->status == after.status)
        text = tr("Move milestone %1 to %2").arg(after.title, QLocale().toString(after.due, QLocale::ShortFormat));
    m_stack->push(new SavePlanItemCommand<Milestone>(this, before, after, text));
}

void Editor::deleteMilestone(const Milestone &milestone)
{
    m_stack->push(new DeletePlanItemCommand<Milestone>(this, milestone, tr("Delete milestone %1").arg(milestone.title)));
}

QUuid Editor::saveKnowledgeItem(const std::optional<KnowledgeItem> &before, const KnowledgeItem &after)
{
    KnowledgeItem item = after;
    if (item.id.isNull())
        item.id = QUuid::createUuid();
    const QString text = before ? tr("Edit knowledge item %1").arg(item.title) : tr("Add knowledge item %1").arg(item.title);
    m_stack->push(new SaveKnowledgeItemCommand(this, before, item, text));
    return item.id;
}

void Editor::deleteKnowledgeItem(const KnowledgeItem &item)
{
    m_stack->push(new DeleteKnowledgeItemCommand(this, item, tr("Delete knowledge item %1").arg(item.title)));
}

void Editor::restoreKnowledgeVersion(const KnowledgeVersion &version)
{
    record(m_knowledge->restoreKnowledgeVersion(version.id), tr("Restore version %1").arg(version.version));
}

QList<QUuid> Editor::publishLessons(const QList<KnowledgeItem> &items, const QDate &heldOn)
{
    QList<KnowledgeItem> made = items;
    QList<QUuid> ids;
    for (KnowledgeItem &item : made) {
        if (item.id.isNull())
            item.id = QUuid::createUuid();
        ids.append(item.id);
    }
    if (made.isEmpty())
        return ids;
    const QString text = tr("Share %n lesson(s) of the evaluation of %1", nullptr, int(made.size()))
                             .arg(QLocale().toString(heldOn, QLocale::ShortFormat));
    m_stack->push(new PublishLessonsCommand(this, made, text));
    return ids;
}

QUuid Editor::saveReuse(const Reuse &reuse)
{
    Reuse r = reuse;
    if (r.id.isNull())
        r.id = QUuid::createUuid();
    record(m_knowledge->saveReuse(r), tr("Record reuse"));
    return r.id;
}

void Editor::deleteReuse(const Reuse &reuse)
{
    record(m_knowledge->setReuseDeleted(reuse.id, true), tr("Remove reuse record"));
}

QUuid Editor::attach(const KnowledgeAttachment &attachment)
{
    KnowledgeAttachment a = attachment;
    if (a.id.isNull())
        a.id = QUuid::createUuid();
    m_stack->push(new AttachFileCommand(this, a, tr("Attach %1").arg(a.fileName)));
    return a.id;
}

void Editor::removeAttachment(const KnowledgeAttachment &attachment)
{
    m_stack->push(new RemoveAttachmentCommand(this, attachment, tr("Remove attachment %1").arg(attachment.fileName)));
}

void Editor::saveExpertOffer(const ExpertOffer &before, const ExpertOffer &after)
{
    QStringList added;
    QStringList dropped;
    for (const QString &t : after.topics) {
        if (!before.topics.contains(t))
            added << t;
    }
    for (const QString &t : before.topics) {
        if (!after.topics.contains(t))
            dropped << t;
    }
    const QString text = !added.isEmpty() ? tr("Offer to be asked about %1").arg(added.join(QStringLiteral(", ")))
        : !dropped.isEmpty()              ? tr("Withdraw from being asked about %1").arg(dropped.join(QStringLiteral(", ")))
                                          : tr("Change offer to be asked");
    m_stack->push(new SaveExpertOfferCommand(this, before, after, text));
}

void Editor::recordConsultation(const QUuid &itemId, const QDate &day)
{
    if (!m_consultations)
        return;
    Model::onResult(m_consultations->recordConsultation(itemId, day), this, [](const Status &status) {
        if (!status.ok())
            qCInfo(lcModel) << "opening not recorded:" << status.error().message;
    });
}

void Editor::addMeasurement(const Measurement &measurement)
{
    m_stack->push(new RecordMeasurementCommand(this, std::nullopt, measurement, tr("Add measurement")));
}

QUuid Editor::latestMeasurement(const QUuid &id) const
{
    QUuid at = id;
    for (auto next = m_measurementSuccessor.constFind(at); next != m_measurementSuccessor.cend();
         next = m_measurementSuccessor.constFind(at))
        at = *next;
    return at;
}

void Editor::noteMeasurementCorrection(const QUuid &corrected, const QUuid &correction)
{
    m_measurementSuccessor.insert(corrected, correction);
}

void Editor::correctMeasurement(const Measurement &standing, const Measurement &corrected)
{
    Measurement after = corrected;
    if (after.id.isNull() || after.id == standing.id)
        after.id = QUuid::createUuid();
    after.correctsId = standing.id;
    after.withdrawn = false;
    m_stack->push(new RecordMeasurementCommand(
        this, standing, after, tr("Correct measurement of %1").arg(QLocale().toString(standing.measuredOn, QLocale::ShortFormat))));
}

void Editor::withdrawMeasurement(const Measurement &standing, const QUuid &person)
{
    Measurement after = standing;
    after.id = QUuid::createUuid();
    after.correctsId = standing.id;
    after.withdrawn = true;
    after.note.clear();
    after.personId = person;
    m_stack->push(new RecordMeasurementCommand(
        this, standing, after, tr("Withdraw measurement of %1").arg(QLocale().toString(standing.measuredOn, QLocale::ShortFormat))));
}

void Editor::addProgress(const ProgressEntry &entry)
{
    record(m_plan->addProgress(entry), tr("Log progress"));
}

void Editor::planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths, const QDate &until)
{
    record(m_plan->planEvaluations(projectId, first, everyMonths, until), tr("Plan evaluations"));
}

void Editor::scheduleEvaluation(const std::optional<Evaluation> &before, const Evaluation &after)
{
    const QString when = QLocale().toString(after.plannedOn, QLocale::ShortFormat);
    const QString text = before ? tr("Move evaluation to %1").arg(when) : tr("Plan evaluation on %1").arg(when);
    m_stack->push(new SavePlanItemCommand<Evaluation>(this, before, after, text));
}

void Editor::deleteEvaluation(const Evaluation &evaluation)
{
    m_stack->push(new DeletePlanItemCommand<Evaluation>(
        this, evaluation, tr("Remove evaluation of %1").arg(QLocale().toString(evaluation.plannedOn, QLocale::ShortFormat))));
}

void Editor::holdEvaluation(const Evaluation &evaluation)
{
    record(m_plan->holdEvaluation(evaluation), tr("Record evaluation"));
}

void Editor::addEvaluationComment(const EvaluationComment &comment)
{
    record(m_plan->addEvaluationComment(comment), tr("Add comment"));
}

QFuture<Result<CalendarImportCount>> Editor::importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries)
{
    auto *command = new ImportCalendarCommand(this, projectId, entries, tr("Import %n calendar item(s)", nullptr, int(entries.size())));
    m_stack->push(command); // runs the first redo()
    return command->answer();
}

QFuture<Status> Editor::resolveConflict(const QUuid &id, Resolution resolution, const QString &edited)
{
    auto answer = m_sync->resolveConflict(id, resolution, edited);
    record(answer, tr("Resolve conflict"));
    return answer;
}

QFuture<Status> Editor::dismissProblem(const QUuid &id)
{
    auto answer = m_sync->dismissProblem(id);
    record(answer, tr("Dismiss problem"));
    return answer;
}

QFuture<Status> Editor::removeFromQuarantine(const QList<QUuid> &changeIds)
{
    auto answer = m_sync->removeFromQuarantine(changeIds);
    record(answer, tr("Remove kept-aside edits"));
    return answer;
}

QFuture<Status> Editor::markReplacedSeen(const QList<QUuid> &ids)
{
    auto answer = m_sync->markReplacedSeen(ids);
    record(answer, tr("Mark replaced values as seen"));
    return answer;
}

} // namespace Model
