#include "timelineitemdelegate.h"

#include <KGanttStyleOptionGanttItem>

#include <QColor>
#include <QPainter>

namespace Views {

TimelineItemDelegate::TimelineItemDelegate(QObject *parent)
    : KGantt::ItemDelegate(parent)
{
}

QBrush TimelineItemDelegate::brushFor(const QModelIndex &index)
{
    const QColor colour = index.siblingAtColumn(0).data(Qt::DecorationRole).value<QColor>();
    return colour.isValid() ? QBrush(colour) : QBrush();
}

void TimelineItemDelegate::paintGanttItem(QPainter *painter, const KGantt::StyleOptionGanttItem &option,
                                          const QModelIndex &index)
{
    // The base class paints with its default brush for the item's type: set
    // it to this row's colour for this item (all painting is on the GUI thread).
    const QBrush before = defaultBrush(KGantt::TypeEvent);
    if (const QBrush brush = brushFor(index); brush.style() != Qt::NoBrush)
        setDefaultBrush(KGantt::TypeEvent, brush);
    KGantt::ItemDelegate::paintGanttItem(painter, option, index);
    setDefaultBrush(KGantt::TypeEvent, before);
}

} // namespace Views
