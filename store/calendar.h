#pragma once

// Milestones and evaluations as iCalendar (.ics), so partners see a project's
// dates in the calendar they already use, and dates kept elsewhere (council
// meetings, say) can be brought into Regie.

#include "model/plan.h"
#include "model/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace Store::Calendar {

/// One date of a project as a calendar shows it.
struct Item {
    enum class Kind { Milestone, Evaluation };
    Kind kind = Kind::Milestone;
    QUuid id; ///< Regie's row id; gives a stable UID. Null for items from other programs.
    QString projectName; ///< goes into CATEGORIES and the description
    QString title; ///< SUMMARY
    QString description; ///< DESCRIPTION
    QDate date; ///< milestone: DUE (all-day); evaluation: DTSTART (all-day)
    Model::MilestoneStatus status = Model::MilestoneStatus::Planned; ///< milestones only
    int percentComplete = 0; ///< milestones only, 0..100
};

/// Milestones become VTODO (all-day DUE; STATUS NEEDS-ACTION, IN-PROCESS,
/// COMPLETED or CANCELLED for Planned, InProgress, Done, Missed;
/// PERCENT-COMPLETE), evaluations VEVENT (all-day DTSTART). UIDs are stable,
/// "<id without braces>@regie.milestone" or "@regie.evaluation", so that
/// importing an export again into a calendar app updates instead of
/// duplicating. Items without a date are left out: a calendar has no place
/// for them. Returns the .ics text (UTF-8).
QByteArray toICalendar(const QList<Item> &items);

/// Writes toICalendar(items) to @p path; an existing file is replaced only by
/// a complete export.
Model::Status exportFile(const QString &path, const QList<Item> &items);

/// What an .ics file offers for import, for a preview.
struct Parsed {
    QList<Item> items;
    int skipped = 0; ///< to-dos and events without a date
};

/// Each VTODO (as a Milestone, dated by DUE, else DTSTART) and VEVENT (as an
/// Evaluation, dated by DTSTART) with its summary, description, status and
/// first category as project name, in order of date. An item's id comes back
/// from a Regie UID, else stays null. Data that is empty, not iCalendar or
/// damaged gives a Validation error and no items.
Model::Result<Parsed> fromICalendar(const QByteArray &data);

/// fromICalendar() on a file's contents; also an error for a file that is
/// missing, unreadable or larger than MaxImportBytes.
Model::Result<Parsed> importFile(const QString &path);

/// Far above any real calendar of a project; protects against a wrong pick.
inline constexpr qint64 MaxImportBytes = 20 * 1024 * 1024;

} // namespace Store::Calendar
