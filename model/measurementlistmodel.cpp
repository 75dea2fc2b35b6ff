#include "measurementlistmodel.h"

#include <algorithm>

namespace Model {

MeasurementListModel::MeasurementListModel(PlanCache *cache, QObject *parent)
    : PlanTableModel(cache, PlanCache::Measurements, ColumnCount, parent)
{
}

void MeasurementListModel::setGoalId(const QUuid &goalId)
{
    if (goalId == m_goalId)
        return;
    m_goalId = goalId;
    refresh();
}

QList<Measurement> MeasurementListModel::rowsFrom(const PlanCache &cache) const
{
    // Measurements are only ever added: what was there stays in place.
    QList<Measurement> rows = m_goalId.isNull() ? QList<Measurement>() : cache.measurementsOf(m_goalId);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Measurement &a, const Measurement &b) { return a.measuredOn < b.measuredOn; });
    return rows;
}

QVariant MeasurementListModel::cell(const Measurement &m, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return shortDate(m.measuredOn);
        case ValueColumn:
            return QLocale().toString(m.value, 'g', 10);
        case NoteColumn:
            return m.note;
        case PersonColumn:
            return m.personName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == NoteColumn && !m.note.isEmpty() ? QVariant(m.note) : QVariant();
    case Qt::TextAlignmentRole:
        return column == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ValueRole:
        return m.value;
    case DateRole:
        return m.measuredOn;
    default:
        return {};
    }
}

QString MeasurementListModel::header(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Measured on");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    case PersonColumn:
        return tr("Measured by");
    default:
        return {};
    }
}

} // namespace Model
