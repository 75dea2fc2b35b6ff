#include "contributionsmodel.h"

#include "plancache.h"

#include <QLocale>

namespace Model {

ContributionsModel::ContributionsModel(PlanCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, &ContributionsModel::rebuild);
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Contributions) {
            rebuild();
            Q_EMIT loaded();
        }
    });
    rebuild();
}

void ContributionsModel::rebuild()
{
    beginResetModel();
    m_rows = m_cache->contributions();
    endResetModel();
}

int ContributionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContributionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributionTotal &t = m_rows.at(index.row());
    switch (role) {
    case TotalRole:
        return QVariant::fromValue(t);
    case OrganisationIdRole:
        return t.organisationId;
    case HoursRole:
        return t.hours;
    case Qt::TextAlignmentRole:
        return index.column() == OrganisationColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrganisationColumn:
            return t.organisationName;
        case HoursColumn:
            return QLocale().toString(t.hours, 'g', 6);
        case EntriesColumn:
            return QLocale().toString(t.entries);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ContributionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case HoursColumn:
        return tr("Hours");
    case EntriesColumn:
        return tr("Entries");
    default:
        return {};
    }
}

} // namespace Model
