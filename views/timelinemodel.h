#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>
#include <QColor>

#include <utility>

namespace Views {

/// A project's milestones, then its evaluations, as KGantt wants them: one
/// row each, columns title, item type, start, end, completion, legend.
/// Dragging an item in the chart sets a new start; the model does not change
/// itself but asks for the move (moveRequested, evaluationMoveRequested),
/// which becomes an undoable edit and comes back through the store like any
/// other. A held evaluation is a record and cannot be dragged.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Type, Start, End, Completion, Legend, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setMilestones(const QList<Model::Milestone> &milestones);
    const QList<Model::Milestone> &milestones() const { return m_rows; }
    void setEvaluations(const QList<Model::Evaluation> &evaluations);
    const QList<Model::Evaluation> &evaluations() const { return m_evaluations; }
    /// The evaluation shown in @p row, or null for a milestone's row.
    const Model::Evaluation *evaluationAt(int row) const;
    /// The first and last date shown (null when empty).
    std::pair<QDate, QDate> span() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user dragged @p milestone to @p due.
    void moveRequested(const Model::Milestone &milestone, const QDate &due);
    /// The user dragged a planned @p evaluation to @p on.
    void evaluationMoveRequested(const Model::Evaluation &evaluation, const QDate &on);

private:
    /// What one row shows, milestone or evaluation alike.
    struct Shown {
        QString title;
        QString tooltip;
        QString legend;
        QColor colour;
        QDate date;
        int completion = 0;
    };
    Shown shown(int row) const;

    QList<Model::Milestone> m_rows;
    QList<Model::Evaluation> m_evaluations; ///< rows after the milestones
};

} // namespace Views
