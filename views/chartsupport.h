#pragma once

#include <QChart>
#include <QChartView>
#include <QLocale>

namespace Views {

/// Shows @p chart in @p view and deletes the chart shown before: QChartView
/// gives up ownership of the old chart without deleting it.
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

/// A chart that writes its numbers as the user's locale does ("7,5" and
/// "20.000" in Dutch); Qt Charts uses the C locale unless told.
inline QChart *newChart()
{
    auto *chart = new QChart;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

} // namespace Views
