#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// A project's evaluations by planned date (the PlanCache's Evaluations):
/// when, which kind, the scores per goal, the findings and reflectors'
/// comments.
class EvaluationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { EvaluationRole = Qt::UserRole + 1, IdRole, IsHeldRole };
    enum Columns { DateColumn, KindColumn, ScoresColumn, NotesColumn, ColumnCount };

    explicit EvaluationListModel(PlanCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Evaluation> &evaluations() const { return m_rows; }
    /// The row of @p id, or -1.
    int rowOf(const QUuid &id) const;

Q_SIGNALS:
    void loaded();

private:
    void rebuild();

    PlanCache *m_cache;
    QList<Evaluation> m_rows;
};

} // namespace Model
