// Feature: the plan in the council's spreadsheets.
//   As a project lead
//   I want the progress log, the goals with their measurements and the milestones as CSV
//   so that the council's clerk opens them in a spreadsheet, accents and decimal commas intact.

#include "planfeaturefixture.h"

#include "testlib/csvreader.h"

#include "model/text.h"
#include "views/councilexportactions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QAbstractButton>
#include <QScopeGuard>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

class CouncilExportFeatureTest : public QObject, PlanFeatureFixture
{
    Q_OBJECT

    /// The action called @p name in the File menu's export submenu.
    QAction *exportAction(const QString &name) const
    {
        QMenu *file = nullptr;
        for (QAction *a : m_f->window->menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(m_f->find<QAction>(u"quitAction"_s)))
                file = a->menu();
        }
        if (!file)
            return nullptr;
        for (QAction *a : file->actions()) {
            if (a->menu() && a->menu()->objectName() == u"councilExportMenu"_s) {
                for (QAction *inner : a->menu()->actions()) {
                    if (inner->objectName() == name)
                        return inner;
                }
            }
        }
        return nullptr;
    }

    /// Chooses @p path in the save dialog the export opened, and says which folder it opened in.
    QString choose(const QString &path)
    {
        QFileDialog *files = nullptr;
        (void)QTest::qWaitFor([&] { return (files = m_f->window->findChild<QFileDialog *>(u"councilExportFileDialog"_s)); }, 5000);
        if (!files)
            return {};
        const QString opened = files->directory().absolutePath() + u" "_s + files->selectedFiles().value(0);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // (QFileDialog hides accept())
        return opened;
    }

    QList<QStringList> exportTo(const QString &action, const QString &path, QString *opened = nullptr)
    {
        auto *actions = m_f->window->findChild<Views::CouncilExportActions *>();
        QSignalSpy exported(actions, &Views::CouncilExportActions::exported);
        QAction *a = exportAction(action);
        if (!a || !a->isEnabled())
            return {};
        a->trigger();
        const QString where = choose(path);
        if (opened)
            *opened = where;
        if (!exported.wait(TestLib::AnswerTimeoutMs))
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return TestLib::readCsv(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init() { setUpProject(); }

    void cleanup() { m_f.reset(); }

    void shouldExportTheProgressLogWithHoursPerOrganisation()
    {
        // GIVEN Joost logged hours with a note full of separators, and Dordrecht logged too
        ProgressEntry first;
        first.id = QUuid::createUuid();
        first.projectId = m_project.id;
        first.date = QDate(2026, 3, 2);
        first.personId = m_joost.personId;
        first.organisationId = m_zwijndrecht.id;
        first.hours = 7.5;
        first.note = u"Overleg; \"warmte\" in café\nen 1.234,5 euro"_s;
        QVERIFY(TestLib::await(m_f->store.addProgress(first)).ok());
        ProgressEntry second = first;
        second.id = QUuid::createUuid();
        second.date = QDate(2026, 3, 9);
        second.hours = 2.25;
        second.note = u"Wijkavond"_s;
        QVERIFY(TestLib::await(m_f->store.addProgress(second)).ok());

        // WHEN the clerk exports the progress log through File ▸ Export
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        QString opened;
        const QString path = m_f->dir.file(u"voortgang.csv"_s);
        const auto rows = exportTo(u"exportProgressAction"_s, path, &opened);

        // THEN the save dialog opened in Documents with the project's name
        QVERIFY2(opened.startsWith(QDir(documents).absolutePath()),
                 qPrintable(opened));
        QVERIFY2(opened.contains(u"Warm Wonen"_s), qPrintable(opened));
        // AND the file holds the log in Dutch, oldest first, the note whole
        QCOMPARE(rows.size(), 1 + 2 + 1 + 1 + 1 + 1);
        QCOMPARE(rows.at(0).first(), u"Datum"_s);
        QCOMPARE(rows.at(1), (QStringList{u"02-03-2026"_s, u"Joost Bakker"_s, u"Zwijndrecht"_s, u"7,5"_s, {}, {},
                                          u"Overleg; \"warmte\" in café\nen 1.234,5 euro"_s, {}}));
        QCOMPARE(rows.at(2).at(3), u"2,25"_s);
        // AND the hours per organisation below it
        QCOMPARE(rows.at(4).first(), u"Uren per organisatie"_s);
        QCOMPARE(rows.at(5), (QStringList{u"Zwijndrecht"_s, u"9,75"_s, u"2"_s}));
        QCOMPARE(rows.at(6), (QStringList{u"Totaal"_s, u"9,75"_s, u"2"_s}));
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldExportGoalsWithTheirMeasurementsAndMilestones()
    {
        Goal goal;
        goal.id = QUuid::createUuid();
        goal.projectId = m_project.id;
        goal.title = u"Woningen van het gas; fase één"_s;
        goal.unit = u"woningen"_s;
        goal.baseline = 0;
        goal.target = 1000;
        QVERIFY(TestLib::await(m_f->store.saveGoal(goal)).ok());
        Measurement m{QUuid::createUuid(), m_project.id, goal.id, 310.5, QDate(2026, 11, 15), u"geteld \"na\" de zomer"_s,
                      {}, {}, {}, false, {}};
        QVERIFY(TestLib::await(m_f->store.addMeasurement(m)).ok());
        Milestone milestone{QUuid::createUuid(), m_project.id, u"Warmteplan vastgesteld"_s, {}, QDate(2027, 2, 1),
                            m_dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {goal.id}, {}};
        QVERIFY(TestLib::await(m_f->store.saveMilestone(milestone)).ok());

        // WHEN the goals are exported
        const auto goals = exportTo(u"exportGoalsAction"_s, m_f->dir.file(u"doelen.csv"_s));
        // THEN each measurement is a line beside its goal, the date in Dutch
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals.at(0).first(), u"Doel"_s);
        QCOMPARE(goals.at(1), (QStringList{u"Woningen van het gas; fase één"_s, {}, u"woningen"_s, u"0"_s, u"1000"_s, {},
                                           u"15-11-2026"_s, u"310,5"_s, u"geteld \"na\" de zomer"_s,
                                           u"Joost Bakker"_s}));

        // WHEN the milestones are exported
        const auto milestones = exportTo(u"exportMilestonesAction"_s, m_f->dir.file(u"mijlpalen.csv"_s));
        // THEN the milestone names its status, owner and goal in Dutch
        QCOMPARE(milestones.size(), 2);
        QCOMPARE(milestones.at(0).first(), u"Mijlpaal"_s);
        QCOMPARE(milestones.at(1), (QStringList{u"Warmteplan vastgesteld"_s, {}, u"01-02-2027"_s, u"Gepland"_s, {},
                                                u"Dordrecht"_s, u"Woningen van het gas; fase één"_s}));
        QCOMPARE(m_f->messages.errors, QStringList());
    }

    void shouldLeaveAFileThatCannotBeReplacedAsItWas()
    {
        // GIVEN an earlier export in a folder that cannot be written to
        const QString folder = m_f->dir.file(u"alleen-lezen"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/voortgang.csv"_s;
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("eerdere export");
        old.close();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto unlock = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        if (QFileInfo(folder).isWritable())
            QSKIP("every folder can be written to by this user (root)");

        // WHEN the progress log is exported over it, and the user says yes to replacing it
        QAction *a = exportAction(u"exportProgressAction"_s);
        QVERIFY(a && a->isEnabled());
        a->trigger();
        QTimer yes;
        connect(&yes, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (QAbstractButton *b = box->button(QMessageBox::Yes))
                    b->click();
            }
        });
        yes.start(50);
        QVERIFY(!choose(path).isEmpty());

        // THEN the user is told in Dutch, and nothing was written
        QTRY_COMPARE(m_f->messages.errors.size(), 1);
        QVERIFY2(m_f->messages.errors.first().startsWith(u"De export is niet geschreven"_s),
                 qPrintable(m_f->messages.errors.first()));
        QVERIFY(m_f->messages.errors.first().contains(QDir::toNativeSeparators(path)));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("eerdere export"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"voortgang.csv"_s});
    }

    void shouldOfferNoExportWithoutAProject()
    {
        m_f->window->showOverview();
        QTRY_VERIFY(!m_f->window->projectPage()->hasProject());
        QAction *a = exportAction(u"exportProgressAction"_s);
        QVERIFY(a);
        QTRY_VERIFY(!a->isEnabled());
    }
};

QTEST_MAIN(CouncilExportFeatureTest)
#include "councilexportfeaturetest.moc"
