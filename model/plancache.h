#pragma once

#include "plan.h"
#include "requestslot.h"

#include <QFlags>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <array>
#include <memory>

namespace Model {

class ChangeNotifier;
class PlanRepository;
struct ChangeSet;

/// What the plan views of one project show, read once and shared: goals,
/// measurements, milestones, evaluations (with scores, comments and
/// decisions), the progress log with its totals and filter choices, the
/// hours of the whole log, and the dashboard across projects.
///
/// Views say what they show (show(), hide()); a part no view shows is not
/// read. A change notice marks the parts made from the tables it names as
/// stale; those that are shown are read again at once, the others when a
/// view shows them again. Where the notice names the rows it changed (up to
/// MaxRefreshIds), goals, measurements and milestones read only those rows
/// and merge them into what they hold, in the store's order. Each part is
/// one request slot: a newer request supersedes an older one, whose answer
/// is dropped (so is every answer for a project no longer shown).
class PlanCache : public QObject
{
    Q_OBJECT
public:
    enum Part {
        Goals = 1,
        Measurements = 2,
        Milestones = 4,
        Evaluations = 8,
        ProgressLog = 16, ///< the entries progressFilter() selects
        Contributions = 32, ///< hours per organisation in those entries
        ProgressAuthors = 64, ///< who logged anything: the filters' choices
        Dashboard = 128, ///< across all projects, not only projectId()
        ProjectHours = 256, ///< hours per organisation in the whole log, whatever the filter
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_ENUM(Part)
    Q_FLAG(Parts)
    static constexpr int PartCount = 9;
    /// More changed rows than this are read with the whole part.
    static constexpr int MaxRefreshIds = 50;

    PlanCache(PlanRepository *plan, ChangeNotifier *notifier, QObject *parent = nullptr);

    QUuid projectId() const { return m_projectId; }
    /// Shows another project (or none): its parts are dropped and read anew
    /// where shown. The same id again changes nothing.
    void setProjectId(const QUuid &projectId);

    /// @p viewer shows @p parts (replacing what it showed before) until
    /// hide() or its destruction; what is missing or stale is read now.
    void show(const QObject *viewer, Parts parts);
    void hide(const QObject *viewer);
    /// What some view shows.
    Parts shown() const;

    /// Reads @p parts again where shown (e.g. the dashboard, as of today).
    void refresh(Parts parts);

    /// The entries ProgressLog and Contributions read; its project is projectId().
    void setProgressFilter(const ProgressFilter &filter);
    ProgressFilter progressFilter() const;

    /// True when every one of @p parts has an answer for projectId().
    bool isLoaded(Parts parts) const;
    /// True when any of @p parts waits for an answer.
    bool isPending(Parts parts) const;
    /// How many requests were sent (all parts), and how many of them read
    /// only the rows a change named.
    int requests() const { return m_requests; }
    int requestsByIds() const { return m_requestsByIds; }

    const QList<Goal> &goals() const { return m_goals; }
    const Goal *goal(const QUuid &id) const;
    /// The readings as they stand (corrections applied, withdrawn ones left
    /// out: currentMeasurements()), what charts and trends judge.
    const QList<Measurement> &measurements() const { return m_current; }
    /// The readings of @p goalId as they stand.
    QList<Measurement> measurementsOf(const QUuid &goalId) const;
    /// Every measurement row of @p goalId, corrected and correcting ones too,
    /// in the order the store gave them.
    QList<Measurement> measurementRecordsOf(const QUuid &goalId) const;
    const QList<Milestone> &milestones() const { return m_milestones; }
    const QList<Evaluation> &evaluations() const { return m_evaluations; }
    const QList<ProgressEntry> &progress() const { return m_progress; }
    const QList<ContributionTotal> &contributions() const { return m_contributions; }
    const QList<ContributionTotal> &projectHours() const { return m_projectHours; }
    const Model::ProgressAuthors &progressAuthors() const { return m_authors; }
    const Model::Dashboard &dashboard() const { return m_dashboard; }

    /// The parts made from the tables @p changes names.
    static Parts partsOf(const ChangeSet &changes);

Q_SIGNALS:
    /// @p part has a new answer.
    void changed(Model::PlanCache::Part part);
    /// Another project is shown; every project part is empty until read.
    void projectChanged();
    void failed(const QString &message);

private:
    struct Slot {
        bool loaded = false;
        bool pending = false;
        bool stale = true; ///< to be read whole
        QSet<QUuid> staleIds; ///< when not stale: the rows to read again
    };
    static int indexOf(Part part);
    Slot &slot(Part part) { return m_slots[indexOf(part)]; }
    const Slot &slot(Part part) const { return m_slots[indexOf(part)]; }
    void onChanged(const ChangeSet &changes);
    /// Marks @p parts stale; only the rows @p ids where a part can read them alone.
    void markStale(Parts parts, const QList<QUuid> &ids = {});
    /// Reads every shown part that is stale.
    void update();
    void load(Part part);
    /// Reads the rows @p ids of @p part (Goals, Measurements or Milestones) and merges them in.
    void loadRows(Part part, const QList<QUuid> &ids);
    template<typename T, typename Apply>
    void request(Part part, const QFuture<T> &future, Apply apply);

    PlanRepository *m_plan;
    QUuid m_projectId;
    ProgressFilter m_filter;
    QHash<const QObject *, Parts> m_viewers;
    std::array<Slot, PartCount> m_slots;
    /// The newest read of each part; older ones are cancelled and their answers dropped.
    std::array<std::unique_ptr<RequestSlot>, PartCount> m_reads;
    int m_requests = 0;
    int m_requestsByIds = 0;
    QList<Goal> m_goals;
    QList<Measurement> m_measurements; ///< every row, as the store gave them
    QList<Measurement> m_current; ///< currentMeasurements() of m_measurements
    QList<Milestone> m_milestones;
    QList<Evaluation> m_evaluations;
    QList<ProgressEntry> m_progress;
    QList<ContributionTotal> m_contributions;
    QList<ContributionTotal> m_projectHours;
    Model::ProgressAuthors m_authors;
    Model::Dashboard m_dashboard;
};

} // namespace Model

Q_DECLARE_OPERATORS_FOR_FLAGS(Model::PlanCache::Parts)
