#include "aboutdialog.h"

#include <KAboutData>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Views {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &address)
{
    if (address.isEmpty())
        return {};
    const QString target = address.contains(QLatin1Char('@')) && !address.contains(QLatin1Char(':'))
        ? QStringLiteral("mailto:") + address
        : address;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(target), escaped(address));
}

// One person or group, with what they did and where to find them.
QString personHtml(const KAboutPerson &person)
{
    QString html = QStringLiteral("<p><b>%1</b>").arg(escaped(person.name()));
    if (!person.task().isEmpty())
        html += QStringLiteral("<br>") + escaped(person.task());
    for (const QString &address : {person.webAddress(), person.emailAddress()}) {
        if (!address.isEmpty())
            html += QStringLiteral("<br>") + link(address);
    }
    return html + QStringLiteral("</p>");
}

QTextBrowser *browser(QWidget *parent, const QString &name)
{
    auto *text = new QTextBrowser(parent);
    text->setObjectName(name);
    text->setOpenExternalLinks(true);
    text->setFrameShape(QFrame::NoFrame);
    return text;
}

} // namespace

AboutDialog::AboutDialog(const KAboutData &about, QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(about.displayName()));

    auto *logo = new QLabel(this);
    logo->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *name = new QLabel(QStringLiteral("<h2>%1</h2>").arg(escaped(about.displayName())), this);
    m_version->setObjectName(QStringLiteral("aboutVersionLabel"));
    m_version->setText(tr("Version %1").arg(about.version()));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titles = new QVBoxLayout;
    titles->addWidget(name);
    titles->addWidget(m_version);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(aboutPage(about), tr("&About"));
    m_tabs->addTab(creditsPage(about), tr("&Credits"));
    m_tabs->addTab(licencePage(about), tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString AboutDialog::version() const
{
    return m_version->text();
}

QWidget *AboutDialog::aboutPage(const KAboutData &about)
{
    auto *text = browser(this, QStringLiteral("aboutText"));
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(about.shortDescription()));
    if (!about.otherText().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(about.otherText()));
    html += QStringLiteral("<p>%1</p>").arg(escaped(about.copyrightStatement()));
    if (!about.homepage().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Website: %1").arg(link(about.homepage())));
    if (!about.bugAddress().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Report a problem: %1").arg(link(about.bugAddress())));
    text->setHtml(html);
    return text;
}

QWidget *AboutDialog::creditsPage(const KAboutData &about)
{
    auto *text = browser(this, QStringLiteral("aboutCreditsText"));
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Made by"));
    for (const KAboutPerson &author : about.authors())
        html += personHtml(author);
    if (!about.credits().isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("With thanks to"));
        for (const KAboutPerson &credit : about.credits())
            html += personHtml(credit);
    }
    if (!about.components().isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Built on"));
        for (const KAboutComponent &component : about.components()) {
            html += QStringLiteral("<p><b>%1</b> %2").arg(escaped(component.name()), escaped(component.version()));
            if (!component.description().isEmpty())
                html += QStringLiteral("<br>") + escaped(component.description());
            if (!component.webAddress().isEmpty())
                html += QStringLiteral("<br>") + link(component.webAddress());
            html += QStringLiteral("</p>");
        }
    }
    text->setHtml(html);
    return text;
}

QWidget *AboutDialog::licencePage(const KAboutData &about)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    QStringList names;
    QString texts;
    for (const KAboutLicense &licence : about.licenses()) {
        // KCoreAddons writes "or later" the old SPDX way ("GPL-3.0+").
        QString spdx = licence.spdx();
        if (spdx.endsWith(QLatin1Char('+')))
            spdx = spdx.chopped(1) + QStringLiteral("-or-later");
        names << (spdx.isEmpty() ? licence.name(KAboutLicense::FullName) : spdx);
        texts += licence.text() + QStringLiteral("\n\n");
    }
    auto *label = new QLabel(tr("%1 is free software under the licence %2: you may use, share and change it. "
                                "It comes without any warranty. The licence text is in English, its binding "
                                "language.")
                                 .arg(about.displayName(), names.join(QStringLiteral(", "))),
                             page);
    label->setObjectName(QStringLiteral("aboutLicenceLabel"));
    label->setWordWrap(true);
    auto *text = browser(page, QStringLiteral("aboutLicenceText"));
    text->setPlainText(texts.trimmed());
    text->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    return page;
}

} // namespace Views
