#include "diffusionchart.h"

#include "chartsupport.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <array>

namespace Views {

namespace {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QColor groupColour(Model::AdopterGroup group)
{
    // Breeze's palette, from warm (first) to cool (last).
    static const std::array<QColor, 5> colours{QColor(0xda, 0x44, 0x53), QColor(0xf6, 0x74, 0x00),
                                               QColor(0xfd, 0xbc, 0x4b), QColor(0x1d, 0x99, 0xf3),
                                               QColor(0x7f, 0x8c, 0x8d)};
    return colours.at(size_t(group));
}

} // namespace

QChart *diffusionChart(const QList<Model::DiffusionPoint> &points)
{
    QChart *chart = newChart();
    chart->setTitle(QCoreApplication::translate("Views", "Organisations that took it up"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *steps = new QLineSeries(chart);
    steps->setObjectName(QStringLiteral("adopters"));
    steps->setName(QCoreApplication::translate("Views", "Adopters"));
    std::array<QScatterSeries *, 5> groups{};
    int previous = 0;
    for (const Model::DiffusionPoint &p : points) {
        steps->append(msecs(p.date), previous);
        steps->append(msecs(p.date), p.adopters);
        previous = p.adopters;
        QScatterSeries *&g = groups.at(size_t(p.group));
        if (!g) {
            g = new QScatterSeries(chart);
            g->setObjectName(QStringLiteral("group%1").arg(int(p.group)));
            g->setName(Model::adopterGroupName(p.group));
            g->setColor(groupColour(p.group));
            g->setMarkerSize(9);
        }
        g->append(msecs(p.date), p.adopters);
    }
    // The line runs on to today, so a plateau shows as one.
    const QDate today = QDate::currentDate();
    if (!points.isEmpty() && points.last().date < today)
        steps->append(msecs(today), previous);

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    y->setMax(std::max(1, previous) + 1);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickInterval(std::max(1, (previous + 5) / 5));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(steps);
    steps->attachAxis(x);
    steps->attachAxis(y);
    chart->legend()->markers(steps).value(0)->setVisible(false);
    for (QScatterSeries *g : groups) {
        if (!g)
            continue;
        chart->addSeries(g);
        g->attachAxis(x);
        g->attachAxis(y);
    }
    QDate from = today.addMonths(-6);
    QDate until = today;
    if (!points.isEmpty()) {
        from = points.first().date.addDays(-14);
        until = std::max(today, points.last().date.addDays(14));
    }
    x->setRange(from.startOfDay(), until.startOfDay());
    // Months repeat as labels over a short span: name the days there.
    x->setFormat(from.daysTo(until) < 120 ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    return chart;
}

} // namespace Views
