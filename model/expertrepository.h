#pragma once

#include "expertoffer.h"
#include "result.h"

#include <QFuture>
#include <QList>

namespace Model {

/// Who says they may be asked about which topics (knowledge_expert). Like
/// the other repositories every call returns at once and the future
/// finishes in the store's worker thread.
class ExpertRepository
{
public:
    virtual ~ExpertRepository() = default;

    /// Every live offer, of every organisation on the server.
    virtual QFuture<Result<QList<ExpertOffer>>> expertOffers() = 0;
    /// Writes @p offer as the person's offer: new, changed, or (a withdrawn
    /// one, offered again) brought back. An offer without topics is
    /// withdrawn: its row becomes a tombstone. Answers the offer as stored.
    virtual QFuture<Result<ExpertOffer>> saveExpertOffer(const ExpertOffer &offer) = 0;
};

} // namespace Model
