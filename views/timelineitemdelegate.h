#pragma once

#include <KGanttItemDelegate>

namespace Views {

/// Draws each timeline item in its row's colour (Qt::DecorationRole of the
/// title column, see Model::MilestoneTimelineModel::colour()): KGantt itself
/// paints every item of a type in one brush.
class TimelineItemDelegate : public KGantt::ItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineItemDelegate(QObject *parent = nullptr);

    void paintGanttItem(QPainter *painter, const KGantt::StyleOptionGanttItem &option, const QModelIndex &index) override;
    /// The brush an item of @p index is drawn with.
    static QBrush brushFor(const QModelIndex &index);
};

} // namespace Views
