#include "timelinezoom.h"

#include <KGanttDateTimeGrid>
#include <KGanttGraphicsView>
#include <KGanttView>

#include <QComboBox>
#include <QScrollBar>
#include <QTimeZone>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace Views {

namespace {

/// Pixels a day at each fixed zoom; KGantt needs at least one.
constexpr double DaysWidth = 24.0, WeeksWidth = 8.0, MonthsWidth = 2.5, MinWidth = 1.0, MaxWidth = 60.0;

QDateTime utcMidnight(const QDate &d)
{
    // In UTC, as the rows' dates are (TimelineGanttProxy).
    return QDateTime(d, QTime(0, 0), QTimeZone::UTC);
}

} // namespace

TimelineZoom::TimelineZoom(KGantt::View *view, QComboBox *combo, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_combo(combo)
    , m_today(QDate::currentDate())
{
    m_combo->setObjectName(QStringLiteral("zoomCombo"));
    m_combo->addItem(tr("The whole plan"), int(Level::Fit));
    m_combo->addItem(tr("Days"), int(Level::Days));
    m_combo->addItem(tr("Weeks"), int(Level::Weeks));
    m_combo->addItem(tr("Months"), int(Level::Months));
    m_combo->setToolTip(tr("Zoom the timeline (also Ctrl+wheel, Ctrl++ and Ctrl+-)"));
    connect(m_combo, &QComboBox::activated, this, [this] { setLevel(Level(m_combo->currentData().toInt())); });
    m_viewport = m_view->graphicsView()->viewport();
    m_viewport->installEventFilter(this);
}

void TimelineZoom::setToday(const QDate &today)
{
    m_today = today;
}

void TimelineZoom::fit(const QDate &first, const QDate &last, const QDate &periodStart, const QDate &periodEnd)
{
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    const QDate today = m_today;
    m_periodStart = periodStart;
    m_periodEnd = periodEnd;
    m_first = first.isValid() ? first : today;
    m_last = last.isValid() ? last : today;
    if (!grid)
        return;
    // From the project's start where it has one, today and the plan's first date at the latest.
    QDate from = std::min(m_first, today);
    if (periodStart.isValid())
        from = std::min(from, periodStart);
    const QDateTime start = utcMidnight(from.addMonths(-1));
    // Each change lays the chart out again: only what moved.
    if (grid->startDateTime() != start)
        grid->setStartDateTime(start);
    if (m_level != Level::Fit)
        return;
    // Fit the project's period (else the plan's), and today, into the width shown, within reason.
    const QDate fitFrom = from;
    const QDate fitTo = std::max({periodEnd.isValid() ? periodEnd : m_last, today, fitFrom});
    // A month before (where the chart starts), six weeks after: room to drag the last one later.
    const qint64 days = std::max<qint64>(60, fitFrom.daysTo(fitTo) + 30 + 45);
    const int width = std::max(400, m_view->graphicsView()->viewport()->width());
    // At least a pixel a day: KGantt steps through the background a whole
    // pixel per day and stops (asserts, or loops for ever) below one.
    applyDayWidth(std::clamp(double(width) / double(days), MinWidth, 12.0));
}

void TimelineZoom::applyDayWidth(double dayWidth)
{
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    if (!grid)
        return;
    dayWidth = std::clamp(dayWidth, MinWidth, MaxWidth);
    // The header's scales follow the width: days, weeks or months below.
    using F = KGantt::DateTimeScaleFormatter;
    enum { DayScale, WeekScale, MonthScale } wanted = dayWidth >= 16 ? DayScale : dayWidth >= 5 ? WeekScale : MonthScale;
    const F *lower = grid->userDefinedLowerScale();
    const F::Range lowerRange = wanted == DayScale ? F::Day : wanted == WeekScale ? F::Week : F::Month;
    if (!lower || lower->range() != lowerRange) {
        if (wanted == MonthScale) {
            grid->setUserDefinedUpperScale(new F(F::Year, QStringLiteral("yyyy")));
            grid->setUserDefinedLowerScale(new F(F::Month, QStringLiteral("MMM")));
        } else {
            grid->setUserDefinedUpperScale(new F(F::Month, QStringLiteral("MMMM yyyy")));
            grid->setUserDefinedLowerScale(new F(lowerRange, wanted == DayScale ? QStringLiteral("d") : QStringLiteral("d MMM")));
        }
    }
    if (!qFuzzyCompare(grid->dayWidth(), dayWidth))
        grid->setDayWidth(dayWidth);
}

void TimelineZoom::setLevel(Level level)
{
    const auto [keep, place] = anchor();
    m_level = level;
    if (const int i = m_combo->findData(int(level)); i >= 0)
        m_combo->setCurrentIndex(i);
    else
        m_combo->setCurrentIndex(-1); // zoomed by hand: none of the levels
    switch (level) {
    case Level::Fit:
        fit(m_first, m_last, m_periodStart, m_periodEnd);
        scrollToToday();
        return;
    case Level::Days:
        applyDayWidth(DaysWidth);
        break;
    case Level::Weeks:
        applyDayWidth(WeeksWidth);
        break;
    case Level::Months:
        applyDayWidth(MonthsWidth);
        break;
    case Level::Custom:
        return;
    }
    scrollTo(keep.isValid() ? keep : utcMidnight(m_today), place);
}

void TimelineZoom::zoomBy(double factor)
{
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    if (!grid)
        return;
    const auto [keep, place] = anchor();
    m_level = Level::Custom;
    m_combo->setCurrentIndex(-1);
    applyDayWidth(grid->dayWidth() * factor);
    scrollTo(keep, place);
}

std::pair<QDateTime, double> TimelineZoom::anchor() const
{
    // Today where it is in view, else the middle of the chart: it stays put while zooming.
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    if (!grid)
        return {};
    const KGantt::GraphicsView *chart = m_view->graphicsView();
    const QRectF shown = chart->mapToScene(chart->viewport()->rect()).boundingRect();
    const QDateTime today = utcMidnight(m_today);
    const qreal x = grid->mapFromDateTime(today);
    if (shown.width() > 0 && x >= shown.left() && x <= shown.right())
        return {today, (x - shown.left()) / shown.width()};
    return {grid->mapToDateTime(shown.center().x()), 0.5};
}

void TimelineZoom::scrollTo(const QDateTime &when, double place)
{
    // After a zoom KGantt sizes its scene anew in the next turn of the event loop: scroll then.
    QTimer::singleShot(0, this, [this, when, place] { scrollNow(when, place); });
}

void TimelineZoom::scrollNow(const QDateTime &when, double place)
{
    auto *grid = qobject_cast<KGantt::DateTimeGrid *>(m_view->grid());
    if (!grid || !when.isValid())
        return;
    KGantt::GraphicsView *chart = m_view->graphicsView();
    // Scene x of the date, put at @p place of the width shown.
    const qreal x = grid->mapFromDateTime(when);
    QScrollBar *bar = chart->horizontalScrollBar();
    const qreal left = chart->mapToScene(QPoint(0, 0)).x();
    bar->setValue(bar->value() + int(x - left - place * chart->viewport()->width()));
}

void TimelineZoom::scrollToToday()
{
    // Today a third from the left: what is coming matters more than what was.
    scrollNow(utcMidnight(m_today), 1.0 / 3.0);
}

bool TimelineZoom::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel zooms the chart instead of scrolling it.
    if (event->type() == QEvent::Wheel && watched == m_viewport) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (const int dy = wheel->angleDelta().y(); dy != 0)
                zoomBy(dy > 0 ? 1.25 : 0.8);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Views
