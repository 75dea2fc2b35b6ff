#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Organisations, their people, and who works on this laptop (identity()
/// also makes that person the context's actor).
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit OrganisationStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::Organisation>> organisations();
    Model::Result<Model::Organisation> organisation(const QUuid &id);
    Model::Result<Model::Organisation> saveOrganisation(const Model::Organisation &organisation);
    Model::Status setOrganisationDeleted(const QUuid &id, bool deleted);
    Model::Result<QList<Model::Person>> people(const QUuid &organisationId);
    Model::Result<Model::Person> savePerson(const Model::Person &person);
    Model::Result<Model::Identity> identity();
    Model::Result<Model::Identity> setIdentity(const QUuid &personId);

    /// Inside a transaction: the rows as given, their stamps kept where set.
    Model::Status insertOrganisation(const Model::Organisation &organisation);
    Model::Status insertPerson(const Model::Person &person);

private:
    WriteContext &m_context;
};

} // namespace Store
