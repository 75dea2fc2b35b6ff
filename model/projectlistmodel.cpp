#include "projectlistmodel.h"

#include "async.h"
#include "modellogging.h"
#include "text.h"

namespace Model {

ProjectListModel::ProjectListModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_rowsRequest(this)
    , m_countRequest(this)
{
    m_query.limit = PageSize;
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &ProjectListModel::onChanged);
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectSummary &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole:
        return p.leadName.isEmpty() ? p.name : tr("%1 — regie: %2").arg(p.name, p.leadName);
    case SummaryRole:
        return QVariant::fromValue(p);
    case IdRole:
        return p.id;
    case SloganRole:
        return p.slogan;
    case StatusRole:
        return int(p.status);
    case StatusTextRole:
        return displayName(p.status);
    case LeadNameRole:
        return p.leadName;
    case ClosedRole:
        return isClosed(p.status);
    }
    return {};
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "projectId");
    names.insert(SloganRole, "slogan");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(LeadNameRole, "leadName");
    names.insert(ClosedRole, "closed");
    return names;
}

bool ProjectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ProjectListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    ProjectQuery query = m_query;
    if (!m_rows.isEmpty()) {
        query.afterSortKey = m_rows.constLast().sortKey;
        query.afterId = m_rows.constLast().id;
    }
    // The answer comes through the event loop (a QFutureWatcher's signal),
    // never inside this call, so row changes stay out of a view's handler.
    m_rowsRequest.start(m_repository->findProjects(query), [this](const Result<QList<ProjectSummary>> &result) {
        if (!result.ok()) {
            m_fetching = false;
            m_atEnd = true;
            Q_EMIT failed(result.error().message);
            return;
        }
        const auto &page = result.value();
        m_atEnd = page.size() < m_query.limit;
        // Still fetching while the rows go in: a fetchMore() from a view's
        // rowsInserted handler must not ask for the page after the old last row.
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
        }
        m_fetching = false;
        Q_EMIT loaded();
        if (m_refreshPending) {
            m_refreshPending = false;
            refresh();
        }
    });
}

void ProjectListModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload();
}

void ProjectListModel::setIncludeClosed(bool include)
{
    if (include == m_query.includeClosed)
        return;
    m_query.includeClosed = include;
    reload();
}

QModelIndex ProjectListModel::indexOf(const QUuid &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row);
    }
    return {};
}

void ProjectListModel::reload()
{
    // A newer query supersedes the older one's page and count, even when
    // they still wait in the store's queue (typing "zorg" runs one search).
    m_rowsRequest.reset();
    m_countRequest.reset();
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_fetching = false;
    m_refreshPending = false;
    endResetModel();
    fetchMore({});
    count();
}

void ProjectListModel::count()
{
    m_countRequest.start(m_repository->countProjects(m_query), [this](const Result<int> &result) {
        if (!result.ok())
            return;
        if (m_total != result.value()) {
            m_total = result.value();
            Q_EMIT totalCountChanged(m_total);
        }
    });
}

void ProjectListModel::onChanged(const ChangeSet &changes)
{
    if (!changes.touches(ChangeSet::Projects) && !changes.touches(ChangeSet::Participations)
        && !changes.touches(ChangeSet::Organisations) && !changes.touches(ChangeSet::LeadTerms))
        return;
    if (m_fetching) {
        m_refreshPending = true;
        return;
    }
    refresh();
}

namespace {
int compareKeys(const ProjectSummary &a, const ProjectSummary &b)
{
    if (int c = a.sortKey.compare(b.sortKey))
        return c;
    return a.id.toString().compare(b.id.toString());
}

bool sameContent(const ProjectSummary &a, const ProjectSummary &b)
{
    return a.name == b.name && a.slogan == b.slogan && a.status == b.status && a.leadId == b.leadId
        && a.leadName == b.leadName;
}
}

// Reads the loaded range again and merges it into the rows, so that a view
// keeps its selection and scroll position across edits.
void ProjectListModel::refresh()
{
    // Read a page beyond the loaded rows, so that rows added above the end do
    // not push loaded ones out, then keep only the loaded range (unless all
    // rows were loaded): rows past it are fetched by fetchMore() as before.
    ProjectQuery query = m_query;
    query.limit = int(m_rows.size()) + PageSize;
    const int limit = query.limit;
    m_fetching = true;
    m_rowsRequest.start(m_repository->findProjects(query), [this, limit](const Result<QList<ProjectSummary>> &result) {
        if (!result.ok()) {
            m_fetching = false;
            Q_EMIT failed(result.error().message);
            return;
        }
        QList<ProjectSummary> fresh = result.value();
        bool atEnd = fresh.size() < limit;
        if (!m_atEnd && !m_rows.isEmpty()) {
            const ProjectSummary last = m_rows.constLast();
            while (!fresh.isEmpty() && compareKeys(fresh.constLast(), last) > 0)
                fresh.removeLast();
            atEnd = false;
        }
        applyRefresh(fresh, atEnd);
        m_fetching = false;
        count();
        Q_EMIT loaded();
        if (m_refreshPending) {
            m_refreshPending = false;
            refresh();
        }
    });
}

void ProjectListModel::applyRefresh(const QList<ProjectSummary> &fresh, bool atEnd)
{
    // Both lists are sorted the same way: walk them together. Whatever the
    // comparison says, the rows end up equal to `fresh`.
    int i = 0;
    int j = 0;
    while (j < fresh.size()) {
        if (i >= m_rows.size()) {
            beginInsertRows({}, i, int(i + fresh.size() - j - 1));
            m_rows.append(fresh.mid(j));
            endInsertRows();
            i = int(m_rows.size());
            j = int(fresh.size());
            break;
        }
        const int c = compareKeys(m_rows.at(i), fresh.at(j));
        if (c == 0 && m_rows.at(i).id == fresh.at(j).id) {
            if (!sameContent(m_rows.at(i), fresh.at(j))) {
                m_rows[i] = fresh.at(j);
                Q_EMIT dataChanged(index(i), index(i));
            }
            ++i;
            ++j;
        } else if (c < 0) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(j));
            endInsertRows();
            ++i;
            ++j;
        }
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, i, int(m_rows.size() - 1));
        m_rows.remove(i, m_rows.size() - i);
        endRemoveRows();
    }
    m_atEnd = atEnd;
}

} // namespace Model
