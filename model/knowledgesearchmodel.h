#pragma once

#include "knowledgerepository.h"
#include "knowledgeserversearch.h"
#include "repository.h"
#include "requestslot.h"
#include "types.h"

#include <QAbstractListModel>
#include <QHash>

namespace Model {

/// The list the knowledge base shows: the hits of what the user typed, the
/// best first, or, with nothing typed, the items most recently changed.
/// A newer search supersedes one still pending (RequestSlot); a change to
/// the knowledge base runs the current search again. With a server search
/// set and available, a search also asks the server once the laptop's hits
/// are in, and adds after them the hits the laptop does not hold, marked.
class KnowledgeSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SnippetRole, ///< rich text: the matched words in <b>, the rest escaped
        KindRole, ///< Model::KnowledgeKind as int
        OrganisationIdRole,
        OrganisationNameRole,
        RankRole,
        OnServerRole, ///< bool: found only on the server
        WhereRole, ///< "on the server" for such a hit, else empty
    };

    /// With nothing typed, at most this many recent items are listed.
    static constexpr int RecentLimit = 200;

    KnowledgeSearchModel(KnowledgeRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    /// Also asks @p server (may be null: the laptop only).
    void setServerSearch(KnowledgeServerSearch *server) { m_server = server; }
    void setSearch(const KnowledgeSearch &search);
    const KnowledgeSearch &search() const { return m_search; }
    /// Names to show for the organisations of the hits.
    void setOrganisationNames(const QHash<QUuid, QString> &names);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of item @p id, or -1.
    int rowOf(const QUuid &id) const;
    bool isLoading() const { return m_request.isPending() || m_serverRequest.isPending(); }

Q_SIGNALS:
    void loaded();
    /// A search failed; @p message says why, ready to show.
    void failed(const QString &message);
    /// The server answered the current search; @p added hits were new here.
    void serverLoaded(int added);
    /// The server could not be searched; the laptop's hits stay.
    void serverFailed(const QString &message);

private:
    void show(const QList<KnowledgeHit> &hits);
    void askServer();
    void addFromServer(const QList<KnowledgeHit> &hits);

    KnowledgeRepository *m_repository;
    KnowledgeSearch m_search;
    QHash<QUuid, QString> m_names;
    QList<KnowledgeHit> m_rows;
    RequestSlot m_request;
    KnowledgeServerSearch *m_server = nullptr;
    RequestSlot m_serverRequest;
};

/// Hits for items listed without a search: the summary (or the start of the
/// text) as the snippet, escaped.
QList<KnowledgeHit> recentHits(const QList<KnowledgeItem> &items, int limit);

} // namespace Model
