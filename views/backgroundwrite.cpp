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
            file.cancelWriting();
            return failed(file.errorString().isEmpty() ? QCoreApplication::translate("Views", "the export failed")
                                                       : file.errorString());
        }
        if (!file.commit())
            return failed(file.errorString());
        return QString();
    });
}

} // namespace Views
