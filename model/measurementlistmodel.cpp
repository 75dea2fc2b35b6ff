#include "measurementlistmodel.h"

#include "measurementhistory.h"

#include <QColor>
#include <QFont>

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
    // Measurements are only ever added: a correction goes under the row it replaces.
    m_standing.clear();
    QList<Measurement> rows;
    if (m_goalId.isNull())
        return rows;
    for (const MeasurementChain &chain : measurementChains(cache.measurementRecordsOf(m_goalId))) {
        for (const Measurement &m : chain.rows) {
            rows.append(m);
            m_standing.insert(m.id, chain.standing);
        }
    }
    return rows;
}

MeasurementListModel::State MeasurementListModel::state(int row) const
{
    return row < 0 || row >= rows().size() ? State::Current : stateOf(rows().at(row));
}

MeasurementListModel::State MeasurementListModel::stateOf(const Measurement &m) const
{
    const auto standing = m_standing.constFind(m.id);
    if (standing != m_standing.cend() && standing->id != m.id)
        return State::Replaced;
    return m.withdrawn ? State::Withdrawn : State::Current;
}

const Measurement *MeasurementListModel::standing(int row) const
{
    if (row < 0 || row >= rows().size())
        return nullptr;
    const auto it = m_standing.constFind(rows().at(row).id);
    return it == m_standing.cend() ? &rows().at(row) : &*it;
}

QVariant MeasurementListModel::cell(const Measurement &m, int column, int role) const
{
    const State now = stateOf(m);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return shortDate(m.measuredOn);
        case ValueColumn:
            return m.withdrawn ? QStringLiteral("—") : QLocale().toString(m.value, 'g', 10);
        case NoteColumn:
            if (m.withdrawn)
                return m.note.isEmpty() ? tr("Withdrawn") : tr("Withdrawn: %1").arg(m.note);
            if (m.isCorrection())
                return m.note.isEmpty() ? tr("Correction") : tr("Correction: %1").arg(m.note);
            return m.note;
        case PersonColumn:
            return m.personName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (now == State::Replaced)
            return tr("Replaced by a later correction; the chart uses the correction.");
        if (now == State::Withdrawn)
            return tr("Withdrawn: the chart leaves this reading out.");
        return column == NoteColumn && !m.note.isEmpty() ? QVariant(m.note) : QVariant();
    case Qt::FontRole:
        if (now == State::Replaced) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        if (now == State::Withdrawn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        return now == State::Current ? QVariant() : QVariant(QColor(0x61, 0x61, 0x61));
    case Qt::TextAlignmentRole:
        return column == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ValueRole:
        return m.value;
    case DateRole:
        return m.measuredOn;
    case StateRole:
        return QVariant::fromValue(now);
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
