#pragma once

#include "plantablemodel.h"

#include <QHash>

namespace Model {

/// The measurements of one goal (from the PlanCache's Measurements), every
/// row of every chain: each first reading followed by its corrections, the
/// chains in the order of their standing dates. A row replaced by a later
/// correction is struck through; a withdrawal says so.
class MeasurementListModel : public PlanTableModel<Measurement>
{
    Q_OBJECT
public:
    enum Roles { MeasurementRole = ObjectRole, ValueRole = FirstOwnRole, DateRole, StateRole };
    enum Columns { DateColumn, ValueColumn, NoteColumn, PersonColumn, ColumnCount };
    /// What a row is now (StateRole).
    enum class State { Current, Replaced, Withdrawn };
    Q_ENUM(State)

    explicit MeasurementListModel(PlanCache *cache, QObject *parent = nullptr);

    QUuid goalId() const { return m_goalId; }
    void setGoalId(const QUuid &goalId);

    const QList<Measurement> &measurements() const { return rows(); }
    State state(int row) const;
    /// The row that stands now for the chain of @p row: what a correction
    /// replaces. Null when @p row is out of range.
    const Measurement *standing(int row) const;

protected:
    QList<Measurement> rowsFrom(const PlanCache &cache) const override;
    QVariant cell(const Measurement &m, int column, int role) const override;
    QString header(int column) const override;

private:
    State stateOf(const Measurement &m) const;

    QUuid m_goalId;
    // Filled by rowsFrom() with the rows it hands over: each row's chain's standing row.
    mutable QHash<QUuid, Measurement> m_standing;
};

} // namespace Model
