#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// The measurements of one goal (from the PlanCache's Measurements), oldest
/// first: what the goal's chart plots.
class MeasurementListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { MeasurementRole = Qt::UserRole + 1, IdRole, ValueRole, DateRole };
    enum Columns { DateColumn, ValueColumn, NoteColumn, ColumnCount };

    explicit MeasurementListModel(PlanCache *cache, QObject *parent = nullptr);

    QUuid goalId() const { return m_goalId; }
    void setGoalId(const QUuid &goalId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Measurement> &measurements() const { return m_rows; }

private:
    void rebuild();

    PlanCache *m_cache;
    QUuid m_goalId;
    QList<Measurement> m_rows;
};

} // namespace Model
