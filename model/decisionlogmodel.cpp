#include "decisionlogmodel.h"

namespace Model {

namespace {

// A stored target ("24000") as the reader writes numbers ("24.000").
QString number(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? QLocale().toString(value, 'g', 12) : stored;
}

} // namespace

DecisionLogModel::DecisionLogModel(PlanCache *cache, QObject *parent)
    : PlanTableModel(cache, PlanCache::Evaluations, ColumnCount, parent)
{
    refresh();
}

QList<Decision> DecisionLogModel::rowsFrom(const PlanCache &cache) const
{
    // Decisions are only ever added, so what was there stays in place.
    QList<Decision> rows;
    for (const auto &e : cache.evaluations())
        rows += e.decisions;
    return rows;
}

QVariant DecisionLogModel::cell(const Decision &d, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return shortDate(d.decidedOn);
    case TextColumn:
        return d.text;
    case ChangeColumn:
        if (d.subject == Decision::Subject::GoalTarget)
            return tr("Target of %1: %2 → %3").arg(d.subjectTitle, d.before.isEmpty() ? tr("none") : number(d.before), number(d.after));
        if (d.subject == Decision::Subject::MilestoneDue)
            return tr("Date of %1: %2 → %3")
                .arg(d.subjectTitle, shortDate(QDate::fromString(d.before, Qt::ISODate)),
                     shortDate(QDate::fromString(d.after, Qt::ISODate)));
        return QString();
    case ReasonColumn:
        return d.reason;
    default:
        return {};
    }
}

QString DecisionLogModel::header(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case TextColumn:
        return tr("Decision");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Model
