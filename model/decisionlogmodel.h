#pragma once

#include "plantablemodel.h"

namespace Model {

/// The decision log: every course correction taken at the project's
/// evaluations, in the order they were taken, with what it changed (a
/// goal's target or a milestone's date, before and after) and why.
class DecisionLogModel : public PlanTableModel<Decision>
{
    Q_OBJECT
public:
    enum Roles { DecisionRole = ObjectRole };
    enum Columns { DateColumn, TextColumn, ChangeColumn, ReasonColumn, ColumnCount };

    explicit DecisionLogModel(PlanCache *cache, QObject *parent = nullptr);

    const QList<Decision> &decisions() const { return rows(); }

protected:
    QList<Decision> rowsFrom(const PlanCache &cache) const override;
    QVariant cell(const Decision &d, int column, int role) const override;
    QString header(int column) const override;
};

} // namespace Model
