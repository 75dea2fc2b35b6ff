#include "sqlitestore.h"

#include "blobstore.h"
#include "localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <tuple>

using namespace Model;

namespace Store {

/// Owns the store's WriteContext in the worker thread: created, used and
/// destroyed there.
class Worker : public QObject
{
public:
    std::unique_ptr<WriteContext> context;
};

namespace {
    Error notOpen()
    {
        return error(Error::Storage, QCoreApplication::translate("Store", "No database is open."));
    }
} // namespace

SqliteStore::SqliteStore(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
    , m_notifier(new ChangeNotifier(this))
{
    m_thread.setObjectName(QStringLiteral("regie-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_files.setMaxThreadCount(1);
}

SqliteStore::~SqliteStore()
{
    m_files.waitForDone();
    // The connection must be closed by the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->context.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename R, typename Work> QFuture<R> SqliteStore::run(Work work, bool writes)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, notifier = m_notifier, promise, work = std::move(work), writes]() mutable {
            if (!writes && promise->isCanceled()) {
                // A read superseded while it waited (Model::RequestSlot): nobody wants its answer.
            } else if (!worker->context) {
                promise->addResult(R(notOpen()));
            } else {
                R result = work(*worker->context);
                if (writes && result.ok())
                    Q_EMIT notifier->changed(worker->context->lastChanges());
                promise->addResult(std::move(result));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

template<typename Aggregate, typename R, typename... Params, typename... Args>
QFuture<R> SqliteStore::call(R (Aggregate::*method)(Params...), bool writes, Args... args)
{
    // The arguments are copied here, on the calling thread, and used on the worker.
    return run<R>(
        [method, arguments = std::make_tuple(std::move(args)...)](WriteContext &context) {
            Aggregate aggregate(context);
            return std::apply(
                [&](const auto &...a) {
                    return (aggregate.*method)(a...);
                },
                arguments);
        },
        writes);
}

template<typename Aggregate, typename R, typename... Params, typename... Args>
QFuture<R> SqliteStore::read(R (Aggregate::*method)(Params...), Args... args)
{
    return call(method, false, std::move(args)...);
}

template<typename Aggregate, typename R, typename... Params, typename... Args>
QFuture<R> SqliteStore::write(R (Aggregate::*method)(Params...), Args... args)
{
    return call(method, true, std::move(args)...);
}

QFuture<Status> SqliteStore::open(const QString &path)
{
    m_blobRoot = BlobStore::rootFor(path);
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, path] {
            auto context = std::make_unique<WriteContext>();
            Status status = context->open(path);
            if (status.ok()) {
                OrganisationStore(*context).identity(); // sets the actor for changed_by
                worker->context = std::move(context);
            }
            promise->addResult(status);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<QList<ProjectSummary>>> SqliteStore::findProjects(const ProjectQuery &query)
{
    return read(&ProjectStore::findProjects, query);
}

QFuture<Result<int>> SqliteStore::countProjects(const ProjectQuery &query)
{
    return read(&ProjectStore::countProjects, query);
}

QFuture<Result<Project>> SqliteStore::project(const QUuid &id)
{
    return read(&ProjectStore::project, id);
}

QFuture<Result<Project>> SqliteStore::createProject(const Project &project, const QUuid &lead)
{
    return write(&ProjectStore::createProject, project, lead);
}

QFuture<Result<Project>> SqliteStore::updateProject(const Project &project)
{
    return write(&ProjectStore::updateProject, project);
}

QFuture<Status> SqliteStore::setProjectDeleted(const QUuid &id, bool deleted)
{
    return write(&ProjectStore::setProjectDeleted, id, deleted);
}

QFuture<Result<QList<Participation>>> SqliteStore::participations(const QUuid &projectId)
{
    return read(&ParticipationStore::participations, projectId);
}

QFuture<Result<Participation>> SqliteStore::saveParticipation(const Participation &participation)
{
    return write(&ParticipationStore::saveParticipation, participation);
}

QFuture<Status> SqliteStore::setParticipationDeleted(const QUuid &id, bool deleted)
{
    return write(&ParticipationStore::setParticipationDeleted, id, deleted);
}

QFuture<Status> SqliteStore::handOverLead(const LeadHandOver &handOver)
{
    return write(&ParticipationStore::handOverLead, handOver);
}

QFuture<Status> SqliteStore::revertHandOver(const LeadHandOver &handOver)
{
    return write(&ParticipationStore::revertHandOver, handOver);
}

QFuture<Result<QList<LeadTerm>>> SqliteStore::leadHistory(const QUuid &projectId)
{
    return read(&ParticipationStore::leadHistory, projectId);
}

QFuture<Result<QList<Organisation>>> SqliteStore::organisations()
{
    return read(&OrganisationStore::organisations);
}

QFuture<Result<Organisation>> SqliteStore::saveOrganisation(const Organisation &organisation)
{
    return write(&OrganisationStore::saveOrganisation, organisation);
}

QFuture<Status> SqliteStore::setOrganisationDeleted(const QUuid &id, bool deleted)
{
    return write(&OrganisationStore::setOrganisationDeleted, id, deleted);
}

QFuture<Result<QList<Person>>> SqliteStore::people(const QUuid &organisationId)
{
    return read(&OrganisationStore::people, organisationId);
}

QFuture<Result<Person>> SqliteStore::savePerson(const Person &person)
{
    return write(&OrganisationStore::savePerson, person);
}

QFuture<Result<Identity>> SqliteStore::identity()
{
    return read(&OrganisationStore::identity);
}

QFuture<Result<Identity>> SqliteStore::setIdentity(const QUuid &personId)
{
    return write(&OrganisationStore::setIdentity, personId);
}

QFuture<Status> SqliteStore::importBundle(const Bundle &bundle)
{
    return write(&BundleImport::importBundle, bundle);
}

QFuture<Result<SyncStatus>> SqliteStore::syncStatus()
{
    return read(&SyncLedger::syncStatus);
}

QFuture<Result<QList<SyncConflict>>> SqliteStore::conflicts()
{
    return read(&SyncLedger::conflicts);
}

QFuture<Status> SqliteStore::resolveConflict(const QUuid &id, Resolution resolution, const QString &edited)
{
    return write(&SyncLedger::resolveConflict, id, resolution, edited);
}

QFuture<Result<QList<SyncProblem>>> SqliteStore::problems()
{
    return read(&SyncLedger::problems);
}

QFuture<Status> SqliteStore::dismissProblem(const QUuid &id)
{
    return write(&SyncLedger::dismissProblem, id);
}

QFuture<Result<QList<QuarantinedChange>>> SqliteStore::quarantine()
{
    return read(&SyncLedger::quarantine);
}

QFuture<Result<int>> SqliteStore::exportQuarantine(const QString &path)
{
    return read(&SyncLedger::exportQuarantine, path);
}

QFuture<Status> SqliteStore::removeFromQuarantine(const QList<QUuid> &changeIds)
{
    return write(&SyncLedger::removeFromQuarantine, changeIds);
}

QFuture<Result<QList<ReplacedValue>>> SqliteStore::replacedValues()
{
    return read(&SyncLedger::replacedValues);
}

QFuture<Status> SqliteStore::markReplacedSeen(const QList<QUuid> &ids)
{
    return write(&SyncLedger::markReplacedSeen, ids);
}

QFuture<Result<QList<Goal>>> SqliteStore::goals(const QUuid &projectId)
{
    return read(&GoalStore::goals, projectId);
}

QFuture<Result<QList<Goal>>> SqliteStore::goalsWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return read(&GoalStore::goalsWithIds, projectId, ids);
}

QFuture<Result<Goal>> SqliteStore::saveGoal(const Goal &goal)
{
    return write(&GoalStore::saveGoal, goal);
}

QFuture<Status> SqliteStore::setGoalDeleted(const QUuid &id, bool deleted)
{
    return write(&GoalStore::setGoalDeleted, id, deleted);
}

QFuture<Result<QList<Measurement>>> SqliteStore::projectMeasurements(const QUuid &projectId)
{
    return read(&GoalStore::projectMeasurements, projectId);
}

QFuture<Result<QList<Measurement>>> SqliteStore::measurementsWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return read(&GoalStore::measurementsWithIds, projectId, ids);
}

QFuture<Result<Measurement>> SqliteStore::addMeasurement(const Measurement &measurement)
{
    return write(&GoalStore::addMeasurement, measurement);
}

QFuture<Result<QList<Milestone>>> SqliteStore::milestones(const QUuid &projectId)
{
    return read(&MilestoneStore::milestones, projectId);
}

QFuture<Result<QList<Milestone>>> SqliteStore::milestonesWithIds(const QUuid &projectId, const QList<QUuid> &ids)
{
    return read(&MilestoneStore::milestonesWithIds, projectId, ids);
}

QFuture<Result<Milestone>> SqliteStore::saveMilestone(const Milestone &milestone)
{
    return write(&MilestoneStore::saveMilestone, milestone);
}

QFuture<Status> SqliteStore::setMilestoneDeleted(const QUuid &id, bool deleted)
{
    return write(&MilestoneStore::setMilestoneDeleted, id, deleted);
}

QFuture<Result<QList<ProgressEntry>>> SqliteStore::progress(const ProgressFilter &filter)
{
    return read(&ProgressStore::progress, filter);
}

QFuture<Result<ProgressEntry>> SqliteStore::addProgress(const ProgressEntry &entry)
{
    return write(&ProgressStore::addProgress, entry);
}

QFuture<Result<ProgressAuthors>> SqliteStore::progressAuthors(const QUuid &projectId)
{
    return read(&ProgressStore::progressAuthors, projectId);
}

QFuture<Result<QList<ContributionTotal>>> SqliteStore::contributions(const ProgressFilter &filter)
{
    return read(&ProgressStore::contributions, filter);
}

QFuture<Result<Dashboard>> SqliteStore::dashboard(const QDate &today)
{
    return read(&DashboardQueries::dashboard, today);
}

QFuture<Result<int>> SqliteStore::exportCalendar(const QUuid &projectId, const QString &path)
{
    return read(&CalendarTransfer::exportCalendar, projectId, path);
}

QFuture<Result<CalendarFile>> SqliteStore::readCalendar(const QString &path, const QDate &from, const QDate &to)
{
    // On the file thread: a large calendar takes a while, and needs no database.
    return runOnFiles<Result<CalendarFile>>([path, from, to](BlobStore &, const BlobStore::Progress &progress) {
        return CalendarTransfer::readCalendar(path, from, to, [&progress](qint64 done, qint64 total) {
            return progress(std::min(done, total), total);
        });
    });
}

QFuture<Result<CalendarImportCount>> SqliteStore::importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries,
                                                 std::shared_ptr<CalendarImportUndo> undo)
{
    // undo is filled here, on the store's thread, and read there again by
    // undoCalendarImport(), which runs after this job.
    return run<Result<CalendarImportCount>>(
        [projectId, entries, undo](WriteContext &c) {
            return CalendarTransfer(c).importCalendar(projectId, entries, undo.get());
        },
        true);
}

QFuture<Status> SqliteStore::undoCalendarImport(const QUuid &projectId, std::shared_ptr<const CalendarImportUndo> undo)
{
    return run<Status>(
        [projectId, undo](WriteContext &c) {
            return undo ? CalendarTransfer(c).undoCalendarImport(projectId, *undo) : Status(Done{});
        },
        true);
}

QFuture<Result<QList<Evaluation>>> SqliteStore::evaluations(const QUuid &projectId)
{
    return read(&EvaluationStore::evaluations, projectId);
}

QFuture<Result<int>> SqliteStore::planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths,
                                                  const QDate &until)
{
    return write(&EvaluationStore::planEvaluations, projectId, first, everyMonths, until);
}

QFuture<Result<Evaluation>> SqliteStore::savePlannedEvaluation(const Evaluation &evaluation)
{
    return write(&EvaluationStore::savePlannedEvaluation, evaluation);
}

QFuture<Status> SqliteStore::setEvaluationDeleted(const QUuid &id, bool deleted)
{
    return write(&EvaluationStore::setEvaluationDeleted, id, deleted);
}

QFuture<Result<Evaluation>> SqliteStore::holdEvaluation(const Evaluation &evaluation)
{
    return write(&EvaluationStore::holdEvaluation, evaluation);
}

QFuture<Result<EvaluationComment>> SqliteStore::addEvaluationComment(const EvaluationComment &comment)
{
    return write(&EvaluationStore::addEvaluationComment, comment);
}

QFuture<Result<QList<KnowledgeItem>>> SqliteStore::knowledgeItems(const KnowledgeFilter &filter)
{
    return read(&KnowledgeStore::knowledgeItems, filter);
}

QFuture<Result<KnowledgeItem>> SqliteStore::knowledgeItem(const QUuid &id)
{
    return read(&KnowledgeStore::knowledgeItem, id);
}

QFuture<Result<KnowledgeItem>> SqliteStore::saveKnowledgeItem(const KnowledgeItem &item)
{
    return write(&KnowledgeStore::saveKnowledgeItem, item);
}

QFuture<Status> SqliteStore::setKnowledgeItemDeleted(const QUuid &id, bool deleted)
{
    return write(&KnowledgeStore::setKnowledgeItemDeleted, id, deleted);
}

QFuture<Result<QList<KnowledgeVersion>>> SqliteStore::knowledgeVersions(const QUuid &itemId)
{
    return read(&KnowledgeStore::knowledgeVersions, itemId);
}

QFuture<Result<KnowledgeItem>> SqliteStore::restoreKnowledgeVersion(const QUuid &versionId)
{
    return write(&KnowledgeStore::restoreKnowledgeVersion, versionId);
}

QFuture<Result<QList<KnowledgeHit>>> SqliteStore::searchKnowledge(const KnowledgeSearch &search)
{
    return read(&KnowledgeStore::searchKnowledge, search);
}

QFuture<Result<QList<Reuse>>> SqliteStore::reuses(const QUuid &itemId)
{
    return read(&ReuseStore::reuses, itemId);
}

QFuture<Result<Reuse>> SqliteStore::saveReuse(const Reuse &reuse)
{
    return write(&ReuseStore::saveReuse, reuse);
}

QFuture<Status> SqliteStore::setReuseDeleted(const QUuid &id, bool deleted)
{
    return write(&ReuseStore::setReuseDeleted, id, deleted);
}

QFuture<Result<QList<KnowledgeAttachment>>> SqliteStore::attachments(const QUuid &itemId)
{
    return read(&AttachmentStore::attachments, itemId);
}

QFuture<Result<KnowledgeAttachment>> SqliteStore::saveAttachment(const KnowledgeAttachment &attachment)
{
    return write(&AttachmentStore::saveAttachment, attachment);
}

QFuture<Status> SqliteStore::setAttachmentDeleted(const QUuid &id, bool deleted)
{
    return write(&AttachmentStore::setAttachmentDeleted, id, deleted);
}

template<typename R, typename Work> QFuture<R> SqliteStore::runOnFiles(Work work)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    if (m_blobRoot.isEmpty()) {
        promise->addResult(R(notOpen()));
        promise->finish();
        return future;
    }
    m_files.start([promise, work = std::move(work), blobs = BlobStore(m_blobRoot)]() mutable {
        // Progress in per mille: a file's bytes may not fit the int range.
        promise->setProgressRange(0, 1000);
        const BlobStore::Progress progress = [&promise](qint64 done, qint64 total) {
            promise->setProgressValue(total > 0 ? int(done * 1000 / total) : 1000);
            return !promise->isCanceled();
        };
        promise->addResult(work(blobs, progress));
        promise->finish();
    });
    return future;
}

QFuture<Result<QList<PendingText>>> SqliteStore::pendingTexts()
{
    return read(&AttachmentStore::pendingTexts);
}

QFuture<Status> SqliteStore::saveAttachmentText(const ExtractedText &text)
{
    return write(&AttachmentStore::saveAttachmentText, text);
}

QFuture<ExtractedText> SqliteStore::extractText(const PendingText &pending)
{
    auto promise = std::make_shared<QPromise<ExtractedText>>();
    QFuture<ExtractedText> future = promise->future();
    promise->start();
    m_files.start([promise, pending, extractor = m_extractor, blobs = BlobStore(m_blobRoot)] {
        ExtractedText text{pending.sha256, false, {}};
        if (extractor && !promise->isCanceled()) {
            text = extractor(blobs.pathOf(pending.sha256), pending.mediaType, pending.fileName);
            text.sha256 = pending.sha256;
        }
        promise->addResult(text);
        promise->finish();
    });
    return future;
}

QFuture<Result<StoredBlob>> SqliteStore::storeFile(const QString &path)
{
    return runOnFiles<Result<StoredBlob>>(
        [path](BlobStore &blobs, const BlobStore::Progress &progress) { return blobs.store(path, progress); });
}

QFuture<Result<QString>> SqliteStore::openableCopy(const KnowledgeAttachment &attachment)
{
    return runOnFiles<Result<QString>>([attachment](BlobStore &blobs, const BlobStore::Progress &progress)
                                           -> Result<QString> {
        // A folder of its own per copy: the name stays the user's, and an
        // open copy is never written over.
        const QString folder = QDir::tempPath() + QStringLiteral("/regie-attachments/")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!QDir().mkpath(folder))
            return error(Error::Storage, QCoreApplication::translate("Store", "No room to open the attachment in %1.").arg(folder));
        QString name = QFileInfo(attachment.fileName).fileName();
        if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
            name = QStringLiteral("attachment") + name;
        const QString target = folder + QLatin1Char('/') + name;
        if (auto copied = blobs.copyVerified(attachment.sha256, target, progress); !copied.ok()) {
            QDir(folder).removeRecursively();
            return copied.error();
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        return target;
    });
}

QFuture<Result<QList<ExpertOffer>>> SqliteStore::expertOffers()
{
    return read(&ExpertStore::expertOffers);
}

QFuture<Result<ExpertOffer>> SqliteStore::saveExpertOffer(const ExpertOffer &offer)
{
    return write(&ExpertStore::saveExpertOffer, offer);
}

QFuture<Status> SqliteStore::recordConsultation(const QUuid &itemId, const QDate &day)
{
    return write(&ConsultationStore::recordConsultation, itemId, day);
}

QFuture<Result<QHash<QUuid, int>>> SqliteStore::consultationCounts()
{
    return read(&ConsultationStore::consultationCounts);
}

} // namespace Store
