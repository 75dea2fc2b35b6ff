// Finding projects by what they say: the search index in a real SQLite file.

#include "model/text.h"
#include "store/connection.h"
#include "store/projectsearch.h"
#include "store/schema.h"
#include "testlib/storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

#include <algorithm>

using namespace Model;
using namespace Qt::StringLiterals;
using TestLib::await;

namespace {

QStringList namesFound(Store::SqliteStore *store, const QString &text, bool includeClosed = true)
{
    ProjectQuery query;
    query.text = text;
    query.includeClosed = includeClosed;
    const auto found = await(store->findProjects(query));
    if (!found.ok())
        return {u"failed: "_s + found.error().message};
    QStringList names;
    for (const auto &p : found.value())
        names << p.name;
    return names;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

Milestone makeMilestone(const QUuid &projectId, const QString &title)
{
    Milestone m;
    m.id = QUuid::createUuid();
    m.projectId = projectId;
    m.title = title;
    m.due = QDate(2026, 6, 1);
    return m;
}

Goal makeGoal(const QUuid &projectId, const QString &title)
{
    Goal g;
    g.id = QUuid::createUuid();
    g.projectId = projectId;
    g.title = title;
    g.unit = u"ton"_s;
    g.baseline = 0;
    g.target = 100;
    return g;
}

} // namespace

class ProjectSearchTest : public QObject
{
    Q_OBJECT

    // Drechtsteden's project "Groene Dijken" (led by Dordrecht) with a goal,
    // a milestone, an ambition and a purpose; and a second project, "Schone
    // Haven", that says none of it.
    struct World {
        TestLib::Drechtsteden d;
        Project project;
        Milestone milestone;
    };

    static World makeWorld(TestLib::StoreFixture &fixture)
    {
        World w;
        w.d = TestLib::makeDrechtsteden(fixture);
        w.project = w.d.project;
        w.project.ambition = u"Een brug naar werk"_s;
        w.project.purpose = u"Veilig wonen langs de Merwede en in Súdwest-Fryslân"_s;
        const auto updated = await(fixture.store()->updateProject(w.project));
        if (updated.ok())
            w.project = updated.value();
        w.milestone = await(fixture.store()->saveMilestone(makeMilestone(w.project.id, u"Warmtenet aangelegd"_s))).value();
        await(fixture.store()->saveGoal(makeGoal(w.project.id, u"Minder CO₂-uitstoot"_s)));
        await(fixture.store()->createProject(TestLib::makeProject(u"Schone Haven"_s), {}));
        return w;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldFindAProjectByWhatItSays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("a milestone's title, in part") << u"warmte"_s << true;
        QTest::newRow("a goal's title, folded") << u"co2"_s << true;
        QTest::newRow("the purpose, without accents or case") << u"SUDWEST"_s << true;
        QTest::newRow("the ambition") << u"brug naar"_s << true;
        QTest::newRow("the regie") << u"dordrecht"_s << true;
        QTest::newRow("the name, short") << u"gr"_s << true;
        QTest::newRow("a milestone, short") << u"ne"_s << true;
        QTest::newRow("a partner is not the regie") << u"zwijndrecht"_s << false;
        QTest::newRow("not across two texts") << u"aangelegd minder"_s << false;
        QTest::newRow("nothing like it") << u"qqqx"_s << false;
    }

    void shouldFindAProjectByWhatItSays()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        // GIVEN a project whose plan and texts say many things
        TestLib::StoreFixture fixture;
        const World w = makeWorld(fixture);
        // WHEN the user searches
        const QStringList names = namesFound(fixture.store(), text);
        // THEN it is found exactly when one of its texts holds the search
        QCOMPARE(names.contains(w.project.name), found);
        QVERIFY2(!names.contains(u"Schone Haven"_s) || text.size() < 3, qPrintable(names.join(u", "_s)));
    }

    void shouldFollowEditsDeletionsAndTheRegie()
    {
        // GIVEN the project found by its milestone
        TestLib::StoreFixture fixture;
        World w = makeWorld(fixture);
        QCOMPARE(namesFound(fixture.store(), u"warmtenet"_s), QStringList{w.project.name});
        // WHEN the milestone is renamed
        Milestone renamed = w.milestone;
        renamed.title = u"Zonnedak gelegd"_s;
        QVERIFY(await(fixture.store()->saveMilestone(renamed)).ok());
        // THEN the new title finds it and the old one no longer does
        QCOMPARE(namesFound(fixture.store(), u"zonnedak"_s), QStringList{w.project.name});
        QCOMPARE(namesFound(fixture.store(), u"warmtenet"_s), QStringList{});
        // WHEN the milestone is deleted
        QVERIFY(await(fixture.store()->setMilestoneDeleted(w.milestone.id, true)).ok());
        QCOMPARE(namesFound(fixture.store(), u"zonnedak"_s), QStringList{});
        // WHEN the regie goes to Zwijndrecht
        LeadHandOver h;
        h.projectId = w.project.id;
        h.fromOrganisation = w.d.dordrecht.id;
        h.toOrganisation = w.d.zwijndrecht.id;
        h.openedTermId = QUuid::createUuid();
        h.date = QDate(2024, 6, 1);
        QVERIFY(await(fixture.store()->handOverLead(h)).ok());
        // THEN the new regie finds it, the old one not
        QCOMPARE(namesFound(fixture.store(), u"zwijndrecht"_s), QStringList{w.project.name});
        QCOMPARE(namesFound(fixture.store(), u"dordrecht"_s), QStringList{});
        // WHEN the regie renames itself
        Organisation org = w.d.zwijndrecht;
        org.name = u"Gemeente Zwijndrecht-Oost"_s;
        QVERIFY(await(fixture.store()->saveOrganisation(org)).ok());
        QCOMPARE(namesFound(fixture.store(), u"zwijndrecht-oost"_s), QStringList{w.project.name});
        // WHEN the project is deleted, it is found no more; undeleted, again
        QVERIFY(await(fixture.store()->setProjectDeleted(w.project.id, true)).ok());
        QCOMPARE(namesFound(fixture.store(), u"brug"_s), QStringList{});
        QVERIFY(await(fixture.store()->setProjectDeleted(w.project.id, false)).ok());
        QCOMPARE(namesFound(fixture.store(), u"brug"_s), QStringList{w.project.name});
    }

    void shouldLeaveClosedProjectsOutUnlessAsked()
    {
        // GIVEN a completed project that says "kwelder"
        TestLib::StoreFixture fixture;
        Bundle bundle;
        bundle.projects << TestLib::makeProject(u"Kwelderherstel"_s, ProjectStatus::Completed);
        fixture.import(bundle);
        // THEN the search finds it only with closed projects shown, as the list always did
        QCOMPARE(namesFound(fixture.store(), u"kwelder"_s, false), QStringList{});
        QCOMPARE(namesFound(fixture.store(), u"kwelder"_s, true), QStringList{u"Kwelderherstel"_s});
    }

    void shouldFindRowsWrittenPastTheStore()
    {
        // GIVEN a goal written straight into the file, as the sync writes pulled rows
        TestLib::StoreFixture fixture;
        const World w = makeWorld(fixture);
        {
            Store::Connection sync;
            QVERIFY(sync.open(fixture.path()).ok());
            QVERIFY(exec(sync.database(),
                         u"INSERT INTO goal (id, project_id, title, created_at, updated_at) VALUES ('%1', '%2', "
                         "'Één loket voor ondernemers', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  w.project.id.toString(QUuid::WithoutBraces))));
        }
        // THEN the search finds its project by it
        QCOMPARE(namesFound(fixture.store(), u"een loket"_s), QStringList{w.project.name});
    }

    void shouldFillTheIndexWhenMigrating()
    {
        // GIVEN a database of version 8, before the index, with a project, its lead and a milestone
        TestLib::TempDir dir;
        const QString path = dir.file(u"old.sqlite"_s);
        {
            Store::Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            QSqlDatabase db = raw.database();
            QVERIFY(Store::Schema::migrate(db, 8).ok());
            QVERIFY(exec(db, u"INSERT INTO organisation (id, name, name_key, kind, created_at, updated_at) VALUES "
                             "('o1', 'Dordrecht', 'dordrecht', 'municipality', 'x', 'x')"_s));
            QVERIFY(exec(db, u"INSERT INTO project (id, name, name_key, search_key, purpose, urgency, status, "
                             "created_at, updated_at) VALUES ('p1', 'Groene Dijken', 'groene dijken', "
                             "'groene dijken', 'Droge voeten in Súdwest', 'Water', 'active', 'x', 'x'), "
                             "('p2', 'Weg', 'weg', 'weg', 'Warmte', 'Nu', 'idea', 'x', 'x')"_s));
            QVERIFY(exec(db, u"UPDATE project SET deleted = 1 WHERE id = 'p2'"_s));
            QVERIFY(exec(db, u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on, "
                             "created_at, updated_at) VALUES ('l1', 'p1', 'o1', 'lead', '2024-01-01', 'x', 'x')"_s));
            QVERIFY(exec(db, u"INSERT INTO milestone (id, project_id, title, due_date, created_at, updated_at) "
                             "VALUES ('m1', 'p1', 'Warmtenet aangelegd', '2026-01-01', 'x', 'x')"_s));
        }
        // WHEN it is opened by this version
        Store::SqliteStore store;
        const auto opened = await(store.open(path));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        // THEN what it held is found by its milestone, regie and purpose; the deleted project is not
        QCOMPARE(namesFound(&store, u"warmte"_s), QStringList{u"Groene Dijken"_s});
        QCOMPARE(namesFound(&store, u"dordrecht"_s), QStringList{u"Groene Dijken"_s});
        QCOMPARE(namesFound(&store, u"sudwest"_s), QStringList{u"Groene Dijken"_s});
    }

    void shouldCountATextAsCommonByTheSizeOfTheFile()
    {
        // A few hundred hits are common in a small file, and rare in a large
        // one, where walking 200,000 projects for them would take seconds.
        QCOMPARE(Store::ProjectSearch::commonHits(0, 200), Store::ProjectSearch::CommonHits);
        QCOMPARE(Store::ProjectSearch::commonHits(1000, 200), Store::ProjectSearch::CommonHits);
        QCOMPARE(Store::ProjectSearch::commonHits(200000, 200), 12649);
        QVERIFY(Store::ProjectSearch::commonHits(200000, 200) > 1021); // "sudwest" in the 200,000-project bench
        QVERIFY(Store::ProjectSearch::commonHits(200000, 200) < 20019); // "co2" there
        QVERIFY(Store::ProjectSearch::commonHits(std::numeric_limits<qint64>::max(), 200) > 0);
    }

    void shouldFindACommonTextPageByPageInNameOrder()
    {
        // GIVEN more projects that say "project" than the index counts as rare
        TestLib::StoreFixture fixture;
        fixture.import(TestLib::makeRegion(Store::ProjectSearch::CommonHits + 100));
        // WHEN the list is read page by page, as the view scrolls
        ProjectQuery query;
        query.text = u"Project"_s;
        query.limit = 50;
        {
            Store::Connection c;
            QVERIFY(c.open(fixture.path()).ok());
            QVERIFY(Store::ProjectSearch::isCommon(c.database(), query)); // so the walk is what runs
        }
        QStringList paged;
        for (int guard = 0; guard < 100; ++guard) {
            const auto page = await(fixture.store()->findProjects(query));
            QVERIFY(page.ok());
            for (const auto &p : page.value())
                paged << p.id.toString(QUuid::WithoutBraces);
            if (page.value().size() < query.limit)
                break;
            query.afterSortKey = page.value().constLast().sortKey;
            query.afterId = page.value().constLast().id;
        }
        // THEN the pages hold every project a LIKE scan finds, in the list's order, each once
        Store::Connection c;
        QVERIFY(c.open(fixture.path()).ok());
        QSqlQuery q(c.database());
        QVERIFY(q.prepare(u"SELECT p.id FROM project p WHERE p.deleted = 0"_s + Store::ProjectSearch::scanFilter()
                          + u" ORDER BY p.name_key, p.id"_s));
        q.bindValue(u":search"_s, Store::ProjectSearch::likePattern(query));
        QVERIFY(q.exec());
        QStringList scanned;
        while (q.next())
            scanned << q.value(0).toString();
        QCOMPARE(scanned.size(), Store::ProjectSearch::CommonHits + 100);
        QCOMPARE(paged, scanned);
        // AND the count agrees
        query.afterId = {};
        query.afterSortKey.clear();
        QCOMPARE(await(fixture.store()->countProjects(query)).value(), int(scanned.size()));
    }

    void shouldFindWhatALikeScanFinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("some");
        for (const auto &t : {u"sudwest"_s, u"project 00"_s, u"IJSSEL"_s, u"ect 0"_s, u"0012"_s, u"s"_s, u"ü"_s})
            QTest::newRow(qPrintable(t)) << t << true;
        // Quotes and LIKE's wildcards are taken as they are.
        for (const auto &t : {u"a\"b"_s, u"100%"_s, u"x_y"_s, u"t_"_s, u"%"_s})
            QTest::newRow(qPrintable(t)) << t << false;
    }

    void shouldFindWhatALikeScanFinds()
    {
        QFETCH(QString, text);
        QFETCH(bool, some);
        // GIVEN a region of sixty projects with accents and case mixed
        TestLib::StoreFixture fixture;
        fixture.import(TestLib::makeRegion(60));
        // WHEN the store searches
        ProjectQuery query;
        query.text = text;
        query.limit = 1000;
        const auto found = await(fixture.store()->findProjects(query));
        QVERIFY(found.ok());
        QStringList ids;
        for (const auto &p : found.value())
            ids << p.id.toString(QUuid::WithoutBraces);
        ids.sort();
        // THEN it finds exactly the projects a LIKE scan of every folded text finds
        Store::Connection c;
        QVERIFY(c.open(fixture.path()).ok());
        QSqlQuery q(c.database());
        QVERIFY(q.prepare(u"SELECT p.id FROM project p WHERE p.deleted = 0"_s + Store::ProjectSearch::scanFilter()
                          + u" ORDER BY p.id"_s));
        q.bindValue(u":search"_s, Store::ProjectSearch::likePattern(query));
        QVERIFY(q.exec());
        QStringList scanned;
        while (q.next())
            scanned << q.value(0).toString();
        QCOMPARE(ids, scanned);
        QCOMPARE(!ids.isEmpty(), some);
    }
};

QTEST_GUILESS_MAIN(ProjectSearchTest)
#include "projectsearchtest.moc"
