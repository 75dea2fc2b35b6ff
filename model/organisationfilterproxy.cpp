#include "organisationfilterproxy.h"

#include "organisationlistmodel.h"
#include "text.h"

namespace Model {

OrganisationFilterProxy::OrganisationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void OrganisationFilterProxy::setSearchText(const QString &text)
{
    const QString needle = sortKey(text);
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void OrganisationFilterProxy::setExcluded(const QSet<QUuid> &ids)
{
    if (ids == m_excluded)
        return;
    m_excluded = ids;
    invalidateRowsFilter();
}

bool OrganisationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_excluded.contains(index.data(OrganisationListModel::IdRole).toUuid()))
        return false;
    if (m_needle.isEmpty())
        return true;
    return index.data(OrganisationListModel::SortKeyRole).toString().contains(m_needle)
        || index.data(OrganisationListModel::CodeRole).toString().contains(m_needle, Qt::CaseInsensitive);
}

} // namespace Model
