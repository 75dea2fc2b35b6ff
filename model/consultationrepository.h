#pragma once

#include "result.h"

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QUuid>

namespace Model {

/// How often knowledge items are opened (knowledge_consultation): what the
/// reuse overview's "much consulted, never reused" counts.
class ConsultationRepository
{
public:
    virtual ~ConsultationRepository() = default;

    /// Records that the person working here opened @p itemId on @p day: at
    /// most once per item, person and day (a second opening changes
    /// nothing). Without a person working here nothing is recorded.
    virtual QFuture<Status> recordConsultation(const QUuid &itemId, const QDate &day) = 0;
    /// Per live item, how often organisations other than its own opened it
    /// (each person at most once a day).
    virtual QFuture<Result<QHash<QUuid, int>>> consultationCounts() = 0;
};

} // namespace Model
