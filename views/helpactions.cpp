#include "helpactions.h"

#include "aboutdialog.h"
#include "handbookdialog.h"

#include <KAboutData>

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace Views {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_handbook(new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Handbook"), this))
    , m_about(new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Regie"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_handbook->setObjectName(QStringLiteral("handbookAction"));
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_handbook->setStatusTip(tr("How to work with Regie: projects, partners, goals, progress and sync"));
    // F1 from every window of Regie (the knowledge base is one of its own);
    // a modal dialog still blocks it.
    m_handbook->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_handbook, &QAction::triggered, this, &HelpActions::showHandbook);
    window->addAction(m_handbook);

    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);

    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::addTo(QMenu *menu) const
{
    menu->addAction(m_handbook);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

HandbookDialog *HelpActions::showHandbook()
{
    if (!m_handbookDialog) {
        m_handbookDialog = new HandbookDialog(m_window);
        m_handbookDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbookDialog->show();
    m_handbookDialog->raise();
    m_handbookDialog->activateWindow();
    return m_handbookDialog;
}

AboutDialog *HelpActions::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(KAboutData::applicationData(), m_window);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

} // namespace Views
