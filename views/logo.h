#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QString>

namespace Views::Logo {

/// Reads an image file and turns it into PNG bytes small enough for a
/// project logo (Model::Limits::LogoBytes). Returns empty bytes and sets
/// @p error when the file cannot be used.
QByteArray fromFile(const QString &path, QString *error);
/// The logo scaled into a square of @p size pixels; a null pixmap for none.
QPixmap pixmap(const QByteArray &png, int size);

} // namespace Views::Logo
