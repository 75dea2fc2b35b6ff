#pragma once

#include <QDialog>

class KAboutData;
class QLabel;
class QTabWidget;
class QTextBrowser;

namespace Views {

/// Help ▸ About Regie: name, version, what Regie is for, who made it and
/// under which licence, all read from a KAboutData (KCoreAddons).
///
/// objectNames: "aboutDialog", "aboutVersionLabel", "aboutTabs",
/// "aboutCreditsText", "aboutLicenceLabel", "aboutLicenceText".
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const KAboutData &about, QWidget *parent = nullptr);

    QString version() const;

private:
    QWidget *aboutPage(const KAboutData &about);
    QWidget *creditsPage(const KAboutData &about);
    QWidget *licencePage(const KAboutData &about);

    QLabel *m_version;
    QTabWidget *m_tabs;
};

} // namespace Views
