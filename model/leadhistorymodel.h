#pragma once

#include "repository.h"
#include "requestslot.h"
#include "types.h"

#include <QAbstractListModel>

namespace Model {

/// Who held the regie of a project when, newest first.
class LeadHistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { TermRole = Qt::UserRole + 1, IsCurrentRole };

    LeadHistoryModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    void setProjectId(const QUuid &projectId);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    void load();

    ProjectRepository *m_repository;
    QUuid m_projectId;
    QList<LeadTerm> m_rows;
    RequestSlot m_request;
};

} // namespace Model
