// Feature: the council's calendar in the plan, safely.
//   As a project lead
//   I want to see what a calendar file brings before it lands in the plan
//   so that a weekly meeting gives its dates, nothing in the file can dress
//   itself up as markup, a slow file can be stopped, and a wrong import
//   can be taken back in one step.

#include "planfeaturefixture.h"

#include "model/text.h"
#include "views/calendarimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Model;
using namespace Qt::StringLiterals;

class CalendarFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

    void chooseFile(const QString &path)
    {
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = m_f->window->findChild<QFileDialog *>(u"calendarFileDialog"_s)));
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // (QFileDialog hides accept())
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_f->dir.file(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QList<Milestone> milestones() { return TestLib::await(m_f->store.milestones(m_project.id)).value(); }

    Views::CalendarImportDialog *openPreview(const QString &path)
    {
        m_f->find<QAction>(u"importCalendarAction"_s)->trigger();
        chooseFile(path);
        return m_f->dialog<Views::CalendarImportDialog>(u"calendarImportDialog"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init() { setUpProject(); }

    void cleanup() { m_f.reset(); }

    void shouldPreviewRepeatsAndStatusAndImportThemAsOneUndoableStep()
    {
        // GIVEN a weekly council meeting three times from today, and a done
        // to-do whose description holds markup
        const QByteArray start = QDate::currentDate().toString(u"yyyyMMdd"_s).toLatin1();
        const QString html = u"<b>Vet</b> & <i>schuin</i> <img src=\"x.png\"> <a href=\"https://example.org\">link</a>"_s;
        const QString path = write(u"raad.ics"_s,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente//Raad//NL\r\n"
            "BEGIN:VEVENT\r\nUID:raad@gemeente.example\r\nDTSTAMP:20261101T090000Z\r\n"
            "DTSTART;VALUE=DATE:" + start + "\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
            "SUMMARY:Raadsvergadering over de warmtetransitie in de Drechtsteden\r\nEND:VEVENT\r\n"
            "BEGIN:VTODO\r\nUID:stukken@gemeente.example\r\nDTSTAMP:20261101T090000Z\r\n"
            "DUE;VALUE=DATE:" + start + "\r\nSTATUS:COMPLETED\r\nCOMPLETED:20261101T100000Z\r\n"
            "SUMMARY:Raadsstukken\r\nDESCRIPTION:" + html.toUtf8() + "\r\nEND:VTODO\r\n"
            "END:VCALENDAR\r\n");

        // WHEN it is opened for import
        auto *preview = openPreview(path);
        QVERIFY(preview);
        auto *entries = preview->findChild<QTreeWidget *>(u"calendarEntries"_s);
        QTRY_VERIFY(entries->isVisible());

        // THEN each meeting is a row of its own, and the preview says why
        QCOMPARE(entries->topLevelItemCount(), 4);
        auto *notes = preview->findChild<QLabel *>(u"calendarNotes"_s);
        QVERIFY(notes->isVisible());
        QVERIFY(notes->text().contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
        // AND the to-do's description is shown as the text it is, never as markup
        QTreeWidgetItem *todo = nullptr;
        for (int i = 0; i < entries->topLevelItemCount(); ++i) {
            if (entries->topLevelItem(i)->text(1) == u"Raadsstukken"_s)
                todo = entries->topLevelItem(i);
        }
        QVERIFY(todo);
        QTextDocument shown;
        shown.setHtml(todo->toolTip(1));
        QCOMPARE(shown.toPlainText().trimmed(), html);
        QVERIFY(!todo->toolTip(1).contains(u"<b>"_s));
        // AND its status is shown
        QVERIFY2(todo->text(2).contains(displayName(MilestoneStatus::Done)), qPrintable(todo->text(2)));
        // AND the "Becomes" column shows its choices whole, inside the list
        QHeaderView *header = entries->header();
        for (int i = 0; i < entries->topLevelItemCount(); ++i) {
            auto *becomes = qobject_cast<QComboBox *>(entries->itemWidget(entries->topLevelItem(i), 3));
            QVERIFY(becomes);
            QVERIFY2(becomes->width() >= becomes->sizeHint().width(),
                     qPrintable(u"%1 < %2"_s.arg(becomes->width()).arg(becomes->sizeHint().width())));
        }
        QVERIFY(header->sectionPosition(3) + header->sectionSize(3) <= entries->viewport()->width());
        shoot(preview, u"calendar-import-preview"_s);

        // WHEN it is imported
        QTest::mouseClick(preview->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // THEN the status bar counts what was added, and the to-do is a done milestone
        QTRY_VERIFY(m_f->window->statusBar()->currentMessage().contains(u"4"_s));
        const QString said = m_f->window->statusBar()->currentMessage();
        QTRY_COMPARE(milestones().size(), 4);
        int done = 0;
        for (const Milestone &m : milestones()) {
            if (m.status == MilestoneStatus::Done) {
                ++done;
                QCOMPARE(m.title, u"Raadsstukken"_s);
                QCOMPARE(m.completedOn, QDate(2026, 11, 1));
            }
        }
        QCOMPARE(done, 1);

        // WHEN the same file is imported again
        preview = openPreview(path);
        QVERIFY(preview);
        QTest::mouseClick(preview->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        // THEN nothing is added twice, and the message says so in other words
        QTRY_VERIFY(m_f->window->statusBar()->currentMessage() != said
                    && !m_f->window->statusBar()->currentMessage().isEmpty());
        QCOMPARE(milestones().size(), 4);

        // WHEN the first import is undone (the second changed nothing)
        auto *undo = m_f->find<QAction>(u"undoAction"_s);
        undo->trigger();
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();

        // THEN the plan is as it was before, in one step
        QTRY_COMPARE(milestones().size(), 0);
        QVERIFY(m_f->messages.errors.isEmpty());
    }

    void shouldDropAReadThatWasCancelled()
    {
        // GIVEN a large calendar and a small one
        const QString large = write(u"groot.ics"_s,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//NL\r\nBEGIN:VEVENT\r\nUID:groot@x\r\n"
            "DTSTAMP:20261101T090000Z\r\nDTSTART;VALUE=DATE:20270311\r\nSUMMARY:Groot\r\nDESCRIPTION:"
            + QByteArray(12 * 1024 * 1024, 'x') + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const QString small = write(u"klein.ics"_s,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//NL\r\nBEGIN:VEVENT\r\nUID:klein@x\r\n"
            "DTSTAMP:20261101T090000Z\r\nDTSTART;VALUE=DATE:20270312\r\nSUMMARY:Klein\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n");

        // WHEN the large one is chosen and its reading cancelled
        m_f->find<QAction>(u"importCalendarAction"_s)->trigger();
        chooseFile(large);
        auto *progress = m_f->find<QProgressDialog>(u"calendarProgress"_s);
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();

        // THEN the window says so, and the progress goes
        QTRY_VERIFY(m_f->window->statusBar()->currentMessage().contains(
            QCoreApplication::translate("Views::CalendarActions", "The calendar import was stopped. Nothing was imported.")));
        QTRY_VERIFY(!m_f->find<QProgressDialog>(u"calendarProgress"_s));

        // WHEN the small one is read after it (the reads run one after the other)
        auto *preview = openPreview(small);

        // THEN only its preview comes: the cancelled read never shows one
        QVERIFY(preview);
        QVERIFY(preview->windowTitle().contains(u"klein.ics"_s));
        int shown = 0;
        for (auto *dialog : m_f->window->findChildren<Views::CalendarImportDialog *>())
            shown += dialog->isVisible() ? 1 : 0;
        QCOMPARE(shown, 1);
        QVERIFY(m_f->messages.errors.isEmpty());
        preview->reject();
        QCOMPARE(milestones().size(), 0);
    }
};

QTEST_MAIN(CalendarFeatureTest)
#include "calendarfeaturetest.moc"
