#include "organisationchoicemodel.h"

#include "dutchpublicbodies.h"
#include "text.h"

#include <QSet>

#include <algorithm>

namespace Model {

namespace {

QString sameBody(const Organisation &o)
{
    // A municipality is the same by its CBS code; anything else by kind and name.
    if (!o.municipalityCode.isEmpty())
        return QLatin1String("code:") + o.municipalityCode.toUpper();
    return QString::number(int(o.kind)) + QLatin1Char(':') + sortKey(o.name);
}

} // namespace

OrganisationChoiceModel::OrganisationChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{
    rebuild();
}

void OrganisationChoiceModel::setKnownOrganisations(OrganisationListModel *known)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_known = known;
    if (known) {
        // The known list resets when it is read again; it never moves rows one by one.
        m_connections = {
            connect(known, &QAbstractItemModel::modelReset, this, &OrganisationChoiceModel::rebuild),
            connect(known, &QAbstractItemModel::rowsInserted, this, &OrganisationChoiceModel::rebuild),
            connect(known, &QAbstractItemModel::rowsRemoved, this, &OrganisationChoiceModel::rebuild),
            connect(known, &QAbstractItemModel::dataChanged, this, &OrganisationChoiceModel::rebuild),
        };
    }
    rebuild();
}

void OrganisationChoiceModel::rebuild()
{
    QList<Row> rows;
    QSet<QString> taken;
    if (m_known) {
        for (const Organisation &o : m_known->organisations()) {
            rows.append({o, sortKey(o.name), true});
            taken.insert(sameBody(o));
            if (o.kind == OrganisationKind::Municipality) // a municipality known without its code still counts
                taken.insert(QString::number(int(o.kind)) + QLatin1Char(':') + sortKey(o.name));
        }
    }
    const int known = int(rows.size());
    for (const Organisation &o : DutchPublicBodies::organisations()) {
        const QString byName = QString::number(int(o.kind)) + QLatin1Char(':') + sortKey(o.name);
        if (!taken.contains(sameBody(o)) && !taken.contains(byName))
            rows.append({o, sortKey(o.name), false});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.key < b.key; });
    beginResetModel();
    m_rows = std::move(rows);
    m_knownCount = known;
    endResetModel();
}

int OrganisationChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrganisationChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KnownRole)
        return row.known;
    return OrganisationListModel::dataOf(row.organisation, row.key, role);
}

QModelIndex OrganisationChoiceModel::indexOfCode(const QString &code) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).organisation.municipalityCode.compare(code, Qt::CaseInsensitive) == 0)
            return index(i);
    }
    return {};
}

} // namespace Model
