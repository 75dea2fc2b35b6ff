#pragma once

#include <KGanttDateTimeGrid>

#include <QDate>

namespace Views {

/// The milestones timeline's grid: KGantt's date grid with a line through
/// today, drawn over the items so that "now" is always seen.
class TimelineGrid : public KGantt::DateTimeGrid
{
    Q_OBJECT
public:
    TimelineGrid();

    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    /// Where today's line is drawn, in scene coordinates.
    qreal todayX() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QDate m_today;
};

} // namespace Views
