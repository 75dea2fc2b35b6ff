#pragma once

#include <QAbstractProxyModel>
#include <QTimer>

namespace Views {

/// Shows a Model::MilestoneTimelineModel the way KGantt reads a model: one
/// row each, columns title, item type, start, end, completion, legend, with
/// KGantt's roles. Every value comes from the source row (made once there);
/// a date KGantt writes to the start column after a drag goes to the
/// source's DateRole, which asks for the move.
///
/// KGantt builds the chart item of every row at once when rows arrive,
/// which for thousands of rows holds the GUI thread for a third of a second.
/// So after a reset the rows are there at once (the list beside the chart
/// shows them all), but their chart items are released a few at a time, in
/// turns of the event loop of about 10 ms each (the first turn at once, so a
/// small plan is drawn whole): until its turn a row says it has no item
/// (KGantt::TypeNone), then dataChanged lets KGantt draw it.
class TimelineGanttProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Column { Title, Type, Start, End, Completion, Legend, ColumnCount };

    explicit TimelineGanttProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    /// Whether every row's chart item has been released.
    bool isComplete() const { return m_released >= rowCount(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// Every row's chart item is released (after a reset, once they all are).
    void completed();

private:
    /// Releases rows for about 10 ms, then leaves the rest to the next turn.
    void releaseSome();

    QList<QMetaObject::Connection> m_connections;
    int m_released = 0; ///< rows [0, m_released) have their chart items
    QTimer m_release;
};

} // namespace Views
