#include "windowfixture.h"

#include "testlib/builders.h"

#include "model/participantsmodel.h"
#include "model/projectlistmodel.h"
#include "model/text.h"
#include "views/dashboardpage.h"
#include "views/projectlistpanel.h"
#include "views/projectpage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QScrollBar>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Model;
using TestLib::WindowFixture;

class MainWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_f;
    Organisation m_dordrecht;
    Organisation m_zwijndrecht;
    Organisation m_papendrecht;
    Project m_energie;
    Project m_zorg;
    Project m_haven;
    Identity m_me;

    QListView *list() const { return m_f->find<QListView>(QStringLiteral("projectList")); }
    QString label(const QString &name) const { return m_f->find<QLabel>(name)->text(); }

    void clickRow(QListView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    /// Where a user clicks a check box: on its box, not the middle of a wide widget.
    static QPoint indicatorOf(QCheckBox *box)
    {
        QStyleOptionButton option;
        option.initFrom(box);
        return box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).center();
    }

    void showProject(const QString &name)
    {
        QSignalSpy shown(m_f->window.get(), &Views::MainWindow::projectShown);
        QTRY_VERIFY(list()->model() && list()->model()->rowCount() > 0);
        for (int row = 0; row < list()->model()->rowCount(); ++row) {
            if (list()->model()->index(row, 0).data().toString() == name) {
                clickRow(list(), row);
                QTRY_COMPARE(label(QStringLiteral("headerName")), name);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not in the list").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void init()
    {
        m_f = std::make_unique<WindowFixture>();
        m_dordrecht = m_f->addOrganisation(QStringLiteral("Dordrecht"), QStringLiteral("GM0505"));
        m_zwijndrecht = m_f->addOrganisation(QStringLiteral("Zwijndrecht"), QStringLiteral("GM0642"));
        m_papendrecht = m_f->addOrganisation(QStringLiteral("Papendrecht"), QStringLiteral("GM0590"));
        m_energie = m_f->addProject(QStringLiteral("Energieke Drechtsteden"), ProjectStatus::Active, m_dordrecht.id,
                                    QStringLiteral("Samen van het gas af"));
        m_zorg = m_f->addProject(QStringLiteral("Zorg Dichtbij"), ProjectStatus::Idea, {});
        m_haven = m_f->addProject(QStringLiteral("Oude Haven"), ProjectStatus::Completed, m_dordrecht.id);
        m_me = m_f->becomeSomeoneAt(m_dordrecht, QStringLiteral("Sanne de Vries"));
        m_f->startWindow(m_me);
    }

    void cleanup()
    {
        QVERIFY(m_f->idle());
        QCOMPARE(m_f->messages.errors, QStringList());
        m_f.reset();
    }

    void shouldListOpenProjectsAndCountThemInStatusBar()
    {
        // GIVEN two open projects and a completed one (init)
        // THEN the list shows the open ones in Dutch order and the status bar counts them
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(TestLib::cell(list()->model(), 0, 0), QStringLiteral("Energieke Drechtsteden"));
        QCOMPARE(TestLib::cell(list()->model(), 1, 0), QStringLiteral("Zorg Dichtbij"));
        QTRY_VERIFY(label(QStringLiteral("projectCountLabel")).contains(QLatin1Char('2')));
        QVERIFY(list()->uniformItemSizes());
    }

    void shouldShowTheOverviewOnStartAndComeBackToIt()
    {
        // GIVEN an overdue milestone in the file
        const Milestone late = TestLib::makeMilestone(m_energie.id, QStringLiteral("Warmteplan vastgesteld"),
                                                      QDate::currentDate().addDays(-10));
        QVERIFY(TestLib::await(m_f->store.saveMilestone(late)).ok());
        // WHEN Regie starts as the application starts: the window shows, then the store opens
        Store::SqliteStore store;
        QUndoStack stack;
        Model::Editor editor{&store, &store, &stack};
        TestLib::RecordingMessageBox messages;
        Views::MainWindow window(WindowFixture::servicesOf(store, editor, messages));
        QSignalSpy overview(&window, &Views::MainWindow::overviewShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(TestLib::await(store.open(m_f->dir.file(QStringLiteral("regie.sqlite")))).ok());
        window.start();
        window.setIdentity(m_me);
        // THEN the overview lists the overdue milestone, without any change or sync first
        auto *overdue = window.findChild<QTreeView *>(QStringLiteral("overdueList"));
        QVERIFY(overdue);
        // (an empty list shows one line saying so)
        QTRY_VERIFY2(TestLib::cell(overdue->model(), 0, 1).contains(QStringLiteral("Warmteplan vastgesteld")),
                     qPrintable(TestLib::cell(overdue->model(), 0, 1)));
        QCOMPARE(overdue->model()->rowCount(), 1);
        QVERIFY(overview.count() >= 1);
        QVERIFY(overdue->isVisible());
        // AND each list has room for a few lines (not a cramped box with a scroll bar)
        for (const char *name : {"overdueList", "offTrackList", "evaluationsList", "successesList"}) {
            auto *list = window.findChild<QTreeView *>(QString::fromLatin1(name));
            QVERIFY(list);
            QVERIFY2(list->viewport()->height() >= Views::DashboardPage::MinimumRows * list->fontMetrics().height(),
                     name);
            QVERIFY2(!list->verticalScrollBar()->isVisible(), name);
        }

        // WHEN a project is opened, and the user asks for the overview (View ▸ Overview, Alt+Home)
        auto *projects = window.findChild<QListView *>(QStringLiteral("projectList"));
        QTRY_VERIFY(projects->model() && projects->model()->rowCount() > 0);
        clickRow(projects, 0);
        QTRY_VERIFY(!overdue->isVisible());
        auto *back = window.findChild<QAction *>(QStringLiteral("overviewAction"));
        QVERIFY(back);
        QCOMPARE(back->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Home));
        QCOMPARE(back->text(), QStringLiteral("&Overzicht"));
        back->trigger();
        // THEN the overview is back, no project chosen
        QTRY_VERIFY(overdue->isVisible());
        QVERIFY(!projects->currentIndex().isValid());
        QCOMPARE(overdue->model()->rowCount(), 1);

        // WHEN another milestone falls overdue while the overview shows
        const Milestone later = TestLib::makeMilestone(m_energie.id, QStringLiteral("Aanbesteding gegund"),
                                                       QDate::currentDate().addDays(-2));
        QVERIFY(TestLib::await(store.saveMilestone(later)).ok());
        // THEN it is listed too
        QTRY_COMPARE(overdue->model()->rowCount(), 2);
        QVERIFY(TestLib::cell(overdue->model(), 1, 1).contains(QStringLiteral("Aanbesteding gegund"))
                || TestLib::cell(overdue->model(), 0, 1).contains(QStringLiteral("Aanbesteding gegund")));
    }

    void shouldKeepTheToolBarStillWhatEverCanBeUndone()
    {
        // GIVEN the window with its tool bar, all of it in view
        auto *bar = m_f->find<QToolBar>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        auto *undo = m_f->find<QAction>(QStringLiteral("undoActionToolBar"));
        auto *sync = m_f->find<QAction>(QStringLiteral("syncNowAction"));
        QVERIFY(undo && sync);
        QWidget *syncButton = bar->widgetForAction(sync);
        QVERIFY(syncButton);
        QTRY_VERIFY(syncButton->isVisible());
        const int width = bar->widgetForAction(undo)->width();
        // WHEN something with a long name can be undone
        const QString what = QStringLiteral("Regie overdragen van Gemeente Dordrecht aan Gemeente Zwijndrecht per 1 januari 2027");
        m_f->stack.push(new QUndoCommand(what));
        // THEN the tool bar button keeps its short name and width, its tooltip says it all
        QCOMPARE(undo->text(), QStringLiteral("Ongedaan maken"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->toolTip().contains(what), qPrintable(undo->toolTip()));
        QCOMPARE(bar->widgetForAction(undo)->width(), width);
        // AND the menu says what it undoes, and nothing was pushed out of the tool bar
        QVERIFY(m_f->find<QAction>(QStringLiteral("undoAction"))->text().contains(what));
        QVERIFY(syncButton->isVisible());
        // AND the stand-in undoes
        undo->trigger();
        QCOMPARE(m_f->stack.index(), 0);
        QVERIFY(!undo->isEnabled());
    }

    void shouldNotOfferToSyncWithoutAServer()
    {
        // GIVEN changes in the file (init made three projects)
        auto *sync = m_f->find<QAction>(QStringLiteral("syncNowAction"));
        auto *counts = m_f->find<QLabel>(QStringLiteral("syncCountsLabel"));
        QTRY_VERIFY(counts->text().contains(QStringLiteral("wachten")));
        // WHEN no sync server is set up
        m_f->window->setServerConfigured(false);
        m_f->window->setSyncState(QStringLiteral("Geen synchronisatieserver"), false);
        // THEN there is nothing to sync now, and nothing said to be waiting
        QVERIFY(!sync->isEnabled());
        QVERIFY(sync->toolTip().contains(QStringLiteral("synchronisatieserver")));
        QTRY_VERIFY2(!counts->text().contains(QStringLiteral("wachten")), qPrintable(counts->text()));
        // WHEN one is set up THEN both come back
        m_f->window->setServerConfigured(true);
        QVERIFY(sync->isEnabled());
        QTRY_VERIFY(counts->text().contains(QStringLiteral("wachten")));
    }

    void shouldShowClosedProjectsWhenToggled()
    {
        // GIVEN the list of open projects
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        // WHEN the user ticks "show closed projects"
        auto *toggle = m_f->find<QCheckBox>(QStringLiteral("showClosedCheck"));
        QTest::mouseClick(toggle, Qt::LeftButton, {}, indicatorOf(toggle));
        // THEN the completed project appears too
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        QCOMPARE(TestLib::cell(list()->model(), 1, 0), QStringLiteral("Oude Haven"));
        QVERIFY(m_f->find<QAction>(QStringLiteral("showClosedAction"))->isChecked());
        QTRY_VERIFY(label(QStringLiteral("projectCountLabel")).contains(QLatin1Char('3')));
    }

    void shouldFilterProjectsWhenTypingInSearchField()
    {
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        // WHEN the user types part of a name, without accents or capitals
        auto *search = m_f->find<QLineEdit>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("zorg"));
        // THEN only the matching project remains, after the short debounce
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        QCOMPARE(TestLib::cell(list()->model(), 0, 0), QStringLiteral("Zorg Dichtbij"));
        QTRY_VERIFY(label(QStringLiteral("projectCountLabel")).contains(QLatin1Char('1')));
        // WHEN the search is cleared THEN all open projects are back
        search->clear();
        QTRY_COMPARE(list()->model()->rowCount(), 2);
    }

    void shouldFocusSearchFieldOnCtrlF()
    {
        m_f->window->activateWindow();
        list()->setFocus();
        QTest::keyClick(m_f->window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_f->find<QLineEdit>(QStringLiteral("searchField"))->hasFocus());
    }

    void shouldShowSelectedProjectInHeaderAndOverview()
    {
        // WHEN the user clicks a project
        showProject(QStringLiteral("Energieke Drechtsteden"));
        // THEN its face and its regie show in the header
        QCOMPARE(label(QStringLiteral("headerSlogan")), QStringLiteral("Samen van het gas af"));
        QTRY_VERIFY(label(QStringLiteral("headerLead")).contains(QStringLiteral("Dordrecht")));
        QCOMPARE(label(QStringLiteral("purposeLabel")), QStringLiteral("Samen meer bereiken"));
        QCOMPARE(label(QStringLiteral("statusLabel")), displayName(ProjectStatus::Active));
        // AND the lead history lists the current lead
        auto *history = m_f->find<QListView>(QStringLiteral("leadHistoryList"));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QVERIFY(TestLib::cell(history->model(), 0, 0).contains(QStringLiteral("Dordrecht")));
    }

    void shouldSayWhenProjectHasNoLeadYet()
    {
        showProject(QStringLiteral("Zorg Dichtbij"));
        QTRY_VERIFY(!label(QStringLiteral("headerLead")).isEmpty());
        QVERIFY(!label(QStringLiteral("headerLead")).contains(QStringLiteral("Dordrecht")));
        // AND there is nobody to hand the regie over from
        QVERIFY(!m_f->find<QAction>(QStringLiteral("handOverAction"))->isEnabled());
    }

    void shouldKeepOkDisabledUntilPurposeAndUrgencyAreGiven()
    {
        // WHEN the user asks for a new project
        QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_f->dialog(QStringLiteral("projectDialog"));
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        // THEN OK waits for the required fields
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Slim Parkeren"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit")), QStringLiteral("Minder zoekverkeer"));
        QVERIFY(!ok->isEnabled());
        // AND the missing urgency is named next to its field once touched
        auto *urgency = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urgencyEdit"));
        QTest::keyClicks(urgency, QStringLiteral("x"));
        QTest::keyClick(urgency, Qt::Key_Backspace);
        auto *urgencyError = dialog->findChild<QLabel *>(QStringLiteral("urgencyError"));
        QVERIFY(urgencyError->isVisible());
        QVERIFY(!urgencyError->text().isEmpty());
        QTest::keyClicks(urgency, QStringLiteral("De binnenstad slibt dicht"));
        QVERIFY(ok->isEnabled());
        // AND the message goes, its line stays, so the form does not jump
        QVERIFY(urgencyError->text().isEmpty());
        QVERIFY(urgencyError->isVisible());
        dialog->reject();
    }

    void shouldRequireLeadForActiveProject()
    {
        QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_f->dialog(QStringLiteral("projectDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Slim Parkeren"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit")), QStringLiteral("Minder zoekverkeer"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("urgencyEdit")), QStringLiteral("Nu"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *lead = dialog->findChild<QComboBox *>(QStringLiteral("leadCombo"));
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        // GIVEN the user's own organisation is proposed as lead (once the organisations are read)
        QTRY_COMPARE(lead->currentText(), QStringLiteral("Dordrecht"));
        // WHEN the project is active without a lead
        status->setCurrentIndex(status->findData(int(ProjectStatus::Active)));
        lead->setCurrentIndex(0);
        // THEN it cannot be saved and the dialog says why
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("leadError"))->text().isEmpty());
        // WHEN a lead is chosen THEN it can
        lead->setCurrentIndex(lead->findText(QStringLiteral("Papendrecht")));
        QVERIFY(ok->isEnabled());
        dialog->reject();
    }

    void shouldCreateProjectFromDialogAndUndoIt()
    {
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        // WHEN the user fills in the new project dialog and presses OK
        QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_f->dialog(QStringLiteral("projectDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Slim Parkeren"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sloganEdit")), QStringLiteral("Een kaart"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit")), QStringLiteral("Minder zoekverkeer"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("urgencyEdit")), QStringLiteral("Nu"));
        // (as a user sees it: the organisations arrive, and her own is proposed as lead)
        QTRY_COMPARE(dialog->findChild<QComboBox *>(QStringLiteral("leadCombo"))->currentText(), QStringLiteral("Dordrecht"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        // THEN the project is shown with the user's organisation as lead
        QTRY_COMPARE(label(QStringLiteral("headerName")), QStringLiteral("Slim Parkeren"));
        QTRY_VERIFY(label(QStringLiteral("headerLead")).contains(QStringLiteral("Dordrecht")));
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        QTRY_COMPARE(m_f->find<Views::ProjectListPanel>(QStringLiteral("projectListPanel"))->currentProjectId(),
                     m_f->window->projectPage()->projectId());
        const QUuid created = m_f->window->projectPage()->projectId();
        // WHEN the user undoes
        m_f->find<QAction>(QStringLiteral("undoAction"))->trigger();
        // THEN the project is gone again: from the list and from the page
        QTRY_COMPARE(list()->model()->rowCount(), 2);
        QTRY_VERIFY(m_f->window->projectPage()->projectId() != created);
        QVERIFY(label(QStringLiteral("headerName")) != QStringLiteral("Slim Parkeren"));
    }

    void shouldDeleteProjectOnlyWhenConfirmed()
    {
        showProject(QStringLiteral("Zorg Dichtbij"));
        // WHEN the user declines the question
        m_f->messages.answer = false;
        m_f->find<QAction>(QStringLiteral("deleteProjectAction"))->trigger();
        QCOMPARE(m_f->messages.questions.size(), 1);
        QVERIFY(m_f->idle());
        QCOMPARE(list()->model()->rowCount(), 2);
        // WHEN the user confirms
        m_f->messages.answer = true;
        m_f->find<QAction>(QStringLiteral("deleteProjectAction"))->trigger();
        // THEN the project leaves the list and the page (which moves on to its neighbour)
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        QTRY_VERIFY(m_f->window->projectPage()->projectId() != m_zorg.id);
        QVERIFY(label(QStringLiteral("headerName")) != QStringLiteral("Zorg Dichtbij"));
    }

    void shouldLetNobodyChangeAnotherOrganisationsProject()
    {
        // GIVEN a project of Papendrecht's that Dordrecht does not take part in, on Sanne's laptop without a server
        const Project theirs = m_f->addProject(QStringLiteral("Papendrecht Plant"), ProjectStatus::Active, m_papendrecht.id);
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        showProject(QStringLiteral("Papendrecht Plant"));
        // THEN she can read it, but not change, delete or hand it over, and the window says why
        auto *edit = m_f->find<QAction>(QStringLiteral("editProjectAction"));
        QTRY_VERIFY(!edit->isEnabled());
        QVERIFY(!m_f->find<QAction>(QStringLiteral("deleteProjectAction"))->isEnabled());
        QVERIFY(!m_f->find<QAction>(QStringLiteral("addPartnerAction"))->isEnabled());
        QVERIFY(!m_f->find<QAction>(QStringLiteral("handOverAction"))->isEnabled());
        QVERIFY2(edit->statusTip().contains(QStringLiteral("Papendrecht")), qPrintable(edit->statusTip()));
        QVERIFY(m_f->find<QLabel>(QStringLiteral("milestonesHint"))->text().contains(QStringLiteral("Papendrecht")));
        // WHEN her own organisation's project is shown THEN it is hers to change
        showProject(QStringLiteral("Energieke Drechtsteden"));
        QTRY_VERIFY(edit->isEnabled());
        QVERIFY(m_f->find<QLabel>(QStringLiteral("milestonesHint"))->text().contains(QStringLiteral("Sleep")));
        Q_UNUSED(theirs);
    }

    void shouldOpenClosedProjectReadOnlyExceptStatus()
    {
        auto *showClosed = m_f->find<QCheckBox>(QStringLiteral("showClosedCheck"));
        QTest::mouseClick(showClosed, Qt::LeftButton, {}, indicatorOf(showClosed));
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        showProject(QStringLiteral("Oude Haven"));
        // THEN partner actions are off, but the project can still be opened for its status
        QVERIFY(!m_f->find<QAction>(QStringLiteral("addPartnerAction"))->isEnabled());
        QVERIFY(!m_f->find<QAction>(QStringLiteral("deleteProjectAction"))->isEnabled());
        auto *edit = m_f->find<QAction>(QStringLiteral("editProjectAction"));
        QVERIFY(edit->isEnabled());
        edit->trigger();
        auto *dialog = m_f->dialog(QStringLiteral("projectDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit"))->isReadOnly());
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"))->isEnabled());
        // (every label with a mnemonic has a field to go to, so none shows its "&")
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->text().contains(QLatin1Char('&')) && !l->text().contains(QStringLiteral("&amp;")))
                QVERIFY2(l->buddy(), qPrintable(l->text()));
        }
        dialog->reject();
    }

    void shouldAddPartnerThroughDialog()
    {
        showProject(QStringLiteral("Energieke Drechtsteden"));
        auto *table = m_f->find<QTableView>(QStringLiteral("partnersTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        // WHEN the user adds Papendrecht with Ctrl+Shift+P
        QTest::keyClick(m_f->window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_f->dialog(QStringLiteral("participationDialog"));
        QVERIFY(dialog);
        // THEN the lead is not offered again
        QCOMPARE(dialog->findChild<QListView *>(QStringLiteral("organisationList"))->model()->rowCount(), 2);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("organisationSearch")), QStringLiteral("papen"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("bringsEdit")), QStringLiteral("Twee uur per week"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        // THEN the table shows it as a partner after the lead
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(TestLib::cell(table->model(), 1, ParticipantsModel::OrganisationColumn), QStringLiteral("Papendrecht"));
        QCOMPARE(TestLib::cell(table->model(), 1, ParticipantsModel::RoleColumn), displayName(ParticipationRole::Partner));
        QCOMPARE(TestLib::cell(table->model(), 1, ParticipantsModel::BringsColumn), QStringLiteral("Twee uur per week"));
        QTRY_VERIFY(m_f->find<QAction>(QStringLiteral("handOverAction"))->isEnabled());
    }

    void shouldReportFailedEditThroughMessageBox()
    {
        // WHEN the user creates an organisation whose name is taken
        m_f->find<QAction>(QStringLiteral("newOrganisationAction"))->trigger();
        auto *dialog = m_f->dialog(QStringLiteral("organisationDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Dordrecht"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        // THEN the store's refusal reaches the user, and nothing stays on the undo stack
        QTRY_COMPARE(m_f->messages.errors.size(), 1);
        QTRY_VERIFY(!m_f->stack.canUndo());
        m_f->messages.errors.clear();
    }

    void shouldShowWhoIAmInStatusBar()
    {
        QVERIFY(label(QStringLiteral("identityLabel")).contains(QStringLiteral("Sanne de Vries")));
        QVERIFY(label(QStringLiteral("identityLabel")).contains(QStringLiteral("Dordrecht")));
    }

    void shouldNameTheProjectOrOrganisationInTheTitleNotTheFile()
    {
        // GIVEN the window on a Regie file
        const QString file = m_f->dir.file(QStringLiteral("regie.sqlite"));
        m_f->window->setDatabasePath(file);
        // THEN the title names her organisation, not the file; the file is named in the status bar's tooltip
        QCOMPARE(m_f->window->windowTitle(), QStringLiteral("Dordrecht"));
        QVERIFY(m_f->window->windowFilePath().isEmpty());
        QVERIFY(!m_f->window->windowTitle().contains(QStringLiteral("sqlite")));
        QVERIFY(m_f->find<QLabel>(QStringLiteral("identityLabel"))->toolTip().contains(QStringLiteral("regie.sqlite")));
        // WHEN a project is shown THEN the title names it
        showProject(QStringLiteral("Energieke Drechtsteden"));
        QTRY_COMPARE(m_f->window->windowTitle(), QStringLiteral("Energieke Drechtsteden"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
