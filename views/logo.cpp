#include "logo.h"

#include "model/validation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace Views::Logo {

QByteArray fromFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("Views::Logo", "The image cannot be read: %1").arg(reader.errorString());
        return {};
    }
    // Shrink until the PNG fits; a logo is shown at most a few hundred pixels wide.
    for (int side = 512; side >= 32; side /= 2) {
        const QImage scaled = (image.width() > side || image.height() > side)
            ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        scaled.save(&buffer, "PNG");
        if (bytes.size() <= Model::Limits::LogoBytes)
            return bytes;
    }
    if (error)
        *error = QCoreApplication::translate("Views::Logo", "The image is too large to use as a logo.");
    return {};
}

QPixmap pixmap(const QByteArray &png, int size)
{
    QPixmap pixmap;
    if (png.isEmpty() || !pixmap.loadFromData(png, "PNG"))
        return {};
    return pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace Views::Logo
