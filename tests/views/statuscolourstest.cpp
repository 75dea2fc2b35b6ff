#include "testlib/testenvironment.h"

#include "model/goaltrend.h"
#include "model/types.h"
#include "views/projectdelegate.h"
#include "views/statuscolours.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace Model;
using Views::StatusColours;
using namespace Qt::StringLiterals;

/// Colours that carry a meaning can be read by someone with low vision:
/// WCAG AA asks a contrast of 4.5:1 for text.
class StatusColoursTest : public QObject
{
    Q_OBJECT

    static constexpr double TextContrast = 4.5;

    /// The backgrounds text stands on: the style's window and field, Breeze's
    /// window (the desktop Regie is made for) and white.
    static QList<QColor> backgrounds()
    {
        const QPalette palette = QApplication::style()->standardPalette();
        return {palette.color(QPalette::Window), palette.color(QPalette::Base), QColor(0xef, 0xf0, 0xf1),
                QColor(Qt::white)};
    }

    static QString why(const QColor &text, const QColor &background)
    {
        return QStringLiteral("%1 on %2: %3:1")
            .arg(text.name(), background.name())
            .arg(StatusColours::contrast(text, background), 0, 'f', 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void shouldMeasureContrastAsWcagDoes()
    {
        QCOMPARE(StatusColours::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColours::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(StatusColours::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 is the lightest grey that passes on white, #777777 just fails
        QVERIFY(StatusColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= TextContrast);
        QVERIFY(StatusColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < TextContrast);
    }

    void shouldWriteStatusBadgesInWhiteThatCanBeRead_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("idea") << int(ProjectStatus::Idea);
        QTest::newRow("active") << int(ProjectStatus::Active);
        QTest::newRow("completed") << int(ProjectStatus::Completed);
        QTest::newRow("stopped") << int(ProjectStatus::Stopped);
    }

    void shouldWriteStatusBadgesInWhiteThatCanBeRead()
    {
        // The list's badges and the page header write the status in white on this colour.
        QFETCH(int, status);
        const QColor badge = Views::ProjectDelegate::statusColour(status);
        QVERIFY2(StatusColours::contrast(Qt::white, badge) >= TextContrast, qPrintable(why(Qt::white, badge)));
    }

    void shouldShowAGoalsHealthInReadableText_data()
    {
        QTest::addColumn<int>("health");
        QTest::newRow("unknown") << int(GoalHealth::Unknown);
        QTest::newRow("on track") << int(GoalHealth::OnTrack);
        QTest::newRow("at risk") << int(GoalHealth::AtRisk);
        QTest::newRow("off track") << int(GoalHealth::OffTrack);
        QTest::newRow("reached") << int(GoalHealth::Reached);
    }

    void shouldShowAGoalsHealthInReadableText()
    {
        // The goals tab writes the health in its colour on the window.
        QFETCH(int, health);
        const QColor text = healthColour(GoalHealth(health));
        for (const QColor &background : backgrounds())
            QVERIFY2(StatusColours::contrast(text, background) >= TextContrast, qPrintable(why(text, background)));
    }

    void shouldWriteErrorsAndWarningsThatCanBeRead_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::newRow("error") << StatusColours::error();
        QTest::newRow("warning") << StatusColours::warning();
        QTest::newRow("good") << StatusColours::good();
    }

    void shouldWriteErrorsAndWarningsThatCanBeRead()
    {
        // Errors stand under fields on the window; warnings and good signs on the interest map's cards.
        QFETCH(QColor, text);
        QList<QColor> all = backgrounds();
        all.append(StatusColours::card());
        for (const QColor &background : std::as_const(all))
            QVERIFY2(StatusColours::contrast(text, background) >= TextContrast, qPrintable(why(text, background)));
    }
};

QTEST_MAIN(StatusColoursTest)
#include "statuscolourstest.moc"
