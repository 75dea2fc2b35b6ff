#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace App {

Options parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "App", "Regie: run projects together across municipalities and partners."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      QCoreApplication::translate("App", "Use the database file <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("App", "Load the demo region into an empty database."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("App", "User interface language: nl or en."),
                                      QStringLiteral("code"), QStringLiteral("nl"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("App", "Save a picture of the main window and quit."),
                                  QStringLiteral("file"));
    parser.addOption(database);
    parser.addOption(demo);
    parser.addOption(language);
    parser.addOption(screenshot);
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("App", "Sync with the server <host[:port][/database]>."),
                                    QStringLiteral("server"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("App", "Sign in on the sync server as <user>."),
                                  QStringLiteral("user"));
    parser.addOption(server);
    parser.addOption(user);

    Options options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        options.exit = true;
        return options;
    }
    if (parser.isSet(version)) {
        std::printf("regie %s\n", qPrintable(QCoreApplication::applicationVersion()));
        options.exit = true;
        return options;
    }
    options.database = parser.value(database);
    options.demo = parser.isSet(demo);
    options.language = parser.value(language);
    if (options.language != QLatin1String("nl") && options.language != QLatin1String("en"))
        options.error = QCoreApplication::translate("App", "Unknown language \"%1\"; choose nl or en.").arg(options.language);
    options.screenshot = parser.value(screenshot);
    options.server = parser.value(server);
    options.user = parser.value(user);
    if (!parser.positionalArguments().isEmpty() && options.database.isEmpty())
        options.database = parser.positionalArguments().constFirst();
    return options;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("regie.sqlite"));
}

} // namespace App
