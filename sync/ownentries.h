#pragma once

#include "store/syncpassledger.h"

#include <QJsonObject>
#include <QUuid>

namespace Model::SyncSchema {
struct Table;
}

namespace Sync {

/// Hours, measurements and comments a laptop logged in its user's name
/// before it knew who the server says that user is: the server takes them
/// only in the pushing user's own person and organisation (server step 5).
/// Read once per push; rewrites the fields of such inserts as they are sent.
/// The local rows follow when the pull brings the server's rows back.
class OwnEntries
{
public:
    /// @p local: who works here (SyncPassLedger::me()); @p serverPerson and
    /// @p serverOrganisation: the handshake's identity.
    OwnEntries(const Store::LocalPerson &local, const QUuid &serverPerson, const QUuid &serverOrganisation);

    /// @p fields as the server's JSON, for an @p op of @p table.
    void adopt(const Model::SyncSchema::Table &table, const QString &op, QJsonObject &fields) const;

private:
    QString m_localPerson, m_localOrganisation, m_serverPerson, m_serverOrganisation;
};

} // namespace Sync
