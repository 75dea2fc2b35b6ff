// Projects in a real SQLite file: the lead rule on creation, closed projects, validation, tombstones, the sync columns,
// paging and search.

#include "testlib/localstoretestbase.h"

class ProjectStoreTest : public LocalStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldRefuseActiveProjectWithoutLead()
    {
        // GIVEN an active project without a lead
        const Project p = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        const auto before = rowCounts();

        // WHEN it is created
        const auto r = store().projects().createProject(p, {});

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Rule);
        QCOMPARE(rowCounts(), before);

        // AND an idea cannot become active without a lead either
        Project idea = addProject(makeProject(QStringLiteral("Idee")));
        idea.status = ProjectStatus::Active;
        const auto activated = store().projects().updateProject(idea);
        QVERIFY(!activated.ok());
        QCOMPARE(activated.error().code, Error::Rule);
        QCOMPARE(store().projects().project(idea.id).value().status, ProjectStatus::Idea);
    }

    void shouldCreateLeadParticipationAndTermWithProject()
    {
        // GIVEN an organisation
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));

        // WHEN an active project is created with it as lead
        Project p = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        p.start = QDate(2024, 3, 1);
        const auto r = store().projects().createProject(p, dordrecht.id);

        // THEN the project has a lead participation and an open lead term since the start
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const auto participations = store().participations().participations(p.id).value();
        QCOMPARE(participations.size(), 1);
        QCOMPARE(participations.first().organisationId, dordrecht.id);
        QCOMPARE(participations.first().role, ParticipationRole::Lead);
        QCOMPARE(participations.first().joined, QDate(2024, 3, 1));
        QVERIFY(participations.first().isCurrent());
        const auto terms = store().participations().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().organisationId, dordrecht.id);
        QCOMPARE(terms.first().from, QDate(2024, 3, 1));
        QVERIFY(terms.first().until.isNull());
        const auto listed = store().projects().findProjects({}).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().leadName, QStringLiteral("Dordrecht"));
    }

    void shouldKeepClosedProjectReadOnlyExceptStatus_data()
    {
        QTest::addColumn<ProjectStatus>("closed");
        QTest::newRow("completed") << ProjectStatus::Completed;
        QTest::newRow("stopped") << ProjectStatus::Stopped;
    }

    void shouldKeepClosedProjectReadOnlyExceptStatus()
    {
        QFETCH(ProjectStatus, closed);
        // GIVEN a closed project
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        Participation partner = addPartner(p.id, zwijndrecht.id);
        holdClosingEvaluation(p.id);
        p.status = closed;
        QVERIFY(store().projects().updateProject(p).ok());
        const auto before = rowCounts();

        // WHEN its fields, partners or regie are changed
        Project renamed = store().projects().project(p.id).value();
        renamed.name = QStringLiteral("Blauwe Dijken");
        const auto rename = store().projects().updateProject(renamed);
        partner.brings = QStringLiteral("Geld");
        const auto edit = store().participations().saveParticipation(partner);
        const Organisation gorinchem = addOrganisation(QStringLiteral("Gorinchem"));
        const auto join = store().participations().saveParticipation(makeParticipation(p.id, gorinchem.id));
        const Status handed
            = store().participations().handOverLead(handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1)));
        const Status removed = store().participations().setParticipationDeleted(partner.id, true);

        // THEN each is refused
        for (const auto &[ok, code] :
             { std::pair{rename.ok(), rename.ok() ? Error::Rule : rename.error().code},
               std::pair{edit.ok(), edit.ok() ? Error::Rule : edit.error().code},
               std::pair{join.ok(), join.ok() ? Error::Rule : join.error().code},
               std::pair{handed.ok(), handed.ok() ? Error::Rule : handed.error().code},
               std::pair{removed.ok(), removed.ok() ? Error::Rule : removed.error().code} }) {
            QVERIFY(!ok);
            QCOMPARE(code, Error::Rule);
        }
        QCOMPARE(store().projects().project(p.id).value().name, QStringLiteral("Groene Dijken"));
        QCOMPARE(store().participations().participations(p.id).value().size(), 2);

        // AND its status alone can change: it can be reopened
        Project reopened = store().projects().project(p.id).value();
        reopened.status = ProjectStatus::Active;
        const auto reopen = store().projects().updateProject(reopened);
        QVERIFY2(reopen.ok(), qPrintable(reopen.error().message));
        QCOMPARE(store().projects().project(p.id).value().status, ProjectStatus::Active);
        QCOMPARE(rowCounts().at(2), before.at(2));
    }

    void shouldRefuseInvalidProject_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QString());
        QTest::newRow("whitespace name") << QStringLiteral("name") << QVariant(QStringLiteral(" \t\n "));
        QTest::newRow("121-character name") << QStringLiteral("name") << QVariant(QString(121, QLatin1Char('n')));
        QTest::newRow("201-character slogan") << QStringLiteral("slogan") << QVariant(QString(201, QLatin1Char('s')));
        QTest::newRow("4001-character ambition")
            << QStringLiteral("ambition") << QVariant(QString(4001, QLatin1Char('a')));
        QTest::newRow("4001-character purpose")
            << QStringLiteral("purpose") << QVariant(QString(4001, QLatin1Char('p')));
        QTest::newRow("empty purpose") << QStringLiteral("purpose") << QVariant(QString());
        QTest::newRow("empty urgency") << QStringLiteral("urgency") << QVariant(QStringLiteral("  "));
        QTest::newRow("logo over 512 KB") << QStringLiteral("logo") << QVariant(QByteArray(512 * 1024 + 1, '\x89'));
        QTest::newRow("end before start") << QStringLiteral("end") << QVariant(QDate(2023, 12, 31));
    }

    void shouldRefuseInvalidProject()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        // GIVEN a stored project and an invalid version of it
        const Project stored = addProject(makeProject(QStringLiteral("Groene Dijken")));
        Project invalid = makeProject(QStringLiteral("Nieuw"));
        if (field == QLatin1String("name"))
            invalid.name = value.toString();
        else if (field == QLatin1String("slogan"))
            invalid.slogan = value.toString();
        else if (field == QLatin1String("ambition"))
            invalid.ambition = value.toString();
        else if (field == QLatin1String("purpose"))
            invalid.purpose = value.toString();
        else if (field == QLatin1String("urgency"))
            invalid.urgency = value.toString();
        else if (field == QLatin1String("logo"))
            invalid.logo = value.toByteArray();
        else if (field == QLatin1String("end"))
            invalid.end = value.toDate();
        const auto before = rowCounts();

        // WHEN it is created, or written over the stored one
        const auto created = store().projects().createProject(invalid, {});
        Project update = invalid;
        update.id = stored.id;
        const auto updated = store().projects().updateProject(update);

        // THEN both are refused as invalid, naming the field, and nothing is written
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Validation);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, Error::Validation);
        const auto issues = validate(invalid);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(rowCounts(), before);
        const Project after = store().projects().project(stored.id).value();
        QCOMPARE(after.name, stored.name);
        QCOMPARE(after.meta.version, stored.meta.version);
    }

    void shouldAcceptLimits()
    {
        // GIVEN a project at every limit
        Project p = makeProject(QString(120, QLatin1Char('n')));
        p.slogan = QString(200, QLatin1Char('s'));
        p.ambition = QString(4000, QLatin1Char('a'));
        p.logo = QByteArray(512 * 1024, '\x89');

        // WHEN it is created
        const auto r = store().projects().createProject(p, {});

        // THEN it is stored whole
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(store().projects().project(p.id).value().logo, p.logo);
        QCOMPARE(store().projects().project(p.id).value().ambition, p.ambition);
    }

    void shouldListOnlyTheProjectsAnOrganisationTakesPartIn()
    {
        // GIVEN Zwijndrecht in one project, gone from another, and not in a third
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project in = addProject(makeProject(QStringLiteral("Warm Wonen"), ProjectStatus::Active), dordrecht.id);
        const Project left = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addProject(makeProject(QStringLiteral("Alleen Dordrecht"), ProjectStatus::Active), dordrecht.id);
        addPartner(in.id, zwijndrecht.id);
        Participation gone = addPartner(left.id, zwijndrecht.id);
        gone.left = QDate(2026, 6, 1);
        QVERIFY(store().participations().saveParticipation(gone).ok());

        // WHEN the projects of Zwijndrecht are asked for
        ProjectQuery mine;
        mine.organisationId = zwijndrecht.id;
        // THEN only the one it is in now comes, and counts
        QCOMPARE(names(store().projects().findProjects(mine).value()), QStringList{QStringLiteral("Warm Wonen")});
        QCOMPARE(store().projects().countProjects(mine).value(), 1);
        // AND with a search as well
        mine.text = QStringLiteral("groen");
        QCOMPARE(store().projects().countProjects(mine).value(), 0);
        // AND Dordrecht leads all three
        ProjectQuery lead;
        lead.organisationId = dordrecht.id;
        QCOMPARE(store().projects().countProjects(lead).value(), 3);
    }

    void shouldListOnlyTheProjectsWithTheGivenIds()
    {
        // GIVEN three projects, one of them closed
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Project warm = addProject(makeProject(QStringLiteral("Warm Wonen"), ProjectStatus::Active), dordrecht.id);
        addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        const Project done = addProject(makeProject(QStringLiteral("Oud Plan"), ProjectStatus::Completed), dordrecht.id);

        // WHEN two of them are asked for by id, with an id no project has
        ProjectQuery named;
        named.ids = {done.id, warm.id, QUuid::createUuid()};

        // THEN those two come, the closed one too, in name order
        QCOMPARE(names(store().projects().findProjects(named).value()),
                 (QStringList{QStringLiteral("Oud Plan"), QStringLiteral("Warm Wonen")}));
        QCOMPARE(store().projects().countProjects(named).value(), 2);
    }

    void shouldLeaveTombstonesOutOfLists()
    {
        // GIVEN a project with a partner, and an unused organisation
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Organisation unused = addOrganisation(QStringLiteral("Gorinchem"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        const Project other = addProject(makeProject(QStringLiteral("Andere")));
        const Participation partner = addPartner(p.id, zwijndrecht.id);

        // WHEN they are tombstoned
        QVERIFY(store().projects().setProjectDeleted(other.id, true).ok());
        QVERIFY(store().participations().setParticipationDeleted(partner.id, true).ok());
        QVERIFY(store().organisations().setOrganisationDeleted(unused.id, true).ok());

        // THEN lists and counts leave them out, and the rows remain
        QCOMPARE(names(store().projects().findProjects({}).value()), QStringList{QStringLiteral("Groene Dijken")});
        QCOMPARE(store().projects().countProjects({}).value(), 1);
        QCOMPARE(store().projects().project(other.id).error().code, Error::NotFound);
        QCOMPARE(store().participations().participations(p.id).value().size(), 1);
        QCOMPARE(store().organisations().organisations().value().size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participation")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisation")), 3);
        ProjectQuery search;
        search.text = QStringLiteral("andere");
        QCOMPARE(store().projects().countProjects(search).value(), 0);

        // AND deleting twice says it is gone
        QCOMPARE(store().projects().setProjectDeleted(other.id, true).error().code, Error::NotFound);

        // WHEN they are restored
        QVERIFY(store().projects().setProjectDeleted(other.id, false).ok());
        QVERIFY(store().participations().setParticipationDeleted(partner.id, false).ok());
        QVERIFY(store().organisations().setOrganisationDeleted(unused.id, false).ok());

        // THEN they are listed again
        QCOMPARE(store().projects().countProjects({}).value(), 2);
        QCOMPARE(store().projects().project(other.id).value().name, QStringLiteral("Andere"));
        QCOMPARE(store().participations().participations(p.id).value().size(), 2);
        QCOMPARE(store().organisations().organisations().value().size(), 3);
    }

    void shouldKeepSyncColumns()
    {
        // GIVEN a project created by one person
        const Project created = addProject(makeProject(QStringLiteral("Groene Dijken")));
        QCOMPARE(created.meta.version, 1);
        QCOMPARE(created.meta.changedBy, m_actor);
        QVERIFY(created.meta.createdAt.isValid());
        QCOMPARE(created.meta.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(created.meta.updatedAt, created.meta.createdAt);
        QVERIFY(!created.meta.deleted);

        // WHEN another person changes it, later
        QTest::qWait(5);
        const QUuid colleague = QUuid::createUuid();
        store().setActor(colleague);
        Project changed = created;
        changed.slogan = QStringLiteral("Droge voeten");
        const auto updated = store().projects().updateProject(changed);

        // THEN the version grows, updated_at moves on and changed_by names the colleague
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().meta.version, 2);
        QVERIFY(updated.value().meta.updatedAt > created.meta.updatedAt);
        QCOMPARE(updated.value().meta.createdAt, created.meta.createdAt);
        QCOMPARE(updated.value().meta.changedBy, colleague);

        // AND tombstoning counts as a change too
        QTest::qWait(5);
        QVERIFY(store().projects().setProjectDeleted(created.id, true).ok());
        QVERIFY(store().projects().setProjectDeleted(created.id, false).ok());
        const Project restored = store().projects().project(created.id).value();
        QCOMPARE(restored.meta.version, 4);
        QVERIFY(restored.meta.updatedAt > updated.value().meta.updatedAt);

        // AND organisations and participations carry the same bookkeeping
        Organisation o = addOrganisation(QStringLiteral("Dordrecht"));
        QCOMPARE(o.meta.version, 1);
        QCOMPARE(o.meta.changedBy, colleague);
        o.name = QStringLiteral("Gemeente Dordrecht");
        QCOMPARE(store().organisations().saveOrganisation(o).value().meta.version, 2);
        Participation pa = addPartner(created.id, o.id);
        QCOMPARE(pa.meta.version, 1);
        pa.brings = QStringLiteral("Kennis");
        QCOMPARE(store().participations().saveParticipation(pa).value().meta.version, 2);
    }

    void shouldPageInDutchOrderWithoutDuplicates_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("pages of 1") << 1;
        QTest::newRow("pages of 7") << 7;
        QTest::newRow("pages of 200") << 200;
    }

    void shouldPageInDutchOrderWithoutDuplicates()
    {
        QFETCH(int, pageSize);
        // GIVEN projects whose names differ in case and accents, some with equal keys
        const QStringList base = {QStringLiteral("Súdwest-Fryslân"),
                                   QStringLiteral("sudwest-fryslan"),
                                   QStringLiteral("'s-Hertogenbosch"),
                                   QStringLiteral("IJsselstein"),
                                   QStringLiteral("Ede"),
                                   QStringLiteral("Ézinge"),
                                   QStringLiteral("eemsdelta"),
                                   QStringLiteral("Zaanstad"),
                                   QStringLiteral("Aalten"),
                                   QStringLiteral("Ålesund")};
        QStringList all;
        for (int i = 0; i < 6; ++i) {
            for (const QString &name : base) {
                const QString n = i == 0 ? name : QStringLiteral("%1 %2").arg(name).arg(i);
                addProject(makeProject(n));
                all.append(n);
            }
        }
        addProject(makeProject(QStringLiteral("Dubbel")));
        addProject(makeProject(QStringLiteral("dubbel")));
        all << QStringLiteral("Dubbel") << QStringLiteral("dubbel");

        // WHEN all pages are read
        QList<ProjectSummary> rows;
        ProjectQuery query;
        query.limit = pageSize;
        for (int guard = 0; guard < 1000; ++guard) {
            const auto page = store().projects().findProjects(query);
            QVERIFY(page.ok());
            rows.append(page.value());
            if (page.value().size() < pageSize)
                break;
            query.afterSortKey = page.value().constLast().sortKey;
            query.afterId = page.value().constLast().id;
        }

        // THEN every project comes once, ordered by the folded name, accents and case ignored
        QCOMPARE(rows.size(), all.size());
        QSet<QUuid> ids;
        for (const auto &r : rows)
            ids.insert(r.id);
        QCOMPARE(ids.size(), all.size());
        for (int i = 1; i < rows.size(); ++i) {
            const auto &a = rows.at(i - 1);
            const auto &b = rows.at(i);
            QCOMPARE(a.sortKey, sortKey(a.name));
            QVERIFY2(a.sortKey < b.sortKey
                         || (a.sortKey == b.sortKey
                             && a.id.toString(QUuid::WithoutBraces) < b.id.toString(QUuid::WithoutBraces)),
                     qPrintable(a.name + QStringLiteral(" / ") + b.name));
        }
        QCOMPARE(rows.first().name, QStringLiteral("'s-Hertogenbosch"));
        // "Ézinge" sorts among the e's, "Ålesund" among the a's
        const QStringList ordered = names(rows);
        QVERIFY(ordered.indexOf(QStringLiteral("Ézinge")) > ordered.indexOf(QStringLiteral("Ede")));
        QVERIFY(ordered.indexOf(QStringLiteral("Ézinge")) < ordered.indexOf(QStringLiteral("IJsselstein")));
        QVERIFY(ordered.indexOf(QStringLiteral("Ålesund")) < ordered.indexOf(QStringLiteral("Dubbel")));
        QCOMPARE(store().projects().countProjects({}).value(), all.size());
    }

    void shouldSearchIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accents dropped") << QStringLiteral("sudwest")
                                         << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("accents in the search")
            << QStringLiteral("FRYSLÂN") << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("slogan") << QStringLiteral("droge voeten") << QStringList{QStringLiteral("Groene Dijken")};
        QTest::newRow("lead name") << QStringLiteral(
            "zwijndrecht") << QStringList{QStringLiteral("Groene Dijken"), QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("lead name with accent") << QStringLiteral("Ôss") << QStringList{QStringLiteral("Wadden")};
        QTest::newRow("surrounding spaces") << QStringLiteral("  wadden  ") << QStringList{QStringLiteral("Wadden")};
        QTest::newRow("nothing") << QStringLiteral("rotterdam") << QStringList{};
    }

    void shouldSearchIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // GIVEN projects with slogans and leads
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Organisation oss = addOrganisation(QStringLiteral("Oss"));
        Project dijken = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        dijken.slogan = QStringLiteral("Droge voeten");
        addProject(dijken, zwijndrecht.id);
        addProject(makeProject(QStringLiteral("Súdwest-Fryslân"), ProjectStatus::Active), zwijndrecht.id);
        addProject(makeProject(QStringLiteral("Wadden"), ProjectStatus::Active), oss.id);
        addProject(makeProject(QStringLiteral("Zonder trekker")));

        // WHEN searching
        ProjectQuery query;
        query.text = text;
        const auto rows = store().projects().findProjects(query);

        // THEN exactly the matching projects come, and the count agrees
        QVERIFY(rows.ok());
        QCOMPARE(names(rows.value()), expected);
        QCOMPARE(store().projects().countProjects(query).value(), expected.size());
    }

    void shouldTreatLikeWildcardsLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("percent") << QStringLiteral("%") << QStringList{QStringLiteral("100% groen")};
        QTest::newRow("underscore") << QStringLiteral("_") << QStringList{QStringLiteral("a_b plan")};
        QTest::newRow("underscore between") << QStringLiteral("a_b") << QStringList{QStringLiteral("a_b plan")};
        QTest::newRow("backslash") << QStringLiteral("\\") << QStringList{QStringLiteral("c\\d plan")};
        QTest::newRow("percent between") << QStringLiteral("0%g") << QStringList{};
    }

    void shouldTreatLikeWildcardsLiterally()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // GIVEN names with and without wildcard characters
        for (const QString &name :
             { QStringLiteral("100% groen"), QStringLiteral("a_b plan"), QStringLiteral("axb plan"),
               QStringLiteral("c\\d plan"), QStringLiteral("1000 groen") })
            addProject(makeProject(name));

        // WHEN searching for a wildcard character
        ProjectQuery query;
        query.text = text;

        // THEN it matches only itself
        QCOMPARE(names(store().projects().findProjects(query).value()), expected);
        QCOMPARE(store().projects().countProjects(query).value(), expected.size());
    }

    void shouldKeepInjectionLikeTextVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("drop table") << QStringLiteral("Robert'); DROP TABLE project;--");
        QTest::newRow("quotes") << QStringLiteral("\"quoted\" and 'single' and `back`");
        QTest::newRow("comment") << QStringLiteral("x' OR '1'='1 /* */");
        QTest::newRow("named placeholder") << QStringLiteral(":text ? :afterId");
    }

    void shouldKeepInjectionLikeTextVerbatim()
    {
        QFETCH(QString, text);
        // GIVEN a project and an organisation named with SQL-looking text
        Project p = makeProject(text);
        p.slogan = text;
        p.ambition = text;
        const Project stored = addProject(p);
        const Organisation o = addOrganisation(text);

        // THEN it reads back verbatim, can be found, and the tables are still there
        QCOMPARE(store().projects().project(stored.id).value().name, text);
        QCOMPARE(store().projects().project(stored.id).value().slogan, text);
        QCOMPARE(store().projects().project(stored.id).value().ambition, text);
        QCOMPARE(store().organisations().organisations().value().first().name, o.name);
        ProjectQuery query;
        query.text = text;
        QCOMPARE(names(store().projects().findProjects(query).value()), QStringList{text});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 1);
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "projectstoretest.moc"
