#pragma once

#include "repository.h"
#include "requestslot.h"
#include "types.h"

#include <QAbstractListModel>

namespace Model {

/// The projects matching a query, sorted by name in Dutch order, fetched a
/// page at a time as the view scrolls so that 50,000 projects open at once.
/// Refreshes itself from the ChangeNotifier, keeping rows that did not change.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SummaryRole = Qt::UserRole + 1,
        IdRole,
        SloganRole,
        StatusRole,
        StatusTextRole,
        LeadNameRole,
        ClosedRole,
    };
    static constexpr int PageSize = 200;

    ProjectListModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    bool includeClosed() const { return m_query.includeClosed; }
    void setIncludeClosed(bool include);

    /// Matching projects in the database; -1 until counted.
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_fetching; }
    QModelIndex indexOf(const QUuid &id) const;

    /// Starts again from the first page (also done by the setters).
    void reload();

Q_SIGNALS:
    void totalCountChanged(int total);
    /// A fetch or refresh finished; the rows are in the model.
    void loaded();
    void failed(const QString &message);

private:
    void onChanged(const ChangeSet &changes);
    void refresh();
    void applyRefresh(const QList<ProjectSummary> &fresh, bool atEnd);
    void count();

    ProjectRepository *m_repository;
    ProjectQuery m_query;
    QList<ProjectSummary> m_rows;
    int m_total = -1;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_refreshPending = false;
    RequestSlot m_rowsRequest; // a page or a refresh; one at a time
    RequestSlot m_countRequest;
};

} // namespace Model
