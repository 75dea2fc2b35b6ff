#include "knowledgesearchmodel.h"

#include "knowledgetext.h"

namespace Model {

namespace {

constexpr int SnippetLength = 220;

QString plainSnippet(const KnowledgeItem &item)
{
    QString text = (item.summary.trimmed().isEmpty() ? item.body : item.summary).simplified();
    if (text.size() > SnippetLength)
        text = text.left(SnippetLength).trimmed() + QChar(0x2026);
    return text.toHtmlEscaped();
}

} // namespace

QList<KnowledgeHit> recentHits(const QList<KnowledgeItem> &items, int limit)
{
    QList<KnowledgeHit> hits;
    for (const KnowledgeItem &item : items) {
        if (hits.size() >= limit)
            break;
        if (item.meta.deleted || item.kind == KnowledgeKind::Answer)
            continue;
        hits.append({item.id, item.title, item.kind, item.organisationId, plainSnippet(item), 0});
    }
    return hits;
}

KnowledgeSearchModel::KnowledgeSearchModel(KnowledgeRepository *repository, ChangeNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_request(this)
    , m_serverRequest(this)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::Knowledge))
                reload();
        });
    }
}

void KnowledgeSearchModel::setSearch(const KnowledgeSearch &search)
{
    m_search = search;
    reload();
}

void KnowledgeSearchModel::setOrganisationNames(const QHash<QUuid, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OrganisationNameRole});
}

void KnowledgeSearchModel::reload()
{
    m_serverRequest.reset();
    const auto answer = [this](const Result<QList<KnowledgeHit>> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        show(result.value());
        askServer();
    };
    if (m_search.text.trimmed().isEmpty()) {
        // The most recently changed items, read as a short list (no bodies).
        KnowledgeFilter filter;
        filter.kinds = m_search.kinds;
        if (filter.kinds.isEmpty()) {
            filter.kinds = {KnowledgeKind::Lesson, KnowledgeKind::Practice, KnowledgeKind::Document,
                            KnowledgeKind::Question};
        }
        filter.kinds.removeAll(KnowledgeKind::Answer);
        filter.organisationId = m_search.organisationId;
        filter.topic = m_search.topic;
        filter.limit = RecentLimit;
        filter.fullBodies = false;
        m_request.start(m_repository->knowledgeItems(filter).then([](const Result<QList<KnowledgeItem>> &r) {
            if (!r.ok())
                return Result<QList<KnowledgeHit>>(r.error());
            return Result<QList<KnowledgeHit>>(recentHits(r.value(), RecentLimit));
        }),
                        answer);
        return;
    }
    m_request.start(m_repository->searchKnowledge(m_search), answer);
}

void KnowledgeSearchModel::show(const QList<KnowledgeHit> &hits)
{
    beginResetModel();
    m_rows = hits;
    endResetModel();
    Q_EMIT loaded();
}

void KnowledgeSearchModel::askServer()
{
    // The server's hits name their kind and organisation, not their topics or
    // dates: a search filtered by those stays on the laptop.
    if (!m_server || !m_server->isAvailable() || m_search.text.trimmed().isEmpty() || !m_search.topic.isEmpty()
        || m_search.from.isValid() || m_search.until.isValid())
        return;
    m_serverRequest.start(m_server->searchServer(m_search.text, m_search.limit),
                          [this](const Result<QList<KnowledgeHit>> &result) {
                              if (!result.ok()) {
                                  Q_EMIT serverFailed(result.error().message);
                                  return;
                              }
                              addFromServer(result.value());
                          });
}

void KnowledgeSearchModel::addFromServer(const QList<KnowledgeHit> &hits)
{
    QList<KnowledgeHit> added;
    for (KnowledgeHit h : hits) {
        if (rowOf(h.itemId) >= 0 || h.kind == KnowledgeKind::Answer
            || (!m_search.kinds.isEmpty() && !m_search.kinds.contains(h.kind))
            || (!m_search.organisationId.isNull() && h.organisationId != m_search.organisationId))
            continue;
        h.onServer = true;
        added.append(h);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    Q_EMIT serverLoaded(int(added.size()));
}

int KnowledgeSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KnowledgeSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeHit &h = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.title;
    case Qt::ToolTipRole:
        if (h.onServer)
            return tr("%1 — %2, on the server").arg(displayName(h.kind), m_names.value(h.organisationId));
        return tr("%1 — %2").arg(displayName(h.kind), m_names.value(h.organisationId));
    case IdRole:
        return h.itemId;
    case SnippetRole:
        return h.snippet;
    case KindRole:
        return int(h.kind);
    case OrganisationIdRole:
        return h.organisationId;
    case OrganisationNameRole:
        return m_names.value(h.organisationId);
    case RankRole:
        return h.rank;
    case OnServerRole:
        return h.onServer;
    case WhereRole:
        return h.onServer ? tr("on the server") : QString();
    }
    return {};
}

QHash<int, QByteArray> KnowledgeSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SnippetRole, "snippet");
    names.insert(KindRole, "kind");
    names.insert(OrganisationIdRole, "organisationId");
    names.insert(OrganisationNameRole, "organisationName");
    names.insert(RankRole, "rank");
    names.insert(OnServerRole, "onServer");
    names.insert(WhereRole, "where");
    return names;
}

int KnowledgeSearchModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).itemId == id)
            return i;
    }
    return -1;
}

} // namespace Model
