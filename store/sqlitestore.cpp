#include "sqlitestore.h"

#include "localstore.h"

#include <QCoreApplication>

using namespace Model;

namespace Store {

/// Owns the LocalStore in the worker thread: created, used and destroyed there.
class Worker : public QObject
{
public:
    std::unique_ptr<LocalStore> store;
};

namespace {
Error notOpen()
{
    return error(Error::Storage, QCoreApplication::translate("Store", "No database is open."));
}

template<typename R>
constexpr bool isOk(const R &r)
{
    return r.ok();
}
}

SqliteStore::SqliteStore(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
    , m_notifier(new ChangeNotifier(this))
{
    m_thread.setObjectName(QStringLiteral("regie-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SqliteStore::~SqliteStore()
{
    // The connection must be closed by the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename R, typename Work>
QFuture<R> SqliteStore::run(Work work, bool writes)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, notifier = m_notifier, promise, work = std::move(work), writes]() mutable {
            if (!writes && promise->isCanceled()) {
                // A read superseded while it waited (Model::RequestSlot): nobody wants its answer.
            } else if (!worker->store) {
                promise->addResult(R(notOpen()));
            } else {
                R result = work(*worker->store);
                if (writes && isOk(result))
                    Q_EMIT notifier->changed(worker->store->lastChanges());
                promise->addResult(std::move(result));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Status> SqliteStore::open(const QString &path)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, path] {
            auto store = std::make_unique<LocalStore>();
            Status status = store->open(path);
            if (status.ok()) {
                store->identity(); // sets the actor for changed_by
                worker->store = std::move(store);
            }
            promise->addResult(status);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<QList<ProjectSummary>>> SqliteStore::findProjects(const ProjectQuery &query)
{
    return run<Result<QList<ProjectSummary>>>([query](LocalStore &s) { return s.findProjects(query); }, false);
}

QFuture<Result<int>> SqliteStore::countProjects(const ProjectQuery &query)
{
    return run<Result<int>>([query](LocalStore &s) { return s.countProjects(query); }, false);
}

QFuture<Result<Project>> SqliteStore::project(const QUuid &id)
{
    return run<Result<Project>>([id](LocalStore &s) { return s.project(id); }, false);
}

QFuture<Result<Project>> SqliteStore::createProject(const Project &project, const QUuid &lead)
{
    return run<Result<Project>>([project, lead](LocalStore &s) { return s.createProject(project, lead); }, true);
}

QFuture<Result<Project>> SqliteStore::updateProject(const Project &project)
{
    return run<Result<Project>>([project](LocalStore &s) { return s.updateProject(project); }, true);
}

QFuture<Status> SqliteStore::setProjectDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setProjectDeleted(id, deleted); }, true);
}

QFuture<Result<QList<Participation>>> SqliteStore::participations(const QUuid &projectId)
{
    return run<Result<QList<Participation>>>([projectId](LocalStore &s) { return s.participations(projectId); }, false);
}

QFuture<Result<Participation>> SqliteStore::saveParticipation(const Participation &participation)
{
    return run<Result<Participation>>([participation](LocalStore &s) { return s.saveParticipation(participation); },
                                      true);
}

QFuture<Status> SqliteStore::setParticipationDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setParticipationDeleted(id, deleted); }, true);
}

QFuture<Status> SqliteStore::handOverLead(const LeadHandOver &handOver)
{
    return run<Status>([handOver](LocalStore &s) { return s.handOverLead(handOver); }, true);
}

QFuture<Status> SqliteStore::revertHandOver(const LeadHandOver &handOver)
{
    return run<Status>([handOver](LocalStore &s) { return s.revertHandOver(handOver); }, true);
}

QFuture<Result<QList<LeadTerm>>> SqliteStore::leadHistory(const QUuid &projectId)
{
    return run<Result<QList<LeadTerm>>>([projectId](LocalStore &s) { return s.leadHistory(projectId); }, false);
}

QFuture<Result<QList<Organisation>>> SqliteStore::organisations()
{
    return run<Result<QList<Organisation>>>([](LocalStore &s) { return s.organisations(); }, false);
}

QFuture<Result<Organisation>> SqliteStore::saveOrganisation(const Organisation &organisation)
{
    return run<Result<Organisation>>([organisation](LocalStore &s) { return s.saveOrganisation(organisation); }, true);
}

QFuture<Status> SqliteStore::setOrganisationDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setOrganisationDeleted(id, deleted); }, true);
}

QFuture<Result<QList<Person>>> SqliteStore::people(const QUuid &organisationId)
{
    return run<Result<QList<Person>>>([organisationId](LocalStore &s) { return s.people(organisationId); }, false);
}

QFuture<Result<Person>> SqliteStore::savePerson(const Person &person)
{
    return run<Result<Person>>([person](LocalStore &s) { return s.savePerson(person); }, true);
}

QFuture<Result<Identity>> SqliteStore::identity()
{
    return run<Result<Identity>>([](LocalStore &s) { return s.identity(); }, false);
}

QFuture<Result<Identity>> SqliteStore::setIdentity(const QUuid &personId)
{
    return run<Result<Identity>>([personId](LocalStore &s) { return s.setIdentity(personId); }, true);
}

QFuture<Status> SqliteStore::importBundle(const Bundle &bundle)
{
    return run<Status>([bundle](LocalStore &s) { return s.importBundle(bundle); }, true);
}

QFuture<Result<SyncStatus>> SqliteStore::syncStatus()
{
    return run<Result<SyncStatus>>([](LocalStore &s) { return s.syncStatus(); }, false);
}

QFuture<Result<QList<SyncConflict>>> SqliteStore::conflicts()
{
    return run<Result<QList<SyncConflict>>>([](LocalStore &s) { return s.conflicts(); }, false);
}

QFuture<Status> SqliteStore::resolveConflict(const QUuid &id, Resolution resolution, const QString &edited)
{
    return run<Status>([id, resolution, edited](LocalStore &s) { return s.resolveConflict(id, resolution, edited); },
                       true);
}

QFuture<Result<QList<SyncProblem>>> SqliteStore::problems()
{
    return run<Result<QList<SyncProblem>>>([](LocalStore &s) { return s.problems(); }, false);
}

QFuture<Status> SqliteStore::dismissProblem(const QUuid &id)
{
    return run<Status>([id](LocalStore &s) { return s.dismissProblem(id); }, true);
}

QFuture<Result<QList<QuarantinedChange>>> SqliteStore::quarantine()
{
    return run<Result<QList<QuarantinedChange>>>([](LocalStore &s) { return s.quarantine(); }, false);
}

QFuture<Result<int>> SqliteStore::exportQuarantine(const QString &path)
{
    return run<Result<int>>([path](LocalStore &s) { return s.exportQuarantine(path); }, false);
}

QFuture<Status> SqliteStore::removeFromQuarantine(const QList<QUuid> &changeIds)
{
    return run<Status>([changeIds](LocalStore &s) { return s.removeFromQuarantine(changeIds); }, true);
}

QFuture<Result<QList<Goal>>> SqliteStore::goals(const QUuid &projectId)
{
    return run<Result<QList<Goal>>>([projectId](LocalStore &s) { return s.goals(projectId); }, false);
}

QFuture<Result<Goal>> SqliteStore::saveGoal(const Goal &goal)
{
    return run<Result<Goal>>([goal](LocalStore &s) { return s.saveGoal(goal); }, true);
}

QFuture<Status> SqliteStore::setGoalDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setGoalDeleted(id, deleted); }, true);
}

QFuture<Result<QList<Measurement>>> SqliteStore::projectMeasurements(const QUuid &projectId)
{
    return run<Result<QList<Measurement>>>([projectId](LocalStore &s) { return s.projectMeasurements(projectId); },
                                           false);
}

QFuture<Result<Measurement>> SqliteStore::addMeasurement(const Measurement &measurement)
{
    return run<Result<Measurement>>([measurement](LocalStore &s) { return s.addMeasurement(measurement); }, true);
}

QFuture<Result<QList<Milestone>>> SqliteStore::milestones(const QUuid &projectId)
{
    return run<Result<QList<Milestone>>>([projectId](LocalStore &s) { return s.milestones(projectId); }, false);
}

QFuture<Result<Milestone>> SqliteStore::saveMilestone(const Milestone &milestone)
{
    return run<Result<Milestone>>([milestone](LocalStore &s) { return s.saveMilestone(milestone); }, true);
}

QFuture<Status> SqliteStore::setMilestoneDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setMilestoneDeleted(id, deleted); }, true);
}

QFuture<Result<QList<ProgressEntry>>> SqliteStore::progress(const ProgressFilter &filter)
{
    return run<Result<QList<ProgressEntry>>>([filter](LocalStore &s) { return s.progress(filter); }, false);
}

QFuture<Result<ProgressEntry>> SqliteStore::addProgress(const ProgressEntry &entry)
{
    return run<Result<ProgressEntry>>([entry](LocalStore &s) { return s.addProgress(entry); }, true);
}

QFuture<Result<ProgressAuthors>> SqliteStore::progressAuthors(const QUuid &projectId)
{
    return run<Result<ProgressAuthors>>([projectId](LocalStore &s) { return s.progressAuthors(projectId); }, false);
}

QFuture<Result<QList<ContributionTotal>>> SqliteStore::contributions(const ProgressFilter &filter)
{
    return run<Result<QList<ContributionTotal>>>([filter](LocalStore &s) { return s.contributions(filter); }, false);
}

QFuture<Result<Dashboard>> SqliteStore::dashboard(const QDate &today)
{
    return run<Result<Dashboard>>([today](LocalStore &s) { return s.dashboard(today); }, false);
}

QFuture<Result<int>> SqliteStore::exportCalendar(const QUuid &projectId, const QString &path)
{
    return run<Result<int>>([projectId, path](LocalStore &s) { return s.exportCalendar(projectId, path); }, false);
}

QFuture<Result<CalendarFile>> SqliteStore::readCalendar(const QString &path)
{
    return run<Result<CalendarFile>>([path](LocalStore &s) { return s.readCalendar(path); }, false);
}

QFuture<Result<int>> SqliteStore::importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries,
                                                 std::shared_ptr<CalendarImportUndo> undo)
{
    // undo is filled here, on the store's thread, and read there again by
    // undoCalendarImport(), which runs after this job.
    return run<Result<int>>([projectId, entries, undo](LocalStore &s) { return s.importCalendar(projectId, entries, undo.get()); },
                            true);
}

QFuture<Status> SqliteStore::undoCalendarImport(const QUuid &projectId, std::shared_ptr<const CalendarImportUndo> undo)
{
    return run<Status>([projectId, undo](LocalStore &s) { return undo ? s.undoCalendarImport(projectId, *undo) : Status(Done{}); },
                       true);
}

QFuture<Result<QList<Evaluation>>> SqliteStore::evaluations(const QUuid &projectId)
{
    return run<Result<QList<Evaluation>>>([projectId](LocalStore &s) { return s.evaluations(projectId); }, false);
}

QFuture<Result<int>> SqliteStore::planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths,
                                                  const QDate &until)
{
    return run<Result<int>>(
        [=](LocalStore &s) { return s.planEvaluations(projectId, first, everyMonths, until); }, true);
}

QFuture<Result<Evaluation>> SqliteStore::savePlannedEvaluation(const Evaluation &evaluation)
{
    return run<Result<Evaluation>>([evaluation](LocalStore &s) { return s.savePlannedEvaluation(evaluation); }, true);
}

QFuture<Status> SqliteStore::setEvaluationDeleted(const QUuid &id, bool deleted)
{
    return run<Status>([id, deleted](LocalStore &s) { return s.setEvaluationDeleted(id, deleted); }, true);
}

QFuture<Result<Evaluation>> SqliteStore::holdEvaluation(const Evaluation &evaluation)
{
    return run<Result<Evaluation>>([evaluation](LocalStore &s) { return s.holdEvaluation(evaluation); }, true);
}

QFuture<Result<EvaluationComment>> SqliteStore::addEvaluationComment(const EvaluationComment &comment)
{
    return run<Result<EvaluationComment>>([comment](LocalStore &s) { return s.addEvaluationComment(comment); }, true);
}

} // namespace Store
