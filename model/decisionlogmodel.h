#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// The decision log: every course correction taken at the project's
/// evaluations, in the order they were taken, with what it changed (a
/// goal's target or a milestone's date, before and after) and why.
class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { DecisionRole = Qt::UserRole + 1, IdRole };
    enum Columns { DateColumn, TextColumn, ChangeColumn, ReasonColumn, ColumnCount };

    explicit DecisionLogModel(PlanCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Decision> &decisions() const { return m_rows; }

private:
    void rebuild();

    PlanCache *m_cache;
    QList<Decision> m_rows;
};

} // namespace Model
