#include "progresslogmodel.h"

#include "plancache.h"

#include <QLocale>

namespace Model {

ProgressLogModel::ProgressLogModel(PlanCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, &ProgressLogModel::rebuild);
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::ProgressLog)
            rebuild();
    });
    rebuild();
}

void ProgressLogModel::rebuild()
{
    // A filter, a new entry or a renamed person: the rows are made again.
    beginResetModel();
    m_rows = m_cache->progress();
    endResetModel();
}

int ProgressLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressEntry &e = m_rows.at(index.row());
    switch (role) {
    case EntryRole:
        return QVariant::fromValue(e);
    case IdRole:
        return e.id;
    case IsCorrectionRole:
        return !e.correctsId.isNull();
    case OrganisationIdRole:
        return e.organisationId;
    case Qt::TextAlignmentRole:
        if (index.column() == HoursColumn || index.column() == PercentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case PersonColumn:
        return e.personName;
    case OrganisationColumn:
        return e.organisationName;
    case HoursColumn:
        return e.hours ? QLocale().toString(*e.hours, 'g', 4) : QString();
    case MilestoneColumn:
        return e.milestoneTitle;
    case PercentColumn:
        return e.percent ? QLocale().toString(*e.percent, 'g', 3) : QString();
    case NoteColumn:
        return e.correctsId.isNull() ? e.note : tr("Correction: %1").arg(e.note);
    default:
        return {};
    }
}

QVariant ProgressLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PersonColumn:
        return tr("Who");
    case OrganisationColumn:
        return tr("Organisation");
    case HoursColumn:
        return tr("Hours");
    case MilestoneColumn:
        return tr("Milestone");
    case PercentColumn:
        return tr("%");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Model
