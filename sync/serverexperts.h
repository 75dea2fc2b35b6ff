#pragma once

#include <QStringList>

/// Server step 10: who may be asked about what (knowledge_expert) and how
/// often items are opened (knowledge_consultation), with their rules
/// (docs/SYNC.md, Rights). An offer is read by every user and written only
/// by the person's own organisation; a consultation is only ever added, by
/// the pusher's organisation, for an item it may read, and read by those
/// who may read its item.
namespace Sync::ServerExperts {

QStringList statements();

} // namespace Sync::ServerExperts
