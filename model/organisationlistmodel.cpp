#include "organisationlistmodel.h"

#include "text.h"

#include <algorithm>

namespace Model {

OrganisationListModel::OrganisationListModel(OrganisationRepository *repository, ChangeNotifier *notifier,
                                             QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_request(this)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::Organisations))
                reload();
        });
    }
}

void OrganisationListModel::reload()
{
    m_request.start(m_repository->organisations(), [this](const Result<QList<Organisation>> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        QList<Organisation> rows = result.value();
        QStringList keys;
        keys.reserve(rows.size());
        std::sort(rows.begin(), rows.end(), [](const Organisation &a, const Organisation &b) {
            return sortKey(a.name) < sortKey(b.name);
        });
        for (const auto &o : rows)
            keys.append(sortKey(o.name));
        beginResetModel();
        m_rows = std::move(rows);
        m_keys = std::move(keys);
        endResetModel();
        Q_EMIT loaded();
    });
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return dataOf(m_rows.at(index.row()), m_keys.at(index.row()), role);
}

QVariant OrganisationListModel::dataOf(const Organisation &o, const QString &sortKey, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return o.name;
    case Qt::ToolTipRole:
        return o.municipalityCode.isEmpty() ? displayName(o.kind)
                                            : tr("%1, %2").arg(displayName(o.kind), o.municipalityCode);
    case OrganisationRole:
        return QVariant::fromValue(o);
    case IdRole:
        return o.id;
    case KindRole:
        return int(o.kind);
    case KindTextRole:
        return displayName(o.kind);
    case CodeRole:
        return o.municipalityCode;
    case SortKeyRole:
        return sortKey;
    }
    return {};
}

QModelIndex OrganisationListModel::indexOf(const QUuid &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row);
    }
    return {};
}

} // namespace Model
