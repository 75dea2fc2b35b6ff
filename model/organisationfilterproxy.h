#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace Model {

/// Filters organisations by a search text (ignoring case and accents) and
/// can leave out some, such as those already taking part in a project.
class OrganisationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrganisationFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setExcluded(const QSet<QUuid> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
    QSet<QUuid> m_excluded;
};

} // namespace Model
