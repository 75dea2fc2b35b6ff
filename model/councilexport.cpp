#include "councilexport.h"

#include "csvwriter.h"
#include "text.h"

#include <QHash>

#include <algorithm>

namespace Model {

namespace {

QString decimal(const std::optional<double> &value)
{
    return value ? CsvWriter::decimal(*value) : QString();
}

} // namespace

QByteArray CouncilExport::progressLog(const QList<ProgressEntry> &entries, const QList<ContributionTotal> &totals)
{
    QList<ProgressEntry> rows = entries;
    std::stable_sort(rows.begin(), rows.end(), [](const ProgressEntry &a, const ProgressEntry &b) { return a.date < b.date; });
    CsvWriter csv;
    csv.addRow({tr("Date"), tr("Person"), tr("Organisation"), tr("Hours"), tr("Milestone"), tr("Progress (%)"),
                tr("Note"), tr("Correction")});
    for (const ProgressEntry &e : std::as_const(rows)) {
        csv.addRow({CsvWriter::date(e.date), e.personName, e.organisationName, decimal(e.hours), e.milestoneTitle,
                    decimal(e.percent), e.note, e.correctsId.isNull() ? QString() : tr("yes")});
    }
    csv.addRow({});
    csv.addRow({tr("Hours per organisation"), tr("Hours"), tr("Entries")});
    double hours = 0;
    int count = 0;
    for (const ContributionTotal &t : totals) {
        csv.addRow({t.organisationName, CsvWriter::decimal(t.hours), CsvWriter::number(t.entries)});
        hours += t.hours;
        count += t.entries;
    }
    csv.addRow({tr("Total"), CsvWriter::decimal(hours), CsvWriter::number(count)});
    return csv.data();
}

QByteArray CouncilExport::goals(const QList<Goal> &goals, const QList<Measurement> &measurements)
{
    QHash<QUuid, QList<Measurement>> byGoal;
    for (const Measurement &m : measurements)
        byGoal[m.goalId].append(m);
    CsvWriter csv;
    csv.addRow({tr("Goal"), tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Due"), tr("Measured on"),
                tr("Value"), tr("Note"), tr("Measured by")});
    for (const Goal &g : goals) {
        const QStringList goal{g.title, g.indicator, g.unit, decimal(g.baseline), decimal(g.target),
                               CsvWriter::date(g.due)};
        QList<Measurement> own = byGoal.value(g.id);
        std::stable_sort(own.begin(), own.end(),
                         [](const Measurement &a, const Measurement &b) { return a.measuredOn < b.measuredOn; });
        if (own.isEmpty())
            csv.addRow(goal + QStringList{{}, {}, {}, {}});
        for (const Measurement &m : std::as_const(own))
            csv.addRow(goal + QStringList{CsvWriter::date(m.measuredOn), CsvWriter::decimal(m.value), m.note, m.personName});
    }
    return csv.data();
}

QByteArray CouncilExport::milestones(const QList<Milestone> &milestones, const QList<Goal> &goals)
{
    QHash<QUuid, QString> goalTitles;
    for (const Goal &g : goals)
        goalTitles.insert(g.id, g.title);
    QList<Milestone> rows = milestones;
    std::stable_sort(rows.begin(), rows.end(), [](const Milestone &a, const Milestone &b) { return a.due < b.due; });
    CsvWriter csv;
    csv.addRow({tr("Milestone"), tr("Description"), tr("Due"), tr("Status"), tr("Completed on"), tr("Owner"),
                tr("Goals")});
    for (const Milestone &m : std::as_const(rows)) {
        QStringList served;
        for (const QUuid &id : m.goals) {
            if (goalTitles.contains(id))
                served.append(goalTitles.value(id));
        }
        csv.addRow({m.title, m.description, CsvWriter::date(m.due), displayName(m.status), CsvWriter::date(m.completedOn),
                    m.ownerOrganisationName, served.join(QLatin1String(", "))});
    }
    return csv.data();
}

} // namespace Model
