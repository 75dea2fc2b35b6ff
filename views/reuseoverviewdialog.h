#pragma once

#include "model/reuseoverview.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace Views {

/// The reuse overview ("jatprijs"): the most reused items, the
/// organisations that reuse most and that are reused most, the time from
/// publication to first reuse, items much consulted but never reused, and
/// the reasons for not reusing. "Export…" writes it as CSV.
///
/// objectNames: "reuseOverviewDialog", "overviewTabs", "mostReusedList",
/// "reusingList", "reusedList", "firstReuseList", "consultedList",
/// "reasonsList", "medianLabel", "exportButton".
class ReuseOverviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReuseOverviewDialog(QWidget *parent = nullptr);

    void setOverview(const Model::ReuseOverview &overview);
    /// Writes the CSV to @p path; returns an error message, empty on success.
    QString exportTo(const QString &path) const;

private:
    void exportAsked();

    Model::ReuseOverview m_overview;
    QTabWidget *m_tabs;
    QLabel *m_median;
    QTreeWidget *m_mostReused;
    QTreeWidget *m_reusing;
    QTreeWidget *m_reused;
    QTreeWidget *m_firstReuse;
    QTreeWidget *m_consulted;
    QTreeWidget *m_reasons;
};

} // namespace Views
