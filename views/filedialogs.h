#pragma once

#include <QString>

class QFileDialog;

namespace Views {

/// Where Regie's file dialogs open: the folder the user last chose a file in
/// (remembered in QSettings), else her Documents folder; never the working
/// directory the program happened to be started in.
namespace FileDialogs {

/// The folder to open in.
QString startDirectory();
/// Remembers the folder of @p path as the one to open in next time.
void remember(const QString &path);
/// Opens @p dialog in startDirectory() and remembers the folder chosen.
/// Call before selectFile(), which is relative to the folder.
void startIn(QFileDialog *dialog);

} // namespace FileDialogs
} // namespace Views
