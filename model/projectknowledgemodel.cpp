#include "projectknowledgemodel.h"

#include "knowledgetext.h"

#include <QLocale>
#include <QSet>

namespace Model {

int adoptingOrganisations(const QList<Reuse> &reuses)
{
    QSet<QUuid> organisations;
    for (const Reuse &r : reuses) {
        if (!r.meta.deleted && (r.status == ReuseStatus::Adopted || r.status == ReuseStatus::Adapted))
            organisations.insert(r.organisationId);
    }
    return int(organisations.size());
}

ProjectKnowledgeModel::ProjectKnowledgeModel(KnowledgeRepository *repository, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_itemRequest(this)
    , m_reuseRequest(this)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::Knowledge))
                reload();
        });
    }
}

void ProjectKnowledgeModel::setProjectId(const QUuid &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    beginResetModel();
    m_items.clear();
    m_reuseCounts.clear();
    endResetModel();
    reload();
}

void ProjectKnowledgeModel::reload()
{
    if (m_projectId.isNull() || !m_repository) {
        m_itemRequest.reset();
        m_reuseRequest.reset();
        return;
    }
    KnowledgeFilter filter;
    filter.projectId = m_projectId;
    filter.kinds = {KnowledgeKind::Lesson, KnowledgeKind::Practice, KnowledgeKind::Document, KnowledgeKind::Question};
    filter.fullBodies = false;
    m_itemRequest.start(m_repository->knowledgeItems(filter), [this](const Result<QList<KnowledgeItem>> &r) {
        if (!r.ok()) {
            Q_EMIT failed(r.error().message);
            return;
        }
        takeItems(r.value());
        countReuse();
    });
}

void ProjectKnowledgeModel::takeItems(QList<KnowledgeItem> items)
{
    items.removeIf([](const KnowledgeItem &i) { return i.meta.deleted; });
    bool sameRows = items.size() == m_items.size();
    for (qsizetype i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).id == m_items.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const KnowledgeItem &was = m_items.at(i);
        const KnowledgeItem &now = items.at(i);
        const bool changed = was.title != now.title || was.kind != now.kind || was.status != now.status
            || was.summary != now.summary;
        m_items[i] = now;
        if (changed)
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void ProjectKnowledgeModel::countReuse()
{
    if (m_items.isEmpty()) {
        m_reuseRequest.reset();
        m_reuseCounts.clear();
        Q_EMIT loaded();
        return;
    }
    QList<QFuture<Result<QList<Reuse>>>> reads;
    QList<QUuid> ids;
    for (const KnowledgeItem &item : std::as_const(m_items)) {
        reads.append(m_repository->reuses(item.id));
        ids.append(item.id);
    }
    auto counted = QtFuture::whenAll(reads.begin(), reads.end()) // (not const: whenAll attaches to each)
                       .then([ids](const QList<QFuture<Result<QList<Reuse>>>> &answers) {
                           QHash<QUuid, int> counts;
                           for (qsizetype i = 0; i < answers.size() && i < ids.size(); ++i) {
                               if (answers.at(i).resultCount() == 0)
                                   continue;
                               const Result<QList<Reuse>> r = answers.at(i).result();
                               if (r.ok())
                                   counts.insert(ids.at(i), adoptingOrganisations(r.value()));
                           }
                           return counts;
                       });
    m_reuseRequest.start(counted, [this](const QHash<QUuid, int> &counts) {
        m_reuseCounts = counts;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, ReuseColumn), index(rowCount() - 1, ReuseColumn));
        Q_EMIT loaded();
    });
}

int ProjectKnowledgeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProjectKnowledgeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectKnowledgeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeItem &item = m_items.at(index.row());
    const int reused = m_reuseCounts.value(item.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title;
        case KindColumn:
            return displayName(item.kind);
        case StatusColumn:
            return displayName(item.status);
        case ReuseColumn:
            return QLocale().toString(reused);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReuseColumn)
            return tr("Taken up by %n organisation(s)", nullptr,
                                               reused);
        return item.summary.isEmpty() ? QVariant() : QVariant(item.summary.toHtmlEscaped());
    case Qt::TextAlignmentRole:
        if (index.column() == ReuseColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case StatusRole:
        return int(item.status);
    case ReuseCountRole:
        return reused;
    }
    return {};
}

QVariant ProjectKnowledgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ReuseColumn:
        return tr("Taken up by");
    }
    return {};
}

int ProjectKnowledgeModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace Model
