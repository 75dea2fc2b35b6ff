#pragma once

#include "plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Model {

/// A project's plan as CSV tables for the council's spreadsheets, written
/// with CsvWriter (Dutch separators and dates, UTF-8 with a byte order mark).
/// Plain functions of the rows the store read: they run on any thread.
class CouncilExport
{
    Q_DECLARE_TR_FUNCTIONS(Model::CouncilExport)
public:
    /// The progress log, oldest first, and after an empty line the hours
    /// per organisation (@p totals) with their sum.
    static QByteArray progressLog(const QList<ProgressEntry> &entries, const QList<ContributionTotal> &totals);
    /// One line per measurement beside its goal's indicator, baseline and
    /// target, by goal and date; a goal without measurements gets one line.
    static QByteArray goals(const QList<Goal> &goals, const QList<Measurement> &measurements);
    /// One line per milestone, by due date, with the goals it serves.
    static QByteArray milestones(const QList<Milestone> &milestones, const QList<Goal> &goals);
};

} // namespace Model
