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
#include <QStringList>
#include <QUuid>

#include <functional>

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
    QDate completedOn; ///< done milestones: the day it was done (COMPLETED), if known
};

/// Called now and then during a long read with how far it got; answers
/// false to stop it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// The days an import looks at for the dates of a repeating item.
struct Window {
    QDate from;
    QDate to;
};

/// Repeating items give at most this many dates each.
inline constexpr int MaxOccurrences = 500;

/// Milestones become VTODO (all-day DUE; STATUS NEEDS-ACTION, IN-PROCESS,
/// COMPLETED or CANCELLED for Planned, InProgress, Done, Missed;
/// PERCENT-COMPLETE, below 100 unless done; COMPLETED at noon of the day it was done, left out when
/// that day is not known), evaluations VEVENT (all-day DTSTART). UIDs are
/// stable, "<id without braces>@regie.milestone" or "@regie.evaluation", so
/// that importing an export again into a calendar app updates instead of
/// duplicating. Components come in order of date, then UID, so that two
/// exports of the same plan differ only in their time stamps; PRODID names
/// Regie. Items without a date are left out: a calendar has no place for
/// them. Returns the .ics text (UTF-8).
QByteArray toICalendar(const QList<Item> &items);

/// Writes toICalendar(items) to @p path; an existing file is replaced only by
/// a complete export.
Model::Status exportFile(const QString &path, const QList<Item> &items);

/// What an .ics file offers for import, for a preview.
struct Parsed {
    QList<Item> items;
    int skipped = 0; ///< to-dos and events without a date (or, repeating, without one in the window)
    QStringList notes; ///< what the user should know about the file, in words (repeats capped, shared UIDs, encoding)
};

/// Each VTODO (as a Milestone, dated by DUE, else DTSTART; STATUS,
/// COMPLETED and PERCENT-COMPLETE give its status) and VEVENT (as an
/// Evaluation, dated by DTSTART) with its summary, description and first
/// category as project name, in order of date. A timed value is dated by its
/// day in the Netherlands (Europe/Amsterdam), a floating or all-day one by
/// its own date. A repeating item gives one item per date in @p window
/// (EXDATE, COUNT, UNTIL and changed or cancelled occurrences honoured), at
/// most MaxOccurrences, with a note when it has more. Items sharing a UID stay
/// apart, with a note; text that is not UTF-8 is read as Windows-1252, with a
/// note; lines of any length are read in linear time. An item's id comes back
/// from a Regie UID of a single item, else stays null. Data that is empty,
/// not iCalendar or damaged gives a Validation error and no items; a
/// @p progress that answers false stops it with a Validation error.
Model::Result<Parsed> fromICalendar(const QByteArray &data, const Window &window = {},
                                    const Progress &progress = {});

/// fromICalendar() on a file's contents; also an error for a file that is
/// missing, unreadable or larger than MaxImportBytes. Reading the file counts
/// for the first part of the progress.
Model::Result<Parsed> importFile(const QString &path, const Window &window = {}, const Progress &progress = {});

/// Far above any real calendar of a project; protects against a wrong pick.
inline constexpr qint64 MaxImportBytes = 20 * 1024 * 1024;

} // namespace Store::Calendar
