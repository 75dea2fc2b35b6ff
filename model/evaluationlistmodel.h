#pragma once

#include "plantablemodel.h"

namespace Model {

/// A project's evaluations by planned date (the PlanCache's Evaluations):
/// when, which kind, the scores per goal, the findings and reflectors'
/// comments.
class EvaluationListModel : public PlanTableModel<Evaluation>
{
    Q_OBJECT
public:
    enum Roles { EvaluationRole = ObjectRole, IsHeldRole = FirstOwnRole };
    enum Columns { DateColumn, KindColumn, ScoresColumn, NotesColumn, ColumnCount };

    explicit EvaluationListModel(PlanCache *cache, QObject *parent = nullptr);

    const QList<Evaluation> &evaluations() const { return rows(); }

Q_SIGNALS:
    /// The cache answered with the evaluations, and they are taken.
    void loaded();

protected:
    QList<Evaluation> rowsFrom(const PlanCache &cache) const override;
    QVariant cell(const Evaluation &e, int column, int role) const override;
    QString header(int column) const override;
};

} // namespace Model
