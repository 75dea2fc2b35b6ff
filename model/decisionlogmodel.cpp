#include "decisionlogmodel.h"

#include "plancache.h"

#include <QLocale>

namespace Model {

namespace {

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// A stored target ("24000") as the reader writes numbers ("24.000").
QString number(const QString &stored)
{
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? QLocale().toString(value, 'g', 12) : stored;
}

} // namespace

DecisionLogModel::DecisionLogModel(PlanCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, &DecisionLogModel::rebuild);
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Evaluations)
            rebuild();
    });
    rebuild();
}

void DecisionLogModel::rebuild()
{
    QList<Decision> fresh;
    for (const auto &e : m_cache->evaluations())
        fresh += e.decisions;
    // Decisions are only ever added: what was there stays in place.
    bool prefix = fresh.size() >= m_rows.size();
    for (int i = 0; prefix && i < m_rows.size(); ++i)
        prefix = fresh.at(i).id == m_rows.at(i).id;
    if (prefix && fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows = fresh;
        endInsertRows();
        if (m_rows.size() > 1)
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else if (!prefix || fresh.size() != m_rows.size()) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    } else if (!fresh.isEmpty()) {
        m_rows = fresh;
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &d = m_rows.at(index.row());
    if (role == DecisionRole)
        return QVariant::fromValue(d);
    if (role == IdRole)
        return d.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return date(d.decidedOn);
    case TextColumn:
        return d.text;
    case ChangeColumn:
        if (d.subject == Decision::Subject::GoalTarget)
            return tr("Target of %1: %2 → %3").arg(d.subjectTitle, d.before.isEmpty() ? tr("none") : number(d.before), number(d.after));
        if (d.subject == Decision::Subject::MilestoneDue)
            return tr("Date of %1: %2 → %3")
                .arg(d.subjectTitle, date(QDate::fromString(d.before, Qt::ISODate)), date(QDate::fromString(d.after, Qt::ISODate)));
        return QString();
    case ReasonColumn:
        return d.reason;
    default:
        return {};
    }
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
