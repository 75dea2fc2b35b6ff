#include "windowfixture.h"

#include "views/dialogshortcuts.h"
#include "views/goaldialog.h"
#include "views/milestonedialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// What every editing dialog does alike (Views::DialogForm, Views::DialogShortcuts),
/// driven through the goal and milestone dialogs.
class DialogFormTest : public QObject
{
    Q_OBJECT

    static Goal newGoal()
    {
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = QUuid::createUuid();
        return g;
    }

    static int okTop(QDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(u"okButton"_s)->mapTo(dialog, QPoint(0, 0)).y();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
        Views::DialogShortcuts::install();
    }

    void shouldSayWhatIsMissingOnlyOnceTheUserEditsAndKeepTheFormStill()
    {
        // GIVEN a fresh goal dialog
        Views::GoalDialog dialog(newGoal(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *issues = dialog.findChild<QLabel *>(u"issuesLabel"_s);
        auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
        const int top = okTop(&dialog);
        // THEN OK waits for a title, without a complaint before anything is typed
        QVERIFY(!ok->isEnabled());
        QVERIFY(!issues->isVisible());
        // WHEN the user types in another field
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"unitEdit"_s), u"woningen"_s);
        // THEN the missing title is named, and OK and the fields stay where they were
        QTRY_VERIFY(issues->isVisible());
        QVERIFY(!issues->text().isEmpty());
        QCOMPARE(okTop(&dialog), top);
        // WHEN the title is given THEN the message goes, the room stays
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"Honderd woningen van het gas af"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!issues->isVisible());
        QCOMPARE(okTop(&dialog), top);
    }

    void shouldAcceptWithCtrlEnterFromAMultiLineField()
    {
        // GIVEN a goal dialog with a title, the cursor in the description
        Views::GoalDialog dialog(newGoal(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"Warmtenet"_s);
        auto *description = dialog.findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QTest::keyClicks(description, u"Eerste regel"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // WHEN Ctrl+Enter is pressed there
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        // THEN the dialog is accepted, and no line was added to the text
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(description->toPlainText(), u"Eerste regel"_s);
        QCOMPARE(dialog.goal().title, u"Warmtenet"_s);
    }

    void shouldSayWhyNotWhenCtrlEnterCannotAcceptYet()
    {
        // GIVEN a fresh milestone dialog, nothing typed
        Milestone fresh;
        fresh.id = QUuid::createUuid();
        fresh.projectId = QUuid::createUuid();
        Views::MilestoneDialog dialog(fresh, {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *issues = dialog.findChild<QLabel *>(u"issuesLabel"_s);
        QVERIFY(!issues->isVisible());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // WHEN Ctrl+Enter is pressed
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"titleEdit"_s), Qt::Key_Return, Qt::ControlModifier);
        // THEN it stays open and says what is missing
        QCOMPARE(accepted.count(), 0);
        QVERIFY(issues->isVisible());
        QVERIFY(!issues->text().isEmpty());
        // WHEN the title is typed THEN Ctrl+Enter accepts
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"Aanbesteed"_s);
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"titleEdit"_s), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.milestone().title, u"Aanbesteed"_s);
    }
};

QTEST_MAIN(DialogFormTest)
#include "dialogformtest.moc"
