#pragma once

#include "expertoffer.h"
#include "knowledge.h"
#include "knowledgeattachment.h"
#include "repository.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Model {

class AttachmentRepository;
class ConsultationRepository;
class ExpertRepository;
class KnowledgeRepository;

/// The one way the user interface changes data. Every edit becomes an undo
/// command on the stack; the command talks to the repositories and reports
/// failures through failed(). Widgets never write to a repository directly.
///
/// Writes reach the store in the order they are made (its worker runs them
/// one after another), so an undo issued before a write has finished still
/// applies after it.
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(ProjectRepository *projects, OrganisationRepository *organisations, QUndoStack *stack,
           QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    ProjectRepository *projects() const { return m_projects; }
    OrganisationRepository *organisations() const { return m_organisations; }

    /// Returns the id given to the new project (made here, on the client).
    QUuid createProject(const Project &project, const QUuid &lead);
    void updateProject(const Project &before, const Project &after);
    void deleteProject(const Project &project);

    QUuid addParticipation(const Participation &participation);
    void updateParticipation(const Participation &before, const Participation &after);
    void leaveProject(const Participation &participation, const QDate &date);
    void handOverLead(const Participation &currentLead, const Participation &newLead, const QDate &date);

    /// Goals and milestones (undoable); progress entries are only ever added,
    /// so they bypass the undo stack: a mistake is put right by a correcting
    /// entry. Measurements are only ever added too, and undoable all the
    /// same: undo adds the correction that puts the earlier state back
    /// (RecordMeasurementCommand).
    void setPlan(PlanRepository *plan) { m_plan = plan; }
    PlanRepository *plan() const { return m_plan; }
    /// Where the sync's leftovers are settled (conflicts, problems, kept-aside edits).
    void setSync(SyncRepository *sync) { m_sync = sync; }
    SyncRepository *sync() const { return m_sync; }
    /// The knowledge base: items are edited with undo (an undo saves the
    /// earlier contents as a newer version); restoring a version and reuse
    /// records are kept, not undone: they are records of what happened.
    void setKnowledge(KnowledgeRepository *knowledge) { m_knowledge = knowledge; }
    KnowledgeRepository *knowledge() const { return m_knowledge; }
    /// @p before is null for a new item; a new item without an id gets one.
    QUuid saveKnowledgeItem(const std::optional<KnowledgeItem> &before, const KnowledgeItem &after);
    void deleteKnowledgeItem(const KnowledgeItem &item);
    void restoreKnowledgeVersion(const KnowledgeVersion &version);
    /// Publishes @p items (new, each with its id made here when it has none)
    /// as one undoable step: the lessons of the evaluation held on @p heldOn.
    QList<QUuid> publishLessons(const QList<KnowledgeItem> &items, const QDate &heldOn);
    QUuid saveReuse(const Reuse &reuse);
    void deleteReuse(const Reuse &reuse);
    /// Attachments of knowledge items: attaching a stored file and removing
    /// one are undoable.
    void setAttachments(AttachmentRepository *attachments) { m_attachments = attachments; }
    AttachmentRepository *attachments() const { return m_attachments; }
    /// @p attachment names a file the blob store holds; one without an id gets one.
    QUuid attach(const KnowledgeAttachment &attachment);
    void removeAttachment(const KnowledgeAttachment &attachment);
    /// Who may be asked about what: changing one's offer is undoable.
    /// @p before is the offer as it is (without topics when there is none);
    /// @p after without topics withdraws it.
    void setExperts(ExpertRepository *experts) { m_experts = experts; }
    ExpertRepository *experts() const { return m_experts; }
    void saveExpertOffer(const ExpertOffer &before, const ExpertOffer &after);
    /// Records that the person working here opened a knowledge item today
    /// (@p day). No edit of the user's: never undone, and a failure is only
    /// logged, since it must not get in the way of reading.
    void setConsultations(ConsultationRepository *consultations) { m_consultations = consultations; }
    void recordConsultation(const QUuid &itemId, const QDate &day);

    /// @p before is null for a new goal.
    void saveGoal(const std::optional<Goal> &before, const Goal &after);
    void deleteGoal(const Goal &goal);
    void saveMilestone(const std::optional<Milestone> &before, const Milestone &after);
    void deleteMilestone(const Milestone &milestone);
    void addMeasurement(const Measurement &measurement);
    /// Replaces @p standing (the row that counts now) by @p corrected, a new
    /// row with its own id naming @p standing.
    void correctMeasurement(const Measurement &standing, const Measurement &corrected);
    /// Takes the reading of @p standing back, recorded by @p person.
    void withdrawMeasurement(const Measurement &standing, const QUuid &person);
    void addProgress(const ProgressEntry &entry);
    /// Evaluations are records, not drafts: planning, holding (with its
    /// decisions applied) and comments are kept, not undone. A decision is
    /// reversed by a later decision, which the log shows.
    void planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths, const QDate &until);
    /// Planning one evaluation, moving it and removing it while it is still
    /// planned are undoable: nothing hangs on it yet. @p before is null for
    /// a new one.
    void scheduleEvaluation(const std::optional<Evaluation> &before, const Evaluation &after);
    void deleteEvaluation(const Evaluation &evaluation);
    void holdEvaluation(const Evaluation &evaluation);
    void addEvaluationComment(const EvaluationComment &comment);
    /// Imports a calendar's @p entries into @p projectId as one undoable
    /// step; the answer counts what it added, updated and left as it was.
    QFuture<Result<CalendarImportCount>> importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries);

    /// What the user decides about the sync's leftovers is kept, not undone:
    /// it is what the next sync sends. Failures are reported like any other
    /// write; the answer tells the caller when to read the lists again.
    QFuture<Status> resolveConflict(const QUuid &id, Resolution resolution, const QString &edited);
    QFuture<Status> dismissProblem(const QUuid &id);
    QFuture<Status> removeFromQuarantine(const QList<QUuid> &changeIds);
    /// The user has read these notices of values replaced (SyncRepository::replacedValues()).
    QFuture<Status> markReplacedSeen(const QList<QUuid> &ids);

    QUuid createOrganisation(const Organisation &organisation);
    void updateOrganisation(const Organisation &before, const Organisation &after);
    void deleteOrganisation(const Organisation &organisation);

    /// Writes started and not yet answered by the store.
    int pending() const { return m_pending; }

    /// Used by the measurement commands: the newest row this editor wrote
    /// that replaces @p id (through any number of corrections), or @p id
    /// itself. A correction names it, so that undo and redo of several
    /// commands on one reading keep a single chain instead of forking it.
    QUuid latestMeasurement(const QUuid &id) const;
    void noteMeasurementCorrection(const QUuid &corrected, const QUuid &correction);

    /// Used by the commands: reports the outcome of a write. When the first
    /// redo() of @p command fails, the command is taken off the stack so that
    /// undo does not try to take back what never happened.
    void track(QFuture<Status> future, QUndoCommand *command, bool isRedo);
    template<typename T>
    void track(QFuture<Result<T>> future, QUndoCommand *command, bool isRedo)
    {
        track(future.then([](const Result<T> &r) { return r.ok() ? Status(Done{}) : Status(r.error()); }), command,
              isRedo);
    }

    /// Reports the outcome of a write that is not undoable (see setPlan()).
    void record(QFuture<Status> future, const QString &what);
    template<typename T>
    void record(QFuture<Result<T>> future, const QString &what)
    {
        record(future.then([](const Result<T> &r) { return r.ok() ? Status(Done{}) : Status(r.error()); }), what);
    }

Q_SIGNALS:
    /// A write failed; @p message says what and why, ready to show.
    void failed(const QString &message);
    void pendingChanged(int pending);
    /// Every write made so far has been answered.
    void idle();

private:
    void watch(QFuture<Status> future, const QString &what, QUndoCommand *command, bool isRedo);

    ProjectRepository *m_projects;
    OrganisationRepository *m_organisations;
    PlanRepository *m_plan = nullptr;
    SyncRepository *m_sync = nullptr;
    KnowledgeRepository *m_knowledge = nullptr;
    AttachmentRepository *m_attachments = nullptr;
    ExpertRepository *m_experts = nullptr;
    ConsultationRepository *m_consultations = nullptr;
    QUndoStack *m_stack;
    int m_pending = 0;
    QHash<QUuid, QUuid> m_measurementSuccessor; ///< corrected row → the row that replaced it
};

} // namespace Model
