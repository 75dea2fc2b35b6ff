#include "model/milestonetimelinemodel.h"
#include "views/timelineganttproxy.h"
#include "testlib/testenvironment.h"

#include <KGanttGlobal>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Model;
using Views::TimelineGanttProxy;
using namespace Qt::StringLiterals;

namespace {

Milestone milestone(const QString &title, const QDate &due)
{
    Milestone m;
    m.id = QUuid::createUuid();
    m.title = title;
    m.due = due;
    return m;
}

} // namespace

class TimelineGanttProxyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldShowEachRowInKGanttsColumnsAndRoles()
    {
        // GIVEN a milestone and a held evaluation behind the proxy, both checked
        MilestoneTimelineModel model;
        TimelineGanttProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Evaluation held;
        held.id = QUuid::createUuid();
        held.plannedOn = QDate(2027, 1, 1);
        held.heldOn = QDate(2027, 1, 5);
        const QDate due(2027, 3, 31);

        // WHEN the rows arrive
        model.setRows({milestone(u"Warmtenet aanbesteed"_s, due)}, {held});

        // THEN each row has KGantt's six columns
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.columnCount(), int(TimelineGanttProxy::ColumnCount));
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Title).data().toString(), u"Warmtenet aanbesteed"_s);
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Title).data(Qt::ToolTipRole),
                 model.index(0).data(Qt::ToolTipRole));
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Type).data().toInt(), int(KGantt::TypeEvent));
        const QDateTime midnight(due, QTime(0, 0), QTimeZone::UTC); // no time zone lookups in the chart
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Start).data(KGantt::StartTimeRole).toDateTime(), midnight);
        QCOMPARE(proxy.index(0, TimelineGanttProxy::End).data(KGantt::EndTimeRole).toDateTime(), midnight);
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Start).data(KGantt::StartTimeRole).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(proxy.index(1, TimelineGanttProxy::Completion).data().toInt(), 100);
        QCOMPARE(proxy.index(1, TimelineGanttProxy::Legend).data(), model.index(1).data(MilestoneTimelineModel::LegendRole));
        QCOMPARE(proxy.mapToSource(proxy.index(1, TimelineGanttProxy::Start)), model.index(1));
        QCOMPARE(proxy.mapFromSource(model.index(1)), proxy.index(1, TimelineGanttProxy::Title));
        // AND only what may move is editable, in the columns KGantt asks
        QVERIFY(proxy.flags(proxy.index(0, TimelineGanttProxy::Title)) & Qt::ItemIsEditable);
        QVERIFY(proxy.flags(proxy.index(0, TimelineGanttProxy::Start)) & Qt::ItemIsEditable);
        QVERIFY(!(proxy.flags(proxy.index(0, TimelineGanttProxy::Legend)) & Qt::ItemIsEditable));
        QVERIFY(!(proxy.flags(proxy.index(1, TimelineGanttProxy::Title)) & Qt::ItemIsEditable));
    }

    void shouldTurnADragIntoOneMoveRequest()
    {
        // GIVEN a milestone behind the proxy
        MilestoneTimelineModel model;
        TimelineGanttProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setMilestones({milestone(u"Warmtenet aanbesteed"_s, QDate(2027, 3, 31))});
        QSignalSpy moves(&model, &MilestoneTimelineModel::moveRequested);

        // WHEN KGantt writes start and end after a drag
        const QDateTime to = QDate(2027, 5, 1).startOfDay();
        QVERIFY(!proxy.setData(proxy.index(0, TimelineGanttProxy::Start), to, KGantt::StartTimeRole));
        QVERIFY(!proxy.setData(proxy.index(0, TimelineGanttProxy::End), to, KGantt::EndTimeRole));

        // THEN the move is asked for once, with the day
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.first().at(1).toDate(), QDate(2027, 5, 1));
    }

    void shouldReleaseEveryChartItemOfALongPlanInTurns()
    {
        // GIVEN a plan of 3,000 milestones behind the proxy
        MilestoneTimelineModel model;
        TimelineGanttProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy completed(&proxy, &TimelineGanttProxy::completed);
        QList<Milestone> rows;
        for (int i = 0; i < 3000; ++i)
            rows << milestone(u"Mijlpaal %1"_s.arg(i), QDate(2027, 1, 1).addDays(i));

        // WHEN it arrives
        model.setMilestones(rows);

        // THEN every row is there at once, the first of them with their chart items
        QCOMPARE(proxy.rowCount(), 3000);
        QCOMPARE(proxy.index(0, TimelineGanttProxy::Type).data().toInt(), int(KGantt::TypeEvent));
        // AND the rest follow in later turns of the event loop, each row once
        // (a generous limit: the sanitizer build on a busy machine takes seconds for the model tester's checks)
        QTRY_VERIFY_WITH_TIMEOUT(proxy.isComplete(), 60000);
        QVERIFY(!completed.isEmpty());
        for (int row : {1, 1500, 2999})
            QCOMPARE(proxy.index(row, TimelineGanttProxy::Type).data().toInt(), int(KGantt::TypeEvent));
    }

    void shouldPassOnChangesOfTheSourceForWholeRows()
    {
        // GIVEN two milestones behind the proxy
        MilestoneTimelineModel model;
        TimelineGanttProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<Milestone> rows{milestone(u"Een"_s, QDate(2027, 1, 1)), milestone(u"Twee"_s, QDate(2027, 2, 1))};
        model.setMilestones(rows);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

        // WHEN the second is renamed
        rows[1].title = u"Twee, herzien"_s;
        model.setMilestones(rows);

        // THEN its whole row changes, nothing else
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), proxy.index(1, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), proxy.index(1, TimelineGanttProxy::ColumnCount - 1));
        QCOMPARE(proxy.index(1, 0).data().toString(), u"Twee, herzien"_s);

        // WHEN the source empties
        model.clear();
        // THEN so does the proxy
        QCOMPARE(reset.count(), 1);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TimelineGanttProxyTest)
#include "timelineganttproxytest.moc"
