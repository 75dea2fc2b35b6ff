#pragma once

#include <QString>

class QAction;

namespace Views {

/// A tool bar stand-in for @p action whose text changes with what it would
/// do ("Ongedaan maken Regie overdragen van …"): it shows @p shortText and
/// @p action's icon, says the whole text in its tooltip, is enabled when
/// @p action is, and triggers it. The tool bar keeps its width; the menu
/// keeps the whole text. Owned by @p action.
QAction *toolBarAction(QAction *action, const QString &shortText);

} // namespace Views
