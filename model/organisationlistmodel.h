#pragma once

#include "repository.h"
#include "requestslot.h"
#include "types.h"

#include <QAbstractListModel>

namespace Model {

/// Every organisation known to this store, sorted by name in Dutch order.
/// A few thousand at most, so all are held in memory.
class OrganisationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        OrganisationRole = Qt::UserRole + 1,
        IdRole,
        KindRole,
        KindTextRole,
        CodeRole,
        SortKeyRole,
    };

    OrganisationListModel(OrganisationRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// What a row of @p organisation (with its @p sortKey) holds in @p role.
    static QVariant dataOf(const Organisation &organisation, const QString &sortKey, int role);

    void reload();
    QModelIndex indexOf(const QUuid &id) const;
    const QList<Organisation> &organisations() const { return m_rows; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    OrganisationRepository *m_repository;
    QList<Organisation> m_rows;
    QStringList m_keys;
    RequestSlot m_request;
};

} // namespace Model
