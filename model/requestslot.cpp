#include "requestslot.h"

namespace Model {

void RequestSlot::reset()
{
    ++m_token;
    if (m_hasPending && !m_pending.isFinished())
        m_pending.cancel();
    m_pending = {};
    m_hasPending = false;
}

} // namespace Model
