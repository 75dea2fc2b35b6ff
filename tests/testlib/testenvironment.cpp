#include "testenvironment.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

namespace TestLib {

void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Widgets set the style themselves: see views tests.
    }
}

TempDir::TempDir()
{
    m_dir.setAutoRemove(true);
}

QString TempDir::file(const QString &name) const
{
    return m_dir.filePath(name);
}

} // namespace TestLib
