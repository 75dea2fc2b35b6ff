#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace Views {

class AboutDialog;
class HandbookDialog;

/// The Help menu: the handbook (F1), About Regie (from the application's
/// KAboutData) and About Qt. Each dialog is made on first use, one per
/// window, and raised when asked for again.
///
/// objectNames of the actions: "handbookAction", "aboutAction", "aboutQtAction".
class HelpActions : public QObject
{
    Q_OBJECT
public:
    /// @p window parents the dialogs and holds the shortcut.
    explicit HelpActions(QWidget *window);

    void addTo(QMenu *menu) const;
    QAction *handbookAction() const { return m_handbook; }

    HandbookDialog *showHandbook();
    AboutDialog *showAbout();

private:
    QWidget *m_window;
    QAction *m_handbook;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<HandbookDialog> m_handbookDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace Views
