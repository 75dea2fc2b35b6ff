#include "model/projectlistmodel.h"
#include "model/text.h"
#include "testlib/builders.h"
#include "testlib/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Model;
using TestLib::await;

namespace {

QList<QUuid> ids(const ProjectListModel &model)
{
    QList<QUuid> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(ProjectListModel::IdRole).toUuid());
    return out;
}

QStringList names(const ProjectListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data().toString());
    return out;
}

// Waits until the model has no fetch or refresh in flight, twice in a row.
bool settle(const ProjectListModel &model)
{
    for (int i = 0; i < 2; ++i) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return false;
        QTest::qWait(30);
    }
    return !model.isLoading();
}

} // namespace

class ProjectListModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::StoreFixture> m_fixture;
    std::unique_ptr<ProjectListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Bundle m_region;

    Store::SqliteStore *store() const { return m_fixture->store(); }

    // A model on a store with @p projects projects, checked by the tester from the start.
    ProjectListModel &makeModel(int projects)
    {
        m_fixture = std::make_unique<TestLib::StoreFixture>();
        m_region = TestLib::makeRegion(projects, 10);
        m_fixture->import(m_region);
        m_model = std::make_unique<ProjectListModel>(store(), m_fixture->notifier());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        return *m_model;
    }

    // All ids in the store's order for @p query.
    QList<QUuid> storeOrder(ProjectQuery query = {})
    {
        query.limit = 100000;
        QList<QUuid> out;
        const auto rows = await(store()->findProjects(query));
        for (const auto &p : rows.value())
            out.append(p.id);
        return out;
    }

    void loadAll(ProjectListModel &model)
    {
        for (int guard = 0; guard < 100 && model.canFetchMore({}); ++guard) {
            model.fetchMore({});
            QVERIFY(settle(model));
        }
        QVERIFY(!model.canFetchMore({}));
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_fixture.reset();
    }

    void shouldLoadOnlyTheFirstPage()
    {
        // GIVEN 1,000 projects and a new model
        ProjectListModel &model = makeModel(1000);

        // WHEN the first page is loaded
        model.reload();
        QVERIFY(settle(model));

        // THEN it holds one page, knows the total, and more can be fetched
        QCOMPARE(model.rowCount(), ProjectListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == 1000; }));
        QCOMPARE(ids(model), storeOrder().mid(0, ProjectListModel::PageSize));
    }

    void shouldAppendPagesInOrderUntilAll()
    {
        // GIVEN a model showing the first page of 1,000 projects
        ProjectListModel &model = makeModel(1000);
        model.reload();
        QVERIFY(settle(model));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // WHEN the next page is fetched
        model.fetchMore({});
        QVERIFY(settle(model));

        // THEN it is appended after the first
        QCOMPARE(model.rowCount(), 2 * ProjectListModel::PageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), ProjectListModel::PageSize);

        // AND fetching on gives every project once, in the store's order, then stops
        loadAll(model);
        QCOMPARE(model.rowCount(), 1000);
        const QList<QUuid> rows = ids(model);
        QCOMPARE(QSet<QUuid>(rows.begin(), rows.end()).size(), 1000);
        QCOMPARE(rows, storeOrder());
        QCOMPARE(reset.count(), 0);
    }

    void shouldFilterBySearchText()
    {
        // GIVEN a loaded model
        ProjectListModel &model = makeModel(300);
        model.reload();
        QVERIFY(settle(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy total(&model, &ProjectListModel::totalCountChanged);

        // WHEN a search text is set, written without accents
        model.setSearchText(QStringLiteral("SUDWEST"));
        QVERIFY(settle(model));
        loadAll(model);

        // THEN the model was reset and holds exactly the matches, counted
        QCOMPARE(reset.count(), 1);
        ProjectQuery query;
        query.text = QStringLiteral("sudwest");
        const QList<QUuid> expected = storeOrder(query);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(model), expected);
        for (const QString &name : names(model))
            QVERIFY2(sortKey(name).contains(QStringLiteral("sudwest")), qPrintable(name));
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == expected.size(); }));
        QVERIFY(total.count() >= 1);
        QCOMPARE(model.searchText(), QStringLiteral("SUDWEST"));

        // AND clearing it shows everything again
        model.setSearchText(QString());
        QVERIFY(settle(model));
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == 300; }));
    }

    void shouldShowOnlyTheNewestSearchWhenTypingFast()
    {
        // GIVEN a loaded model
        ProjectListModel &model = makeModel(300);
        model.reload();
        QVERIFY(settle(model));
        QSignalSpy loaded(&model, &ProjectListModel::loaded);
        QSignalSpy total(&model, &ProjectListModel::totalCountChanged);

        // WHEN "sudwest" is typed letter by letter before any answer came
        for (int n = 1; n <= 7; ++n)
            model.setSearchText(QStringLiteral("sudwest").left(n));
        QVERIFY(settle(model));
        loadAll(model);

        // THEN only the last search's rows and count arrive: the older ones were dropped
        ProjectQuery query;
        query.text = QStringLiteral("sudwest");
        const QList<QUuid> expected = storeOrder(query);
        QCOMPARE(ids(model), expected);
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == expected.size(); }));
        QTest::qWait(50);
        for (const auto &args : std::as_const(total))
            QCOMPARE(args.at(0).toInt(), int(expected.size()));
        QVERIFY2(loaded.count() <= 1 + int(expected.size()) / ProjectListModel::PageSize + 1,
                 qPrintable(QString::number(loaded.count())));
    }

    void shouldLeaveOutClosedProjectsOnRequest()
    {
        // GIVEN a loaded model over projects of every status
        ProjectListModel &model = makeModel(150);
        model.reload();
        QVERIFY(settle(model));
        int open = 0;
        for (const auto &p : m_region.projects)
            open += isClosed(p.status) ? 0 : 1;
        QVERIFY(open < 150);

        // WHEN closed projects are left out
        model.setIncludeClosed(false);
        QVERIFY(settle(model));

        // THEN none is shown and the total counts only open ones
        QVERIFY(!model.includeClosed());
        QCOMPARE(model.rowCount(), open);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row).data(ProjectListModel::ClosedRole).toBool());
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == open; }));

        // AND including them again brings them back
        model.setIncludeClosed(true);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 150);
    }

    void shouldMergeChangesWithoutReset()
    {
        // GIVEN a fully loaded model and a persistent index on one row
        ProjectListModel &model = makeModel(60);
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 60);
        const QList<QUuid> before = ids(model);
        const QUuid kept = before.at(30);
        const QPersistentModelIndex keptIndex = model.index(30);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy loaded(&model, &ProjectListModel::loaded);

        // WHEN one project is renamed to the front, one created and one deleted
        Project renamed = await(store()->project(before.at(40))).value();
        renamed.name = QStringLiteral("!Voorop");
        QVERIFY(await(store()->updateProject(renamed)).ok());
        const Project created = TestLib::makeProject(QStringLiteral("Middelburg nieuw"));
        QVERIFY(await(store()->createProject(created, {})).ok());
        QVERIFY(await(store()->setProjectDeleted(before.at(10), true)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(settle(model));

        // THEN the rows equal the store's, merged by inserts and removals, with the others kept
        QCOMPARE(ids(model), storeOrder());
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 2);
        QVERIFY(removed.count() >= 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("!Voorop"));
        QVERIFY(model.indexOf(created.id).isValid());
        QVERIFY(!model.indexOf(before.at(10)).isValid());
        QVERIFY(keptIndex.isValid());
        QCOMPARE(keptIndex.data(ProjectListModel::IdRole).toUuid(), kept);
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == 60; }));
    }

    void shouldUpdateChangedRowInPlace()
    {
        // GIVEN a loaded model
        ProjectListModel &model = makeModel(20);
        model.reload();
        QVERIFY(settle(model));
        const QList<QUuid> before = ids(model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &ProjectListModel::loaded);

        // WHEN a project's slogan changes
        Project p = await(store()->project(before.at(5))).value();
        p.slogan = QStringLiteral("Nieuwe slogan");
        QVERIFY(await(store()->updateProject(p)).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(settle(model));

        // THEN only that row reports a change
        QCOMPARE(ids(model), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(5).data(ProjectListModel::SloganRole).toString(), QStringLiteral("Nieuwe slogan"));
    }

    void shouldKeepLoadedRowsWhenProjectIsAddedAbove()
    {
        // GIVEN 1,000 projects of which the first page is shown
        ProjectListModel &model = makeModel(1000);
        model.reload();
        QVERIFY(settle(model));
        const QList<QUuid> before = ids(model);
        QSignalSpy loaded(&model, &ProjectListModel::loaded);

        // WHEN a project is created that sorts first
        const Project created = TestLib::makeProject(QStringLiteral("!Eerste"));
        QVERIFY(await(store()->createProject(created, {})).ok());
        QVERIFY(loaded.wait(TestLib::AnswerTimeoutMs));
        QVERIFY(settle(model));

        // THEN it appears on top and every row shown before is still shown
        QCOMPARE(model.index(0).data(ProjectListModel::IdRole).toUuid(), created.id);
        QCOMPARE(ids(model).mid(1), before);
        QVERIFY(model.canFetchMore({}));

        // AND fetching on still gives every project once
        loadAll(model);
        const QList<QUuid> rows = ids(model);
        QCOMPARE(rows, storeOrder());
    }

    void shouldDropAnswersToOutdatedQueries()
    {
        // GIVEN a model over many projects
        ProjectListModel &model = makeModel(600);
        model.reload();
        QVERIFY(settle(model));

        // WHEN the search changes several times before the store answers
        model.setSearchText(QStringLiteral("ijssel"));
        model.setSearchText(QStringLiteral("berkel"));
        model.setIncludeClosed(false);
        model.setSearchText(QStringLiteral("zaanstad"));
        QVERIFY(settle(model));
        loadAll(model);

        // THEN only the answer to the last query is shown
        ProjectQuery query;
        query.text = QStringLiteral("zaanstad");
        query.includeClosed = false;
        QCOMPARE(ids(model), storeOrder(query));
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() == storeOrder(query).size(); }));
        for (const QString &name : names(model))
            QVERIFY2(name.startsWith(QStringLiteral("Zaanstad")), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(ProjectListModelTest)
#include "projectlistmodeltest.moc"
