#pragma once

#include "meta.h"
#include "validation.h"

#include <QDate>
#include <QMetaType>
#include <QStringList>
#include <QUuid>

namespace Model {

/// A person's offer to be asked about topics ("ik wil hierover gevraagd
/// worden"). One per person: offering more topics, or fewer, changes the
/// same offer; with no topics left it is withdrawn (a tombstone).
struct ExpertOffer {
    QUuid id; ///< expertOfferId(personId)
    QUuid personId;
    QUuid organisationId; ///< the person's organisation, which writes the offer
    QStringList topics; ///< from the shared vocabulary
    QString note; ///< how and when to ask, in the person's words
    QDate since; ///< when the person first offered
    SyncMeta meta;
};

namespace ExpertLimits {
constexpr int NoteLength = 2000;
constexpr int TopicsLength = 4000; ///< all topics together, one per line
}

/// The id of @p personId's offer: the same on every laptop, so that two
/// laptops of one person change one offer instead of making two.
QUuid expertOfferId(const QUuid &personId);
/// The id of @p personId's opening of @p itemId on @p day: at most one
/// consultation per item, person and day, whichever laptop records it.
QUuid consultationId(const QUuid &itemId, const QUuid &personId, const QDate &day);

ValidationIssues validate(const ExpertOffer &offer);

} // namespace Model

Q_DECLARE_METATYPE(Model::ExpertOffer)
