#pragma once

#include <QSortFilterProxyModel>

namespace Model {

/// Hides organisations that left the project unless asked to show them, and
/// sorts the lead first.
class ParticipantFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ParticipantFilterProxy(QObject *parent = nullptr);

    bool showFormer() const { return m_showFormer; }
    void setShowFormer(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showFormer = false;
};

} // namespace Model
