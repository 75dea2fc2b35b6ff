#include "timelinegrid.h"

#include <QPainter>
#include <QTimeZone>

namespace Views {

TimelineGrid::TimelineGrid()
    : m_today(QDate::currentDate())
{
}

void TimelineGrid::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    Q_EMIT gridChanged();
}

qreal TimelineGrid::todayX() const
{
    // The middle of the day, in UTC as the rows' dates are (TimelineGanttProxy).
    return mapFromDateTime(QDateTime(m_today, QTime(12, 0), QTimeZone::UTC));
}

void TimelineGrid::drawForeground(QPainter *painter, const QRectF &rect)
{
    KGantt::DateTimeGrid::drawForeground(painter, rect);
    const qreal x = todayX();
    if (x < rect.left() - 2 || x > rect.right() + 2)
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
    painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    painter->restore();
}

} // namespace Views
