// Feature: dates in and out of one's calendar.
//   As a project lead
//   I want the milestones in my agenda, and the council's meeting dates in the plan
//   so that both stay in step, without duplicates when I do it again.
//
// Feature: interim evaluation and course correction (tussentijdse evaluatie en bijsturing).
//   As the project lead
//   I want to plan evaluations in a cycle, hold one with scores and decisions
//   so that a changed target is applied with its reason and kept in a log.

#include "planfeaturefixture.h"

#include "model/text.h"
#include "views/datefield.h"
#include "views/calendarimportdialog.h"
#include "views/dashboardpage.h"
#include "views/evaluationstab.h"
#include "views/goalstab.h"
#include "views/interestmaptab.h"
#include "views/milestonestab.h"
#include "model/milestonetimelinemodel.h"
#include "views/timelineganttproxy.h"

#include <KGanttDateTimeGrid>
#include <KGanttGlobal>
#include <KGanttGraphicsItem>
#include <KGanttGraphicsView>
#include <KGanttView>
#include "views/progresstab.h"
#include "views/projectpage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QTest>

using namespace Model;
using Views::GoalsTab;
using Views::MilestonesTab;
using Model::MilestoneTimelineModel;
using Views::TimelineGanttProxy;
using Views::ProgressTab;
using namespace Qt::StringLiterals;

class PlanCycleFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init() { setUpProject(); }

    void cleanup() { m_f.reset(); }

    void shouldExportAndImportCalendarsWithAPreview()
    {
        Milestone m{QUuid::createUuid(), m_project.id, u"Warmteplan vastgesteld"_s, {}, QDate(2027, 2, 1),
                    m_dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {}, {}};
        QVERIFY(TestLib::await(m_f->store.saveMilestone(m)).ok());
        auto chooseFile = [&](const QString &path) {
            auto *files = m_f->window->findChild<QFileDialog *>(u"calendarFileDialog"_s);
            QVERIFY(files);
            files->selectFile(path);
            static_cast<QDialog *>(files)->accept(); // (QFileDialog hides accept())
        };
        // WHEN the project's calendar is exported
        QSignalSpy exported(m_f->window.get(), &Views::MainWindow::calendarExported);
        m_f->find<QAction>(u"exportCalendarAction"_s)->trigger();
        const QString ics = m_f->dir.file(u"warm-wonen.ics"_s);
        chooseFile(ics);
        // THEN the file holds the milestone as a to-do with a stable id
        QVERIFY(exported.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(exported.first().first().toInt(), 1);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("BEGIN:VTODO"));
        QVERIFY(text.contains(m.id.toString(QUuid::WithoutBraces).toUtf8()));
        // WHEN a broken file is imported
        QFile broken(m_f->dir.file(u"kapot.ics"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Raad");
        broken.close();
        m_f->find<QAction>(u"importCalendarAction"_s)->trigger();
        chooseFile(broken.fileName());
        // THEN the user is told, and nothing changes
        QTRY_COMPARE(m_f->messages.errors.size(), 1);
        QCOMPARE(TestLib::await(m_f->store.milestones(m_project.id)).value().size(), 1);
        // WHEN the council's meeting dates are imported, twice
        QFile council(m_f->dir.file(u"raad.ics"_s));
        QVERIFY(council.open(QIODevice::WriteOnly));
        council.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente//Raad//NL\r\n"
                      "BEGIN:VEVENT\r\nUID:raad-2027-03@gemeente.example\r\nDTSTAMP:20261101T090000Z\r\n"
                      "DTSTART;VALUE=DATE:20270311\r\nSUMMARY:Raadsvergadering: besluit warmtenet\r\nEND:VEVENT\r\n"
                      "BEGIN:VEVENT\r\nUID:raad-2027-06@gemeente.example\r\nDTSTAMP:20261101T090000Z\r\n"
                      "DTSTART;VALUE=DATE:20270617\r\nSUMMARY:Raadsvergadering: voorjaarsnota\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n");
        council.close();
        for (int round = 0; round < 2; ++round) {
            m_f->find<QAction>(u"importCalendarAction"_s)->trigger();
            chooseFile(council.fileName());
            auto *preview = m_f->dialog<Views::CalendarImportDialog>(u"calendarImportDialog"_s);
            QVERIFY(preview);
            auto *entries = preview->findChild<QTreeWidget *>(u"calendarEntries"_s);
            QCOMPARE(entries->topLevelItemCount(), 2);
            // the second meeting date becomes an evaluation
            auto *becomes = qobject_cast<QComboBox *>(entries->itemWidget(entries->topLevelItem(1), 3));
            QVERIFY(becomes);
            becomes->setCurrentIndex(1);
            if (round == 0)
                shoot(preview, u"calendar-import"_s);
            QTest::mouseClick(preview->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!preview->isVisible());
            QTRY_COMPARE(TestLib::await(m_f->store.milestones(m_project.id)).value().size(), 2);
        }
        // THEN one date is a milestone and the other a planned evaluation, once each
        QTest::qWait(100);
        const auto all = TestLib::await(m_f->store.milestones(m_project.id)).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).title, u"Raadsvergadering: besluit warmtenet"_s);
        QCOMPARE(all.at(1).due, QDate(2027, 3, 11));
        const auto evaluations = TestLib::await(m_f->store.evaluations(m_project.id)).value();
        QCOMPARE(evaluations.size(), 1);
        QCOMPARE(evaluations.first().plannedOn, QDate(2027, 6, 17));
        QCOMPARE(m_f->messages.errors.size(), 1);
    }

    void shouldOfferAPartnerOnlyWhatTheServerTakes()
    {
        QVERIFY(TestLib::await(m_f->store.planEvaluations(m_project.id, QDate(2027, 1, 15), 3, QDate(2027, 4, 15))).ok());
        auto *goals = m_f->window->projectPage()->goalsTab();
        auto *evaluations = m_f->window->projectPage()->evaluationsTab();
        auto *progress = m_f->window->projectPage()->progressTab();
        auto *addGoal = goals->findChild<QPushButton *>(u"addGoalButton"_s);
        auto *hold = evaluations->findChild<QPushButton *>(u"holdEvaluationButton"_s);
        auto *comment = evaluations->findChild<QPushButton *>(u"commentButton"_s);
        auto *list = evaluations->findChild<QTreeView *>(u"evaluationList"_s);
        auto *quickAdd = progress->findChild<QLineEdit *>(u"quickAddEdit"_s);
        auto *editProject = m_f->find<QAction>(u"editProjectAction"_s);
        auto *addPartner = m_f->find<QAction>(u"addPartnerAction"_s);
        showTab(evaluations);
        QTRY_COMPARE(rows(list), 2);
        choose(list, 0);
        // GIVEN no server: Joost's laptop is his own, and everything is offered
        QTRY_VERIFY(addGoal->isEnabled());
        QVERIFY(hold->isEnabled());
        QVERIFY(editProject->isEnabled());
        // WHEN the server says he is a member at Zwijndrecht, a partner of Dordrecht's project
        Identity member = m_joost;
        member.serverRole = u"member"_s;
        m_f->window->setIdentity(member);
        // THEN the plan and the project are Dordrecht's to change, and he is told so
        QVERIFY(!addGoal->isEnabled());
        QVERIFY(!addGoal->toolTip().isEmpty());
        QVERIFY(!hold->isEnabled());
        QVERIFY(!editProject->isEnabled());
        QVERIFY(!addPartner->isEnabled());
        // BUT he logs his work and reflects on evaluations
        QVERIFY(quickAdd->isEnabled());
        QVERIFY(comment->isEnabled());
        // WHEN he is only a viewer
        Identity viewer = m_joost;
        viewer.serverRole = u"viewer"_s;
        m_f->window->setIdentity(viewer);
        // THEN he reads, and adds nothing
        QVERIFY(!quickAdd->isEnabled());
        QVERIFY(!comment->isEnabled());
        QVERIFY(!m_f->find<QAction>(u"newProjectAction"_s)->isEnabled());
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldPlanMoveAndRemoveEvaluationsWithUndo()
    {
        QVERIFY(TestLib::await(m_f->store.planEvaluations(m_project.id, QDate(2027, 1, 15), 3, QDate(2027, 4, 15))).ok());
        Views::EvaluationsTab *tab = m_f->window->projectPage()->evaluationsTab();
        showTab(tab);
        auto *list = tab->findChild<QTreeView *>(u"evaluationList"_s);
        QTRY_COMPARE(rows(list), 2);
        auto *move = tab->findChild<QPushButton *>(u"moveEvaluationButton"_s);
        auto *remove = tab->findChild<QPushButton *>(u"removeEvaluationButton"_s);
        // WHEN the second is moved to a later date and made the closing evaluation
        choose(list, 1);
        QVERIFY(move->isEnabled());
        QTest::mouseClick(move, Qt::LeftButton);
        auto *dialog = m_f->dialog(u"scheduleEvaluationDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<Views::DateField *>(u"plannedEdit"_s)->setDate(QDate(2027, 5, 20));
        auto *kind = dialog->findChild<QComboBox *>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(EvaluationKind::Closing)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        // THEN the list shows it on its new date, as the closing evaluation
        const QString newDate = QLocale().toString(QDate(2027, 5, 20), QLocale::ShortFormat);
        QTRY_VERIFY(text(list, 1, 0).contains(newDate));
        QCOMPARE(text(list, 1, 1), displayName(EvaluationKind::Closing));
        // WHEN that is undone
        m_f->stack.undo();
        // THEN it is back where it was
        const QString oldDate = QLocale().toString(QDate(2027, 4, 15), QLocale::ShortFormat);
        QTRY_VERIFY(text(list, 1, 0).contains(oldDate));
        // WHEN one more is planned by itself
        QTest::mouseClick(tab->findChild<QPushButton *>(u"planOneButton"_s), Qt::LeftButton);
        dialog = m_f->dialog(u"scheduleEvaluationDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<Views::DateField *>(u"plannedEdit"_s)->setDate(QDate(2027, 9, 1));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(rows(list), 3);
        // WHEN the first is chosen and Delete pressed
        list->setFocus();
        choose(list, 0);
        QTest::keyClick(list, Qt::Key_Delete);
        // THEN it is gone (and not the project), and undo brings it back
        QTRY_COMPARE(rows(list), 2);
        QCOMPARE(m_f->messages.questions, QStringList());
        m_f->stack.undo();
        QTRY_COMPARE(rows(list), 3);
        // WHEN the first is held
        Evaluation held = TestLib::await(m_f->store.evaluations(m_project.id)).value().first();
        held.heldOn = QDate(2027, 1, 16);
        held.findings = u"Op koers"_s;
        QVERIFY(TestLib::await(m_f->store.holdEvaluation(held)).ok());
        QTRY_VERIFY(text(list, 0, 0).contains(QLocale().toString(QDate(2027, 1, 16), QLocale::ShortFormat)));
        // THEN it can be neither moved nor removed: it is a record
        choose(list, 0);
        QVERIFY(!move->isEnabled());
        QVERIFY(!remove->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QTest::qWait(50);
        QCOMPARE(rows(list), 3);
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldPlanHoldAndSteerWithDecisions()
    {
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = m_project.id;
        g.title = u"Duizend woningen"_s;
        g.baseline = 0;
        g.target = 1000;
        QVERIFY(TestLib::await(m_f->store.saveGoal(g)).ok());
        for (const auto &[value, ago] : {std::pair{150.0, 300}, std::pair{260.0, 150}, std::pair{330.0, 10}}) {
            Measurement m{QUuid::createUuid(), m_project.id, g.id, value, QDate::currentDate().addDays(-ago), {}, {}, {}, {}, {}, {}};
            QVERIFY(TestLib::await(m_f->store.addMeasurement(m)).ok());
        }
        Views::EvaluationsTab *tab = m_f->window->projectPage()->evaluationsTab();
        QVERIFY(tab);
        showTab(tab);
        // WHEN evaluations are planned every three months for a year
        QTRY_VERIFY(tab->findChild<QPushButton *>(u"planEvaluationsButton"_s)->isEnabled());
        QTest::mouseClick(tab->findChild<QPushButton *>(u"planEvaluationsButton"_s), Qt::LeftButton);
        auto *plan = m_f->dialog(u"planEvaluationsDialog"_s);
        QVERIFY(plan);
        plan->findChild<Views::DateField *>(u"firstEdit"_s)->setDate(QDate(2027, 1, 15));
        plan->findChild<QSpinBox *>(u"everySpin"_s)->setValue(3);
        plan->findChild<Views::DateField *>(u"untilEdit"_s)->setDate(QDate(2027, 12, 31));
        QTest::mouseClick(plan->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        // THEN four are listed
        auto *list = tab->findChild<QTreeView *>(u"evaluationList"_s);
        QTRY_COMPARE(rows(list), 4);
        // WHEN the first is held, scoring the goal at risk and lowering its target
        choose(list, 0);
        QTest::mouseClick(tab->findChild<QPushButton *>(u"holdEvaluationButton"_s), Qt::LeftButton);
        auto *hold = m_f->dialog(u"holdEvaluationDialog"_s);
        QVERIFY(hold);
        auto *scores = hold->findChild<QTableWidget *>(u"scoresTable"_s);
        QCOMPARE(scores->rowCount(), 1);
        auto *score = static_cast<QComboBox *>(scores->cellWidget(0, 1));
        score->setCurrentIndex(score->findData(int(GoalHealth::AtRisk)));
        hold->findChild<QPlainTextEdit *>(u"findingsEdit"_s)->setPlainText(u"Minder woningen geschikt"_s);
        QTest::keyClicks(hold->findChild<QLineEdit *>(u"decisionEdit"_s), u"Streefwaarde naar 800"_s);
        auto *subject = hold->findChild<QComboBox *>(u"subjectCombo"_s);
        subject->setCurrentIndex(1); // the goal's target
        auto *after = hold->findChild<QLineEdit *>(u"afterEdit"_s);
        after->setText(u"800"_s);
        QTest::keyClicks(hold->findChild<QLineEdit *>(u"reasonEdit"_s), u"Netcapaciteit"_s);
        QTest::mouseClick(hold->findChild<QPushButton *>(u"addDecisionButton"_s), Qt::LeftButton);
        QCOMPARE(hold->findChild<QListWidget *>(u"decisionList"_s)->count(), 1);
        shoot(hold, u"hold-evaluation"_s);
        QTest::mouseClick(hold->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        // THEN the goal's target changed, and the decision log shows before and after with the reason
        auto *log = tab->findChild<QTableView *>(u"decisionLog"_s);
        QTRY_COMPARE(rows(log), 1);
        // numbers as the reader writes them ("1.000" in Dutch)
        QVERIFY(text(log, 0, 2).contains(QLocale().toString(1000.0, 'g', 12) + u" → "_s + QLocale().toString(800.0, 'g', 12)));
        QCOMPARE(text(log, 0, 3), u"Netcapaciteit"_s);
        QCOMPARE(*TestLib::await(m_f->store.goals(m_project.id)).value().first().target, 800.0);
        QTRY_VERIFY(text(list, 0, 2).contains(displayName(GoalHealth::AtRisk)));
        // WHEN a reflector comments
        choose(list, 0);
        QTest::mouseClick(tab->findChild<QPushButton *>(u"commentButton"_s), Qt::LeftButton);
        auto *comment = m_f->dialog(u"commentDialog"_s);
        QVERIFY(comment);
        auto *ok = comment->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled()); // nothing said yet
        QTest::keyClicks(comment->findChild<QPlainTextEdit *>(u"commentEdit"_s), u"Betrek de huurders eerder"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        // THEN the comment is shown with its author
        QTRY_VERIFY(text(list, 0, 3).contains(u"Betrek de huurders eerder"_s));
        QVERIFY(text(list, 0, 3).contains(u"Joost Bakker"_s));
        shoot(m_f->window.get(), u"evaluations-tab"_s);
        // WHEN its report is written
        choose(list, 0);
        const QString pdf = qEnvironmentVariable("REGIE_SCREENSHOT_DIR").isEmpty()
            ? m_f->dir.file(u"evaluatie.pdf"_s)
            : qEnvironmentVariable("REGIE_SCREENSHOT_DIR") + u"/evaluation-report.pdf"_s;
        QSignalSpy written(tab, &Views::EvaluationsTab::reportWritten);
        tab->writeReport(pdf);
        // THEN it is written in the background, one report at a time
        QVERIFY(!tab->findChild<QPushButton *>(u"reportButton"_s)->isEnabled());
        QVERIFY(written.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(tab->findChild<QPushButton *>(u"reportButton"_s)->isEnabled());
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(QFileInfo(pdf).fileName())); // where it went
        // AND it is a PDF of some pages with the charts in it
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray bytes = report.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 20000); // text alone would be far smaller than with a chart image
        QCOMPARE(m_f->messages.errors, QStringList());
        // AND its text reads as a council reads it: Dutch, whole words, on one page
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(text.waitForFinished(20000) && text.exitCode() == 0, "pdftotext (poppler-utils) did not run");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {u"Doelen"_s, u"Besluiten"_s, u"Streefwaarde van Duizend woningen"_s,
                                        u"Betrek de huurders eerder"_s, u"Gemaakt met Regie op"_s})
            QVERIFY2(words.contains(expected), qPrintable(expected + u" is not in:\n"_s + words));
        for (const QString &english : {u"Goals"_s, u"Findings"_s, u"Decisions"_s, u"Made with"_s})
            QVERIFY2(!words.contains(english), qPrintable(english));
        QCOMPARE(words.count(QChar(u'\f')), 1); // one page: no chart pushed to a page of its own
        // AND a place it cannot be written is reported to the user
        tab->writeReport(m_f->dir.file(u"weg/evaluatie.pdf"_s));
        QTRY_COMPARE(m_f->messages.errors.size(), 1);
        QVERIFY2(m_f->messages.errors.first().contains(u"evaluatie.pdf"_s), qPrintable(m_f->messages.errors.first()));
        QVERIFY(m_f->messages.errors.first().startsWith(Views::MainWindow::tr("The file was not written")));
    }
};

QTEST_MAIN(PlanCycleFeatureTest)
#include "plancyclefeaturetest.moc"
