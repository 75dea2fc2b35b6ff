#pragma once

#include <functional>
#include <optional>

#include "connection.h"
#include "model/plan.h"
#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Store {

/// The store's operations, synchronous, on one connection of the calling
/// thread. SqliteStore runs them on its worker thread; tests and benchmarks
/// may use them directly. Each write is one transaction and records what it
/// changed in lastChanges().
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    LocalStore() = default;

    Model::Status open(const QString &path) { return m_connection.open(path); }
    void close() { m_connection.close(); }
    QSqlDatabase database() const { return m_connection.database(); }

    /// The person recorded as changed_by on every write.
    void setActor(const QUuid &personId) { m_actor = personId; }
    const Model::ChangeSet &lastChanges() const { return m_changes; }

    Model::Result<QList<Model::ProjectSummary>> findProjects(const Model::ProjectQuery &query);
    Model::Result<int> countProjects(const Model::ProjectQuery &query);
    Model::Result<Model::Project> project(const QUuid &id);
    Model::Result<Model::Project> createProject(const Model::Project &project, const QUuid &lead);
    Model::Result<Model::Project> updateProject(const Model::Project &project);
    Model::Status setProjectDeleted(const QUuid &id, bool deleted);

    Model::Result<QList<Model::Participation>> participations(const QUuid &projectId);
    Model::Result<Model::Participation> saveParticipation(const Model::Participation &participation);
    Model::Status setParticipationDeleted(const QUuid &id, bool deleted);
    Model::Status handOverLead(const Model::LeadHandOver &handOver);
    Model::Status revertHandOver(const Model::LeadHandOver &handOver);
    Model::Result<QList<Model::LeadTerm>> leadHistory(const QUuid &projectId);

    Model::Result<QList<Model::Organisation>> organisations();
    Model::Result<Model::Organisation> organisation(const QUuid &id);
    Model::Result<Model::Organisation> saveOrganisation(const Model::Organisation &organisation);
    Model::Status setOrganisationDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::Person>> people(const QUuid &organisationId);
    Model::Result<Model::Person> savePerson(const Model::Person &person);
    Model::Result<Model::Identity> identity();
    Model::Result<Model::Identity> setIdentity(const QUuid &personId);

    Model::Status importBundle(const Model::Bundle &bundle);

    // Goals, measurements, milestones and the progress log (localstoreplan.cpp).
    Model::Result<QList<Model::Goal>> goals(const QUuid &projectId);
    Model::Result<Model::Goal> saveGoal(const Model::Goal &goal);
    Model::Status setGoalDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::Measurement>> measurements(const QUuid &goalId);
    Model::Result<QList<Model::Measurement>> projectMeasurements(const QUuid &projectId);
    Model::Result<Model::Measurement> addMeasurement(const Model::Measurement &measurement);
    Model::Result<QList<Model::Milestone>> milestones(const QUuid &projectId);
    Model::Result<Model::Milestone> saveMilestone(const Model::Milestone &milestone);
    Model::Status setMilestoneDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::ProgressEntry>> progress(const Model::ProgressFilter &filter);
    Model::Result<Model::ProgressEntry> addProgress(const Model::ProgressEntry &entry);
    Model::Result<QList<Model::ContributionTotal>> contributions(const Model::ProgressFilter &filter);
    Model::Result<Model::ProgressAuthors> progressAuthors(const QUuid &projectId);
    Model::Result<Model::Dashboard> dashboard(const QDate &today);
    Model::Result<QList<Model::Evaluation>> evaluations(const QUuid &projectId);
    Model::Result<int> planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths, const QDate &until);
    Model::Result<Model::Evaluation> savePlannedEvaluation(const Model::Evaluation &evaluation);
    Model::Status setEvaluationDeleted(const QUuid &id, bool deleted);
    Model::Result<Model::Evaluation> holdEvaluation(const Model::Evaluation &evaluation);
    Model::Result<Model::EvaluationComment> addEvaluationComment(const Model::EvaluationComment &comment);
    Model::Result<int> exportCalendar(const QUuid &projectId, const QString &path);
    Model::Result<Model::CalendarFile> readCalendar(const QString &path);
    /// Imports @p entries; records in @p undo (when given) what it changed.
    Model::Result<int> importCalendar(const QUuid &projectId, const QList<Model::CalendarEntry> &entries,
                                      Model::CalendarImportUndo *undo = nullptr);
    Model::Status undoCalendarImport(const QUuid &projectId, const Model::CalendarImportUndo &undo);

    // Sync's leftovers on this laptop (localstoresync.cpp).
    Model::Result<Model::SyncStatus> syncStatus();
    Model::Result<QList<Model::SyncConflict>> conflicts();
    Model::Status resolveConflict(const QUuid &id, Model::Resolution resolution, const QString &edited);
    Model::Result<QList<Model::SyncProblem>> problems();
    Model::Status dismissProblem(const QUuid &id);
    Model::Result<QList<Model::QuarantinedChange>> quarantine();
    Model::Result<int> exportQuarantine(const QString &path);
    Model::Status removeFromQuarantine(const QList<QUuid> &changeIds);

private:
    Model::Result<Model::Participation> participation(const QUuid &id);
    Model::Result<Model::Participation> currentLead(const QUuid &projectId);
    Model::Status insertProject(const Model::Project &project);
    Model::Status insertParticipation(const Model::Participation &participation);
    Model::Status insertLeadTerm(const Model::LeadTerm &term);
    Model::Status insertOrganisation(const Model::Organisation &organisation);
    Model::Status insertPerson(const Model::Person &person);
    Model::Status setRole(const QUuid &projectId, const QUuid &organisationId, Model::ParticipationRole role);
    Model::Status checkProjectWritable(const QUuid &projectId);
    /// Marks a plan row deleted (or restores it), if its project is open and
    /// @p allowed (checked inside the transaction) agrees.
    Model::Status setPlanRowDeleted(const QString &table, const QUuid &id, bool deleted, const QString &gone,
                                    const QString &failed, const std::function<Model::Status()> &allowed = {});
    enum class Revive { No, Yes };
    /// Inside a transaction: inserts or updates one plan row of @p projectId
    /// (@p columns and @p values, plus the stamps). A row of another project
    /// is refused with @p moved; Revive::Yes brings a removed row back.
    Model::Status writePlanRow(const QString &table, const QUuid &id, const QUuid &projectId, const QStringList &columns,
                               const QVariantList &values, const QString &moved, Revive revive = Revive::No);
    /// Inside a transaction: the milestone row and its goal links.
    Model::Status writeMilestone(const Model::Milestone &milestone);
    /// Inside a transaction: plans @p evaluation on its date, or moves it
    /// there while it is still planned (answers false for a held one, which
    /// is left alone). A null @p kind keeps the kind it had.
    Model::Result<bool> writePlannedEvaluation(const Model::Evaluation &evaluation, std::optional<Model::EvaluationKind> kind,
                                               const QString &label);
    /// The evaluation @p id while it is planned (and not removed), else none.
    Model::Result<std::optional<Model::Evaluation>> plannedEvaluation(const QUuid &id);
    /// Inside importBundle's transaction: goals, measurements, milestones, progress.
    Model::Status importPlan(const Model::Bundle &bundle);
    Model::Status replaceLinks(const QString &table, const QString &ownerColumn, const QUuid &owner,
                               const QString &otherColumn, const QUuid &projectId, const QList<QUuid> &others);
    QString now() const;
    void begin(int tables);
    QString rowLabel(const QString &table, const QString &id);

    QString m_stamp; ///< the time of the current write, set by begin()
    Connection m_connection;
    QUuid m_actor;
    Model::ChangeSet m_changes;
};

} // namespace Store
