#include "model/editor.h"
#include "testlib/storefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Model;
using TestLib::await;

class EditorTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::StoreFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<QSignalSpy> m_failed;
    TestLib::Drechtsteden m_d;

    Store::SqliteStore *store() const { return m_fixture->store(); }

    bool idle() const
    {
        return QTest::qWaitFor([this] { return m_editor->pending() == 0; }, 10000);
    }

    Participation participationOf(const QUuid &organisation)
    {
        const auto rows = await(store()->participations(m_d.project.id));
        for (const auto &p : rows.value()) {
            if (p.organisationId == organisation)
                return p;
        }
        return {};
    }

    QStringList organisationNames()
    {
        QStringList out;
        const auto rows = await(store()->organisations());
        for (const auto &o : rows.value())
            out.append(o.name);
        return out;
    }

    // Runs the pushed command through undo and redo, checking the store each time.
    void undoAndRedo(const std::function<bool()> &done, const std::function<bool()> &undone)
    {
        QVERIFY(idle());
        QVERIFY2(done(), "after the edit");
        m_stack->undo();
        QVERIFY(idle());
        QVERIFY2(undone(), "after undo");
        m_stack->redo();
        QVERIFY(idle());
        QVERIFY2(done(), "after redo");
        QCOMPARE(m_failed->count(), 0);
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<TestLib::StoreFixture>();
        m_d = TestLib::makeDrechtsteden(*m_fixture);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<Editor>(store(), store(), m_stack.get());
        m_failed = std::make_unique<QSignalSpy>(m_editor.get(), &Editor::failed);
    }

    void cleanup()
    {
        QVERIFY(idle());
        m_failed.reset();
        m_editor.reset();
        m_stack.reset();
        m_fixture.reset();
    }

    void shouldCreateProjectUndoably()
    {
        // WHEN a project is created with a lead
        const QUuid id = m_editor->createProject(TestLib::makeProject(QStringLiteral("Nieuw"), ProjectStatus::Active),
                                                 m_d.zwijndrecht.id);
        // THEN it exists with its lead; undo removes it, redo brings the same project back
        QVERIFY(!id.isNull());
        undoAndRedo([&] { return await(store()->project(id)).ok(); },
                    [&] { return await(store()->project(id)).error().code == Error::NotFound; });
        QCOMPARE(await(store()->participations(id)).value().size(), 1);
    }

    void shouldUpdateProjectUndoably()
    {
        Project after = m_d.project;
        after.name = QStringLiteral("Blauwe Dijken");
        m_editor->updateProject(m_d.project, after);
        undoAndRedo([&] { return await(store()->project(m_d.project.id)).value().name == after.name; },
                    [&] { return await(store()->project(m_d.project.id)).value().name == m_d.project.name; });
    }

    void shouldDeleteProjectUndoably()
    {
        m_editor->deleteProject(m_d.project);
        undoAndRedo([&] { return await(store()->countProjects({})).value() == 0; },
                    [&] { return await(store()->countProjects({})).value() == 1; });
    }

    void shouldAddParticipationUndoably()
    {
        const auto gorinchem = await(store()->saveOrganisation(TestLib::makeOrganisation(QStringLiteral("Gorinchem"))));
        QVERIFY(gorinchem.ok());
        const QUuid id = m_editor->addParticipation(TestLib::makeParticipation(m_d.project.id, gorinchem.value().id));
        QVERIFY(!id.isNull());
        undoAndRedo([&] { return participationOf(gorinchem.value().id).id == id; },
                    [&] { return participationOf(gorinchem.value().id).id.isNull(); });
    }

    void shouldUpdateParticipationUndoably()
    {
        Participation after = m_d.partner;
        after.brings = QStringLiteral("Grond");
        m_editor->updateParticipation(m_d.partner, after);
        undoAndRedo([&] { return participationOf(m_d.zwijndrecht.id).brings == after.brings; },
                    [&] { return participationOf(m_d.zwijndrecht.id).brings.isEmpty(); });
    }

    void shouldLeaveProjectUndoably()
    {
        m_editor->leaveProject(m_d.partner, QDate(2024, 8, 1));
        undoAndRedo([&] { return participationOf(m_d.zwijndrecht.id).left == QDate(2024, 8, 1); },
                    [&] { return participationOf(m_d.zwijndrecht.id).isCurrent(); });
    }

    void shouldHandOverLeadUndoably()
    {
        m_editor->handOverLead(m_d.lead, m_d.partner, QDate(2024, 6, 1));
        undoAndRedo(
            [&] {
                return participationOf(m_d.zwijndrecht.id).role == ParticipationRole::Lead
                    && participationOf(m_d.dordrecht.id).role == ParticipationRole::Partner
                    && await(store()->leadHistory(m_d.project.id)).value().size() == 2;
            },
            [&] {
                return participationOf(m_d.dordrecht.id).role == ParticipationRole::Lead
                    && participationOf(m_d.zwijndrecht.id).role == ParticipationRole::Partner
                    && await(store()->leadHistory(m_d.project.id)).value().size() == 1;
            });
    }

    void shouldCreateOrganisationUndoably()
    {
        const QUuid id = m_editor->createOrganisation(TestLib::makeOrganisation(QStringLiteral("Gorinchem")));
        QVERIFY(!id.isNull());
        undoAndRedo([&] { return organisationNames().contains(QStringLiteral("Gorinchem")); },
                    [&] { return !organisationNames().contains(QStringLiteral("Gorinchem")); });
    }

    void shouldUpdateOrganisationUndoably()
    {
        Organisation after = m_d.sliedrecht;
        after.name = QStringLiteral("Gemeente Sliedrecht");
        m_editor->updateOrganisation(m_d.sliedrecht, after);
        undoAndRedo([&] { return organisationNames().contains(after.name); },
                    [&] { return organisationNames().contains(m_d.sliedrecht.name); });
    }

    void shouldDeleteOrganisationUndoably()
    {
        // Papendrecht left the project, so it may go.
        m_editor->deleteOrganisation(m_d.papendrecht);
        undoAndRedo([&] { return !organisationNames().contains(QStringLiteral("Papendrecht")); },
                    [&] { return organisationNames().contains(QStringLiteral("Papendrecht")); });
    }

    void shouldUndoACalendarImportAsOneStep()
    {
        m_editor->setPlan(store());
        const QUuid project = m_d.project.id;
        // GIVEN a milestone and a planned evaluation that a calendar file names again
        Milestone council{QUuid::createUuid(), project, QStringLiteral("Raadsbesluit"), {}, QDate(2027, 3, 11),
                          m_d.dordrecht.id, {}, {}, MilestoneStatus::Planned, {}, {}, {}};
        QVERIFY(await(store()->saveMilestone(council)).ok());
        QVERIFY(await(store()->planEvaluations(project, QDate(2027, 1, 15), 1, QDate(2027, 1, 15))).ok());
        const Evaluation planned = await(store()->evaluations(project)).value().first();
        const auto plan = [&] {
            QStringList out;
            const auto milestones = await(store()->milestones(project));
            for (const Milestone &m : milestones.value())
                out << m.title + QLatin1Char(' ') + m.due.toString(Qt::ISODate);
            const auto evaluations = await(store()->evaluations(project));
            for (const Evaluation &e : evaluations.value())
                out << QStringLiteral("evaluatie ") + e.plannedOn.toString(Qt::ISODate);
            out.sort();
            return out;
        };
        const QStringList before = plan();
        // WHEN a file that moves both and adds a milestone and an evaluation is imported
        const QList<CalendarEntry> entries{
            {CalendarEntry::Kind::Milestone, council.id, QStringLiteral("Raadsbesluit"), {}, QDate(2027, 3, 18), {}, {}},
            {CalendarEntry::Kind::Milestone, {}, QStringLiteral("Inspraakavond"), {}, QDate(2027, 4, 2), {}, {}},
            {CalendarEntry::Kind::Evaluation, planned.id, QStringLiteral("Evaluatie"), {}, QDate(2027, 2, 1), {}, {}},
            {CalendarEntry::Kind::Evaluation, {}, QStringLiteral("Tussenevaluatie"), {}, QDate(2027, 6, 1), {}, {}},
        };
        const auto answer = m_editor->importCalendar(project, entries);
        QVERIFY(idle());
        QCOMPARE(await(answer).value().added, 2);
        QCOMPARE(await(answer).value().updated, 2);
        QCOMPARE(await(answer).value().unchanged, 0);
        const QStringList imported = plan();
        QCOMPARE(imported,
                 QStringList({QStringLiteral("Inspraakavond 2027-04-02"), QStringLiteral("Raadsbesluit 2027-03-18"),
                              QStringLiteral("evaluatie 2027-02-01"), QStringLiteral("evaluatie 2027-06-01")}));
        // THEN it is one step: undo takes all of it back, redo brings it again
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QVERIFY(idle());
        QCOMPARE(plan(), before);
        m_stack->redo();
        QVERIFY(idle());
        QCOMPARE(plan(), imported);
        // AND an undo issued before the import was answered still applies after it
        m_stack->undo();
        m_stack->redo();
        m_stack->undo();
        QVERIFY(idle());
        QCOMPARE(plan(), before);
        QCOMPARE(m_failed->count(), 0);
    }

    void shouldTakeFailedEditOffTheStack_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("invalid project") << 0;
        QTest::newRow("active project without lead") << 1;
        QTest::newRow("deleting an organisation that takes part") << 2;
        QTest::newRow("hand-over to a former partner") << 3;
    }

    void shouldTakeFailedEditOffTheStack()
    {
        QFETCH(int, which);
        // GIVEN one successful edit on the stack
        Project renamed = m_d.project;
        renamed.slogan = QStringLiteral("Droge voeten");
        m_editor->updateProject(m_d.project, renamed);
        QVERIFY(idle());
        QCOMPARE(m_stack->count(), 1);

        // WHEN an edit fails in the store
        switch (which) {
        case 0:
            m_editor->createProject(TestLib::makeProject(QString()), {});
            break;
        case 1:
            m_editor->createProject(TestLib::makeProject(QStringLiteral("X"), ProjectStatus::Active), {});
            break;
        case 2:
            m_editor->deleteOrganisation(m_d.zwijndrecht);
            break;
        case 3:
            m_editor->handOverLead(m_d.lead, m_d.former, QDate(2024, 6, 1));
            break;
        }
        QVERIFY(idle());

        // THEN it is reported with a reason and taken off the stack, the earlier edit kept
        QCOMPARE(m_failed->count(), 1);
        QVERIFY(!m_failed->at(0).at(0).toString().isEmpty());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->index(), 1);
        QVERIFY(!m_stack->canRedo());
        m_stack->undo();
        QVERIFY(idle());
        QCOMPARE(await(store()->project(m_d.project.id)).value().slogan, QString());
        QCOMPARE(m_failed->count(), 1);
    }

    void shouldApplyUndoIssuedBeforeTheAnswer()
    {
        // WHEN a project is created and undone at once, before the store answered
        const QUuid id = m_editor->createProject(TestLib::makeProject(QStringLiteral("Snel")), {});
        QVERIFY(m_editor->pending() > 0);
        m_stack->undo();

        // THEN both are applied in order: the project ends up removed
        QVERIFY(idle());
        QCOMPARE(m_failed->count(), 0);
        QCOMPARE(await(store()->project(id)).error().code, Error::NotFound);

        // AND many edits and undos in a row end where the stack says
        Project p = m_d.project;
        for (int i = 1; i <= 10; ++i) {
            Project next = p;
            next.slogan = QStringLiteral("Versie %1").arg(i);
            m_editor->updateProject(p, next);
            p = next;
        }
        for (int i = 0; i < 4; ++i)
            m_stack->undo();
        QVERIFY(idle());
        QCOMPARE(await(store()->project(m_d.project.id)).value().slogan, QStringLiteral("Versie 6"));
        QCOMPARE(m_failed->count(), 0);
    }

    void shouldSignalIdleWhenAllAnswered()
    {
        QSignalSpy idleSpy(m_editor.get(), &Editor::idle);
        Project after = m_d.project;
        after.slogan = QStringLiteral("Een");
        m_editor->updateProject(m_d.project, after);
        QCOMPARE(m_editor->pending(), 1);
        QVERIFY(idleSpy.wait(TestLib::AnswerTimeoutMs));
        QCOMPARE(m_editor->pending(), 0);
    }
};

QTEST_GUILESS_MAIN(EditorTest)
#include "editortest.moc"
