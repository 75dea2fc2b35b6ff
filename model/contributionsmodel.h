#pragma once

#include "plan.h"

#include <QAbstractTableModel>

namespace Model {

class PlanCache;

/// Who contributes what: the hours and entries per organisation in the
/// progress entries the PlanCache's filter selects, most hours first.
class ContributionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { TotalRole = Qt::UserRole + 1, OrganisationIdRole, HoursRole };
    enum Columns { OrganisationColumn, HoursColumn, EntriesColumn, ColumnCount };

    explicit ContributionsModel(PlanCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ContributionTotal> &totals() const { return m_rows; }

Q_SIGNALS:
    void loaded();

private:
    void rebuild();

    PlanCache *m_cache;
    QList<ContributionTotal> m_rows;
};

} // namespace Model
