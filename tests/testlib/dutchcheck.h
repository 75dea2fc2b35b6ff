#pragma once

#include <QStringList>

namespace TestLib {

/// Regie's strings looked up at run time without a Dutch translation, each
/// once, as "context: source" (see initEnvironment()).
QStringList untranslatedLookups();

/// Installs the Dutch translation from @p qmFile in front of every other,
/// and records each look-up in one of Regie's contexts (App, Model, Store,
/// Sync, Views and their classes) that it cannot answer. When the test
/// program ends, any such look-up is printed and the program exits with a
/// failure, whatever its test functions said. False when the file does not
/// load.
bool checkDutchLookups(const QString &qmFile);

/// Forgets what untranslatedLookups() holds: for the check's own test.
void forgetUntranslatedLookups();

} // namespace TestLib
