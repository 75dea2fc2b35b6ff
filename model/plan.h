#pragma once

// What a project sets out to reach and how it goes: goals with their
// measurements, milestones, the progress log and interim evaluations.
// See ../shared/DOMAIN.md (meetbaarheid, tussentijdse evaluatie en
// bijsturing, halen en brengen).

#include "meta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace Model {

/// A measurable goal: an indicator moving from a baseline to a target.
struct Goal {
    QUuid id;
    QUuid projectId;
    QString title;
    QString description;
    QString indicator; ///< what is measured, e.g. "Aantal aangesloten woningen"
    QString unit; ///< e.g. "woningen", "kg", "%"
    std::optional<double> baseline;
    std::optional<double> target;
    QDate due;
    QList<QUuid> servesOrganisations; ///< partners whose priority (stokpaardje) it serves
    SyncMeta meta;
};

/// One reading of a goal's indicator. Only ever added: a correction is a
/// new measurement of the same goal naming the one it replaces (the latest
/// of its chain, see measurementhistory.h); a withdrawal is a correction
/// that takes the reading back.
struct Measurement {
    QUuid id;
    QUuid projectId;
    QUuid goalId;
    double value = 0;
    QDate measuredOn;
    QString note;
    QUuid personId;
    QString personName; ///< read-only, filled in by queries
    QUuid correctsId; ///< the measurement this one replaces; null for a first reading
    bool withdrawn = false; ///< a correction that takes the reading back
    SyncMeta meta;

    bool isCorrection() const { return !correctsId.isNull(); }
};

/// How a goal is doing, judged from its measurements.
enum class GoalHealth {
    Unknown, ///< fewer than two measurements, or no target
    OnTrack, ///< the trend reaches the target by the due date
    AtRisk, ///< the trend gets more than half way, not all the way
    OffTrack, ///< the trend stalls or moves away from the target
    Reached, ///< the latest measurement reached the target
};

enum class MilestoneStatus { Planned, InProgress, Done, Missed };

struct Milestone {
    QUuid id;
    QUuid projectId;
    QString title;
    QString description;
    QDate due;
    QUuid ownerOrganisationId;
    QString ownerOrganisationName; ///< read-only
    QUuid ownerPersonId;
    MilestoneStatus status = MilestoneStatus::Planned;
    QDate completedOn;
    QList<QUuid> goals; ///< the goals it serves
    SyncMeta meta;
};

/// A line in the progress log. Only ever added: a correction is a new entry
/// naming the one it corrects, so logging offline never conflicts.
struct ProgressEntry {
    QUuid id;
    QUuid projectId;
    QDate date;
    QUuid personId;
    QString personName; ///< read-only
    QUuid organisationId;
    QString organisationName; ///< read-only
    std::optional<double> hours;
    QString note;
    QUuid milestoneId;
    QString milestoneTitle; ///< read-only
    std::optional<double> percent;
    QUuid correctsId;
    SyncMeta meta;
};

/// Which entries the log shows. Null members do not filter.
struct ProgressFilter {
    QUuid projectId;
    QUuid personId;
    QUuid organisationId;
    QUuid milestoneId;
    QDate from;
    QDate until;
    int limit = 500;
    QUuid corrects; ///< only the corrections of this entry
};

/// Hours per organisation: who contributes what.
struct ContributionTotal {
    QUuid organisationId;
    QString organisationName;
    double hours = 0;
    int entries = 0;
};

/// Who has logged progress in a project: the choices of the log's filters.
struct ProgressAuthors {
    QList<std::pair<QUuid, QString>> people; ///< id and name, by name
    QList<std::pair<QUuid, QString>> organisations; ///< id and name, by name
};

/// A goal's score at an evaluation.
struct EvaluationScore {
    QUuid id;
    QUuid goalId;
    GoalHealth status = GoalHealth::OnTrack; ///< OnTrack, AtRisk, OffTrack or Reached
    QString remark;
    QString goalTitle; ///< read-only, filled in by queries
};

/// What an external reflector (or anyone taking part) says about an evaluation.
struct EvaluationComment {
    QUuid id;
    QUuid evaluationId;
    QUuid personId;
    QString personName; ///< read-only
    QString comment;
    QDateTime at; ///< read-only: when it was written
};

/// A course correction (bijsturing): what was decided, and the change it
/// makes to a goal's target or a milestone's date, with before and after.
struct Decision {
    enum class Subject { None, GoalTarget, MilestoneDue };
    QUuid id;
    QUuid projectId;
    QUuid evaluationId;
    QString text;
    Subject subject = Subject::None;
    QUuid subjectId;
    QString subjectTitle; ///< read-only
    QString before; ///< filled in by the store when the change is applied
    QString after; ///< the new target (a number) or due date (ISO)
    QString reason;
    QDate decidedOn;
};

enum class EvaluationKind { Interim, Closing };

/// A tussentijdse evaluatie (or the closing one): planned, then held with
/// scores per goal, findings, lessons, comments and decisions.
struct Evaluation {
    QUuid id;
    QUuid projectId;
    EvaluationKind kind = EvaluationKind::Interim;
    QDate plannedOn;
    QDate heldOn; ///< null while planned
    QString findings;
    QString lessons;
    QList<EvaluationScore> scores;
    QList<EvaluationComment> comments;
    QList<Decision> decisions;
    /// Planned evaluations that holding this one cancels (a closing one
    /// makes the interim ones moot): removed in the same transaction, with a
    /// decision each that says so. Not stored with the evaluation.
    QList<QUuid> cancelPlanned;
    SyncMeta meta;

    bool isHeld() const { return heldOn.isValid(); }
};

/// What one calendar import found before it wrote, so that the import can be
/// taken back as one step. The store fills it while it imports and reads it
/// again when asked to undo, both on its own thread and in the order they were
/// asked for; whoever holds it in between only hands it on.
struct CalendarImportUndo {
    QList<Milestone> milestonesBefore; ///< milestones it changed, as they were
    QList<QUuid> milestonesAdded; ///< milestones it added (or brought back)
    QList<Evaluation> evaluationsBefore; ///< planned evaluations it moved, as they were
    QList<QUuid> evaluationsAdded; ///< planned evaluations it added (or brought back)
};

/// A dated item of an .ics file offered for import, or written by export.
struct CalendarEntry {
    enum class Kind { Milestone, Evaluation };
    Kind kind = Kind::Milestone; ///< VTODO is a milestone, VEVENT an evaluation or meeting
    QUuid id; ///< Regie's id when the file came from Regie
    QString title;
    QString description;
    QDate date;
    /// A to-do's status (STATUS, else COMPLETED or PERCENT-COMPLETE); none for an event.
    std::optional<MilestoneStatus> status;
    QDate completedOn; ///< a done to-do's COMPLETED day, if it has one
};

struct CalendarFile {
    QList<CalendarEntry> entries;
    int skipped = 0; ///< items without a date (repeating ones: without a date in the window)
    QStringList notes; ///< what the user should know before importing, in words
};

/// What one calendar import did with the entries it was given.
struct CalendarImportCount {
    int added = 0;
    int updated = 0;
    int unchanged = 0; ///< already as the file says, or a held evaluation, which is a record and stays
};

/// One line on the dashboard, pointing at the place it refers to.
struct DashboardItem {
    enum class Kind { Milestone, Goal, Evaluation };
    Kind kind = Kind::Milestone;
    QUuid projectId;
    QString projectName;
    QUuid itemId;
    QString title;
    QDate date; ///< due, planned or reached
    QString detail; ///< owner, health, ...
};

/// Management information across every project this laptop holds.
struct Dashboard {
    QDate today;
    QList<DashboardItem> overdueMilestones; ///< planned or in progress, due before today
    QList<DashboardItem> upcomingEvaluations; ///< planned in the coming 90 days
    QList<DashboardItem> goalsOffTrack; ///< off track or at risk, active projects
    QList<DashboardItem> successes; ///< milestones reached and targets met this quarter
    QList<ContributionTotal> hoursThisQuarter; ///< per organisation, all projects
};

/// The first day of @p date's quarter.
inline QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace Model

Q_DECLARE_METATYPE(Model::Goal)
Q_DECLARE_METATYPE(Model::Measurement)
Q_DECLARE_METATYPE(Model::Milestone)
Q_DECLARE_METATYPE(Model::ProgressEntry)
Q_DECLARE_METATYPE(Model::Evaluation)
Q_DECLARE_METATYPE(Model::Decision)
Q_DECLARE_METATYPE(Model::DashboardItem)
Q_DECLARE_METATYPE(Model::ContributionTotal)
