#include "model/projectknowledgemodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;
using TestLib::await;

/// The knowledge a project shared, as its page lists it.
class ProjectKnowledgeModelTest : public QObject
{
    Q_OBJECT

    static KnowledgeItem item(const QUuid &organisation, const QUuid &project, KnowledgeKind kind, const QString &title)
    {
        KnowledgeItem i;
        i.id = QUuid::createUuid();
        i.kind = kind;
        i.title = title;
        i.summary = u"Wat we leerden: "_s + title;
        i.organisationId = organisation;
        i.projectId = project;
        i.status = KnowledgeStatus::Published;
        return i;
    }

    static Reuse reuse(const QUuid &itemId, const QUuid &organisation, ReuseStatus status)
    {
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = itemId;
        r.organisationId = organisation;
        r.status = status;
        r.date = QDate(2027, 1, 1);
        if (status == ReuseStatus::NotAdopted)
            r.reason = ReuseReason::NoBudget;
        if (status == ReuseStatus::Adapted)
            r.note = u"Kleiner begonnen"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldListTheProjectsItemsWithKindStatusAndReuse()
    {
        // GIVEN a lesson and a question of the project, an answer to the
        // question, an item of no project, and reuse of the lesson
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        const KnowledgeItem lesson = item(d.dordrecht.id, d.project.id, KnowledgeKind::Lesson, u"Begin vroeg"_s);
        const KnowledgeItem question = item(d.dordrecht.id, d.project.id, KnowledgeKind::Question, u"Wie betaalt?"_s);
        KnowledgeItem answer = item(d.zwijndrecht.id, d.project.id, KnowledgeKind::Answer, u"De corporatie"_s);
        answer.questionId = question.id;
        const KnowledgeItem elsewhere = item(d.dordrecht.id, {}, KnowledgeKind::Practice, u"Elders"_s);
        for (const KnowledgeItem &i : {lesson, question, answer, elsewhere})
            QVERIFY(await(fixture.store()->saveKnowledgeItem(i)).ok());
        QVERIFY(await(fixture.store()->saveReuse(reuse(lesson.id, d.zwijndrecht.id, ReuseStatus::Adopted))).ok());
        QVERIFY(await(fixture.store()->saveReuse(reuse(lesson.id, d.papendrecht.id, ReuseStatus::Adapted))).ok());
        QVERIFY(await(fixture.store()->saveReuse(reuse(lesson.id, d.sliedrecht.id, ReuseStatus::NotAdopted))).ok());

        ProjectKnowledgeModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ProjectKnowledgeModel::loaded);

        // WHEN it shows the project
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));

        // THEN the lesson and the question are listed; the answer stays under its question
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProjectKnowledgeModel::ColumnCount));
        const int l = model.rowOf(lesson.id);
        const int q = model.rowOf(question.id);
        QVERIFY(l >= 0 && q >= 0);
        QCOMPARE(model.rowOf(answer.id), -1);
        QCOMPARE(model.rowOf(elsewhere.id), -1);
        QCOMPARE(model.index(l, ProjectKnowledgeModel::TitleColumn).data().toString(), lesson.title);
        QCOMPARE(model.index(l, 0).data(ProjectKnowledgeModel::KindRole).toInt(), int(KnowledgeKind::Lesson));
        QCOMPARE(model.index(q, 0).data(ProjectKnowledgeModel::StatusRole).toInt(), int(KnowledgeStatus::Published));
        QVERIFY(!model.index(l, ProjectKnowledgeModel::KindColumn).data().toString().isEmpty());
        QVERIFY(!model.index(l, ProjectKnowledgeModel::StatusColumn).data().toString().isEmpty());
        // (who adopted or adapted it counts; who decided against it does not)
        QCOMPARE(model.index(l, 0).data(ProjectKnowledgeModel::ReuseCountRole).toInt(), 2);
        QCOMPARE(model.index(l, ProjectKnowledgeModel::ReuseColumn).data().toString(), u"2"_s);
        QCOMPARE(model.index(q, 0).data(ProjectKnowledgeModel::ReuseCountRole).toInt(), 0);
    }

    void shouldFollowChangesKeepingRowsThatOnlyChanged()
    {
        // GIVEN the model on a project with one lesson
        TestLib::StoreFixture fixture;
        const auto d = TestLib::makeDrechtsteden(fixture);
        KnowledgeItem lesson = item(d.dordrecht.id, d.project.id, KnowledgeKind::Lesson, u"Begin vroeg"_s);
        QVERIFY(await(fixture.store()->saveKnowledgeItem(lesson)).ok());
        ProjectKnowledgeModel model(fixture.store(), fixture.notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &ProjectKnowledgeModel::loaded);
        model.setProjectId(d.project.id);
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(model.rowCount(), 1);

        // WHEN the lesson is retitled and taken up
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        lesson.title = u"Begin op tijd"_s;
        QVERIFY(await(fixture.store()->saveKnowledgeItem(lesson)).ok());
        QVERIFY(await(fixture.store()->saveReuse(reuse(lesson.id, d.zwijndrecht.id, ReuseStatus::Adopted))).ok());
        // THEN the row changes in place
        QTRY_COMPARE(model.index(0, 0).data().toString(), u"Begin op tijd"_s);
        QTRY_COMPARE(model.index(0, 0).data(ProjectKnowledgeModel::ReuseCountRole).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);

        // WHEN another lesson comes, and then the first is deleted
        const KnowledgeItem second = item(d.zwijndrecht.id, d.project.id, KnowledgeKind::Lesson, u"Meet alles"_s);
        QVERIFY(await(fixture.store()->saveKnowledgeItem(second)).ok());
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(await(fixture.store()->setKnowledgeItemDeleted(lesson.id, true)).ok());
        // THEN only the second is left
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ProjectKnowledgeModel::IdRole).toUuid(), second.id);

        // WHEN it shows no project, it lists nothing
        model.setProjectId({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ProjectKnowledgeModelTest)
#include "projectknowledgemodeltest.moc"
