#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Views::FileDialogs {

namespace {
const QString Key = QStringLiteral("files/lastDirectory");
}

QString startDirectory()
{
    const QString last = QSettings().value(Key).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void remember(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(Key, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void startIn(QFileDialog *dialog)
{
    dialog->setDirectory(startDirectory());
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog, [](const QStringList &paths) {
        if (!paths.isEmpty())
            remember(paths.first());
    });
}

} // namespace Views::FileDialogs
