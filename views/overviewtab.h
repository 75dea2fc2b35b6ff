#pragma once

#include "model/types.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Model {
class LeadHistoryModel;
}

namespace Views {

/// What the project is about (ambition, purpose, urgency), its status and
/// period, and who held the regie when.
///
/// objectNames: "overviewTab", "ambitionLabel", "purposeLabel",
/// "urgencyLabel", "statusLabel", "periodLabel", "leadHistoryList".
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    /// The tab does not own @p model.
    void setLeadHistoryModel(Model::LeadHistoryModel *model);
    void setProject(const Model::Project &project);
    void clear();

private:
    QLabel *m_ambition;
    QLabel *m_purpose;
    QLabel *m_urgency;
    QLabel *m_status;
    QLabel *m_period;
    QListView *m_leadHistory;
};

} // namespace Views
