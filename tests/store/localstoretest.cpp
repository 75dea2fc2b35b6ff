#include "model/text.h"
#include "model/validation.h"
#include "store/localstore.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Model;
using namespace Store;
using TestLib::makeOrganisation;
using TestLib::makeParticipation;
using TestLib::makeProject;

namespace {

// What a test compares of a participation: who, in which role, since and until when.
QStringList describe(const QList<Participation> &rows)
{
    QStringList out;
    for (const auto &p : rows)
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(p.id.toString(), p.organisationName, key(p.role), p.joined.toString(Qt::ISODate),
                            p.left.toString(Qt::ISODate)));
    out.sort();
    return out;
}

QStringList describe(const QList<LeadTerm> &rows)
{
    QStringList out;
    for (const auto &t : rows)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(t.id.toString(), t.organisationName, t.from.toString(Qt::ISODate),
                            t.until.toString(Qt::ISODate)));
    return out;
}

QStringList names(const QList<ProjectSummary> &rows)
{
    QStringList out;
    for (const auto &p : rows)
        out.append(p.name);
    return out;
}

} // namespace

class LocalStoreTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    QUuid m_actor;

    LocalStore &store() { return *m_store; }

    Organisation addOrganisation(const QString &name)
    {
        auto r = store().saveOrganisation(makeOrganisation(name));
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Project addProject(const Project &p, const QUuid &lead = {})
    {
        auto r = store().createProject(p, lead);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Participation addPartner(const QUuid &project, const QUuid &organisation,
                             ParticipationRole role = ParticipationRole::Partner)
    {
        auto r = store().saveParticipation(makeParticipation(project, organisation, role, QDate(2024, 2, 1)));
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    Participation participationOf(const QUuid &project, const QUuid &organisation)
    {
        const auto rows = store().participations(project).value();
        for (const auto &p : rows) {
            if (p.organisationId == organisation && p.isCurrent())
                return p;
        }
        return {};
    }

    /// Closing a project needs a held closing evaluation with lessons.
    void holdClosingEvaluation(const QUuid &project)
    {
        Evaluation e;
        e.id = QUuid::createUuid();
        e.projectId = project;
        e.kind = EvaluationKind::Closing;
        e.plannedOn = e.heldOn = QDate(2024, 12, 1);
        e.lessons = QStringLiteral("Samen beginnen, samen afsluiten");
        if (!store().holdEvaluation(e).ok())
            qFatal("cannot hold the closing evaluation");
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Everything a failed write must leave alone.
    QList<int> rowCounts()
    {
        QList<int> counts;
        for (const char *table : {"organisation", "person", "project", "participation", "lead_term", "local_setting"})
            counts.append(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        return counts;
    }

    LeadHandOver handOver(const QUuid &project, const QUuid &from, const QUuid &to, const QDate &date,
                          ParticipationRole previousRole = ParticipationRole::Partner)
    {
        LeadHandOver h;
        h.projectId = project;
        h.fromOrganisation = from;
        h.toOrganisation = to;
        h.previousRoleOfNewLead = previousRole;
        h.openedTermId = QUuid::createUuid();
        h.date = date;
        return h;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        const Status status = m_store->open(m_dir->file(QStringLiteral("regie.sqlite")));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        m_actor = QUuid::createUuid();
        m_store->setActor(m_actor);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    // --- the lead rule -------------------------------------------------------------------------

    void shouldRefuseActiveProjectWithoutLead()
    {
        // GIVEN an active project without a lead
        const Project p = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        const auto before = rowCounts();

        // WHEN it is created
        const auto r = store().createProject(p, {});

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Rule);
        QCOMPARE(rowCounts(), before);

        // AND an idea cannot become active without a lead either
        Project idea = addProject(makeProject(QStringLiteral("Idee")));
        idea.status = ProjectStatus::Active;
        const auto activated = store().updateProject(idea);
        QVERIFY(!activated.ok());
        QCOMPARE(activated.error().code, Error::Rule);
        QCOMPARE(store().project(idea.id).value().status, ProjectStatus::Idea);
    }

    void shouldCreateLeadParticipationAndTermWithProject()
    {
        // GIVEN an organisation
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));

        // WHEN an active project is created with it as lead
        Project p = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        p.start = QDate(2024, 3, 1);
        const auto r = store().createProject(p, dordrecht.id);

        // THEN the project has a lead participation and an open lead term since the start
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const auto participations = store().participations(p.id).value();
        QCOMPARE(participations.size(), 1);
        QCOMPARE(participations.first().organisationId, dordrecht.id);
        QCOMPARE(participations.first().role, ParticipationRole::Lead);
        QCOMPARE(participations.first().joined, QDate(2024, 3, 1));
        QVERIFY(participations.first().isCurrent());
        const auto terms = store().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().organisationId, dordrecht.id);
        QCOMPARE(terms.first().from, QDate(2024, 3, 1));
        QVERIFY(terms.first().until.isNull());
        const auto listed = store().findProjects({}).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().leadName, QStringLiteral("Dordrecht"));
    }

    void shouldHandOverLeadInOneOperation()
    {
        // GIVEN an active project led by Dordrecht with Zwijndrecht as partner
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id);

        // WHEN the regie is handed over
        const LeadHandOver h = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1));
        const Status status = store().handOverLead(h);

        // THEN the old term is closed, a new one opened, the roles swapped and the former lead stays a partner
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(participationOf(p.id, zwijndrecht.id).role, ParticipationRole::Lead);
        QCOMPARE(participationOf(p.id, dordrecht.id).role, ParticipationRole::Partner);
        QVERIFY(participationOf(p.id, dordrecht.id).isCurrent());
        const auto terms = store().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(0).id, h.openedTermId);
        QCOMPARE(terms.at(0).organisationId, zwijndrecht.id);
        QCOMPARE(terms.at(0).from, QDate(2024, 6, 1));
        QVERIFY(terms.at(0).until.isNull());
        QCOMPARE(terms.at(1).organisationId, dordrecht.id);
        QCOMPARE(terms.at(1).until, QDate(2024, 6, 1));
        QCOMPARE(store().findProjects({}).value().first().leadName, QStringLiteral("Zwijndrecht"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participation WHERE role = 'lead' AND left_on IS NULL "
                                      "AND deleted = 0")),
                 1);
    }

    void shouldRefuseInvalidHandOver()
    {
        // GIVEN an active project led by Dordrecht, with a partner, and an outsider
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Organisation outsider = addOrganisation(QStringLiteral("Gorinchem"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id);
        const auto before = rowCounts();
        const auto terms = describe(store().leadHistory(p.id).value());

        // WHEN hand-overs are tried to an outsider, from a non-lead, and before the lead started
        const Status toOutsider = store().handOverLead(handOver(p.id, dordrecht.id, outsider.id, QDate(2024, 6, 1)));
        const Status fromNonLead = store().handOverLead(handOver(p.id, zwijndrecht.id, dordrecht.id, QDate(2024, 6, 1)));
        const Status tooEarly = store().handOverLead(handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2020, 1, 1)));

        // THEN each is refused and nothing changes
        QVERIFY(!toOutsider.ok());
        QVERIFY(!fromNonLead.ok());
        QVERIFY(!tooEarly.ok());
        QCOMPARE(rowCounts(), before);
        QCOMPARE(describe(store().leadHistory(p.id).value()), terms);
        QCOMPARE(participationOf(p.id, dordrecht.id).role, ParticipationRole::Lead);
    }

    void shouldRevertHandOverExactly_data()
    {
        QTest::addColumn<ParticipationRole>("previousRole");
        QTest::newRow("from partner") << ParticipationRole::Partner;
        QTest::newRow("from external") << ParticipationRole::External;
    }

    void shouldRevertHandOverExactly()
    {
        QFETCH(ParticipationRole, previousRole);
        // GIVEN a project whose regie was handed over
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id, previousRole);
        const auto participationsBefore = describe(store().participations(p.id).value());
        const auto termsBefore = describe(store().leadHistory(p.id).value());
        const LeadHandOver h = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1), previousRole);
        QVERIFY(store().handOverLead(h).ok());
        QVERIFY(describe(store().participations(p.id).value()) != participationsBefore);

        // WHEN it is reverted
        const Status status = store().revertHandOver(h);

        // THEN roles and lead terms are exactly as before
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(describe(store().participations(p.id).value()), participationsBefore);
        QCOMPARE(describe(store().leadHistory(p.id).value()), termsBefore);
        QCOMPARE(store().findProjects({}).value().first().leadName, QStringLiteral("Dordrecht"));

        // AND the same hand-over can be made again after the revert (redo), its term keeping its id
        const Status redone = store().handOverLead(h);
        QVERIFY2(redone.ok(), qPrintable(redone.error().message));
        QCOMPARE(participationOf(p.id, zwijndrecht.id).role, ParticipationRole::Lead);
        const auto terms = store().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.first().id, h.openedTermId);
        QVERIFY(terms.first().until.isNull());
        QCOMPARE(terms.first().from, h.date);
    }

    void shouldRefuseRevertAfterLaterHandOver()
    {
        // GIVEN two hand-overs: Dordrecht -> Zwijndrecht -> Papendrecht
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Organisation papendrecht = addOrganisation(QStringLiteral("Papendrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id);
        addPartner(p.id, papendrecht.id);
        const LeadHandOver first = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1));
        QVERIFY(store().handOverLead(first).ok());
        const LeadHandOver second = handOver(p.id, zwijndrecht.id, papendrecht.id, QDate(2024, 9, 1));
        QVERIFY(store().handOverLead(second).ok());
        const auto participations = describe(store().participations(p.id).value());
        const auto terms = describe(store().leadHistory(p.id).value());

        // WHEN the first one is reverted
        const Status status = store().revertHandOver(first);

        // THEN that is refused and nothing changes
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Rule);
        QCOMPARE(describe(store().participations(p.id).value()), participations);
        QCOMPARE(describe(store().leadHistory(p.id).value()), terms);

        // AND the latest one can still be reverted
        QVERIFY(store().revertHandOver(second).ok());
        QCOMPARE(participationOf(p.id, zwijndrecht.id).role, ParticipationRole::Lead);
    }

    void shouldRefuseCurrentLeadLeaving()
    {
        // GIVEN an active project led by Dordrecht
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        Participation lead = participationOf(p.id, dordrecht.id);
        const auto before = rowCounts();

        // WHEN the lead leaves, loses its role, or its participation is removed
        Participation leaving = lead;
        leaving.left = QDate(2024, 6, 1);
        const auto left = store().saveParticipation(leaving);
        Participation demoted = lead;
        demoted.role = ParticipationRole::Partner;
        const auto demotion = store().saveParticipation(demoted);
        const Status removed = store().setParticipationDeleted(lead.id, true);

        // THEN each is refused and the lead stays
        QVERIFY(!left.ok());
        QCOMPARE(left.error().code, Error::Rule);
        QVERIFY(!demotion.ok());
        QCOMPARE(demotion.error().code, Error::Rule);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, Error::Rule);
        QCOMPARE(rowCounts(), before);
        QVERIFY(participationOf(p.id, dordrecht.id).isCurrent());
        QCOMPARE(participationOf(p.id, dordrecht.id).role, ParticipationRole::Lead);
    }

    void shouldLetOrganisationTakePartOnceAtATime()
    {
        // GIVEN Zwijndrecht taking part in a project
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        Participation first = addPartner(p.id, zwijndrecht.id);

        // WHEN it is added a second time
        const auto second = store().saveParticipation(makeParticipation(p.id, zwijndrecht.id));

        // THEN that is refused
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Rule);
        QCOMPARE(store().participations(p.id).value().size(), 2);

        // AND after leaving it may join again, the history kept
        first.left = QDate(2024, 5, 1);
        QVERIFY(store().saveParticipation(first).ok());
        const auto rejoined = store().saveParticipation(makeParticipation(p.id, zwijndrecht.id, ParticipationRole::Partner,
                                                                          QDate(2024, 8, 1)));
        QVERIFY2(rejoined.ok(), qPrintable(rejoined.error().message));
        QCOMPARE(store().participations(p.id).value().size(), 3);

        // AND the former participation cannot be brought back while the new one runs
        const Status removedNew = store().setParticipationDeleted(rejoined.value().id, true);
        QVERIFY(removedNew.ok());
        first.left = QDate();
        QVERIFY(store().saveParticipation(first).ok());
        const Status restored = store().setParticipationDeleted(rejoined.value().id, false);
        QVERIFY(!restored.ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participation WHERE organisation_id = '%1' AND "
                                      "left_on IS NULL AND deleted = 0")
                           .arg(zwijndrecht.id.toString(QUuid::WithoutBraces))),
                 1);
    }

    void shouldRefuseDeletingOrganisationStillTakingPart()
    {
        // GIVEN Zwijndrecht taking part in a project
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        Participation partner = addPartner(p.id, zwijndrecht.id);

        // WHEN it is deleted
        const Status refused = store().setOrganisationDeleted(zwijndrecht.id, true);

        // THEN that is refused
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Rule);
        QCOMPARE(store().organisations().value().size(), 2);

        // AND once it left, it can be deleted
        partner.left = QDate(2024, 5, 1);
        QVERIFY(store().saveParticipation(partner).ok());
        QVERIFY(store().setOrganisationDeleted(zwijndrecht.id, true).ok());
        QCOMPARE(store().organisations().value().size(), 1);
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
        QVERIFY(store().updateProject(p).ok());
        const auto before = rowCounts();

        // WHEN its fields, partners or regie are changed
        Project renamed = store().project(p.id).value();
        renamed.name = QStringLiteral("Blauwe Dijken");
        const auto rename = store().updateProject(renamed);
        partner.brings = QStringLiteral("Geld");
        const auto edit = store().saveParticipation(partner);
        const Organisation gorinchem = addOrganisation(QStringLiteral("Gorinchem"));
        const auto join = store().saveParticipation(makeParticipation(p.id, gorinchem.id));
        const Status handed = store().handOverLead(handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1)));
        const Status removed = store().setParticipationDeleted(partner.id, true);

        // THEN each is refused
        for (const auto &[ok, code] : {std::pair{rename.ok(), rename.ok() ? Error::Rule : rename.error().code},
                                      std::pair{edit.ok(), edit.ok() ? Error::Rule : edit.error().code},
                                      std::pair{join.ok(), join.ok() ? Error::Rule : join.error().code},
                                      std::pair{handed.ok(), handed.ok() ? Error::Rule : handed.error().code},
                                      std::pair{removed.ok(), removed.ok() ? Error::Rule : removed.error().code}}) {
            QVERIFY(!ok);
            QCOMPARE(code, Error::Rule);
        }
        QCOMPARE(store().project(p.id).value().name, QStringLiteral("Groene Dijken"));
        QCOMPARE(store().participations(p.id).value().size(), 2);

        // AND its status alone can change: it can be reopened
        Project reopened = store().project(p.id).value();
        reopened.status = ProjectStatus::Active;
        const auto reopen = store().updateProject(reopened);
        QVERIFY2(reopen.ok(), qPrintable(reopen.error().message));
        QCOMPARE(store().project(p.id).value().status, ProjectStatus::Active);
        QCOMPARE(rowCounts().at(2), before.at(2));
    }

    // --- validation ---------------------------------------------------------------------------

    void shouldRefuseInvalidProject_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QString());
        QTest::newRow("whitespace name") << QStringLiteral("name") << QVariant(QStringLiteral(" \t\n "));
        QTest::newRow("121-character name") << QStringLiteral("name") << QVariant(QString(121, QLatin1Char('n')));
        QTest::newRow("201-character slogan") << QStringLiteral("slogan") << QVariant(QString(201, QLatin1Char('s')));
        QTest::newRow("4001-character ambition") << QStringLiteral("ambition")
                                                 << QVariant(QString(4001, QLatin1Char('a')));
        QTest::newRow("4001-character purpose") << QStringLiteral("purpose")
                                                << QVariant(QString(4001, QLatin1Char('p')));
        QTest::newRow("empty purpose") << QStringLiteral("purpose") << QVariant(QString());
        QTest::newRow("empty urgency") << QStringLiteral("urgency") << QVariant(QStringLiteral("  "));
        QTest::newRow("logo over 512 KB") << QStringLiteral("logo")
                                          << QVariant(QByteArray(512 * 1024 + 1, '\x89'));
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
        const auto created = store().createProject(invalid, {});
        Project update = invalid;
        update.id = stored.id;
        const auto updated = store().updateProject(update);

        // THEN both are refused as invalid, naming the field, and nothing is written
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Validation);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, Error::Validation);
        const auto issues = validate(invalid);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(rowCounts(), before);
        const Project after = store().project(stored.id).value();
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
        const auto r = store().createProject(p, {});

        // THEN it is stored whole
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(store().project(p.id).value().logo, p.logo);
        QCOMPARE(store().project(p.id).value().ambition, p.ambition);
    }

    void shouldRefuseInvalidOrganisation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty name") << QString() << OrganisationKind::Municipality << QString();
        QTest::newRow("whitespace name") << QStringLiteral("   ") << OrganisationKind::Municipality << QString();
        QTest::newRow("121-character name") << QString(121, QLatin1Char('o')) << OrganisationKind::Company << QString();
        QTest::newRow("bad code") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                  << QStringLiteral("GM505");
        QTest::newRow("code of a province") << QStringLiteral("Zuid-Holland") << OrganisationKind::Province
                                            << QStringLiteral("GM0505");
    }

    void shouldRefuseInvalidOrganisation()
    {
        QFETCH(QString, name);
        QFETCH(OrganisationKind, kind);
        QFETCH(QString, code);
        // GIVEN an invalid organisation
        Organisation o = makeOrganisation(name, kind);
        o.municipalityCode = code;
        const auto before = rowCounts();

        // WHEN it is saved
        const auto r = store().saveOrganisation(o);

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Validation);
        QCOMPARE(rowCounts(), before);
    }

    void shouldRefuseInvalidParticipation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("brings too long") << QStringLiteral("brings");
        QTest::newRow("mandate too long") << QStringLiteral("mandate");
        QTest::newRow("no joining date") << QStringLiteral("joined");
        QTest::newRow("left before joining") << QStringLiteral("left");
    }

    void shouldRefuseInvalidParticipation()
    {
        QFETCH(QString, field);
        // GIVEN a project, an organisation and an invalid participation
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken")));
        Participation invalid = makeParticipation(p.id, zwijndrecht.id);
        if (field == QLatin1String("brings"))
            invalid.brings = QString(4001, QLatin1Char('b'));
        else if (field == QLatin1String("mandate"))
            invalid.mandate = QString(4001, QLatin1Char('m'));
        else if (field == QLatin1String("joined"))
            invalid.joined = QDate();
        else if (field == QLatin1String("left"))
            invalid.left = invalid.joined.addDays(-1);
        const auto before = rowCounts();

        // WHEN it is saved
        const auto r = store().saveParticipation(invalid);

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Validation);
        QCOMPARE(rowCounts(), before);
    }

    // --- tombstones and bookkeeping ------------------------------------------------------------

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
        QVERIFY(store().setProjectDeleted(other.id, true).ok());
        QVERIFY(store().setParticipationDeleted(partner.id, true).ok());
        QVERIFY(store().setOrganisationDeleted(unused.id, true).ok());

        // THEN lists and counts leave them out, and the rows remain
        QCOMPARE(names(store().findProjects({}).value()), QStringList{QStringLiteral("Groene Dijken")});
        QCOMPARE(store().countProjects({}).value(), 1);
        QCOMPARE(store().project(other.id).error().code, Error::NotFound);
        QCOMPARE(store().participations(p.id).value().size(), 1);
        QCOMPARE(store().organisations().value().size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participation")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organisation")), 3);
        ProjectQuery search;
        search.text = QStringLiteral("andere");
        QCOMPARE(store().countProjects(search).value(), 0);

        // AND deleting twice says it is gone
        QCOMPARE(store().setProjectDeleted(other.id, true).error().code, Error::NotFound);

        // WHEN they are restored
        QVERIFY(store().setProjectDeleted(other.id, false).ok());
        QVERIFY(store().setParticipationDeleted(partner.id, false).ok());
        QVERIFY(store().setOrganisationDeleted(unused.id, false).ok());

        // THEN they are listed again
        QCOMPARE(store().countProjects({}).value(), 2);
        QCOMPARE(store().project(other.id).value().name, QStringLiteral("Andere"));
        QCOMPARE(store().participations(p.id).value().size(), 2);
        QCOMPARE(store().organisations().value().size(), 3);
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
        const auto updated = store().updateProject(changed);

        // THEN the version grows, updated_at moves on and changed_by names the colleague
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().meta.version, 2);
        QVERIFY(updated.value().meta.updatedAt > created.meta.updatedAt);
        QCOMPARE(updated.value().meta.createdAt, created.meta.createdAt);
        QCOMPARE(updated.value().meta.changedBy, colleague);

        // AND tombstoning counts as a change too
        QTest::qWait(5);
        QVERIFY(store().setProjectDeleted(created.id, true).ok());
        QVERIFY(store().setProjectDeleted(created.id, false).ok());
        const Project restored = store().project(created.id).value();
        QCOMPARE(restored.meta.version, 4);
        QVERIFY(restored.meta.updatedAt > updated.value().meta.updatedAt);

        // AND organisations and participations carry the same bookkeeping
        Organisation o = addOrganisation(QStringLiteral("Dordrecht"));
        QCOMPARE(o.meta.version, 1);
        QCOMPARE(o.meta.changedBy, colleague);
        o.name = QStringLiteral("Gemeente Dordrecht");
        QCOMPARE(store().saveOrganisation(o).value().meta.version, 2);
        Participation pa = addPartner(created.id, o.id);
        QCOMPARE(pa.meta.version, 1);
        pa.brings = QStringLiteral("Kennis");
        QCOMPARE(store().saveParticipation(pa).value().meta.version, 2);
    }

    // --- finding projects ----------------------------------------------------------------------

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
        const QStringList base = {QStringLiteral("Súdwest-Fryslân"), QStringLiteral("sudwest-fryslan"),
                                  QStringLiteral("'s-Hertogenbosch"), QStringLiteral("IJsselstein"),
                                  QStringLiteral("Ede"), QStringLiteral("Ézinge"), QStringLiteral("eemsdelta"),
                                  QStringLiteral("Zaanstad"), QStringLiteral("Aalten"), QStringLiteral("Ålesund")};
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
            const auto page = store().findProjects(query);
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
        QCOMPARE(store().countProjects({}).value(), all.size());
    }

    void shouldSearchIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accents dropped") << QStringLiteral("sudwest") << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("accents in the search") << QStringLiteral("FRYSLÂN")
                                               << QStringList{QStringLiteral("Súdwest-Fryslân")};
        QTest::newRow("slogan") << QStringLiteral("droge voeten") << QStringList{QStringLiteral("Groene Dijken")};
        QTest::newRow("lead name") << QStringLiteral("zwijndrecht")
                                   << QStringList{QStringLiteral("Groene Dijken"), QStringLiteral("Súdwest-Fryslân")};
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
        const auto rows = store().findProjects(query);

        // THEN exactly the matching projects come, and the count agrees
        QVERIFY(rows.ok());
        QCOMPARE(names(rows.value()), expected);
        QCOMPARE(store().countProjects(query).value(), expected.size());
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
        for (const QString &name : {QStringLiteral("100% groen"), QStringLiteral("a_b plan"),
                                    QStringLiteral("axb plan"), QStringLiteral("c\\d plan"), QStringLiteral("1000 groen")})
            addProject(makeProject(name));

        // WHEN searching for a wildcard character
        ProjectQuery query;
        query.text = text;

        // THEN it matches only itself
        QCOMPARE(names(store().findProjects(query).value()), expected);
        QCOMPARE(store().countProjects(query).value(), expected.size());
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
        QCOMPARE(store().project(stored.id).value().name, text);
        QCOMPARE(store().project(stored.id).value().slogan, text);
        QCOMPARE(store().project(stored.id).value().ambition, text);
        QCOMPARE(store().organisations().value().first().name, o.name);
        ProjectQuery query;
        query.text = text;
        QCOMPARE(names(store().findProjects(query).value()), QStringList{text});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 1);
    }

    // --- import --------------------------------------------------------------------------------

    void shouldImportBundleIdempotently()
    {
        // GIVEN a region with projects, leads and partners
        const Bundle region = TestLib::makeRegion(40, 6);

        // WHEN it is imported twice
        const Status first = store().importBundle(region);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const auto afterFirst = rowCounts();
        const Status second = store().importBundle(region);

        // THEN the second import changes nothing
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(rowCounts(), afterFirst);
        QCOMPARE(afterFirst.at(0), 6);
        QCOMPARE(afterFirst.at(2), 40);
        QCOMPARE(afterFirst.at(3), region.participations.size());
        QCOMPARE(afterFirst.at(4), region.leadTerms.size());
        QCOMPARE(store().countProjects({}).value(), 40);
        const auto lead = store().leadHistory(region.projects.first().id).value();
        QCOMPARE(lead.size(), 1);
    }

    void shouldRefuseImportOfActiveProjectWithoutLead()
    {
        // GIVEN a region in which one active project has no lead
        Bundle region = TestLib::makeRegion(10, 4);
        region.projects.append(makeProject(QStringLiteral("Zonder regie"), ProjectStatus::Active));
        region.me = QUuid::createUuid();

        // WHEN it is imported
        const Status status = store().importBundle(region);

        // THEN it is refused, naming the project, and nothing at all is written
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Rule);
        QVERIFY2(status.error().message.contains(QStringLiteral("Zonder regie")), qPrintable(status.error().message));
        QCOMPARE(rowCounts(), (QList<int>{0, 0, 0, 0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(LocalStoreTest)
#include "localstoretest.moc"
