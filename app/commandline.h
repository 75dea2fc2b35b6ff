#pragma once

#include <QString>
#include <QStringList>

namespace App {

/// What the command line asked for.
struct Options {
    QString database; ///< the SQLite file; empty means the default place
    bool demo = false; ///< load the demo region into an empty database
    QString language = QStringLiteral("nl");
    QString screenshot; ///< save a PNG of the main window and quit
    QString server; ///< HOST[:PORT][/DATABASE] of the sync server
    QString user; ///< who signs in on the sync server
    QString error; ///< set when the command line could not be understood
    bool exit = false; ///< --help or --version was answered
};

Options parseCommandLine(const QStringList &arguments);

/// The default database: regie.sqlite in the user's application data folder.
QString defaultDatabasePath();

} // namespace App
