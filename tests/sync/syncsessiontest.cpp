#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/region.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "model/measurementhistory.h"
#include "model/synctables.h"
#include "model/text.h"
#include "store/localstore.h"
#include "sync/serveradmin.h"
#include "sync/serverschema.h"
#include "sync/syncsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;
using TestLib::organisation;
using TestLib::Password;

/// Two or more laptops against a real PostgreSQL server, as users of
/// different municipalities: what they see, what they may change, and how
/// their offline edits meet.
class SyncSessionTest : public QObject, SyncUsers
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        addUsers();
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    void shouldShareProjectOnlyWithItsPartners()
    {
        // GIVEN Anna of Dordrecht makes a project with Zwijndrecht and syncs
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        Laptop piet(*m_server, m_db, m_piet);
        const Project p = makeProject(anna, u"Schone Merwede"_s);
        // WHEN Bram (Zwijndrecht) and Piet (Papendrecht) sync
        bram.syncNow();
        piet.syncNow();
        // THEN Bram has the project with both participations; Piet has nothing of it
        QCOMPARE(bram.project(p.id).name, u"Schone Merwede"_s);
        QCOMPARE(bram.store.participations().participations(p.id).value().size(), 2);
        QVERIFY(piet.project(p.id).id.isNull());
        QCOMPARE(piet.count(u"SELECT count(*) FROM participation"_s), 0);
        // AND everybody sees the organisations, but only the people they work with
        QCOMPARE(piet.count(u"SELECT count(*) FROM organisation"_s), 3);
        QCOMPARE(bram.count(u"SELECT count(*) FROM person"_s), 3); // anna, carla, bram
        QCOMPARE(piet.count(u"SELECT count(*) FROM person"_s), 1);
        // AND the outboxes are empty
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void shouldMergeEditsOfDifferentFields()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Slim Parkeren"_s);
        carla.syncNow();
        // GIVEN both edit the same project offline, each another field
        Project a = anna.project(p.id);
        a.slogan = u"Een kaart voor de hele regio"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        Project c = carla.project(p.id);
        c.purpose = u"Minder zoekverkeer"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        // WHEN they sync one after the other
        anna.syncNow();
        const auto r = carla.syncNow();
        anna.syncNow();
        // THEN both edits win, nothing is a conflict
        QCOMPARE(r.conflicts, 0);
        for (Laptop *l : {&anna, &carla}) {
            QCOMPARE(l->project(p.id).slogan, u"Een kaart voor de hele regio"_s);
            QCOMPARE(l->project(p.id).purpose, u"Minder zoekverkeer"_s);
        }
    }

    void shouldKeepServerValueAndRecordConflictOnSameField()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Zorg Dichtbij"_s);
        carla.syncNow();
        // GIVEN both rename the project offline
        Project a = anna.project(p.id);
        a.name = u"Zorg Om De Hoek"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        Project c = carla.project(p.id);
        c.name = u"Zorg In De Wijk"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        // WHEN Anna syncs first, then Carla
        anna.syncNow();
        const auto r = carla.syncNow();
        // THEN the server keeps Anna's name, Carla gets it too, and her own is kept as a conflict
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(carla.project(p.id).name, u"Zorg Om De Hoek"_s);
        QSqlQuery q(carla.store.database());
        QVERIFY(q.exec(u"SELECT field, base, server, mine FROM sync_conflict"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"name"_s);
        QCOMPARE(q.value(1).toString(), u"[\"Zorg Dichtbij\"]"_s);
        QCOMPARE(q.value(2).toString(), u"[\"Zorg Om De Hoek\"]"_s);
        QCOMPARE(q.value(3).toString(), u"[\"Zorg In De Wijk\"]"_s);
        q.finish(); // a statement left open keeps an old snapshot, and Carla's later writes would wait on it
        // AND the Conflicts view lists it with the project's name
        const auto open = carla.store.ledger().conflicts();
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().rowLabel, u"Zorg Om De Hoek"_s);
        // AND it says who made the server's value, and when
        QCOMPARE(open.value().first().serverBy, anna.person);
        QCOMPARE(open.value().first().serverByName, u"anna (Dordrecht)"_s);
        QVERIFY(qAbs(open.value().first().serverAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        // WHEN Carla keeps her own name (a new edit) and syncs
        QVERIFY(carla.store.ledger().resolveConflict(open.value().first().id, Resolution::Mine, {}).ok());
        QCOMPARE(carla.project(p.id).name, u"Zorg In De Wijk"_s);
        QCOMPARE(carla.store.ledger().syncStatus().value().conflicts, 0);
        QCOMPARE(carla.store.ledger().syncStatus().value().pending, 1);
        QCOMPARE(carla.syncNow().conflicts, 0);
        anna.syncNow();
        // THEN it is everybody's
        QCOMPARE(anna.project(p.id).name, u"Zorg In De Wijk"_s);
        // AND Anna is told, once, that Carla replaced her name; Carla, told by the conflict, is not
        const auto replaced = anna.store.ledger().replacedValues();
        QVERIFY(replaced.ok());
        QCOMPARE(replaced.value().size(), 1);
        QCOMPARE(replaced.value().first().field, u"name"_s);
        QCOMPARE(replaced.value().first().mine, u"[\"Zorg Om De Hoek\"]"_s);
        QCOMPARE(replaced.value().first().theirs, u"[\"Zorg In De Wijk\"]"_s);
        QCOMPARE(replaced.value().first().by, carla.person);
        QCOMPARE(replaced.value().first().rowLabel, u"Zorg In De Wijk"_s);
        QCOMPARE(carla.store.ledger().replacedValues().value().size(), 0);
        // AND a field Anna never changed, changed by Carla, tells her nothing
        Project later = carla.project(p.id);
        later.purpose = u"Zorg waar mensen wonen"_s;
        QVERIFY(carla.store.projects().updateProject(later).ok());
        carla.syncNow();
        anna.syncNow();
        QCOMPARE(anna.store.ledger().syncStatus().value().replaced, 1);
        QVERIFY(anna.store.ledger().markReplacedSeen({replaced.value().first().id}).ok());
        QCOMPARE(anna.store.ledger().syncStatus().value().replaced, 0);
    }

    void shouldTreatDeleteAgainstEditAsConflict()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const Project p = makeProject(anna, u"Oude Haven"_s);
        carla.syncNow();
        // GIVEN Carla edits the slogan and syncs, while Anna deletes the project offline
        Project c = carla.project(p.id);
        c.slogan = u"Nieuw leven in de haven"_s;
        QVERIFY(carla.store.projects().updateProject(c).ok());
        carla.syncNow();
        QVERIFY(anna.store.projects().setProjectDeleted(p.id, true).ok());
        // WHEN Anna syncs
        const auto r = anna.syncNow();
        // THEN the delete did not happen: Anna has the project back with Carla's slogan, and a conflict
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(anna.project(p.id).slogan, u"Nieuw leven in de haven"_s);
        QCOMPARE(anna.count(u"SELECT count(*) FROM sync_conflict WHERE field = 'deleted'"_s), 1);
        carla.syncNow();
        QVERIFY(!carla.project(p.id).id.isNull());
        // WHEN Anna, having seen the edit, still deletes it
        const auto open = anna.store.ledger().conflicts().value();
        QCOMPARE(open.size(), 1);
        QVERIFY(anna.store.ledger().resolveConflict(open.first().id, Resolution::Mine, {}).ok());
        QCOMPARE(anna.syncNow().conflicts, 0);
        carla.syncNow();
        // THEN it is gone everywhere
        QVERIFY(anna.project(p.id).id.isNull());
        QVERIFY(carla.project(p.id).id.isNull());
    }

    void shouldApplyReplayedBatchOnlyOnce()
    {
        Laptop anna(*m_server, m_db, m_anna);
        const Project p = makeProject(anna, u"Dijk en Delta"_s);
        // GIVEN a batch with one change, as a client sends it
        const QJsonArray batch{QJsonObject{{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                           {u"table"_s, u"project"_s},
                                           {u"id"_s, p.id.toString(QUuid::WithoutBraces)},
                                           {u"op"_s, u"update"_s},
                                           {u"fields"_s, QJsonObject{{u"slogan"_s, u"Droge voeten"_s}}},
                                           {u"base"_s, QJsonObject{{u"slogan"_s, u""_s}}}}};
        const QString json = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QStringList answers;
        // WHEN it is sent three times (a time-out, a crash, a retry)
        for (int i = 0; i < 3; ++i) {
            QSqlQuery q(anna.sync.serverDatabase());
            q.prepare(u"SELECT regie_push(?::jsonb)::text"_s);
            q.addBindValue(json);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            answers << QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                           .array()
                           .at(0)
                           .toObject()
                           .value(u"status"_s)
                           .toString();
        }
        // THEN it applied once, and the replays answer the same
        QCOMPARE(answers, (QStringList{u"applied"_s, u"applied"_s, u"applied"_s}));
        QSqlQuery v(admin());
        QVERIFY(v.exec(u"SELECT version, slogan FROM project WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces))));
        QVERIFY(v.next());
        QCOMPARE(v.value(1).toString(), u"Droge voeten"_s);
        const int version = v.value(0).toInt();
        QVERIFY(v.exec(u"SELECT count(*) FROM regie_applied_change"_s) && v.next());
        const int applied = v.value(0).toInt();
        // AND a client whose acknowledgement was lost sends its outbox again: nothing more happens
        anna.syncNow();
        QVERIFY(v.exec(u"SELECT version FROM project WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces))));
        QVERIFY(v.next());
        QCOMPARE(v.value(0).toInt(), version);
        QVERIFY(v.exec(u"SELECT count(*) FROM regie_applied_change"_s) && v.next());
        QCOMPARE(v.value(0).toInt(), applied);
    }

    void shouldRejectWritesOutsideOnesRights()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        Laptop piet(*m_server, m_db, m_piet);
        const Project p = makeProject(anna, u"Energieke Drechtsteden"_s);
        bram.syncNow();
        // GIVEN Bram (a partner, not the regie) renames the project on his laptop
        Project b = bram.project(p.id);
        b.name = u"Van Bram"_s;
        QVERIFY(bram.store.projects().updateProject(b).ok());
        // WHEN he syncs
        const auto r = bram.syncNow();
        // THEN the server refused it, his laptop shows the server's name again, and the refusal is listed
        QCOMPARE(r.rejected, 1);
        QCOMPARE(bram.project(p.id).name, u"Energieke Drechtsteden"_s);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_problem"_s), 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM outbox"_s), 0);
        // AND Piet, who does not take part, cannot write into the project at all
        QSqlQuery q(piet.sync.serverDatabase());
        QVERIFY(!q.exec(u"UPDATE project SET name = 'Gekaapt' WHERE id = '%1'"_s.arg(p.id.toString(QUuid::WithoutBraces)))
                || q.numRowsAffected() == 0);
        QVERIFY(!q.exec(u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "
                        "(gen_random_uuid(), '%1', '%2', 'partner', '2026-01-01')"_s
                            .arg(p.id.toString(QUuid::WithoutBraces), m_papendrecht.id.toString(QUuid::WithoutBraces))));
        QVERIFY(!q.exec(u"DELETE FROM project"_s));
        QVERIFY(!q.exec(u"SELECT * FROM regie_user"_s) || !q.next() || q.value(0).toString() == m_piet);
        // AND the project is still as Anna left it
        anna.syncNow();
        QCOMPARE(anna.project(p.id).name, u"Energieke Drechtsteden"_s);
    }

    void shouldEnforceTheClosingRuleOnTheServer()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Schone Oevers"_s);
        bram.syncNow();
        const QString id = p.id.toString(QUuid::WithoutBraces);
        auto serverStatus = [&] {
            QSqlQuery q(admin());
            if (!q.exec(u"SELECT status FROM project WHERE id = '%1'"_s.arg(id)) || !q.next())
                return QString();
            return q.value(0).toString();
        };
        // GIVEN a laptop that skips the local rule (an older Regie, or an edited file)
        QSqlQuery local(anna.store.database());
        QVERIFY(local.exec(u"UPDATE project SET status = 'completed', version = version + 1 WHERE id = '%1'"_s.arg(id)));
        // WHEN it completes the project without a closing evaluation and syncs
        // THEN the server refuses, and the project stays active for everyone
        QCOMPARE(anna.syncNow().rejected, 1);
        QCOMPARE(serverStatus(), u"active"_s);
        QCOMPARE(anna.project(p.id).status, ProjectStatus::Active);
        // AND the refusal is listed with the rule told in the user's words
        const auto problems = anna.store.ledger().problems().value();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(describeRefusal(problems.first().message),
                 QCoreApplication::translate("Model", "A project is completed or stopped only after a closing evaluation "
                                                      "with the lessons learned has been held."));
        // AND a partner logs hours offline, before the project closes
        ProgressEntry late;
        late.id = QUuid::createUuid();
        late.projectId = p.id;
        late.organisationId = m_zwijndrecht.id;
        late.date = QDate(2026, 6, 1);
        late.hours = 3;
        late.note = u"Laatste wijkavond"_s;
        QVERIFY(bram.store.progress().addProgress(late).ok());
        // WHEN a closing evaluation with lessons is held first, then the project completed
        QVERIFY(anna.store.evaluations().planEvaluations(p.id, QDate(2026, 6, 1), 1, QDate(2026, 6, 1)).ok());
        Evaluation closing = anna.store.evaluations().evaluations(p.id).value().first();
        closing.kind = EvaluationKind::Closing;
        closing.heldOn = QDate(2026, 6, 2);
        closing.lessons = u"Begin met de bewoners"_s;
        QVERIFY(anna.store.evaluations().holdEvaluation(closing).ok());
        Project done = anna.project(p.id);
        done.status = ProjectStatus::Completed;
        const auto completed = anna.store.projects().updateProject(done);
        QVERIFY2(completed.ok(), qPrintable(completed.ok() ? QString() : completed.error().message));
        // THEN the server takes both, in order
        QCOMPARE(anna.syncNow().rejected, 0);
        QCOMPARE(serverStatus(), u"completed"_s);
        // WHEN the same laptop then adds a goal to the closed project behind the store's back
        QVERIFY(local.exec(u"INSERT INTO goal (id, project_id, title, created_at, updated_at) VALUES ('%1', '%2', "
                           "'Achteraf', '2026-06-03T10:00:00.000Z', '2026-06-03T10:00:00.000Z')"_s
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), id)));
        // THEN the server keeps the closed plan as it was
        QCOMPARE(anna.syncNow().rejected, 1);
        QCOMPARE(describeRefusal(anna.store.ledger().problems().value().last().message),
                 QCoreApplication::translate("Model", "The project is closed: its plan stays as it was."));
        QSqlQuery goals(admin());
        QVERIFY(goals.exec(u"SELECT count(*) FROM goal WHERE project_id = '%1'"_s.arg(id)) && goals.next());
        QCOMPARE(goals.value(0).toInt(), 0);
        // BUT the hours logged before it closed still arrive: what happened in the field is kept
        QCOMPARE(bram.syncNow().rejected, 0);
        QSqlQuery hours(admin());
        QVERIFY(hours.exec(u"SELECT count(*) FROM progress_entry WHERE project_id = '%1'"_s.arg(id)) && hours.next());
        QCOMPARE(hours.value(0).toInt(), 1);
        // AND reflection goes on: a partner may still comment on the closing evaluation
        EvaluationComment c;
        c.id = QUuid::createUuid();
        c.evaluationId = closing.id;
        c.personId = bram.person;
        c.comment = u"Goed afgerond"_s;
        QVERIFY(bram.store.evaluations().addEvaluationComment(c).ok());
        QCOMPARE(bram.syncNow().rejected, 0);
    }

    void shouldLetTheLaterCorrectionOfAMeasurementStandOnEveryLaptop()
    {
        // GIVEN Anna's goal with one measurement, on both laptops
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Groene Daken"_s);
        Goal g;
        g.id = QUuid::createUuid();
        g.projectId = p.id;
        g.title = u"Honderd groene daken"_s;
        g.baseline = 0;
        g.target = 100;
        QVERIFY(anna.store.goals().saveGoal(g).ok());
        Measurement first;
        first.id = QUuid::createUuid();
        first.goalId = g.id;
        first.value = 45;
        first.measuredOn = QDate(2026, 5, 1);
        QVERIFY(anna.store.goals().addMeasurement(first).ok());
        anna.syncNow();
        bram.syncNow();
        // WHEN both correct it offline, Bram first, then Anna
        auto correct = [&](Laptop &l, double value) {
            Measurement c = first;
            c.id = QUuid::createUuid();
            c.correctsId = first.id;
            c.personId = l.person;
            c.value = value;
            const auto added = l.store.goals().addMeasurement(c);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        };
        correct(bram, 54);
        QTest::qWait(5); // written later, by the clock
        correct(anna, 60);
        // AND they sync
        QCOMPARE(bram.syncNow().rejected, 0);
        QCOMPARE(anna.syncNow().rejected, 0);
        bram.syncNow();
        // THEN both keep all three rows, and Anna's later correction stands on both
        for (Laptop *l : {&anna, &bram}) {
            const QList<Measurement> rows = l->store.goals().measurements(g.id).value();
            QCOMPARE(rows.size(), 3);
            const QList<Measurement> current = currentMeasurements(rows);
            QCOMPARE(current.size(), 1);
            QCOMPARE(current.first().value, 60.0);
        }
        // WHEN Bram withdraws what stands
        Measurement withdrawal = currentMeasurements(bram.store.goals().measurements(g.id).value()).first();
        withdrawal.correctsId = withdrawal.id;
        withdrawal.id = QUuid::createUuid();
        withdrawal.personId = bram.person;
        withdrawal.withdrawn = true;
        QVERIFY(bram.store.goals().addMeasurement(withdrawal).ok());
        QCOMPARE(bram.syncNow().rejected, 0);
        anna.syncNow();
        // THEN the reading is gone from what stands on Anna's laptop too
        QVERIFY(currentMeasurements(anna.store.goals().measurements(g.id).value()).isEmpty());
        QCOMPARE(anna.count(u"SELECT count(*) FROM measurement WHERE withdrawn = 1"_s), 1);
    }

    void shouldRoundTripHostileTextVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << u"'); DROP TABLE project; --"_s;
        QTest::newRow("backslash") << u"C:\\regie\\x00 \\' \\\\"_s;
        QTest::newRow("json") << u"{\"deleted\": true, \"name\": null}"_s;
        QTest::newRow("dutch") << u"Súdwest-Fryslân — ’s-Hertogenbosch ĳ €"_s;
        QTest::newRow("placeholders") << u"%1 %s $1 ? :name"_s;
        QTest::newRow("statement") << u"'; DROP TABLE project; --"_s;
        QTest::newRow("dollar quotes") << u"$$ $body$ '$$' E'\\' $$"_s;
        QTest::newRow("quotes only") << u"'''\"\"\"''"_s;
        QTest::newRow("right to left") << u"\u200F\u05E9\u05DC\u05D5\u05DD \u202E'tpecca\u202C \u200E"_s;
    }

    void shouldRoundTripHostileTextVerbatim()
    {
        QFETCH(QString, text);
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Tekst"_s);
        Project a = anna.project(p.id);
        a.slogan = text;
        a.ambition = text;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        anna.syncNow();
        bram.syncNow();
        QCOMPARE(bram.project(p.id).slogan, text);
        QCOMPARE(bram.project(p.id).ambition, text);
    }

    void shouldNotSkipRowsCommittedOutOfOrder()
    {
        Laptop anna(*m_server, m_db, m_anna);
        anna.syncNow();
        // GIVEN two writers: the first starts (and takes its place in the feed)
        // before the second, but commits after it
        {
            QSqlDatabase w1 = m_server->admin(m_db, u"w1"_s);
            QSqlDatabase w2 = m_server->admin(m_db, u"w2"_s);
            QSqlQuery q1(w1), q2(w2);
            QVERIFY(q1.exec(u"BEGIN"_s));
            QVERIFY(q1.exec(u"UPDATE organisation SET municipality_code = 'GM0001' WHERE name = 'Dordrecht'"_s));
            QVERIFY(q2.exec(u"BEGIN"_s));
            QVERIFY(q2.exec(u"UPDATE organisation SET municipality_code = 'GM0002' WHERE name = 'Zwijndrecht'"_s));
            QVERIFY(q2.exec(u"COMMIT"_s));
            // WHEN Anna pulls while the first is still open
            anna.syncNow();
            QVERIFY(q1.exec(u"COMMIT"_s));
        }
        QSqlDatabase::removeDatabase(u"w1"_s);
        QSqlDatabase::removeDatabase(u"w2"_s);
        // AND again after it committed
        anna.syncNow();
        // THEN she has both changes: the later commit did not carry the cursor past the earlier one
        QCOMPARE(anna.count(u"SELECT count(*) FROM organisation WHERE municipality_code IN ('GM0001', 'GM0002')"_s), 2);
    }

    void shouldRemoveLostProjectAndQuarantinePendingEdits()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Samen Sterk"_s);
        bram.syncNow();
        // GIVEN Bram edits what Zwijndrecht brings, offline
        auto parts = bram.store.participations().participations(p.id).value();
        Participation mine;
        for (const auto &x : parts) {
            if (x.organisationId == m_zwijndrecht.id)
                mine = x;
        }
        mine.brings = u"Twee projectleiders"_s;
        QVERIFY(bram.store.participations().saveParticipation(mine).ok());
        // AND meanwhile Anna records that Zwijndrecht left the project
        const auto annas = anna.store.participations().participations(p.id);
        for (auto x : annas.value()) {
            if (x.organisationId == m_zwijndrecht.id) {
                x.left = QDate(2026, 6, 1);
                QVERIFY(anna.store.participations().saveParticipation(x).ok());
            }
        }
        anna.syncNow();
        // WHEN Bram's laptop pulls
        QVERIFY(bram.sync.pull().ok());
        // THEN the project is gone from his laptop, and his pending edit is kept in quarantine
        QVERIFY(bram.project(p.id).id.isNull());
        QCOMPARE(bram.count(u"SELECT count(*) FROM participation"_s), 0);
        QCOMPARE(bram.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_quarantine WHERE fields LIKE '%Twee projectleiders%'"_s), 1);
        // AND the people of Dordrecht, whom he no longer works with, went too; he stays
        QCOMPARE(bram.count(u"SELECT count(*) FROM person"_s), 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM person WHERE id = (SELECT value FROM local_setting WHERE key = 'me')"_s), 1);
    }

    void shouldAskWhoSeesWhatOnlyWhenItChanged()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Stille Stroom"_s);
        bram.syncNow();
        bram.syncNow();
        // GIVEN Papendrecht starts a project with Dordrecht, which Zwijndrecht does not see
        Laptop piet(*m_server, m_db, m_piet);
        TestLib::makeProject(piet, m_papendrecht, m_dordrecht, u"Zonder Zwijndrecht"_s);
        // WHEN Bram syncs with nothing of his changed
        const int before = bram.sync.serverRoundTrips();
        const auto quiet = bram.sync.sync();
        QVERIFY(quiet.ok());
        // THEN the pass asks the incarnation and, in one statement, the feed's window, which tables moved and the
        // visibility epoch: no page, no access check
        QCOMPARE(bram.sync.serverRoundTrips() - before, 2);
        QCOMPARE(quiet.value().pulled, 0);
        // WHEN Anna records that Zwijndrecht left the shared project
        const auto parts = anna.store.participations().participations(p.id);
        for (auto x : parts.value()) {
            if (x.organisationId == m_zwijndrecht.id) {
                x.left = QDate(2026, 6, 1);
                QVERIFY(anna.store.participations().saveParticipation(x).ok());
            }
        }
        anna.syncNow();
        // THEN Bram's epoch moved, his next pass compares, and the project is gone from his laptop
        const auto lost = bram.sync.sync();
        QVERIFY(lost.ok());
        QCOMPARE(lost.value().lostProjects, 1);
        QVERIFY(bram.project(p.id).id.isNull());
        // AND the pass after that is quiet again
        const int settled = bram.sync.serverRoundTrips();
        QVERIFY(bram.sync.sync().ok());
        QCOMPARE(bram.sync.serverRoundTrips() - settled, 2);
    }

    void shouldKeepEditsRefusedForALostProjectAside()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Voorbij"_s);
        bram.syncNow();
        // GIVEN Bram edits what Zwijndrecht brings, offline, after Anna recorded that Zwijndrecht left
        const auto parts = bram.store.participations().participations(p.id);
        for (auto x : parts.value()) {
            if (x.organisationId == m_zwijndrecht.id) {
                x.brings = u"Drie projectleiders"_s;
                QVERIFY(bram.store.participations().saveParticipation(x).ok());
            }
        }
        const auto annas = anna.store.participations().participations(p.id);
        for (auto x : annas.value()) {
            if (x.organisationId == m_zwijndrecht.id) {
                x.left = QDate(2026, 6, 1);
                QVERIFY(anna.store.participations().saveParticipation(x).ok());
            }
        }
        anna.syncNow();
        // WHEN Bram syncs: the push comes first, and the server refuses his edit
        const auto r = bram.syncNow();
        // THEN the refusal is not left pointing at a project he no longer has: the edit is kept aside
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.lostProjects, 1);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_problem"_s), 0);
        QCOMPARE(bram.count(u"SELECT count(*) FROM sync_quarantine WHERE fields LIKE '%Drie projectleiders%'"_s), 1);
    }

    void shouldBringOlderRowsOfProjectOneJoins()
    {
        // GIVEN a project of Dordrecht and Zwijndrecht that Piet's laptop has never seen
        Laptop anna(*m_server, m_db, m_anna);
        Laptop piet(*m_server, m_db, m_piet);
        const Project p = makeProject(anna, u"Groene Dijken"_s);
        piet.syncNow();
        QVERIFY(piet.project(p.id).id.isNull());
        // WHEN Papendrecht joins it, and Piet syncs
        Participation joins;
        joins.id = QUuid::createUuid();
        joins.projectId = p.id;
        joins.organisationId = m_papendrecht.id;
        joins.joined = QDate(2026, 3, 1);
        QVERIFY(anna.store.participations().saveParticipation(joins).ok());
        anna.syncNow();
        const auto r = piet.syncNow();
        // THEN he has the whole project, its older rows and the people of its partners
        QCOMPARE(r.gainedProjects, 1);
        QCOMPARE(piet.project(p.id).name, u"Groene Dijken"_s);
        QCOMPARE(piet.store.participations().participations(p.id).value().size(), 3);
        QCOMPARE(piet.store.participations().leadHistory(p.id).value().size(), 1);
        QCOMPARE(piet.count(u"SELECT count(*) FROM person"_s), 4); // anna, carla, bram and piet
    }

    void shouldHandOverLeadThroughSync()
    {
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        const Project p = makeProject(anna, u"Vitale Vakantieparken"_s);
        // GIVEN Anna hands the regie to Zwijndrecht and syncs
        LeadHandOver h;
        h.projectId = p.id;
        h.fromOrganisation = m_dordrecht.id;
        h.toOrganisation = m_zwijndrecht.id;
        h.openedTermId = QUuid::createUuid();
        h.date = QDate::currentDate();
        QVERIFY(anna.store.participations().handOverLead(h).ok());
        const auto r = anna.syncNow();
        QCOMPARE(r.rejected, 0);
        // WHEN Bram syncs and renames the project as the new regie
        bram.syncNow();
        QCOMPARE(bram.store.participations().leadHistory(p.id).value().size(), 2);
        Project b = bram.project(p.id);
        b.name = u"Vitale Parken"_s;
        QVERIFY(bram.store.projects().updateProject(b).ok());
        QCOMPARE(bram.syncNow().rejected, 0);
        // THEN Anna sees it, and may no longer rename it herself
        anna.syncNow();
        QCOMPARE(anna.project(p.id).name, u"Vitale Parken"_s);
        Project a = anna.project(p.id);
        a.name = u"Terug"_s;
        QVERIFY(anna.store.projects().updateProject(a).ok());
        QCOMPARE(anna.syncNow().rejected, 1);
    }

};

QTEST_GUILESS_MAIN(SyncSessionTest)
#include "syncsessiontest.moc"
