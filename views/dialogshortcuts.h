#pragma once

#include <QObject>

class QDialog;

namespace Views {

/// Ctrl+Enter accepts whatever dialog has the keyboard, from any field in
/// it (also a multi-line one, where Enter makes a new line): it presses the
/// dialog's OK (the accept button of its QDialogButtonBox) when OK is
/// allowed, and otherwise lets a DialogForm say what is still wrong. One
/// filter on the application, installed once by install().
class DialogShortcuts : public QObject
{
    Q_OBJECT
public:
    /// Installs the filter on the application (once; later calls do nothing).
    static void install();
    /// What Ctrl+Enter does in @p dialog; true when it was for the dialog.
    static bool accept(QDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Views
