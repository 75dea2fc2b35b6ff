#include "testenvironment.h"

#include "dutchcheck.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

namespace TestLib {

void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    // The widget and feature tests see what a user sees: Regie in Dutch,
    // and a failure for any string that has no Dutch text.
    const QString dutch = qEnvironmentVariable("REGIE_TEST_DUTCH_QM");
    if (!dutch.isEmpty() && !checkDutchLookups(dutch))
        qFatal("the Dutch translation %s does not load", qPrintable(dutch));
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
