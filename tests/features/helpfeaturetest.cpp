// Feature: help that ships with Regie.
//   As a new user of Regie
//   I want a short Dutch handbook under F1, and to see which Regie I run
//   so that I find my way without a network, and can say which version I use.

#include "../views/windowfixture.h"

#include "app/aboutdata.h"
#include "views/aboutdialog.h"
#include "views/handbookdialog.h"
#include "views/helpactions.h"
#include "views/knowledgeactions.h"
#include "views/projectpage.h"

#include <KAboutData>

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace Model;
using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    return text.simplified();
}

QString handbookSource()
{
    QFile file(u":/handbook/handleiding.html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "Menu ▸ Item" as the handbook writes it, with the shortcut it gives (if any).
struct MenuMention {
    QString menu;
    QString item;
    QString shortcut;
};

QList<MenuMention> menuMentions(const QString &html)
{
    QList<MenuMention> found;
    auto add = [&](const QString &path, const QString &keys) {
        const QStringList parts = plain(path).split(u" ▸ "_s);
        found.append({parts.value(0), parts.value(1), keys.simplified()});
    };
    // In the text: the menu path, then the shortcut in <kbd>.
    static const QRegularExpression inText(u"<span class=\"menu\">(.*?)</span>(?:\\s*<kbd>(.*?)</kbd>)?"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    for (const auto &m : inText.globalMatch(html))
        add(m.captured(1), m.captured(2));
    // In the table of shortcuts: the shortcut first.
    static const QRegularExpression inTable(u"<tr><td><kbd>(.*?)</kbd></td><td><span class=\"menu\">(.*?)</span>"_s);
    for (const auto &m : inTable.globalMatch(html))
        add(m.captured(2), m.captured(1));
    return found;
}

QStringList mentions(const QString &html, const QString &kind)
{
    QStringList found;
    const QRegularExpression span(u"<span\\s+class=\"%1\">(.*?)</span>"_s.arg(kind),
                                  QRegularExpression::DotMatchesEverythingOption);
    for (const auto &m : span.globalMatch(html))
        found << plain(m.captured(1));
    return found;
}

} // namespace

class HelpFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;

    void shoot(QWidget *widget, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            widget->grab().save(shots + u"/"_s + name + u".png"_s);
    }

    QAction *menuAction(const QString &menuTitle, const QString &itemText) const
    {
        for (QAction *top : m_f->window->menuBar()->actions()) {
            if (plain(top->text()) != menuTitle || !top->menu())
                continue;
            for (QAction *item : top->menu()->actions()) {
                if (plain(item->text()) == itemText)
                    return item;
            }
        }
        return nullptr;
    }

    Views::HandbookDialog *pressF1()
    {
        m_f->window->activateWindow();
        QTest::keyClick(m_f->window.get(), Qt::Key_F1);
        return m_f->dialog<Views::HandbookDialog>(u"handbookDialog"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
        // What main() does once the translators are in place.
        App::useAboutData();
    }

    void init()
    {
        m_f = std::make_unique<TestLib::WindowFixture>();
        const Organisation dordrecht = m_f->addOrganisation(u"Gemeente Dordrecht"_s, u"GM0505"_s);
        m_f->addProject(u"Warm Wonen"_s, ProjectStatus::Active, dordrecht.id);
        m_f->startWindow(m_f->becomeSomeoneAt(dordrecht, u"Sanne de Vries"_s));
        m_f->window->resize(1200, 800);
    }

    void cleanup() { m_f.reset(); }

    void shouldOpenTheDutchHandbookOnF1()
    {
        // GIVEN the main window, nothing chosen yet
        // WHEN the user presses F1
        Views::HandbookDialog *handbook = pressF1();

        // THEN the handbook opens beside the window, in Dutch, from inside the program
        QVERIFY(handbook);
        QCOMPARE(handbook->windowTitle(), u"Handleiding Regie"_s);
        QVERIFY(!handbook->isModal());
        QTextBrowser *browser = handbook->findChild<QTextBrowser *>(u"handbookBrowser"_s);
        QVERIFY(browser);
        QCOMPARE(browser->source().scheme(), u"qrc"_s);
        const QString text = browser->toPlainText();
        for (const QString &part : {u"Een project"_s, u"Partners"_s, u"Doelen en metingen"_s, u"Mijlpalen"_s,
                                    u"Voortgang"_s, u"Evaluaties"_s, u"De kennisbank"_s, u"Synchroniseren"_s})
            QVERIFY2(text.contains(part), qPrintable(part));
        shoot(handbook, u"handbook"_s);

        // AND pressing F1 again raises the same handbook instead of a second one
        QTest::keyClick(m_f->window.get(), Qt::Key_F1);
        QCOMPARE(m_f->window->findChildren<Views::HandbookDialog *>().size(), 1);
    }

    void shouldOpenTheHandbookFromTheKnowledgeBaseToo()
    {
        // GIVEN the knowledge base's own window, in front
        QWidget *knowledge = m_f->window->knowledge()->open();
        knowledge->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(knowledge));

        // WHEN the user presses F1 there
        QTest::keyClick(knowledge, Qt::Key_F1);

        // THEN the handbook opens
        QVERIFY(m_f->dialog<Views::HandbookDialog>(u"handbookDialog"_s));
    }

    void shouldFollowTheContentsToEachPart()
    {
        // GIVEN the handbook, open at its contents
        Views::HandbookDialog *handbook = pressF1();
        QVERIFY(handbook);
        QTextBrowser *browser = handbook->browser();
        QTRY_VERIFY(browser->isVisible());
        QCOMPARE(browser->verticalScrollBar()->value(), 0);

        // WHEN the user clicks "Synchroniseren" in the contents
        const QTextCursor entry = browser->document()->find(u"Synchroniseren"_s);
        QVERIFY(!entry.isNull());
        QTextCursor middle = entry;
        middle.setPosition((entry.selectionStart() + entry.selectionEnd()) / 2);
        const QPoint at = browser->cursorRect(middle).center();
        QCOMPARE(browser->anchorAt(at), u"#sync"_s);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);

        // THEN the handbook scrolls to that part
        QTRY_COMPARE(browser->source().fragment(), u"sync"_s);
        QVERIFY(browser->verticalScrollBar()->value() > 0);

        // AND "Inhoud" brings the contents back
        QTest::mouseClick(handbook->findChild<QPushButton *>(u"handbookContentsButton"_s), Qt::LeftButton);
        QTRY_COMPARE(browser->verticalScrollBar()->value(), 0);

        // AND every entry of the contents leads to a part that exists
        const QString html = handbookSource();
        static const QRegularExpression href(u"<a href=\"#([a-z]+)\">"_s);
        for (const auto &m : href.globalMatch(html))
            QVERIFY2(html.contains(u"<a name=\"%1\"></a>"_s.arg(m.captured(1))), qPrintable(m.captured(1)));
        const QString contents = html.section(u"<ol>"_s, 1).section(u"</ol>"_s, 0, 0);
        QCOMPARE(contents.count(u"<li><a href=\"#"_s), 10);
    }

    void shouldNameOnlyMenusAndShortcutsTheWindowHas()
    {
        // GIVEN the handbook's text and the window a user sees
        const QString html = handbookSource();
        QVERIFY(!html.isEmpty());
        const QList<MenuMention> mentioned = menuMentions(html);
        QVERIFY(mentioned.size() > 30);

        // THEN each "Menu ▸ Item" it names is in that menu, with the shortcut it names
        for (const MenuMention &m : mentioned) {
            const QString what = m.menu + u" ▸ "_s + m.item;
            QAction *action = menuAction(m.menu, m.item);
            QVERIFY2(action, qPrintable(u"not in the menus: "_s + what));
            if (!m.shortcut.isEmpty()) {
                const QKeySequence keys = QKeySequence::fromString(m.shortcut, QKeySequence::PortableText);
                QVERIFY2(action->shortcuts().contains(keys), qPrintable(what + u" has no shortcut "_s + m.shortcut));
            }
        }

        // AND each tab it names is a tab of the project page
        QStringList tabs;
        QTabWidget *pageTabs = m_f->window->projectPage()->tabs();
        for (int i = 0; i < pageTabs->count(); ++i)
            tabs << plain(pageTabs->tabText(i));
        for (const QString &tab : mentions(html, u"tab"_s))
            QVERIFY2(tabs.contains(tab), qPrintable(u"no tab "_s + tab));

        // AND each button it names is a button of the window or of the knowledge base
        QStringList buttons;
        QList<QWidget *> places{m_f->window.get(), m_f->window->knowledge()->open()};
        for (QWidget *place : places) {
            for (QAbstractButton *b : place->findChildren<QAbstractButton *>())
                buttons << plain(b->text());
        }
        for (const QString &button : mentions(html, u"button"_s))
            QVERIFY2(buttons.contains(button), qPrintable(u"no button "_s + button));
    }

    void shouldShowVersionLicenceAndCreditsInAbout()
    {
        // GIVEN the main window
        // WHEN the user chooses Help ▸ Over Regie
        QAction *about = menuAction(u"Help"_s, u"Over Regie"_s);
        QVERIFY(about);
        about->trigger();
        auto *dialog = m_f->dialog<Views::AboutDialog>(u"aboutDialog"_s);
        QVERIFY(dialog);

        // THEN it says which Regie this is, in Dutch
        QCOMPARE(dialog->windowTitle(), u"Over Regie"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"aboutVersionLabel"_s)->text(), u"Versie %1"_s.arg(QStringLiteral(REGIE_VERSION)));
        QCOMPARE(KAboutData::applicationData().version(), QStringLiteral(REGIE_VERSION));
        QVERIFY(dialog->findChild<QTextBrowser *>(u"aboutText"_s)->toPlainText().contains(u"gemeenten"_s));
        shoot(dialog, u"about"_s);

        // AND who made it and what it is built on
        auto *tabs = dialog->findChild<QTabWidget *>(u"aboutTabs"_s);
        QCOMPARE(tabs->count(), 3);
        tabs->setCurrentIndex(1);
        const QString credits = dialog->findChild<QTextBrowser *>(u"aboutCreditsText"_s)->toPlainText();
        QVERIFY(credits.contains(u"De ontwikkelaars van Regie"_s));
        QVERIFY(credits.contains(u"De KDE-gemeenschap"_s));
        QVERIFY(credits.contains(u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))));
        shoot(dialog, u"about-credits"_s);

        // AND under which licence, with its full text
        tabs->setCurrentIndex(2);
        const QString licenceName = dialog->findChild<QLabel *>(u"aboutLicenceLabel"_s)->text();
        QVERIFY2(licenceName.contains(u"GPL-3.0-or-later"_s), qPrintable(licenceName));
        const QString licence = dialog->findChild<QTextBrowser *>(u"aboutLicenceText"_s)->toPlainText();
        QVERIFY(licence.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
        QVERIFY(licence.contains(u"Version 3"_s));
        shoot(dialog, u"about-licence"_s);

        // AND the settings stay where they were
        QVERIFY(QCoreApplication::organizationDomain().isEmpty());
    }
};

QTEST_MAIN(HelpFeatureTest)
#include "helpfeaturetest.moc"
