#pragma once

#include "plancache.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QUuid>
#include <QVariant>

namespace Model {

/// The shared mechanics of a table that lists rows of one PlanCache part
/// (each Row has an `id`): the counts, the row and id roles, and taking the
/// part's rows again whenever the cache answers or shows another project.
/// A subclass says where its rows come from, what its cells and headers
/// show, and adds its own roles from FirstOwnRole.
///
/// Fresh rows are taken with the smallest signal: the same ids in the same
/// order change the data in place; the old ids followed by new ones insert
/// those at the end (the old rows change in place); anything else resets.
template<typename Row>
class PlanTableModel : public QAbstractTableModel
{
public:
    enum Roles { ObjectRole = Qt::UserRole + 1, IdRole, FirstOwnRole };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == ObjectRole)
            return QVariant::fromValue(row);
        if (role == IdRole)
            return row.id;
        return cell(row, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnCount)
            return {};
        return header(section);
    }

    const QList<Row> &rows() const { return m_rows; }

    /// The row of @p id, or -1.
    int rowOf(const QUuid &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

protected:
    /// Follows @p part of @p cache. The subclass calls refresh() once it is
    /// built (its rowsFrom() cannot be called from here).
    PlanTableModel(PlanCache *cache, PlanCache::Part part, int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_cache(cache)
        , m_columnCount(columnCount)
    {
        connect(cache, &PlanCache::projectChanged, this, [this] { refresh(); });
        connect(cache, &PlanCache::changed, this, [this, part](PlanCache::Part changed) {
            if (changed == part)
                refresh();
        });
    }

    /// The rows to show, in order, from what @p cache holds now.
    virtual QList<Row> rowsFrom(const PlanCache &cache) const = 0;
    /// What @p column of @p row shows in @p role (never ObjectRole or IdRole).
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    virtual QString header(int column) const = 0;

    /// Takes the rows again from the cache.
    void refresh() { setRows(rowsFrom(*m_cache)); }

    /// A date as the lists write it.
    static QString shortDate(const QDate &date) { return QLocale().toString(date, QLocale::ShortFormat); }

private:
    void setRows(QList<Row> fresh)
    {
        const int old = int(m_rows.size());
        bool kept = fresh.size() >= old;
        for (int i = 0; kept && i < old; ++i)
            kept = fresh.at(i).id == m_rows.at(i).id;
        if (!kept) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        if (fresh.size() > old) {
            // The old rows change after the insert, not during it.
            beginInsertRows({}, old, int(fresh.size()) - 1);
            m_rows.append(fresh.mid(old));
            endInsertRows();
        }
        m_rows = std::move(fresh);
        if (old > 0)
            Q_EMIT dataChanged(index(0, 0), index(old - 1, m_columnCount - 1));
    }

    PlanCache *m_cache;
    const int m_columnCount;
    QList<Row> m_rows;
};

} // namespace Model
