#include "ownentries.h"

#include "model/synctables.h"

namespace Sync {

namespace {
QString text(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}
} // namespace

OwnEntries::OwnEntries(const Store::LocalPerson &local, const QUuid &serverPerson, const QUuid &serverOrganisation)
    : m_serverPerson(text(serverPerson))
    , m_serverOrganisation(text(serverOrganisation))
{
    // Without the server's identity nothing is rewritten.
    if (m_serverPerson.isEmpty())
        return;
    m_localPerson = local.person;
    m_localOrganisation = local.organisation;
}

void OwnEntries::adopt(const Model::SyncSchema::Table &table, const QString &op, QJsonObject &fields) const
{
    using Model::SyncSchema::Rights;
    if (m_localPerson.isEmpty() || m_localPerson == m_serverPerson || op != QLatin1String("insert")
        || table.rights == Rights::LeadEdits)
        return;
    const QString person = QStringLiteral("person_id");
    const QString organisation = QStringLiteral("organisation_id");
    if (fields.value(person).toString() != m_localPerson)
        return;
    fields.insert(person, m_serverPerson);
    if (fields.contains(organisation) && fields.value(organisation).toString() == m_localOrganisation)
        fields.insert(organisation, m_serverOrganisation);
}

} // namespace Sync
