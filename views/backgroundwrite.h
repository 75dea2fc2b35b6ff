#pragma once

#include <QFuture>
#include <QString>

#include <functional>

class QIODevice;

namespace Views {

/// Writes a file on a worker thread, so that a large export never holds up
/// the window. @p write fills the device and says whether it succeeded; it
/// runs on the worker, so it may only use what it captured by value and
/// classes that paint off the GUI thread (QImage, QPdfWriter,
/// QTextDocument). The file is replaced only once it is complete.
///
/// Answers an empty string, or what went wrong in words for the user.
QFuture<QString> writeInBackground(const QString &path, std::function<bool(QIODevice *)> write);

} // namespace Views
