#include "aboutdata.h"
#include "application.h"
#include "commandline.h"

#include "views/dialogshortcuts.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("regie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Regie"));
    QApplication::setApplicationVersion(QStringLiteral(REGIE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.regie.regie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nl.regie.Regie.svg")));
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    Views::DialogShortcuts::install(); // Ctrl+Enter accepts every dialog

    // Dutch is the default; the language option may choose English. The
    // translators must be installed before the command line is parsed so
    // that --help speaks the user's language too.
    QString language = QStringLiteral("nl");
    const QStringList arguments = QApplication::arguments();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            language = arguments.at(i).mid(11);
    }
    const QLocale locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::Netherlands)
                                                           : QLocale(QLocale::Dutch, QLocale::Netherlands);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    QTranslator regieTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (regieTranslator.load(locale, QStringLiteral("regie"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&regieTranslator);
    App::useAboutData();

    const App::Options options = App::parseCommandLine(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "regie: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.exit)
        return 0;

    App::Application application(options);
    QObject::connect(&application, &App::Application::finished, &app, &QCoreApplication::exit);
    application.start();
    return app.exec();
}
