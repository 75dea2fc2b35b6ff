#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// The progress log as the PlanCache's filter selects it, newest first:
/// who logged how many hours for which milestone, corrections marked.
class ProgressLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { EntryRole = Qt::UserRole + 1, IdRole, IsCorrectionRole, OrganisationIdRole };
    enum Columns { DateColumn, PersonColumn, OrganisationColumn, HoursColumn, MilestoneColumn, PercentColumn, NoteColumn,
                   ColumnCount };

    explicit ProgressLogModel(PlanCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ProgressEntry> &entries() const { return m_rows; }

private:
    void rebuild();

    PlanCache *m_cache;
    QList<ProgressEntry> m_rows;
};

} // namespace Model
