#pragma once

#include "repository.h"
#include "requestslot.h"
#include "types.h"

#include <QAbstractTableModel>

namespace Model {

/// The organisations taking part in one project, former ones included, with
/// what each brings and gets (halen en brengen).
class ParticipantsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ParticipationRole = Qt::UserRole + 1,
        IdRole,
        OrganisationIdRole,
        IsCurrentRole,
        IsLeadRole,
    };
    enum Columns { OrganisationColumn, RoleColumn, BringsColumn, GetsColumn, PrioritiesColumn, MandateColumn,
                   JoinedColumn, LeftColumn, ColumnCount };

    ParticipantsModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    QUuid projectId() const { return m_projectId; }
    void setProjectId(const QUuid &projectId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Participation> &participations() const { return m_rows; }
    /// The current lead's participation, or nullptr.
    const Participation *currentLead() const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void load();
    void onChanged(const ChangeSet &changes);

    ProjectRepository *m_repository;
    QUuid m_projectId;
    QList<Participation> m_rows;
    RequestSlot m_request;
};

} // namespace Model
