#include "serverconvergence.h"

#include "servertrust.h"

namespace Sync::ServerConvergence {

QStringList statements()
{
    return ServerTrust::stampFunction() + ServerTrust::pushFunctions();
}

} // namespace Sync::ServerConvergence
