#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>

namespace Views {

/// A project's milestones as KGantt wants them: one row each, columns title,
/// item type, start, end, completion, legend. Dragging an item in the chart
/// sets a new start; the model does not change itself but asks for the move
/// (moveRequested), which becomes an undoable edit and comes back through the
/// store like any other.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Type, Start, End, Completion, Legend, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setMilestones(const QList<Model::Milestone> &milestones);
    const QList<Model::Milestone> &milestones() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user dragged @p milestone to @p due.
    void moveRequested(const Model::Milestone &milestone, const QDate &due);

private:
    QList<Model::Milestone> m_rows;
};

} // namespace Views
