#include "aboutdata.h"

#include <KCoreAddons>

#include <QCoreApplication>
#include <QtVersion>

#include <sqlite3.h>

namespace App {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("App", source);
}

// Until the project has its own address, the About dialog and the AppStream
// file point at this placeholder (docs/PACKAGING.md).
const QString Homepage = QStringLiteral("https://regie.example.org/");

} // namespace

KAboutData aboutData()
{
    KAboutData about(QStringLiteral("regie"), QStringLiteral("Regie"), QStringLiteral(REGIE_VERSION),
                     text("Run projects together across municipalities and partners."), KAboutLicense::GPL_V3,
                     text("© 2026 the Regie developers"),
                     text("One municipality holds the regie of each project; partners map what they bring and "
                          "what they get; lessons and practices are shared in a knowledge base, so that other "
                          "municipalities can reuse them."),
                     Homepage, Homepage + QStringLiteral("issues"));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    about.setDesktopFileName(QStringLiteral("nl.regie.regie"));
    // No organisation domain: QSettings without an organisation name would
    // move the settings under it.
    about.setOrganizationDomain(QByteArray());
    about.addAuthor(text("The Regie developers"), text("Design, development and the handbook"), QString(), Homepage);
    about.addCredit(text("The municipalities of the Drechtsteden and the Achterhoek"),
                    text("Their names and codes make up the demo region"));
    about.addCredit(text("The KDE community"), text("KDE Frameworks and KGantt, on which Regie's windows are built"),
                    QString(), QStringLiteral("https://kde.org/"));
    about.addCredit(text("The Snowball project"), text("Dutch stemming in the knowledge base's search"), QString(),
                    QStringLiteral("https://snowballstem.org/"));
    about.addComponent(QStringLiteral("Qt"), text("The application framework"), QString::fromLatin1(qVersion()),
                       QStringLiteral("https://www.qt.io/"), KAboutLicense::LGPL_V3);
    about.addComponent(QStringLiteral("KDE Frameworks"), text("Desktop integration, calendars and archives"),
                       KCoreAddons::versionString(), QStringLiteral("https://develop.kde.org/products/frameworks/"),
                       KAboutLicense::LGPL_V2_1);
    about.addComponent(QStringLiteral("SQLite"), text("The database on this computer"),
                       QString::fromLatin1(sqlite3_libversion()), QStringLiteral("https://sqlite.org/"));
    return about;
}

void useAboutData()
{
    KAboutData::setApplicationData(aboutData());
}

} // namespace App
