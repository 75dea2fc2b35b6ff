#include "participantfilterproxy.h"

#include "participantsmodel.h"
#include "text.h"

namespace Model {

ParticipantFilterProxy::ParticipantFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(0);
}

void ParticipantFilterProxy::setShowFormer(bool show)
{
    if (show == m_showFormer)
        return;
    m_showFormer = show;
    invalidateRowsFilter();
}

bool ParticipantFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showFormer)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ParticipantsModel::IsCurrentRole).toBool();
}

bool ParticipantFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Current before former, the lead first, then by name.
    const bool leftCurrent = left.data(ParticipantsModel::IsCurrentRole).toBool();
    const bool rightCurrent = right.data(ParticipantsModel::IsCurrentRole).toBool();
    if (leftCurrent != rightCurrent)
        return leftCurrent;
    const bool leftLead = left.data(ParticipantsModel::IsLeadRole).toBool();
    const bool rightLead = right.data(ParticipantsModel::IsLeadRole).toBool();
    if (leftLead != rightLead)
        return leftLead;
    const QString l = sortKey(left.sibling(left.row(), ParticipantsModel::OrganisationColumn).data().toString());
    const QString r = sortKey(right.sibling(right.row(), ParticipantsModel::OrganisationColumn).data().toString());
    return l < r;
}

} // namespace Model
