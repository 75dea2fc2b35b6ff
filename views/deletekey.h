#pragma once

#include <functional>

class QWidget;

namespace Views {

/// Lets the Delete key remove what is chosen in @p view, while it has the
/// focus, instead of reaching the window's Delete Project action. The key
/// is claimed through ShortcutOverride, the way Qt's own editors keep their
/// keys from window shortcuts.
void onDeleteKey(QWidget *view, std::function<void()> remove);

} // namespace Views
