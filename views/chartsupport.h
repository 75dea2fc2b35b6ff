#pragma once

#include <QChart>
#include <QChartView>

namespace Views {

/// Shows @p chart in @p view and deletes the chart shown before: QChartView
/// gives up ownership of the old chart without deleting it.
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace Views
