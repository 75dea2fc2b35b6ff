#pragma once

#include "organisationlistmodel.h"
#include "types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Model {

/// The organisations a new user chooses from: every organisation this
/// laptop knows (an OrganisationListModel) and, beside them, the Dutch
/// provinces and municipalities it does not know yet (DutchPublicBodies),
/// in one list in Dutch order. A known organisation stands for a public body
/// with the same CBS code, or, where it has none, the same kind and name.
///
/// The roles are OrganisationListModel's (so OrganisationFilterProxy filters
/// it); a body not known yet has a null IdRole and KnownRole false, and its
/// OrganisationRole is the organisation to create.
class OrganisationChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        KnownRole = OrganisationListModel::SortKeyRole + 1, ///< bool: already an organisation on this laptop
    };

    explicit OrganisationChoiceModel(QObject *parent = nullptr);

    /// Follows @p known (may be null: only the public bodies).
    void setKnownOrganisations(OrganisationListModel *known);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The row of the public body or organisation with CBS code @p code.
    QModelIndex indexOfCode(const QString &code) const;
    /// How many of the rows are organisations this laptop knows.
    int knownCount() const { return m_knownCount; }

private:
    void rebuild();

    struct Row {
        Organisation organisation;
        QString key; ///< sortKey() of the name
        bool known = false;
    };
    QPointer<OrganisationListModel> m_known;
    QList<QMetaObject::Connection> m_connections;
    QList<Row> m_rows;
    int m_knownCount = 0;
};

} // namespace Model
