#pragma once

#include "knowledgerepository.h"
#include "repository.h"
#include "requestslot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Model {

/// The knowledge a project shared: its live items (lessons, practices,
/// documents, questions; answers stay under their question) with their
/// kind, status and how many organisations took each up. Follows the change
/// notices of the knowledge base; rows that only changed are updated in
/// place, so a view keeps its selection.
class ProjectKnowledgeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole, ///< Model::KnowledgeKind as int
        StatusRole, ///< Model::KnowledgeStatus as int
        ReuseCountRole, ///< organisations that adopted or adapted it
    };
    enum Column { TitleColumn, KindColumn, StatusColumn, ReuseColumn, ColumnCount };

    ProjectKnowledgeModel(KnowledgeRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    void setProjectId(const QUuid &projectId);
    QUuid projectId() const { return m_projectId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of item @p id, or -1.
    int rowOf(const QUuid &id) const;
    const QList<KnowledgeItem> &items() const { return m_items; }
    bool isLoading() const { return m_itemRequest.isPending() || m_reuseRequest.isPending(); }

Q_SIGNALS:
    /// The items and their reuse counts are in.
    void loaded();
    void failed(const QString &message);

private:
    void takeItems(QList<KnowledgeItem> items);
    void countReuse();

    KnowledgeRepository *m_repository;
    QUuid m_projectId;
    QList<KnowledgeItem> m_items;
    QHash<QUuid, int> m_reuseCounts;
    RequestSlot m_itemRequest;
    RequestSlot m_reuseRequest;
};

/// How many organisations took an item up (adopted or adapted it) in @p reuses.
int adoptingOrganisations(const QList<Reuse> &reuses);

} // namespace Model
