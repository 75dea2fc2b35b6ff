#pragma once

#include "plan.h"
#include "result.h"
#include "types.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace Model {

/// Tells models what changed after every successful write. Lives in the GUI
/// thread; the store emits changed() from its worker thread, so receivers get
/// it queued.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed(const Model::ChangeSet &changes);
};

/// Projects, their participations and the history of their regie.
///
/// Every call returns at once; the future finishes in the store's worker
/// thread. Take the answer in the GUI thread with onResult() (async.h), e.g.
/// `onResult(repo->project(id), this, [](const Result<Project> &r) { ... })`.
class ProjectRepository
{
public:
    virtual ~ProjectRepository() = default;

    virtual QFuture<Result<QList<ProjectSummary>>> findProjects(const ProjectQuery &query) = 0;
    virtual QFuture<Result<int>> countProjects(const ProjectQuery &query) = 0;
    virtual QFuture<Result<Project>> project(const QUuid &id) = 0;

    /// Creates a project with the id the caller made. Where @p lead is not
    /// null it becomes the lead organisation (participation and first lead
    /// term) in the same transaction; an active project needs one.
    virtual QFuture<Result<Project>> createProject(const Project &project, const QUuid &lead) = 0;
    /// Changes the fields of an existing project. Making a project active
    /// requires a lead; a completed or stopped project only changes status.
    virtual QFuture<Result<Project>> updateProject(const Project &project) = 0;
    /// Tombstones (true) or restores (false) a project.
    virtual QFuture<Status> setProjectDeleted(const QUuid &id, bool deleted) = 0;

    /// All participations of a project, former ones included.
    virtual QFuture<Result<QList<Participation>>> participations(const QUuid &projectId) = 0;
    /// Adds or changes a participation. The lead role is given only by
    /// handOverLead(), or to the first lead of a project that has none.
    virtual QFuture<Result<Participation>> saveParticipation(const Participation &participation) = 0;
    virtual QFuture<Status> setParticipationDeleted(const QUuid &id, bool deleted) = 0;

    /// Makes handOver.toOrganisation the lead from handOver.date on, in one
    /// transaction: closes the current lead term, opens a new one and swaps
    /// the roles. The former lead stays a partner; the history is kept.
    virtual QFuture<Status> handOverLead(const LeadHandOver &handOver) = 0;
    /// Takes back a hand-over made by handOverLead() (undo).
    virtual QFuture<Status> revertHandOver(const LeadHandOver &handOver) = 0;
    virtual QFuture<Result<QList<LeadTerm>>> leadHistory(const QUuid &projectId) = 0;
};

/// Organisations and their people, and who uses this store.
class OrganisationRepository
{
public:
    virtual ~OrganisationRepository() = default;

    virtual QFuture<Result<QList<Organisation>>> organisations() = 0;
    virtual QFuture<Result<Organisation>> saveOrganisation(const Organisation &organisation) = 0;
    /// Tombstones (true) or restores (false). An organisation that takes part
    /// in a current project cannot be deleted.
    virtual QFuture<Status> setOrganisationDeleted(const QUuid &id, bool deleted) = 0;

    /// The live people of @p organisationId; of every organisation here when it is null.
    virtual QFuture<Result<QList<Person>>> people(const QUuid &organisationId) = 0;
    virtual QFuture<Result<Person>> savePerson(const Person &person) = 0;

    virtual QFuture<Result<Identity>> identity() = 0;
    virtual QFuture<Result<Identity>> setIdentity(const QUuid &personId) = 0;

    /// Writes everything in @p bundle in one transaction.
    virtual QFuture<Status> importBundle(const Bundle &bundle) = 0;
};

/// What sync left for the user on this laptop: its status, conflicts to
/// resolve and refused edits. Resolving a conflict with the user's own or
/// an edited value is a new local edit, which the next sync sends.
class SyncRepository
{
public:
    virtual ~SyncRepository() = default;

    virtual QFuture<Result<SyncStatus>> syncStatus() = 0;
    virtual QFuture<Result<QList<SyncConflict>>> conflicts() = 0;
    /// @p edited is the JSON value for Resolution::Edited.
    virtual QFuture<Status> resolveConflict(const QUuid &id, Resolution resolution, const QString &edited = {}) = 0;
    virtual QFuture<Result<QList<SyncProblem>>> problems() = 0;
    virtual QFuture<Status> dismissProblem(const QUuid &id) = 0;
    virtual QFuture<Result<QList<QuarantinedChange>>> quarantine() = 0;
    /// Writes the quarantine to @p path as JSON (replacing the file only once
    /// it is complete); answers how many changes it wrote.
    virtual QFuture<Result<int>> exportQuarantine(const QString &path) = 0;
    /// Removes the listed changes from the quarantine for good.
    virtual QFuture<Status> removeFromQuarantine(const QList<QUuid> &changeIds) = 0;
    /// Values sent from here that someone else replaced, not yet marked seen.
    virtual QFuture<Result<QList<ReplacedValue>>> replacedValues() = 0;
    virtual QFuture<Status> markReplacedSeen(const QList<QUuid> &ids) = 0;
};

/// Goals and their measurements, milestones and the progress log of a
/// project. Measurements and progress entries are only ever added.
class PlanRepository
{
public:
    virtual ~PlanRepository() = default;

    virtual QFuture<Result<QList<Goal>>> goals(const QUuid &projectId) = 0;
    /// The live goals of @p projectId among @p ids, in goals()' order (ids
    /// of other rows are no goal's: they are skipped). The same for
    /// measurements and milestones below.
    virtual QFuture<Result<QList<Goal>>> goalsWithIds(const QUuid &projectId, const QList<QUuid> &ids) = 0;
    virtual QFuture<Result<Goal>> saveGoal(const Goal &goal) = 0;
    virtual QFuture<Status> setGoalDeleted(const QUuid &id, bool deleted) = 0;
    virtual QFuture<Result<QList<Measurement>>> projectMeasurements(const QUuid &projectId) = 0;
    virtual QFuture<Result<QList<Measurement>>> measurementsWithIds(const QUuid &projectId, const QList<QUuid> &ids) = 0;
    virtual QFuture<Result<Measurement>> addMeasurement(const Measurement &measurement) = 0;
    virtual QFuture<Result<QList<Milestone>>> milestones(const QUuid &projectId) = 0;
    virtual QFuture<Result<QList<Milestone>>> milestonesWithIds(const QUuid &projectId, const QList<QUuid> &ids) = 0;
    virtual QFuture<Result<Milestone>> saveMilestone(const Milestone &milestone) = 0;
    virtual QFuture<Status> setMilestoneDeleted(const QUuid &id, bool deleted) = 0;
    virtual QFuture<Result<QList<ProgressEntry>>> progress(const ProgressFilter &filter) = 0;
    virtual QFuture<Result<ProgressEntry>> addProgress(const ProgressEntry &entry) = 0;
    virtual QFuture<Result<QList<ContributionTotal>>> contributions(const ProgressFilter &filter) = 0;
    /// Everyone and every organisation that logged progress in @p projectId.
    virtual QFuture<Result<ProgressAuthors>> progressAuthors(const QUuid &projectId) = 0;
    /// Across all projects, as of @p today.
    virtual QFuture<Result<Dashboard>> dashboard(const QDate &today) = 0;

    /// Evaluations with their scores, comments and decisions, by planned date.
    virtual QFuture<Result<QList<Evaluation>>> evaluations(const QUuid &projectId) = 0;
    /// Plans interim evaluations every @p everyMonths from @p first until
    /// @p until, skipping dates already planned; answers how many it added.
    virtual QFuture<Result<int>> planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths,
                                                 const QDate &until) = 0;
    /// Plans one evaluation, or moves a planned one to another date or kind.
    /// A held evaluation is a record: it keeps its date.
    virtual QFuture<Result<Evaluation>> savePlannedEvaluation(const Evaluation &evaluation) = 0;
    /// Removes a planned evaluation (or brings it back); a held one stays.
    virtual QFuture<Status> setEvaluationDeleted(const QUuid &id, bool deleted) = 0;
    /// Records a held evaluation: findings, lessons, scores, and its new
    /// decisions, each applied to its goal or milestone in the same
    /// transaction with the value it replaced.
    virtual QFuture<Result<Evaluation>> holdEvaluation(const Evaluation &evaluation) = 0;
    virtual QFuture<Result<EvaluationComment>> addEvaluationComment(const EvaluationComment &comment) = 0;

    /// Writes the milestones (VTODO) and planned evaluations (VEVENT) of
    /// @p projectId, or of every open project for a null id, to an .ics file
    /// with stable UIDs; answers how many items it wrote.
    virtual QFuture<Result<int>> exportCalendar(const QUuid &projectId, const QString &path) = 0;
    /// Reads an .ics file for a preview; changes nothing. A repeating item
    /// gives its dates from @p from to @p to. Runs off the store's worker (a
    /// large file must not hold up other calls); the future reports progress
    /// in per mille and stops when cancelled.
    virtual QFuture<Result<CalendarFile>> readCalendar(const QString &path, const QDate &from, const QDate &to) = 0;
    /// Adds @p entries to @p projectId as milestones, or as planned
    /// evaluations where their kind says so; an entry already imported (same
    /// Regie id, or same title and date) is updated instead. When @p undo is
    /// given, the store records in it what the import changed. The answer
    /// counts what was added, updated and left as it was.
    virtual QFuture<Result<CalendarImportCount>> importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries,
                                                std::shared_ptr<CalendarImportUndo> undo) = 0;
    /// Takes back the import that filled @p undo: what it changed as it was,
    /// what it added removed again.
    virtual QFuture<Status> undoCalendarImport(const QUuid &projectId, std::shared_ptr<const CalendarImportUndo> undo) = 0;
};

} // namespace Model
