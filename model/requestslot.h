#pragma once

#include "async.h"

#include <QFuture>
#include <QObject>

#include <utility>

namespace Model {

/// One kind of request a model keeps asking its repository (its rows, a
/// count): only the answer to the newest request of the slot is delivered.
///
/// Starting a request supersedes the one still pending: its future is
/// cancelled, so that a store job queued but not yet started is dropped
/// unrun (Store::SqliteStore skips cancelled reads), and an answer that
/// arrives anyway is dropped here, in one place. Use it for reads only;
/// cancelling never undoes a write, but a write's caller should see its answer.
///
/// A slot belongs to its context (a member of the model that passes itself):
/// answers come back in the context's thread, never after it is gone.
class RequestSlot
{
public:
    explicit RequestSlot(QObject *context)
        : m_context(context)
    {
    }
    ~RequestSlot() { reset(); }
    RequestSlot(const RequestSlot &) = delete;
    RequestSlot &operator=(const RequestSlot &) = delete;

    /// Watches @p future as the slot's newest request and calls @p handler
    /// with its result, unless another request was started (or reset()
    /// called) before the answer came.
    template<typename T, typename F>
    void start(const QFuture<T> &future, F &&handler)
    {
        reset();
        const quint64 token = m_token;
        m_pending = QFuture<void>(future);
        m_hasPending = true;
        Model::onResult(future, m_context,
                        [this, token, handler = std::forward<F>(handler)](const T &result) mutable {
                            if (token != m_token)
                                return;
                            m_pending = {};
                            m_hasPending = false;
                            handler(result);
                        });
    }

    /// Drops the pending request: it is cancelled and its answer ignored.
    void reset();

    /// A request was started and its answer has not been delivered yet.
    bool isPending() const { return m_hasPending; }

private:
    QObject *m_context;
    quint64 m_token = 0;
    QFuture<void> m_pending;
    bool m_hasPending = false;
};

} // namespace Model
