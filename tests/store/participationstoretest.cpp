// Participations and the regie in a real SQLite file: hand-over and its undo, the current lead, taking part once at a
// time.

#include "testlib/localstoretestbase.h"

class ParticipationStoreTest : public LocalStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldHandOverLeadInOneOperation()
    {
        // GIVEN an active project led by Dordrecht with Zwijndrecht as partner
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id);

        // WHEN the regie is handed over
        const LeadHandOver h = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1));
        const Status status = store().participations().handOverLead(h);

        // THEN the old term is closed, a new one opened, the roles swapped and the former lead stays a partner
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(participationOf(p.id, zwijndrecht.id).role, ParticipationRole::Lead);
        QCOMPARE(participationOf(p.id, dordrecht.id).role, ParticipationRole::Partner);
        QVERIFY(participationOf(p.id, dordrecht.id).isCurrent());
        const auto terms = store().participations().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(0).id, h.openedTermId);
        QCOMPARE(terms.at(0).organisationId, zwijndrecht.id);
        QCOMPARE(terms.at(0).from, QDate(2024, 6, 1));
        QVERIFY(terms.at(0).until.isNull());
        QCOMPARE(terms.at(1).organisationId, dordrecht.id);
        QCOMPARE(terms.at(1).until, QDate(2024, 6, 1));
        QCOMPARE(store().projects().findProjects({}).value().first().leadName, QStringLiteral("Zwijndrecht"));
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
        const auto terms = describe(store().participations().leadHistory(p.id).value());

        // WHEN hand-overs are tried to an outsider, from a non-lead, and before the lead started
        const Status toOutsider
            = store().participations().handOverLead(handOver(p.id, dordrecht.id, outsider.id, QDate(2024, 6, 1)));
        const Status fromNonLead
            = store().participations().handOverLead(handOver(p.id, zwijndrecht.id, dordrecht.id, QDate(2024, 6, 1)));
        const Status tooEarly
            = store().participations().handOverLead(handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2020, 1, 1)));

        // THEN each is refused and nothing changes
        QVERIFY(!toOutsider.ok());
        QVERIFY(!fromNonLead.ok());
        QVERIFY(!tooEarly.ok());
        QCOMPARE(rowCounts(), before);
        QCOMPARE(describe(store().participations().leadHistory(p.id).value()), terms);
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
        const auto participationsBefore = describe(store().participations().participations(p.id).value());
        const auto termsBefore = describe(store().participations().leadHistory(p.id).value());
        const LeadHandOver h = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1), previousRole);
        QVERIFY(store().participations().handOverLead(h).ok());
        QVERIFY(describe(store().participations().participations(p.id).value()) != participationsBefore);

        // WHEN it is reverted
        const Status status = store().participations().revertHandOver(h);

        // THEN roles and lead terms are exactly as before
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(describe(store().participations().participations(p.id).value()), participationsBefore);
        QCOMPARE(describe(store().participations().leadHistory(p.id).value()), termsBefore);
        QCOMPARE(store().projects().findProjects({}).value().first().leadName, QStringLiteral("Dordrecht"));

        // AND the same hand-over can be made again after the revert (redo), its term keeping its id
        const Status redone = store().participations().handOverLead(h);
        QVERIFY2(redone.ok(), qPrintable(redone.error().message));
        QCOMPARE(participationOf(p.id, zwijndrecht.id).role, ParticipationRole::Lead);
        const auto terms = store().participations().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.first().id, h.openedTermId);
        QVERIFY(terms.first().until.isNull());
        QCOMPARE(terms.first().from, h.date);
    }

    void shouldStampEveryRowAHandOverItsUndoAndItsRedoChange()
    {
        // GIVEN a project led by Dordrecht, with Zwijndrecht as partner, and a colleague at work
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Organisation zwijndrecht = addOrganisation(QStringLiteral("Zwijndrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active), dordrecht.id);
        addPartner(p.id, zwijndrecht.id);
        const QUuid colleague = QUuid::createUuid();
        store().setActor(colleague);
        const LeadHandOver h = handOver(p.id, dordrecht.id, zwijndrecht.id, QDate(2024, 6, 1));
        const auto stamp = [this](const QString &table, const QUuid &id) {
            QSqlQuery q(store().database());
            q.prepare(QStringLiteral("SELECT version, changed_by, deleted FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(idText(id));
            if (!q.exec() || !q.next())
                return QStringLiteral("missing");
            return QStringLiteral("v%1 %2%3").arg(q.value(0).toString(), q.value(1).toString(),
                                                  q.value(2).toInt() ? QStringLiteral(" deleted") : QString());
        };
        const QString by = QLatin1Char(' ') + idText(colleague);
        const QUuid closed = store().participations().leadHistory(p.id).value().first().id;

        // WHEN the regie is handed over
        QVERIFY(store().participations().handOverLead(h).ok());
        // THEN both roles and the closed term are one version up, by the colleague, and the new term is new
        QCOMPARE(stamp(QStringLiteral("participation"), participationOf(p.id, dordrecht.id).id), QStringLiteral("v2") + by);
        QCOMPARE(stamp(QStringLiteral("participation"), participationOf(p.id, zwijndrecht.id).id), QStringLiteral("v2") + by);
        QCOMPARE(stamp(QStringLiteral("lead_term"), closed), QStringLiteral("v2") + by);
        QCOMPARE(stamp(QStringLiteral("lead_term"), h.openedTermId), QStringLiteral("v1") + by);

        // WHEN it is undone
        QVERIFY(store().participations().revertHandOver(h).ok());
        // THEN the new term is a tombstone and the closed one open again, each a version up
        QCOMPARE(stamp(QStringLiteral("lead_term"), h.openedTermId), QStringLiteral("v2") + by + QStringLiteral(" deleted"));
        QCOMPARE(stamp(QStringLiteral("lead_term"), closed), QStringLiteral("v3") + by);
        QCOMPARE(stamp(QStringLiteral("participation"), participationOf(p.id, dordrecht.id).id), QStringLiteral("v3") + by);

        // WHEN it is redone
        QVERIFY(store().participations().handOverLead(h).ok());
        // THEN the tombstoned term comes back, a version up
        QCOMPARE(stamp(QStringLiteral("lead_term"), h.openedTermId), QStringLiteral("v3") + by);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lead_term WHERE project_id = '%1'").arg(idText(p.id))), 2);
    }

    void shouldRemoveAndRestoreTheLeadTermWithItsLead()
    {
        // GIVEN an idea led by Dordrecht
        const Organisation dordrecht = addOrganisation(QStringLiteral("Dordrecht"));
        const Project p = addProject(makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Idea), dordrecht.id);
        const Participation lead = participationOf(p.id, dordrecht.id);
        const LeadTerm term = store().participations().leadHistory(p.id).value().first();

        // WHEN the lead is removed
        QVERIFY(store().participations().setParticipationDeleted(lead.id, true).ok());
        // THEN its term goes with it, stamped as a change
        QVERIFY(store().participations().leadHistory(p.id).value().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT version FROM lead_term WHERE id = '%1' AND deleted = 1").arg(idText(term.id))),
                 2);

        // WHEN it is brought back
        QVERIFY(store().participations().setParticipationDeleted(lead.id, false).ok());
        // THEN so is its term
        const auto terms = store().participations().leadHistory(p.id).value();
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().id, term.id);
        QCOMPARE(terms.first().meta.version, 3);
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
        QVERIFY(store().participations().handOverLead(first).ok());
        const LeadHandOver second = handOver(p.id, zwijndrecht.id, papendrecht.id, QDate(2024, 9, 1));
        QVERIFY(store().participations().handOverLead(second).ok());
        const auto participations = describe(store().participations().participations(p.id).value());
        const auto terms = describe(store().participations().leadHistory(p.id).value());

        // WHEN the first one is reverted
        const Status status = store().participations().revertHandOver(first);

        // THEN that is refused and nothing changes
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Rule);
        QCOMPARE(describe(store().participations().participations(p.id).value()), participations);
        QCOMPARE(describe(store().participations().leadHistory(p.id).value()), terms);

        // AND the latest one can still be reverted
        QVERIFY(store().participations().revertHandOver(second).ok());
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
        const auto left = store().participations().saveParticipation(leaving);
        Participation demoted = lead;
        demoted.role = ParticipationRole::Partner;
        const auto demotion = store().participations().saveParticipation(demoted);
        const Status removed = store().participations().setParticipationDeleted(lead.id, true);

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
        const auto second = store().participations().saveParticipation(makeParticipation(p.id, zwijndrecht.id));

        // THEN that is refused
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Rule);
        QCOMPARE(store().participations().participations(p.id).value().size(), 2);

        // AND after leaving it may join again, the history kept
        first.left = QDate(2024, 5, 1);
        QVERIFY(store().participations().saveParticipation(first).ok());
        const auto rejoined = store().participations().saveParticipation(
            makeParticipation(p.id, zwijndrecht.id, ParticipationRole::Partner, QDate(2024, 8, 1)));
        QVERIFY2(rejoined.ok(), qPrintable(rejoined.error().message));
        QCOMPARE(store().participations().participations(p.id).value().size(), 3);

        // AND the former participation cannot be brought back while the new one runs
        const Status removedNew = store().participations().setParticipationDeleted(rejoined.value().id, true);
        QVERIFY(removedNew.ok());
        first.left = QDate();
        QVERIFY(store().participations().saveParticipation(first).ok());
        const Status restored = store().participations().setParticipationDeleted(rejoined.value().id, false);
        QVERIFY(!restored.ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participation WHERE organisation_id = '%1' AND "
                                      "left_on IS NULL AND deleted = 0")
                           .arg(zwijndrecht.id.toString(QUuid::WithoutBraces))),
                 1);
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
        const auto r = store().participations().saveParticipation(invalid);

        // THEN it is refused and nothing is written
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Validation);
        QCOMPARE(rowCounts(), before);
    }
};

QTEST_GUILESS_MAIN(ParticipationStoreTest)
#include "participationstoretest.moc"
