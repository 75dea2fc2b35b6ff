#include "backgroundwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtConcurrentRun>

namespace Views {

QFuture<QString> writeInBackground(const QString &path, std::function<bool(QIODevice *)> write)
{
    return QtConcurrent::run([path, write = std::move(write)]() -> QString {
        auto failed = [&path](const QString &why) {
            return QCoreApplication::translate("Views", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why);
        };
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failed(file.errorString());
        if (!write(&file)) {
            // The device's own error when it has one (a full disk), else the writer's failure.
            const QString why = file.error() != QFileDevice::NoError ? file.errorString()
                                                                     : QCoreApplication::translate("Views", "the export failed");
            file.cancelWriting();
            return failed(why);
        }
        if (!file.commit())
            return failed(file.errorString());
        return QString();
    });
}

} // namespace Views
