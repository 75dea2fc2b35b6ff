#pragma once

#include "model/requestslot.h"
#include "model/reuseoverview.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QProgressBar;
class QTabWidget;
class QTreeWidget;

namespace Model {
class ConsultationRepository;
class KnowledgeRepository;
}

namespace Views {

/// The reuse overview ("jatprijs"): the most reused items, the
/// organisations that reuse most and that are reused most, the time from
/// publication to first reuse, items much consulted but never reused, and
/// the reasons for not reusing. "Export…" writes it as CSV.
///
/// The overview is counted on a worker thread (compute()) while the dialog
/// shows that it is busy; when the data changes before the count is done,
/// the newer count is shown and the older one dropped.
///
/// objectNames: "reuseOverviewDialog", "overviewTabs", "mostReusedList",
/// "reusingList", "reusedList", "firstReuseList", "consultedList",
/// "reasonsList", "medianLabel", "overviewBusy", "exportButton".
class ReuseOverviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReuseOverviewDialog(QWidget *parent = nullptr);

    /// Where reload() reads: the items and reuse records, how often items
    /// were opened (may be null), and the organisations' names.
    struct Sources {
        Model::KnowledgeRepository *knowledge = nullptr;
        Model::ConsultationRepository *consultations = nullptr;
        std::function<QHash<QUuid, QString>()> organisationNames;
    };
    void setSources(const Sources &sources) { m_sources = sources; }
    /// Reads the data on the store's worker and counts it (compute()); a
    /// newer reload supersedes an older one still reading.
    void reload();

    /// Counts the overview of @p input off the GUI thread, then shows it.
    void compute(const Model::ReuseOverviewInput &input);
    /// A count is running; what is shown (if anything) is older.
    bool isBusy() const { return m_isBusy; }
    void setOverview(const Model::ReuseOverview &overview);
    /// Says that the data is being read (busy) before compute() is called.
    void setBusy(bool busy);
    /// Says that the overview cannot be counted, and why.
    void fail(const QString &message);
    const Model::ReuseOverview &overview() const { return m_overview; }
    /// Writes the CSV to @p path; returns an error message, empty on success.
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    /// The newest count is shown.
    void overviewShown();

private:
    void exportAsked();

    Sources m_sources;
    Model::RequestSlot m_read{this};
    Model::ReuseOverview m_overview;
    QTabWidget *m_tabs;
    QLabel *m_median;
    QProgressBar *m_busy;
    QPushButton *m_export;
    quint64 m_job = 0; ///< the newest count asked for; older answers are dropped
    bool m_isBusy = false;
    QTreeWidget *m_mostReused;
    QTreeWidget *m_reusing;
    QTreeWidget *m_reused;
    QTreeWidget *m_firstReuse;
    QTreeWidget *m_consulted;
    QTreeWidget *m_reasons;
};

} // namespace Views
