#pragma once

#include "model/knowledge.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// What organisations did with knowledge items ("jatwerk"): considering,
/// adopted, adapted or not adopted, with why and how it turned out.
class ReuseStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ReuseStore(WriteContext &context)
        : m_context(context)
    { }

    /// The live records of @p itemId, oldest first.
    Model::Result<QList<Model::Reuse>> reuses(const QUuid &itemId);
    /// Validates, then adds or changes the record; answers the row as written.
    Model::Result<Model::Reuse> saveReuse(const Model::Reuse &reuse);
    Model::Status setReuseDeleted(const QUuid &id, bool deleted);

private:
    /// The record @p id as stored, deleted or not; a null id in the answer when there is none.
    Model::Result<Model::Reuse> stored(const QUuid &id);

    WriteContext &m_context;
};

} // namespace Store
