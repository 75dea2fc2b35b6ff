#include "windowfixture.h"

#include "model/organisationlistmodel.h"
#include "views/welcomedialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;
using Views::WelcomeDialog;

/// The first start, on a laptop that knows no organisation yet.
class WelcomeDialogTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;
    std::unique_ptr<OrganisationListModel> m_known;

    void shoot(QWidget *widget, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            widget->grab().save(shots + u"/"_s + name + u".png"_s);
    }

    std::unique_ptr<WelcomeDialog> openDialog()
    {
        m_known = std::make_unique<OrganisationListModel>(&m_f->store, m_f->store.notifier());
        QSignalSpy loaded(m_known.get(), &OrganisationListModel::loaded);
        m_known->reload();
        if (!loaded.wait(TestLib::AnswerTimeoutMs))
            return nullptr;
        auto dialog = std::make_unique<WelcomeDialog>(m_known.get());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void init() { m_f = std::make_unique<TestLib::WindowFixture>(); }

    void cleanup()
    {
        m_known.reset();
        m_f.reset();
    }

    void shouldOfferTheMunicipalitiesAndProvincesOnAFreshInstall()
    {
        // GIVEN the welcome dialog on an empty laptop
        auto dialog = openDialog();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListView *>(u"organisationList"_s);
        auto *search = dialog->findChild<QLineEdit *>(u"organisationSearch"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        auto *issues = dialog->findChild<QLabel *>(u"issuesLabel"_s);
        // THEN the list offers the 342 municipalities and 12 provinces, to be picked from
        QCOMPARE(list->model()->rowCount(), 354);
        QVERIFY(dialog->findChild<QRadioButton *>(u"existingRadio"_s)->isChecked());
        // AND nothing is said to be wrong before anything is typed, though OK waits
        QVERIFY(!ok->isEnabled());
        QVERIFY(!issues->isVisible());
        shoot(dialog.get(), u"welcome-fresh"_s);

        // WHEN she searches for her municipality by a part of its name
        QTest::keyClicks(search, u"dordr"_s);
        // THEN it is the one left, chosen, and named with its CBS code
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().data().toString(), u"Dordrecht"_s);
        QVERIFY(list->currentIndex().data(Qt::ToolTipRole).toString().contains(u"GM0505"_s));
        // AND by its code
        search->clear();
        QTest::keyClicks(search, u"gm0590"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().data().toString(), u"Papendrecht"_s);
        search->clear();
        QTest::keyClicks(search, u"dordrecht"_s);
        QCOMPARE(list->currentIndex().data().toString(), u"Dordrecht"_s);

        // WHEN she gives her name and presses Ctrl+Enter in the name field
        auto *name = dialog->findChild<QLineEdit *>(u"personNameEdit"_s);
        QTest::keyClicks(name, u"Anna de Vries"_s);
        QVERIFY(ok->isEnabled());
        shoot(dialog.get(), u"welcome-chosen"_s);
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
        // THEN the dialog is accepted, and Dordrecht is to be made with its code
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog->choice(), WelcomeDialog::Choice::Existing);
        QVERIFY(dialog->organisationId().isNull());
        const Organisation made = dialog->newOrganisation();
        QVERIFY(!made.id.isNull());
        QCOMPARE(made.name, u"Dordrecht"_s);
        QCOMPARE(made.kind, OrganisationKind::Municipality);
        QCOMPARE(made.municipalityCode, u"GM0505"_s);
        QCOMPARE(dialog->personName(), u"Anna de Vries"_s);
        QVERIFY(Model::validate(made).isEmpty());
    }

    void shouldChooseAnOrganisationTheLaptopKnowsInsteadOfMakingItAgain()
    {
        // GIVEN a laptop that knows Dordrecht already
        const Organisation dordrecht = m_f->addOrganisation(u"Dordrecht"_s, u"GM0505"_s);
        auto dialog = openDialog();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListView *>(u"organisationList"_s);
        // THEN it is listed once
        QCOMPARE(list->model()->rowCount(), 354);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"organisationSearch"_s), u"dordrecht"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"personNameEdit"_s), u"Anna de Vries"_s);
        // WHEN she starts
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        // THEN the one the laptop knows is chosen
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->organisationId(), dordrecht.id);
    }

    void shouldNotAcceptWithCtrlEnterWhileSomethingIsMissing()
    {
        // GIVEN the dialog with a province chosen but no name
        auto dialog = openDialog();
        QVERIFY(dialog);
        auto *search = dialog->findChild<QLineEdit *>(u"organisationSearch"_s);
        QTest::keyClicks(search, u"provincie utrecht"_s);
        QCOMPARE(dialog->findChild<QListView *>(u"organisationList"_s)->currentIndex().data().toString(),
                 u"Provincie Utrecht"_s);
        // WHEN Ctrl+Enter is pressed
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        QTest::keyClick(search, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        // THEN it stays open
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog->isVisible());
        // AND a province is made without a municipality code
        auto *name = dialog->findChild<QLineEdit *>(u"personNameEdit"_s);
        QTest::keyClicks(name, u"Joost Bakker"_s);
        QTest::keyClick(name, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog->newOrganisation().kind, OrganisationKind::Province);
        QVERIFY(dialog->newOrganisation().municipalityCode.isEmpty());
    }
};

QTEST_MAIN(WelcomeDialogTest)
#include "welcomedialogtest.moc"
