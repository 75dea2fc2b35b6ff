#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Model {

/// Calls @p handler with the result of @p future in @p context's thread once
/// the future has finished; never if @p context is destroyed first, nor if
/// the future was cancelled (Model::RequestSlot cancels superseded reads).
///
/// Use this rather than QFuture::then(context, ...). With Qt 6.8 such a
/// continuation was sometimes never called when the store's worker thread
/// finished the future while it was being attached: the model tests hung
/// now and then on a busy machine, and so would a list in the app. A
/// QFutureWatcher owned by the context also reports a future that finished
/// before it was watched.
template<typename T, typename F>
void onResult(const QFuture<T> &future, QObject *context, F &&handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<F>(handler)]() mutable {
                         watcher->deleteLater();
                         if (watcher->isCanceled() || watcher->future().resultCount() == 0)
                             return;
                         handler(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace Model
