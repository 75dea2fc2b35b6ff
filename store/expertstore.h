#pragma once

#include "model/expertoffer.h"
#include "model/result.h"

#include <QCoreApplication>

namespace Store {

class WriteContext;

/// Who says they may be asked about which topics: one offer per person,
/// its topics one per line, withdrawn as a tombstone and brought back by
/// offering again (Model::ExpertRepository).
class ExpertStore
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit ExpertStore(WriteContext &context)
        : m_context(context)
    { }

    /// Every live offer, by person.
    Model::Result<QList<Model::ExpertOffer>> expertOffers();
    /// Validates, then writes the person's offer (see ExpertRepository).
    Model::Result<Model::ExpertOffer> saveExpertOffer(const Model::ExpertOffer &offer);

private:
    /// The offer @p id as stored, withdrawn or not; a null id in the answer when there is none.
    Model::Result<Model::ExpertOffer> stored(const QUuid &id);

    WriteContext &m_context;
};

} // namespace Store
