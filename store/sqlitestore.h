#pragma once

#include "model/attachmentrepository.h"
#include "model/consultationrepository.h"
#include "model/expertrepository.h"
#include "model/knowledgerepository.h"
#include "model/repository.h"

#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Store {

class Worker;

/// The local SQLite store as the rest of Regie sees it: the repositories of
/// model/, answered from a worker thread that owns the only connection, so the
/// GUI thread never waits for the disk. Calls run one after another in the
/// order they were made; a read whose future was cancelled before its turn
/// (a superseded search) is skipped. Writes always run.
class SqliteStore : public QObject,
                    public Model::ProjectRepository,
                    public Model::OrganisationRepository,
                    public Model::SyncRepository,
                    public Model::PlanRepository,
                    public Model::KnowledgeRepository,
                    public Model::AttachmentRepository,
                    public Model::ExpertRepository,
                    public Model::ConsultationRepository
{
    Q_OBJECT
public:
    explicit SqliteStore(QObject *parent = nullptr);
    ~SqliteStore() override;

    /// Opens @p path (creating and migrating it as needed). Until this
    /// finishes successfully every other call fails.
    QFuture<Model::Status> open(const QString &path);
    Model::ChangeNotifier *notifier() const { return m_notifier; }

    QFuture<Model::Result<QList<Model::ProjectSummary>>> findProjects(const Model::ProjectQuery &query) override;
    QFuture<Model::Result<int>> countProjects(const Model::ProjectQuery &query) override;
    QFuture<Model::Result<Model::Project>> project(const QUuid &id) override;
    QFuture<Model::Result<Model::Project>> createProject(const Model::Project &project, const QUuid &lead) override;
    QFuture<Model::Result<Model::Project>> updateProject(const Model::Project &project) override;
    QFuture<Model::Status> setProjectDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QList<Model::Participation>>> participations(const QUuid &projectId) override;
    QFuture<Model::Result<Model::Participation>> saveParticipation(const Model::Participation &participation) override;
    QFuture<Model::Status> setParticipationDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Status> handOverLead(const Model::LeadHandOver &handOver) override;
    QFuture<Model::Status> revertHandOver(const Model::LeadHandOver &handOver) override;
    QFuture<Model::Result<QList<Model::LeadTerm>>> leadHistory(const QUuid &projectId) override;

    QFuture<Model::Result<QList<Model::Organisation>>> organisations() override;
    QFuture<Model::Result<Model::Organisation>> saveOrganisation(const Model::Organisation &organisation) override;
    QFuture<Model::Status> setOrganisationDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QList<Model::Person>>> people(const QUuid &organisationId) override;
    QFuture<Model::Result<Model::Person>> savePerson(const Model::Person &person) override;
    QFuture<Model::Result<Model::Identity>> identity() override;
    QFuture<Model::Result<Model::Identity>> setIdentity(const QUuid &personId) override;
    QFuture<Model::Status> importBundle(const Model::Bundle &bundle) override;

    QFuture<Model::Result<Model::SyncStatus>> syncStatus() override;
    QFuture<Model::Result<QList<Model::SyncConflict>>> conflicts() override;
    QFuture<Model::Status> resolveConflict(const QUuid &id, Model::Resolution resolution,
                                           const QString &edited) override;
    QFuture<Model::Result<QList<Model::SyncProblem>>> problems() override;
    QFuture<Model::Status> dismissProblem(const QUuid &id) override;
    QFuture<Model::Result<QList<Model::QuarantinedChange>>> quarantine() override;
    QFuture<Model::Result<int>> exportQuarantine(const QString &path) override;
    QFuture<Model::Status> removeFromQuarantine(const QList<QUuid> &changeIds) override;
    QFuture<Model::Result<QList<Model::ReplacedValue>>> replacedValues() override;
    QFuture<Model::Status> markReplacedSeen(const QList<QUuid> &ids) override;

    QFuture<Model::Result<QList<Model::Goal>>> goals(const QUuid &projectId) override;
    QFuture<Model::Result<QList<Model::Goal>>> goalsWithIds(const QUuid &projectId, const QList<QUuid> &ids) override;
    QFuture<Model::Result<Model::Goal>> saveGoal(const Model::Goal &goal) override;
    QFuture<Model::Status> setGoalDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QList<Model::Measurement>>> projectMeasurements(const QUuid &projectId) override;
    QFuture<Model::Result<QList<Model::Measurement>>> measurementsWithIds(const QUuid &projectId,
                                                                         const QList<QUuid> &ids) override;
    QFuture<Model::Result<Model::Measurement>> addMeasurement(const Model::Measurement &measurement) override;
    QFuture<Model::Result<QList<Model::Milestone>>> milestones(const QUuid &projectId) override;
    QFuture<Model::Result<QList<Model::Milestone>>> milestonesWithIds(const QUuid &projectId,
                                                                     const QList<QUuid> &ids) override;
    QFuture<Model::Result<Model::Milestone>> saveMilestone(const Model::Milestone &milestone) override;
    QFuture<Model::Status> setMilestoneDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QList<Model::ProgressEntry>>> progress(const Model::ProgressFilter &filter) override;
    QFuture<Model::Result<Model::ProgressEntry>> addProgress(const Model::ProgressEntry &entry) override;
    QFuture<Model::Result<QList<Model::ContributionTotal>>> contributions(const Model::ProgressFilter &filter) override;
    QFuture<Model::Result<Model::ProgressAuthors>> progressAuthors(const QUuid &projectId) override;
    QFuture<Model::Result<Model::Dashboard>> dashboard(const QDate &today) override;
    QFuture<Model::Result<QList<Model::Evaluation>>> evaluations(const QUuid &projectId) override;
    QFuture<Model::Result<int>> planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths,
                                                const QDate &until) override;
    QFuture<Model::Result<Model::Evaluation>> savePlannedEvaluation(const Model::Evaluation &evaluation) override;
    QFuture<Model::Status> setEvaluationDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<Model::Evaluation>> holdEvaluation(const Model::Evaluation &evaluation) override;
    QFuture<Model::Result<Model::EvaluationComment>>
    addEvaluationComment(const Model::EvaluationComment &comment) override;
    QFuture<Model::Result<int>> exportCalendar(const QUuid &projectId, const QString &path) override;
    QFuture<Model::Result<Model::CalendarFile>> readCalendar(const QString &path, const QDate &from,
                                                             const QDate &to) override;
    QFuture<Model::Result<Model::CalendarImportCount>> importCalendar(const QUuid &projectId, const QList<Model::CalendarEntry> &entries,
                                               std::shared_ptr<Model::CalendarImportUndo> undo) override;
    QFuture<Model::Status> undoCalendarImport(const QUuid &projectId,
                                              std::shared_ptr<const Model::CalendarImportUndo> undo) override;

    QFuture<Model::Result<QList<Model::KnowledgeItem>>>
    knowledgeItems(const Model::KnowledgeFilter &filter) override;
    QFuture<Model::Result<Model::KnowledgeItem>> knowledgeItem(const QUuid &id) override;
    QFuture<Model::Result<Model::KnowledgeItem>> saveKnowledgeItem(const Model::KnowledgeItem &item) override;
    QFuture<Model::Status> setKnowledgeItemDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QList<Model::KnowledgeVersion>>> knowledgeVersions(const QUuid &itemId) override;
    QFuture<Model::Result<Model::KnowledgeItem>> restoreKnowledgeVersion(const QUuid &versionId) override;
    QFuture<Model::Result<QList<Model::KnowledgeHit>>> searchKnowledge(const Model::KnowledgeSearch &search) override;
    QFuture<Model::Result<QList<Model::Reuse>>> reuses(const QUuid &itemId) override;
    QFuture<Model::Result<Model::Reuse>> saveReuse(const Model::Reuse &reuse) override;
    QFuture<Model::Status> setReuseDeleted(const QUuid &id, bool deleted) override;

    QFuture<Model::Result<QList<Model::KnowledgeAttachment>>> attachments(const QUuid &itemId) override;
    QFuture<Model::Result<Model::StoredBlob>> storeFile(const QString &path) override;
    QFuture<Model::Result<Model::KnowledgeAttachment>>
    saveAttachment(const Model::KnowledgeAttachment &attachment) override;
    QFuture<Model::Status> setAttachmentDeleted(const QUuid &id, bool deleted) override;
    QFuture<Model::Result<QString>> openableCopy(const Model::KnowledgeAttachment &attachment) override;
    QFuture<Model::Result<QList<Model::PendingText>>> pendingTexts() override;
    QFuture<Model::ExtractedText> extractText(const Model::PendingText &pending) override;
    QFuture<Model::Status> saveAttachmentText(const Model::ExtractedText &text) override;

    /// Reads a file's words (path, media type, file name): given by app/,
    /// which links the extractors. Without one every file has no text.
    using TextExtractor = std::function<Model::ExtractedText(const QString &path, const QString &mediaType,
                                                             const QString &fileName)>;
    void setTextExtractor(TextExtractor extractor) { m_extractor = std::move(extractor); }
    QFuture<Model::Result<QList<Model::ExpertOffer>>> expertOffers() override;
    QFuture<Model::Result<Model::ExpertOffer>> saveExpertOffer(const Model::ExpertOffer &offer) override;
    QFuture<Model::Status> recordConsultation(const QUuid &itemId, const QDate &day) override;
    QFuture<Model::Result<QHash<QUuid, int>>> consultationCounts() override;

private:
    /// Runs @p work on the worker thread with its WriteContext, announces
    /// what a successful write changed, and hands the result to the future.
    template<typename R, typename Work> QFuture<R> run(Work work, bool writes);
    /// Runs @p work (BlobStore &, const BlobStore::Progress &) on m_files;
    /// the future reports its progress and stops it when cancelled.
    template<typename R, typename Work> QFuture<R> runOnFiles(Work work);
    /// Runs @p method of an aggregate (ProjectStore, GoalStore, ...) on the
    /// worker with copies of @p args: read() for queries, write() for writes,
    /// which announce what they changed.
    template<typename Aggregate, typename R, typename... Params, typename... Args>
    QFuture<R> call(R (Aggregate::*method)(Params...), bool writes, Args... args);
    template<typename Aggregate, typename R, typename... Params, typename... Args>
    QFuture<R> read(R (Aggregate::*method)(Params...), Args... args);
    template<typename Aggregate, typename R, typename... Params, typename... Args>
    QFuture<R> write(R (Aggregate::*method)(Params...), Args... args);

    QThread m_thread;
    Worker *m_worker; // lives in m_thread, deleted there
    /// Hashes and copies files, one at a time, off the GUI thread and off
    /// the worker (a large file would hold up every other call). Its tasks
    /// touch only the blob folder, never the database.
    QThreadPool m_files;
    QString m_blobRoot; ///< set by open(), on the calling thread
    TextExtractor m_extractor;
    Model::ChangeNotifier *m_notifier;
};

} // namespace Store
