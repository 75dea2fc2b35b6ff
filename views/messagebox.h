#pragma once

#include <QString>

class QWidget;

namespace Views {

/// Errors and questions for the user. Views ask through this class instead of
/// calling QMessageBox directly, so that tests can answer without a modal
/// dialog blocking them (zanshin's MessageBoxInterface).
class MessageBox
{
public:
    MessageBox() = default;
    virtual ~MessageBox();
    Q_DISABLE_COPY_MOVE(MessageBox)

    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    /// Asks a yes/no question; returns true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question);
};

} // namespace Views
