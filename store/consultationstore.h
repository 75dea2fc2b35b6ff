#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QUuid>

namespace Store {

class WriteContext;

/// Openings of knowledge items (knowledge_consultation): only ever added,
/// at most one per item, person and day (Model::ConsultationRepository).
class ConsultationStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ConsultationStore(WriteContext &context)
        : m_context(context)
    { }

    /// Records that the person working here (the actor) opened @p itemId on
    /// @p day. Opened that day already, or nobody working here: nothing changes.
    Model::Status recordConsultation(const QUuid &itemId, const QDate &day);
    /// Per live item, its openings by organisations other than its own.
    Model::Result<QHash<QUuid, int>> consultationCounts();

private:
    WriteContext &m_context;
};

} // namespace Store
