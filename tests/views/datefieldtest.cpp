#include "testlib/testenvironment.h"

#include "model/types.h"
#include "views/datefield.h"
#include "views/measurementdialog.h"
#include "views/reusedialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class DateFieldTest : public QObject
{
    Q_OBJECT

    static void type(Views::DateField *field, const QString &text)
    {
        field->lineEdit()->setFocus();
        field->lineEdit()->selectAll();
        QTest::keyClicks(field->lineEdit(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void shouldTakeADateTypedIntoAnEmptyField()
    {
        // GIVEN an optional date field without a date
        Views::DateField field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY(!field.date().isValid());
        QVERIFY(field.isAcceptable());
        QSignalSpy changed(&field, &Views::DateField::dateChanged);
        // WHEN the user types eight digits, as on a paper form
        type(&field, u"31122026"_s);
        // THEN the field holds that date, and writes it out once she leaves it
        QCOMPARE(field.date(), QDate(2026, 12, 31));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().toDate(), QDate(2026, 12, 31));
        QTest::keyClick(field.lineEdit(), Qt::Key_Return);
        Q_EMIT field.lineEdit()->editingFinished();
        QCOMPARE(field.lineEdit()->text(), u"31-12-2026"_s);
        // WHEN she types a short form THEN that is read day first
        type(&field, u"1-2-27"_s);
        QCOMPARE(field.date(), QDate(2027, 2, 1));
        type(&field, u"15-11-2026"_s);
        QCOMPARE(field.date(), QDate(2026, 11, 15));
    }

    void shouldSayWhatIsWrongAndLetAnOptionalDateBeCleared()
    {
        Views::DateField field;
        field.setDate(QDate(2026, 5, 1));
        // WHEN the text is not a date THEN the field says so in Dutch and holds no date
        type(&field, u"31-11-2026"_s);
        QVERIFY(!field.date().isValid());
        QVERIFY(!field.isAcceptable());
        QVERIFY2(field.problem().contains(u"geen datum"_s), qPrintable(field.problem()));
        // WHEN it is cleared THEN an optional field is fine without a date
        field.lineEdit()->clear();
        QVERIFY(!field.date().isValid());
        QVERIFY(field.isAcceptable());
        QVERIFY(field.lineEdit()->isClearButtonEnabled());
        // AND a required one is not, and starts at today
        Views::DateField required;
        required.setOptional(false);
        QCOMPARE(required.date(), QDate::currentDate());
        QVERIFY(!required.lineEdit()->isClearButtonEnabled());
        required.lineEdit()->clear();
        QVERIFY(!required.isAcceptable());
        QVERIFY(!required.problem().isEmpty());
        // AND a date out of range is a problem
        required.setRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
        required.setDate(QDate(2027, 1, 1));
        QVERIFY(!required.isAcceptable());
        required.setDate(QDate(2026, 6, 1));
        QVERIFY(required.isAcceptable());
    }

    void shouldOpenTheCalendarAtTheDateOrToday()
    {
        // GIVEN an empty field
        QWidget window;
        auto *field = new Views::DateField(&window);
        auto *next = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        layout->addWidget(next);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *calendar = field->findChild<QCalendarWidget *>(u"calendar"_s);
        QVERIFY(calendar);
        // WHEN the calendar opens (Alt+Down) THEN it shows today, not 1900
        field->lineEdit()->setFocus();
        QTest::keyClick(field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate::currentDate());
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            calendar->window()->grab().save(shots + u"/date-calendar.png"_s);
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        // WHEN a day is picked THEN the field holds it
        Q_EMIT calendar->clicked(QDate(2027, 3, 8));
        QCOMPARE(field->date(), QDate(2027, 3, 8));
        QTRY_VERIFY(!calendar->isVisible());
        // WHEN it opens again THEN it opens at that date
        field->showCalendar();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2027, 3, 8));
        field->findChild<QMenu *>()->close();
        // AND Tab goes on to the next field, not into parts of this one
        field->lineEdit()->setFocus();
        QTRY_VERIFY(field->lineEdit()->hasFocus());
        QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
        QTRY_VERIFY(next->hasFocus());
    }

    void shouldSaveAMeasurementOnTheDayTyped()
    {
        // GIVEN the measurement dialog of a goal
        Model::Goal goal;
        goal.id = QUuid::createUuid();
        goal.projectId = QUuid::createUuid();
        goal.title = u"Honderd woningen"_s;
        Views::MeasurementDialog dialog(goal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<Views::DateField *>(u"dateEdit"_s);
        auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
        // THEN a new measurement starts today
        QCOMPARE(date->date(), QDate::currentDate());
        // WHEN a value and a date are typed
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"valueEdit"_s), u"1.200"_s);
        type(date, u"15-11-2026"_s);
        // THEN it is measured on that day
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.measurement(goal, {}).measuredOn, QDate(2026, 11, 15));
        QCOMPARE(dialog.measurement(goal, {}).value, 1200.0);
        // WHEN the date is not a date THEN OK is off, and the dialog says why
        type(date, u"niet ingesteld1122026"_s);
        QVERIFY(!ok->isEnabled());
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + u"/measurement-wrong-date.png"_s);
    }

    void shouldRecordReuseOnTheDayTypedAndRefuseWhatIsNoDate()
    {
        // GIVEN the dialog that records what an organisation did with an item
        Model::Reuse reuse;
        reuse.id = QUuid::createUuid();
        reuse.itemId = QUuid::createUuid();
        reuse.organisationId = QUuid::createUuid();
        Views::ReuseDialog dialog(reuse, u"Warmtenet in de wijk"_s, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<Views::DateField *>(u"dateEdit"_s);
        auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
        // THEN it starts today, typed as Dutch users type dates
        QVERIFY(date);
        QCOMPARE(date->date(), QDate::currentDate());
        type(date, u"3-2-26"_s);
        QCOMPARE(dialog.reuse().date, QDate(2026, 2, 3));
        QVERIFY(ok->isEnabled());
        // AND what is no date keeps OK off
        type(date, u"31-13-2026"_s);
        QVERIFY(!ok->isEnabled());
    }
};

QTEST_MAIN(DateFieldTest)
#include "datefieldtest.moc"
