// Feature: hand over the regie.
//   As the lead of a project between municipalities
//   I want to hand the regie over to a partner, and take that back if I erred,
//   so that the project always has one lead and its history stays true.

#include "../views/windowfixture.h"

#include "model/participantsmodel.h"
#include "model/text.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Model;
using TestLib::cell;

class LeadHandOverFeatureTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::WindowFixture> m_f;

    QString headerLead() const { return m_f->find<QLabel>(QStringLiteral("headerLead"))->text(); }
    QAbstractItemModel *partners() const { return m_f->find<QTableView>(QStringLiteral("partnersTable"))->model(); }

    /// "Organisation: role" for every row of the partners table.
    QStringList partnerRoles() const
    {
        QStringList rows;
        for (int row = 0; row < partners()->rowCount(); ++row)
            rows.append(cell(partners(), row, ParticipantsModel::OrganisationColumn) + QStringLiteral(": ")
                        + cell(partners(), row, ParticipantsModel::RoleColumn));
        return rows;
    }

    static QString lead() { return displayName(ParticipationRole::Lead); }
    static QString partner() { return displayName(ParticipationRole::Partner); }

    void addPartner(const QString &search, const QString &brings)
    {
        auto *button = m_f->find<QToolButton>(QStringLiteral("addPartnerButton"));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = m_f->dialog(QStringLiteral("participationDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("organisationSearch")), search);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("bringsEdit")), brings);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void init() { m_f = std::make_unique<TestLib::WindowFixture>(); }

    void cleanup()
    {
        QVERIFY(m_f->idle());
        m_f.reset();
    }

    void shouldShowNewLeadAfterHandOverAndTakeItBackOnUndo()
    {
        // GIVEN three municipalities of the Drechtsteden and a civil servant of Dordrecht
        const auto dordrecht = m_f->addOrganisation(QStringLiteral("Dordrecht"), QStringLiteral("GM0505"));
        m_f->addOrganisation(QStringLiteral("Zwijndrecht"), QStringLiteral("GM0642"));
        m_f->addOrganisation(QStringLiteral("Papendrecht"), QStringLiteral("GM0590"));
        const auto me = m_f->becomeSomeoneAt(dordrecht, QStringLiteral("Sanne de Vries"));
        m_f->startWindow(me);

        // WHEN she creates an active project through the dialog, with Dordrecht as lead
        QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_f->dialog(QStringLiteral("projectDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Schone Rivieren"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sloganEdit")), QStringLiteral("Samen stroomopwaarts"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeEdit")),
                         QStringLiteral("Een aanpak voor de oevers van de Merwede"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("urgencyEdit")),
                         QStringLiteral("De subsidie loopt dit jaar af"));
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(int(ProjectStatus::Active)));
        auto *leadCombo = dialog->findChild<QComboBox *>(QStringLiteral("leadCombo"));
        // The organisations are read in the background: wait for them as a user would.
        QTRY_VERIFY(leadCombo->findText(QStringLiteral("Dordrecht")) >= 0);
        leadCombo->setCurrentIndex(leadCombo->findText(QStringLiteral("Dordrecht")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

        // THEN the project page shows it with Dordrecht holding the regie
        QTRY_COMPARE(m_f->find<QLabel>(QStringLiteral("headerName"))->text(), QStringLiteral("Schone Rivieren"));
        QTRY_VERIFY(headerLead().contains(QStringLiteral("Dordrecht")));
        QTRY_COMPARE(partnerRoles(), QStringList{QStringLiteral("Dordrecht: ") + lead()});

        // WHEN she adds Zwijndrecht and Papendrecht as partners on the Partners tab
        auto *tabs = m_f->find<QTabWidget>(QStringLiteral("projectTabs"));
        tabs->setCurrentWidget(m_f->find<QWidget>(QStringLiteral("partnersTab")));
        addPartner(QStringLiteral("zwijn"), QStringLiteral("Een projectleider"));
        QTRY_COMPARE(partners()->rowCount(), 2);
        addPartner(QStringLiteral("papen"), QStringLiteral("Kennis van de oevers"));

        // THEN the table lists the lead first, then both partners
        QTRY_COMPARE(partnerRoles(), (QStringList{QStringLiteral("Dordrecht: ") + lead(),
                                                  QStringLiteral("Papendrecht: ") + partner(),
                                                  QStringLiteral("Zwijndrecht: ") + partner()}));

        // WHEN she hands the regie over to Zwijndrecht
        auto *handOver = m_f->find<QToolButton>(QStringLiteral("handOverButton"));
        QTRY_VERIFY(handOver->isEnabled());
        QTest::mouseClick(handOver, Qt::LeftButton);
        auto *handOverDialog = m_f->dialog(QStringLiteral("handOverDialog"));
        QVERIFY(handOverDialog);
        QCOMPARE(handOverDialog->findChild<QLabel *>(QStringLiteral("currentLeadLabel"))->text(), QStringLiteral("Dordrecht"));
        auto *newLead = handOverDialog->findChild<QComboBox *>(QStringLiteral("newLeadCombo"));
        QCOMPARE(newLead->count(), 2);
        newLead->setCurrentIndex(newLead->findText(QStringLiteral("Zwijndrecht")));
        QTest::mouseClick(handOverDialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

        // THEN Zwijndrecht holds the regie and Dordrecht stays a partner
        const QStringList afterHandOver{QStringLiteral("Zwijndrecht: ") + lead(), QStringLiteral("Dordrecht: ") + partner(),
                                        QStringLiteral("Papendrecht: ") + partner()};
        QTRY_VERIFY(headerLead().contains(QStringLiteral("Zwijndrecht")));
        QTRY_COMPARE(partnerRoles(), afterHandOver);
        // AND the overview keeps who led when
        auto *history = m_f->find<QListView>(QStringLiteral("leadHistoryList"));
        QTRY_COMPARE(history->model()->rowCount(), 2);

        // WHEN she undoes the hand-over
        QAction *undo = m_f->find<QAction>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        undo->trigger();

        // THEN Dordrecht holds the regie again
        QTRY_VERIFY(headerLead().contains(QStringLiteral("Dordrecht")));
        QTRY_COMPARE(partnerRoles(), (QStringList{QStringLiteral("Dordrecht: ") + lead(),
                                                  QStringLiteral("Papendrecht: ") + partner(),
                                                  QStringLiteral("Zwijndrecht: ") + partner()}));
        QTRY_COMPARE(history->model()->rowCount(), 1);

        // WHEN she redoes it
        m_f->find<QAction>(QStringLiteral("redoAction"))->trigger();

        // THEN Zwijndrecht leads once more
        QTRY_VERIFY(headerLead().contains(QStringLiteral("Zwijndrecht")));
        QTRY_COMPARE(partnerRoles(), afterHandOver);
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QVERIFY(m_f->idle());
        QCOMPARE(m_f->messages.errors, QStringList());
    }
};

QTEST_MAIN(LeadHandOverFeatureTest)
#include "leadhandoverfeaturetest.moc"
