#pragma once

#include "model/result.h"
#include "model/types.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Who takes part in a project, and who holds its regie when: saving and
/// removing participations, handing the lead over (and back), the lead terms.
class ParticipationStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ParticipationStore(WriteContext &context)
        : m_context(context)
    { }

    Model::Result<QList<Model::Participation>> participations(const QUuid &projectId);
    Model::Result<Model::Participation> saveParticipation(const Model::Participation &participation);
    Model::Status setParticipationDeleted(const QUuid &id, bool deleted);
    Model::Status handOverLead(const Model::LeadHandOver &handOver);
    Model::Status revertHandOver(const Model::LeadHandOver &handOver);
    Model::Result<QList<Model::LeadTerm>> leadHistory(const QUuid &projectId);

    Model::Result<Model::Participation> participation(const QUuid &id);
    /// The current lead participation; NotFound for a project without one.
    Model::Result<Model::Participation> currentLead(const QUuid &projectId);
    /// Inside a transaction: the rows as given, their stamps kept where set.
    Model::Status insertParticipation(const Model::Participation &participation);
    Model::Status insertLeadTerm(const Model::LeadTerm &term);

private:
    Model::Status setRole(const QUuid &projectId, const QUuid &organisationId, Model::ParticipationRole role);

    WriteContext &m_context;
};

} // namespace Store
