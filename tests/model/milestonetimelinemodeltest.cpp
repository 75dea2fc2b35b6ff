#include "model/milestonetimelinemodel.h"
#include "model/text.h"
#include "testlib/testenvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

namespace {

Milestone milestone(const QString &title, const QDate &due, MilestoneStatus status = MilestoneStatus::Planned)
{
    Milestone m;
    m.id = QUuid::createUuid();
    m.projectId = QUuid::fromString(u"{6c1e5e57-0000-4000-8000-000000000001}"_s);
    m.title = title;
    m.due = due;
    m.status = status;
    m.ownerOrganisationName = u"Dordrecht"_s;
    m.meta.version = 1;
    return m;
}

Evaluation evaluation(const QDate &planned, const QDate &held = {})
{
    Evaluation e;
    e.id = QUuid::createUuid();
    e.kind = EvaluationKind::Interim;
    e.plannedOn = planned;
    e.heldOn = held;
    return e;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

class MilestoneTimelineModelTest : public QObject
{
    Q_OBJECT

    const QDate m_march{2027, 3, 31};
    const QDate m_june{2027, 6, 30};

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldShowMilestonesThenEvaluationsWithTheirStrings()
    {
        // GIVEN the model under the tester
        MilestoneTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Milestone tender = milestone(u"Warmtenet aanbesteed"_s, m_march);
        const Milestone done = milestone(u"Wijkavond gehouden"_s, m_june, MilestoneStatus::Done);
        const Evaluation planned = evaluation(QDate(2027, 9, 1));
        const Evaluation held = evaluation(QDate(2027, 1, 1), QDate(2027, 1, 5));

        // WHEN both lists arrive
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({tender, done}, {planned, held});

        // THEN it resets once and shows milestones first, then evaluations
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const QString interim = displayName(EvaluationKind::Interim);
        QCOMPARE(titles(model), (QStringList{tender.title, done.title, interim, u"%1 (held)"_s.arg(interim)}));
        // AND each row says what it is, when, and how far along
        const QModelIndex first = model.index(0);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(displayName(MilestoneStatus::Planned)));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Dordrecht"_s));
        QCOMPARE(first.data(MilestoneTimelineModel::DateRole).toDate(), m_march);
        QCOMPARE(first.data(MilestoneTimelineModel::LegendRole).toString(), displayName(MilestoneStatus::Planned));
        QCOMPARE(first.data(MilestoneTimelineModel::CompletionRole).toInt(), 0);
        QCOMPARE(first.data(MilestoneTimelineModel::IdRole).toUuid(), tender.id);
        QCOMPARE(first.data(MilestoneTimelineModel::MilestoneRole).value<Milestone>().title, tender.title);
        QVERIFY(!first.data(MilestoneTimelineModel::IsEvaluationRole).toBool());
        QVERIFY(first.data(Qt::DecorationRole).value<QColor>().isValid());
        QCOMPARE(model.index(1).data(MilestoneTimelineModel::CompletionRole).toInt(), 100);
        QVERIFY(model.index(2).data(MilestoneTimelineModel::IsEvaluationRole).toBool());
        QCOMPARE(model.index(2).data(MilestoneTimelineModel::EvaluationRole).value<Evaluation>().id, planned.id);
        QCOMPARE(model.index(3).data(MilestoneTimelineModel::DateRole).toDate(), QDate(2027, 1, 5));
        QCOMPARE(model.index(3).data(MilestoneTimelineModel::CompletionRole).toInt(), 100);
        // AND the span runs from the held evaluation to the planned one
        QCOMPARE(model.span(), std::pair(QDate(2027, 1, 5), QDate(2027, 9, 1)));
        QCOMPARE(model.rowOf(planned.id), 2);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
        QVERIFY(model.evaluationAt(0) == nullptr);
        QVERIFY(model.milestoneAt(2) == nullptr);
    }

    void shouldAskToMoveWhatMayMoveAndNotChangeItself()
    {
        // GIVEN a milestone, a planned and a held evaluation
        MilestoneTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Milestone tender = milestone(u"Warmtenet aanbesteed"_s, m_march);
        const Evaluation planned = evaluation(QDate(2027, 9, 1));
        const Evaluation held = evaluation(QDate(2027, 1, 1), QDate(2027, 1, 5));
        model.setRows({tender}, {planned, held});
        QSignalSpy moves(&model, &MilestoneTimelineModel::moveRequested);
        QSignalSpy evaluationMoves(&model, &MilestoneTimelineModel::evaluationMoveRequested);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN the milestone is given a new date
        QVERIFY(!model.setData(model.index(0), QDate(2027, 4, 15), MilestoneTimelineModel::DateRole));
        // THEN the move is asked for, and the row still shows the old date
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.first().at(0).value<Milestone>().id, tender.id);
        QCOMPARE(moves.first().at(1).toDate(), QDate(2027, 4, 15));
        QCOMPARE(model.index(0).data(MilestoneTimelineModel::DateRole).toDate(), m_march);
        QCOMPARE(changed.count(), 0);

        // WHEN the same date is given, or another role is set
        QVERIFY(!model.setData(model.index(0), m_march, MilestoneTimelineModel::DateRole));
        QVERIFY(!model.setData(model.index(0), u"Nieuw"_s, Qt::EditRole));
        // THEN nothing is asked
        QCOMPARE(moves.count(), 1);

        // WHEN the planned evaluation is dragged (a date and time, as KGantt gives it)
        QVERIFY(!model.setData(model.index(1), QDate(2027, 9, 15).startOfDay(), MilestoneTimelineModel::DateRole));
        QCOMPARE(evaluationMoves.count(), 1);
        QCOMPARE(evaluationMoves.first().at(1).toDate(), QDate(2027, 9, 15));

        // BUT a held one is a record: it cannot move
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(2)) & Qt::ItemIsEditable));
        QVERIFY(!model.index(2).data(MilestoneTimelineModel::MovableRole).toBool());
        model.setData(model.index(2), QDate(2027, 2, 1), MilestoneTimelineModel::DateRole);
        QCOMPARE(evaluationMoves.count(), 1);
    }

    void shouldUpdateOnlyTheRowThatChanged()
    {
        // GIVEN three milestones shown
        MilestoneTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<Milestone> rows{milestone(u"Een"_s, m_march), milestone(u"Twee"_s, m_june),
                              milestone(u"Drie"_s, QDate(2027, 12, 1))};
        model.setMilestones(rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN the same list comes again with the second one renamed
        rows[1].title = u"Twee, herzien"_s;
        rows[1].meta.version = 2;
        model.setMilestones(rows);

        // THEN only that row changes, in place, with its strings made again
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(1).data().toString(), u"Twee, herzien"_s);
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().startsWith(u"Twee, herzien\n"_s));

        // WHEN the same list comes unchanged
        model.setMilestones(rows);
        // THEN nothing is announced
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // WHEN one changes where it stays in the order (a description)
        Milestone described = rows.at(2);
        described.description = u"Met de raad"_s;
        described.meta.version = 2;
        model.updateMilestone(described);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.milestones().at(2).description, u"Met de raad"_s);

        // WHEN one moves before the others, or a new one comes
        Milestone moved = rows.at(2);
        moved.due = QDate(2027, 1, 1);
        model.updateMilestone(moved);
        // THEN the order follows the due dates (one reset)
        QCOMPARE(reset.count(), 1);
        QCOMPARE(titles(model), (QStringList{u"Drie"_s, u"Een"_s, u"Twee, herzien"_s}));
        model.updateMilestone(milestone(u"Vier"_s, QDate(2028, 1, 1)));
        QCOMPARE(titles(model), (QStringList{u"Drie"_s, u"Een"_s, u"Twee, herzien"_s, u"Vier"_s}));
    }

    void shouldAnnounceAMilestoneReachedOnceAndNotOnOpening()
    {
        // GIVEN a project opened with one milestone done and one planned
        MilestoneTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reached(&model, &MilestoneTimelineModel::milestoneReached);
        const QUuid project = QUuid::createUuid();
        model.setProjectId(project);
        QList<Milestone> rows{milestone(u"Al gedaan"_s, m_march, MilestoneStatus::Done), milestone(u"Aanbesteed"_s, m_june)};
        model.setMilestones(rows);
        // THEN opening celebrates nothing
        QCOMPARE(reached.count(), 0);

        // WHEN the planned one comes back done
        rows[1].status = MilestoneStatus::Done;
        rows[1].completedOn = m_june;
        rows[1].meta.version = 2;
        model.setMilestones(rows);
        // THEN it is announced, once
        QCOMPARE(reached.count(), 1);
        QCOMPARE(reached.first().at(0).value<Milestone>().title, u"Aanbesteed"_s);
        QCOMPARE(model.index(1).data(MilestoneTimelineModel::LegendRole).toString(), displayName(MilestoneStatus::Done));
        model.setMilestones(rows);
        QCOMPARE(reached.count(), 1);

        // WHEN another project is opened whose milestone the model saw undone under the first
        rows[1].status = MilestoneStatus::Planned;
        model.setMilestones(rows);
        model.setProjectId(QUuid::createUuid());
        rows[1].status = MilestoneStatus::Done;
        model.setMilestones(rows);
        // THEN nothing is announced: the memory went with the project
        QCOMPARE(reached.count(), 1);

        // AND clear() empties the model
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.span().first.isValid());
    }
};

QTEST_GUILESS_MAIN(MilestoneTimelineModelTest)
#include "milestonetimelinemodeltest.moc"
