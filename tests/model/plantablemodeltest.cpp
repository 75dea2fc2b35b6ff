#include "model/plantablemodel.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using TestLib::await;

namespace {

struct Line {
    QUuid id;
    QString text;
};

Line line(const QString &text)
{
    return {QUuid::createUuid(), text};
}

// Lists whatever the test puts in source, read when the cache says so.
class LineModel : public PlanTableModel<Line>
{
public:
    LineModel(PlanCache *cache, PlanCache::Part part)
        : PlanTableModel(cache, part, 2, nullptr)
    {
        refresh();
    }

    QList<Line> source;
    mutable int reads = 0;

protected:
    QList<Line> rowsFrom(const PlanCache &) const override
    {
        ++reads;
        return source;
    }
    QVariant cell(const Line &l, int column, int role) const override
    {
        return role == Qt::DisplayRole && column == 0 ? QVariant(l.text) : QVariant();
    }
    QString header(int column) const override { return QStringLiteral("kolom %1").arg(column); }
};

} // namespace

Q_DECLARE_METATYPE(Line)

class PlanTableModelTest : public QObject
{
    Q_OBJECT

    struct Setup {
        TestLib::StoreFixture fixture;
        PlanCache cache{fixture.store(), fixture.notifier()};
        // Another project: the cache empties and the model takes its rows again.
        void switchProject() { cache.setProjectId(QUuid::createUuid()); }
    };

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldShowRowsWithTheirObjectAndId()
    {
        // GIVEN two rows
        Setup s;
        LineModel model(&s.cache, PlanCache::Goals);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Line a = line(QStringLiteral("Warmteplan")), b = line(QStringLiteral("Inspraak"));
        model.source = {a, b};

        // WHEN they are taken
        s.switchProject();

        // THEN each shows its cells, its object and its id
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), b.text);
        QVERIFY(!model.index(1, 1).data().isValid());
        QCOMPARE(model.index(1, 1).data(LineModel::IdRole).toUuid(), b.id);
        QCOMPARE(model.index(0, 0).data(LineModel::ObjectRole).value<Line>().text, a.text);
        QCOMPARE(model.rowOf(b.id), 1);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("kolom 1"));
        QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.rows().size(), 2);
    }

    void shouldTakeFreshRowsWithTheSmallestChange_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("changed");

        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("same ids") << ab << ab << false << 0 << 1;
        QTest::newRow("one added at the end") << ab << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << false << 1 << 1;
        QTest::newRow("the first rows") << QStringList() << ab << false << 2 << 0;
        QTest::newRow("one added before") << ab << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")} << true << 0 << 0;
        QTest::newRow("one removed") << ab << QStringList{QStringLiteral("b")} << true << 0 << 0;
        QTest::newRow("moved") << ab << QStringList{QStringLiteral("b"), QStringLiteral("a")} << true << 0 << 0;
        QTest::newRow("all gone") << ab << QStringList() << true << 0 << 0;
    }

    void shouldTakeFreshRowsWithTheSmallestChange()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(bool, reset);
        QFETCH(int, inserted);
        QFETCH(int, changed);

        // GIVEN rows named by before (one id per name)
        Setup s;
        LineModel model(&s.cache, PlanCache::Goals);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QHash<QString, QUuid> ids;
        const auto rows = [&ids](const QStringList &names, const QString &suffix) {
            QList<Line> lines;
            for (const QString &n : names) {
                if (!ids.contains(n))
                    ids.insert(n, QUuid::createUuid());
                lines.append({ids.value(n), n + suffix});
            }
            return lines;
        };
        model.source = rows(before, {});
        s.switchProject();
        const QPersistentModelIndex first = model.index(0, 0);

        // WHEN the rows named by after are taken, their texts changed
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.source = rows(after, QStringLiteral("!"));
        s.switchProject();

        // THEN only what changed is signalled, and the rows are the new ones
        QCOMPARE(resets.count(), reset ? 1 : 0);
        QCOMPARE(inserts.count(), inserted > 0 ? 1 : 0);
        if (inserted > 0) {
            QCOMPARE(inserts.first().at(1).toInt(), int(before.size()));
            QCOMPARE(inserts.first().at(2).toInt(), int(after.size()) - 1);
        }
        QCOMPARE(changes.count(), changed);
        if (changed > 0) {
            // the rows that were there, every column
            QCOMPARE(changes.first().at(0).value<QModelIndex>(), model.index(0, 0));
            QCOMPARE(changes.first().at(1).value<QModelIndex>(), model.index(int(before.size()) - 1, 1));
            QCOMPARE(first.row(), 0);
        }
        QCOMPARE(model.rowCount(), int(after.size()));
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(model.index(i, 0).data().toString(), after.at(i) + QStringLiteral("!"));
            QCOMPARE(model.index(i, 0).data(LineModel::IdRole).toUuid(), ids.value(after.at(i)));
        }
    }

    void shouldReadOnlyWhenItsPartAnswers()
    {
        // GIVEN a model of the goals, while a view shows the evaluations
        Setup s;
        const auto d = TestLib::makeDrechtsteden(s.fixture);
        QVERIFY(await(s.fixture.store()->saveGoal(TestLib::makeGoal(d.project.id, QStringLiteral("Honderd woningen")))).ok());
        LineModel goals(&s.cache, PlanCache::Goals);
        LineModel evaluations(&s.cache, PlanCache::Evaluations);
        s.cache.setProjectId(d.project.id);
        const int goalReads = goals.reads;
        const int evaluationReads = evaluations.reads;
        QSignalSpy answered(&s.cache, &PlanCache::changed);
        QObject view;

        // WHEN the cache answers with the evaluations
        s.cache.show(&view, PlanCache::Evaluations);
        QVERIFY(answered.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(answered.first().at(0).value<PlanCache::Part>(), PlanCache::Evaluations);

        // THEN only the evaluations' model reads its rows again
        QCOMPARE(evaluations.reads, evaluationReads + 1);
        QCOMPARE(goals.reads, goalReads);

        // WHEN it answers with the goals
        s.cache.show(&view, PlanCache::Goals);
        QVERIFY(answered.wait(TestLib::AnswerTimeoutMs));
        // THEN the goals' model reads
        QCOMPARE(goals.reads, goalReads + 1);
        QCOMPARE(evaluations.reads, evaluationReads + 1);
    }
};

QTEST_MAIN(PlanTableModelTest)
#include "plantablemodeltest.moc"
