#pragma once

#include "plantablemodel.h"

namespace Model {

/// The measurements of one goal (from the PlanCache's Measurements), oldest
/// first: what the goal's chart plots.
class MeasurementListModel : public PlanTableModel<Measurement>
{
    Q_OBJECT
public:
    enum Roles { MeasurementRole = ObjectRole, ValueRole = FirstOwnRole, DateRole };
    enum Columns { DateColumn, ValueColumn, NoteColumn, PersonColumn, ColumnCount };

    explicit MeasurementListModel(PlanCache *cache, QObject *parent = nullptr);

    QUuid goalId() const { return m_goalId; }
    void setGoalId(const QUuid &goalId);

    const QList<Measurement> &measurements() const { return rows(); }

protected:
    QList<Measurement> rowsFrom(const PlanCache &cache) const override;
    QVariant cell(const Measurement &m, int column, int role) const override;
    QString header(int column) const override;

private:
    QUuid m_goalId;
};

} // namespace Model
