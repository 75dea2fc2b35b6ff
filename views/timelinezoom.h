#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <utility>

class QComboBox;
class QWidget;

namespace KGantt {
class View;
}

namespace Views {

/// How far the milestones timeline (a KGantt::View on a DateTimeGrid) is
/// zoomed in, and where it is scrolled: the whole plan fitted into the
/// width, or a fixed scale of days, weeks or months (the header's scales
/// follow), or any width in between by Ctrl+wheel or zoomBy(). A zoom keeps
/// today in place when it is in view, else the middle of the chart. Fills
/// and follows the level combo it is given ("zoomCombo").
class TimelineZoom : public QObject
{
    Q_OBJECT
public:
    enum class Level { Fit, Days, Weeks, Months, Custom };

    TimelineZoom(KGantt::View *view, QComboBox *combo, QObject *parent = nullptr);

    void setToday(const QDate &today);
    /// Starts the chart a month before the first date, today or the
    /// period's start; fitted to the period (else the plan) at Level::Fit.
    void fit(const QDate &first, const QDate &last, const QDate &periodStart, const QDate &periodEnd);
    void setLevel(Level level);
    Level level() const { return m_level; }
    /// Zooms in (factor > 1) or out.
    void zoomBy(double factor);
    /// Scrolls so that today is a third from the left.
    void scrollToToday();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sets the day width and the header's scales that suit it.
    void applyDayWidth(double dayWidth);
    /// What a zoom keeps in place, with its place in the width shown (0 left, 1 right).
    std::pair<QDateTime, double> anchor() const;
    /// Puts @p when at @p place of the chart shown, in the next turn (once KGantt has sized its scene).
    void scrollTo(const QDateTime &when, double place);
    void scrollNow(const QDateTime &when, double place);

    KGantt::View *m_view;
    /// The chart's viewport, watched for Ctrl+wheel; kept apart because the filter also sees
    /// the events of its destruction, when the view can no longer be asked for it.
    QPointer<QWidget> m_viewport;
    QComboBox *m_combo;
    QDate m_today;
    Level m_level = Level::Fit;
    QDate m_first, m_last; ///< the span of the rows shown
    QDate m_periodStart, m_periodEnd; ///< the project's period, where it has one
};

} // namespace Views
