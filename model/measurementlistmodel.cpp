#include "measurementlistmodel.h"

#include "plancache.h"

#include <QLocale>

#include <algorithm>

namespace Model {

MeasurementListModel::MeasurementListModel(PlanCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, &MeasurementListModel::rebuild);
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Measurements)
            rebuild();
    });
}

void MeasurementListModel::setGoalId(const QUuid &goalId)
{
    if (goalId == m_goalId)
        return;
    m_goalId = goalId;
    rebuild();
}

void MeasurementListModel::rebuild()
{
    QList<Measurement> rows = m_goalId.isNull() ? QList<Measurement>() : m_cache->measurementsOf(m_goalId);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Measurement &a, const Measurement &b) { return a.measuredOn < b.measuredOn; });
    // Measurements are only ever added: what was there stays in place.
    bool prefix = rows.size() >= m_rows.size();
    for (int i = 0; prefix && i < m_rows.size(); ++i)
        prefix = rows.at(i).id == m_rows.at(i).id;
    if (prefix && rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    } else if (!prefix || rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!rows.isEmpty()) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
    }
}

int MeasurementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(m.measuredOn, QLocale::ShortFormat);
        case ValueColumn:
            return QLocale().toString(m.value, 'g', 10);
        case NoteColumn:
            return m.note;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MeasurementRole:
        return QVariant::fromValue(m);
    case IdRole:
        return m.id;
    case ValueRole:
        return m.value;
    case DateRole:
        return m.measuredOn;
    default:
        return {};
    }
}

QVariant MeasurementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Measured on");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Model
