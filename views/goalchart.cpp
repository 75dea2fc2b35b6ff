#include "goalchart.h"

#include "chartsupport.h"

#include "model/goaltrend.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Views {

namespace {

qint64 msecs(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

QChart *goalChart(const Model::Goal &goal, const QList<Model::Measurement> &ms)
{
    const Model::Goal *g = &goal;
    const Model::GoalTrend trend = Model::goalTrend(goal, ms);
    auto *chart = newChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Measurements against baseline, target and trend.
    QDate first = ms.isEmpty() ? QDate::currentDate() : ms.first().measuredOn;
    QDate last = g->due.isValid() ? g->due : (trend.projectedOn.isValid() ? trend.projectedOn : first.addMonths(6));
    if (!ms.isEmpty() && ms.last().measuredOn > last)
        last = ms.last().measuredOn;
    if (last <= first)
        last = first.addMonths(1);
    auto *measured = new QLineSeries(chart);
    measured->setName(QCoreApplication::translate("Views::GoalChart", "Measured"));
    auto *points = new QScatterSeries(chart);
    points->setMarkerSize(8);
    points->setName(QCoreApplication::translate("Views::GoalChart", "Measurement"));
    double low = 0, high = 0;
    bool any = false;
    auto extend = [&](double v) {
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    };
    for (const auto &m : ms) {
        measured->append(double(msecs(m.measuredOn)), m.value);
        points->append(double(msecs(m.measuredOn)), m.value);
        extend(m.value);
    }
    chart->addSeries(measured);
    chart->addSeries(points);
    points->setColor(measured->color());
    auto horizontal = [&](const std::optional<double> &value, const QString &name, const QColor &colour) {
        if (!value)
            return;
        auto *line = new QLineSeries(chart);
        line->setName(name);
        line->append(double(msecs(first)), *value);
        line->append(double(msecs(last)), *value);
        QPen pen(colour);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        extend(*value);
    };
    horizontal(g->baseline, QCoreApplication::translate("Views::GoalChart", "Baseline"), QColor(0x75, 0x75, 0x75));
    horizontal(g->target, QCoreApplication::translate("Views::GoalChart", "Target"), QColor(0x2e, 0x7d, 0x32));
    if (trend.projected && ms.size() >= 2) {
        auto *line = new QLineSeries(chart);
        line->setName(QCoreApplication::translate("Views::GoalChart", "Trend"));
        line->append(double(msecs(trend.firstDate)), trend.interceptDay0);
        line->append(double(msecs(trend.projectedOn)), *trend.projected);
        QPen pen(Model::healthColour(trend.health));
        pen.setStyle(Qt::DotLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        extend(*trend.projected);
        if (trend.projectedOn > last)
            last = trend.projectedOn;
    }
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    const double margin = any ? std::max(1.0, (high - low) * 0.1) : 1.0;
    // A count (homes, people, tonnes) never goes below zero, nor its axis.
    const double bottom = any ? (low >= 0 ? std::max(0.0, low - margin) : low - margin) : 0;
    y->setRange(bottom, any ? high + margin : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    if (bottom >= 0 && y->min() < 0)
        y->setMin(0);
    if (!g->unit.isEmpty())
        y->setTitleText(g->unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Only the line and the reference lines need a legend entry.
    for (QLegendMarker *marker : chart->legend()->markers(points))
        marker->setVisible(false);
    return chart;
}

} // namespace Views
