// Feature: Regie for everyone.
//   As a civil servant who works with a screen reader, or with the keyboard alone
//   I want every control to say what it is, and to reach each of them with Tab
//   so that I can run a project like my colleagues do.

#include "../views/windowfixture.h"

#include "model/demoregion.h"
#include "views/dashboardpage.h"
#include "views/progresstab.h"
#include "views/projectpage.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Model;
using namespace Qt::StringLiterals;

class AccessibilityFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;
    QSet<QString> m_unnamed; ///< what was found, each once
    QStringList m_opened; ///< the dialogs and windows looked at

    static bool isInteractive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::Button:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::ButtonDropGrid:
        case QAccessible::EditableText:
        case QAccessible::ComboBox:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::Dial:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::PageTab:
            return true;
        default:
            return false;
        }
    }

    /// Composite controls name their parts themselves (cells by their text,
    /// a combo box's list, a spin box's line): they are not walked into.
    static bool isComposite(QAccessible::Role role)
    {
        return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
            || role == QAccessible::ComboBox || role == QAccessible::SpinBox;
    }

    /// Where a control is, by the object names of it and its parents.
    static QString placeOf(QAccessibleInterface *iface)
    {
        QStringList path;
        for (QObject *o = iface->object(); o; o = o->parent()) {
            const QString name = o->objectName();
            path.prepend(name.isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : name);
            if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
                break;
        }
        if (!iface->object()) // a tab of a tab bar
            path.append(u"tab %1"_s.arg(iface->parent() ? iface->parent()->indexOfChild(iface) : -1));
        return path.join(u" > "_s) + u" ("_s + QString::number(int(iface->role()), 16) + u")"_s;
    }

    void walk(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 60)
            return;
        if (iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
            m_unnamed.insert(placeOf(iface));
        if (isComposite(role))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    /// Walks @p top with each page of each of its tab widgets in front.
    void walkEveryPage(QWidget *top)
    {
        walk(QAccessible::queryAccessibleInterface(top));
        const auto tabWidgets = top->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(30);
                walk(QAccessible::queryAccessibleInterface(top));
            }
            tabs->setCurrentIndex(was);
        }
    }

    static QSet<QWidget *> visibleWindows()
    {
        QSet<QWidget *> shown;
        const auto all = QApplication::topLevelWidgets();
        for (QWidget *w : all) {
            if (w->isVisible() && !qobject_cast<QMenu *>(w))
                shown.insert(w);
        }
        return shown;
    }

    /// Runs @p open; walks every window it shows, then closes them. A dialog
    /// run with exec() is looked at from inside its own event loop.
    void inspectWhatOpens(const QString &what, const std::function<void()> &open)
    {
        const QSet<QWidget *> before = visibleWindows();
        bool done = false;
        int ticks = 0;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            QSet<QWidget *> fresh = visibleWindows() - before;
            if (fresh.isEmpty()) {
                if (++ticks > 20) { // nothing opened within a second: an action without a window
                    poll.stop();
                    done = true;
                }
                return;
            }
            poll.stop();
            QTest::qWait(200); // let the window read what it shows
            fresh = visibleWindows() - before;
            for (QWidget *w : std::as_const(fresh)) {
                // Qt's own file dialog stands in for the desktop's (KDE's) here: not Regie's to name.
                if (!qobject_cast<QFileDialog *>(w)) {
                    m_opened.append(what + u": "_s + w->objectName());
                    walkEveryPage(w);
                }
            }
            for (QWidget *w : std::as_const(fresh)) {
                if (auto *dialog = qobject_cast<QDialog *>(w))
                    dialog->reject();
                else
                    w->close();
            }
            done = true;
        });
        poll.start();
        open();
        QVERIFY2(QTest::qWaitFor([&] { return done; }, 20000), qPrintable(what));
        QTest::qWait(50);
    }

    /// Every action of @p menu and its submenus that opens something ("…").
    static void collect(QMenu *menu, QList<QAction *> &actions)
    {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu(), actions);
            else if (!a->isSeparator() && !a->isCheckable() && a->text().endsWith(u"…"_s))
                actions.append(a);
            else if (a->objectName() == u"aboutAction"_s)
                actions.append(a);
        }
    }

    QString unnamedList() const
    {
        QStringList list(m_unnamed.begin(), m_unnamed.end());
        list.sort();
        return u"\n  "_s + list.join(u"\n  "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init()
    {
        // GIVEN the demo region, seen by its lead of Energieke Drechtsteden
        m_f = std::make_unique<TestLib::WindowFixture>();
        QFile file(qEnvironmentVariable("REGIE_SOURCE_DIR") + u"/resources/demo/demo-region.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto bundle = parseDemoRegion(file.readAll(), QDateTime::currentDateTimeUtc());
        QVERIFY(bundle.ok());
        QVERIFY(TestLib::await(m_f->store.importBundle(bundle.value())).ok());
        const auto me = TestLib::await(m_f->store.setIdentity(bundle.value().me));
        QVERIFY(me.ok());
        m_f->messages.answer = false; // nothing is deleted or left while looking
        m_f->startWindow(me.value());
        m_f->window->resize(1280, 800);
        auto *list = m_f->find<QListView>(u"projectList"_s);
        QTRY_VERIFY(list->model() && list->model()->rowCount() > 0);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data().toString() == u"Energieke Drechtsteden"_s)
                list->setCurrentIndex(list->model()->index(row, 0));
        }
        QTRY_VERIFY(m_f->window->projectPage()->hasProject());
        QCOMPARE(m_f->window->projectPage()->project().name, u"Energieke Drechtsteden"_s);
        m_unnamed.clear();
        m_opened.clear();
    }

    void cleanup() { m_f.reset(); }

    void shouldNameEveryControlOnEveryTab()
    {
        // WHEN every tab of the project page is shown in turn, and the overview
        auto *page = m_f->window->projectPage();
        QTabWidget *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(250); // the tab reads what it shows
            walkEveryPage(m_f->window.get());
        }
        m_f->window->showOverview();
        QTRY_VERIFY(page->dashboard()->isVisible());
        QTest::qWait(250);
        walk(QAccessible::queryAccessibleInterface(m_f->window.get()));
        // THEN each button, field, list, table and tab says what it is
        QVERIFY2(m_unnamed.isEmpty(), qPrintable(u"Controls without an accessible name:"_s + unnamedList()));
    }

    void shouldNameEveryControlInEveryDialog()
    {
        // WHEN every dialog the menus open is opened, looked at and closed
        QList<QAction *> actions;
        for (QAction *top : m_f->window->menuBar()->actions()) {
            if (top->menu())
                collect(top->menu(), actions);
        }
        QVERIFY(actions.size() > 10);
        for (QAction *a : std::as_const(actions)) {
            if (!a->isEnabled())
                continue;
            inspectWhatOpens(a->objectName().isEmpty() ? a->text() : a->objectName(), [a] { a->trigger(); });
        }
        // AND every dialog the project page's buttons open
        auto *page = m_f->window->projectPage();
        QTabWidget *tabs = page->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(250);
            const auto buttons = tabs->widget(i)->findChildren<QPushButton *>();
            for (QPushButton *b : buttons) {
                if (!b->isVisible() || !b->isEnabled() || !b->text().endsWith(u"…"_s))
                    continue;
                inspectWhatOpens(b->objectName(), [b] { QTest::mouseClick(b, Qt::LeftButton); });
            }
        }
        qInfo("looked at %d dialogs and windows", int(m_opened.size()));
        QVERIFY2(m_opened.size() > 10, qPrintable(m_opened.join(u", "_s)));
        // THEN each of their controls says what it is
        QVERIFY2(m_unnamed.isEmpty(), qPrintable(u"Controls without an accessible name:"_s + unnamedList()));
    }

    void shouldReachTheMainControlsWithTheKeyboard()
    {
        // GIVEN the progress tab in front, and the focus in the project search
        auto *page = m_f->window->projectPage();
        page->tabs()->setCurrentWidget(page->progressTab());
        QTest::qWait(250);
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window.get()));
        auto *search = m_f->find<QLineEdit>(u"searchField"_s);
        search->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), search);

        // WHEN the user presses Tab until the focus comes round again
        QList<QWidget *> reached;
        QStringList way;
        for (int i = 0; i < 150; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == search)
                break;
            reached.append(now);
            way.append(now ? now->objectName() : u"-"_s);
        }

        // THEN the list, the page's tabs and the progress tab's controls were on the way
        const QString all = way.join(u", "_s);
        QVERIFY2(reached.contains(page->tabs()->tabBar()), qPrintable(u"the tabs were not reached: "_s + all));
        for (const QString &name : {u"projectList"_s, u"quickAddEdit"_s, u"progressTable"_s})
            QVERIFY2(way.contains(name), qPrintable(name + u" was not reached: "_s + all));

        // AND from the tab bar, the arrow keys bring the next tab to the front
        QTabBar *bar = page->tabs()->tabBar();
        bar->setFocus(Qt::TabFocusReason);
        const int was = page->tabs()->currentIndex();
        QTest::keyClick(bar, Qt::Key_Right);
        QVERIFY(was + 1 < page->tabs()->count());
        QCOMPARE(page->tabs()->currentIndex(), was + 1);
    }
};

QTEST_MAIN(AccessibilityFeatureTest)
#include "accessibilityfeaturetest.moc"
