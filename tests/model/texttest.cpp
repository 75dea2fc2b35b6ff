#include "model/text.h"
#include "testlib/testenvironment.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

class TextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldFoldCaseAndAccentsInSortKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Frisian accents") << QStringLiteral("Súdwest-Fryslân") << QStringLiteral("sudwest-fryslan");
        QTest::newRow("leading apostrophe") << QStringLiteral("'s-Hertogenbosch") << QStringLiteral("'s-hertogenbosch");
        QTest::newRow("IJ as two letters") << QStringLiteral("IJsselstein") << QStringLiteral("ijsselstein");
        QTest::newRow("IJ ligature") << QStringLiteral("\u0132sselstein") << QStringLiteral("ijsselstein");
        QTest::newRow("diaeresis") << QStringLiteral("Gaasterlân-Sleat, Reüsel") << QStringLiteral("gaasterlan-sleat, reusel");
        QTest::newRow("acute capital") << QStringLiteral("ÉÉN") << QStringLiteral("een");
        QTest::newRow("decomposed input") << QStringLiteral("Su\u0301dwest") << QStringLiteral("sudwest");
        QTest::newRow("spaces simplified") << QStringLiteral("  Den \t  Haag \n") << QStringLiteral("den haag");
        QTest::newRow("digits and signs kept") << QStringLiteral("100% Groen_2") << QStringLiteral("100% groen_2");
        QTest::newRow("empty") << QString() << QString();
    }

    void shouldFoldCaseAndAccentsInSortKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        // WHEN the sort key is made THEN case and accents are gone
        QCOMPARE(sortKey(text), expected);
        // AND making it again changes nothing
        QCOMPARE(sortKey(sortKey(text)), expected);
    }

    void shouldOrderLikeDutchUsersExpect()
    {
        // GIVEN names in the order a Dutch reader expects
        const QStringList expected = {QStringLiteral("Aalten"),     QStringLiteral("Édam"),
                                      QStringLiteral("Ede"),        QStringLiteral("ijsselstein"),
                                      QStringLiteral("IJsselstein2"), QStringLiteral("Súdwest-Fryslân"),
                                      QStringLiteral("Zaanstad")};
        // WHEN sorted by sort key
        QStringList sorted = expected;
        std::reverse(sorted.begin(), sorted.end());
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const QString &a, const QString &b) { return sortKey(a) < sortKey(b); });
        // THEN accents and case do not decide the order
        QCOMPARE(sorted, expected);
    }

    void shouldRoundTripStatusKeys_data()
    {
        QTest::addColumn<ProjectStatus>("status");
        QTest::addColumn<QString>("stored");
        QTest::newRow("idea") << ProjectStatus::Idea << QStringLiteral("idea");
        QTest::newRow("active") << ProjectStatus::Active << QStringLiteral("active");
        QTest::newRow("completed") << ProjectStatus::Completed << QStringLiteral("completed");
        QTest::newRow("stopped") << ProjectStatus::Stopped << QStringLiteral("stopped");
    }

    void shouldRoundTripStatusKeys()
    {
        QFETCH(ProjectStatus, status);
        QFETCH(QString, stored);
        QCOMPARE(key(status), stored);
        bool ok = false;
        QCOMPARE(projectStatusFromKey(stored, &ok), status);
        QVERIFY(ok);
        QVERIFY(!displayName(status).isEmpty());
    }

    void shouldRoundTripRoleKeys_data()
    {
        QTest::addColumn<ParticipationRole>("role");
        QTest::addColumn<QString>("stored");
        QTest::newRow("lead") << ParticipationRole::Lead << QStringLiteral("lead");
        QTest::newRow("partner") << ParticipationRole::Partner << QStringLiteral("partner");
        QTest::newRow("external") << ParticipationRole::External << QStringLiteral("external");
    }

    void shouldRoundTripRoleKeys()
    {
        QFETCH(ParticipationRole, role);
        QFETCH(QString, stored);
        QCOMPARE(key(role), stored);
        bool ok = false;
        QCOMPARE(participationRoleFromKey(stored, &ok), role);
        QVERIFY(ok);
        QVERIFY(!displayName(role).isEmpty());
    }

    void shouldRoundTripKindKeys_data()
    {
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<QString>("stored");
        QTest::newRow("municipality") << OrganisationKind::Municipality << QStringLiteral("municipality");
        QTest::newRow("province") << OrganisationKind::Province << QStringLiteral("province");
        QTest::newRow("company") << OrganisationKind::Company << QStringLiteral("company");
        QTest::newRow("knowledge") << OrganisationKind::KnowledgeInstitution << QStringLiteral("knowledge");
        QTest::newRow("citizens") << OrganisationKind::CitizensGroup << QStringLiteral("citizens");
        QTest::newRow("other") << OrganisationKind::Other << QStringLiteral("other");
    }

    void shouldRoundTripKindKeys()
    {
        QFETCH(OrganisationKind, kind);
        QFETCH(QString, stored);
        QCOMPARE(key(kind), stored);
        bool ok = false;
        QCOMPARE(organisationKindFromKey(stored, &ok), kind);
        QVERIFY(ok);
        QVERIFY(!displayName(kind).isEmpty());
    }

    void shouldRoundTripEvaluationKeys()
    {
        // The stored names are the server's CHECK constraints: they must not drift.
        const QList<std::pair<GoalHealth, QString>> scores{{GoalHealth::OnTrack, u"on_track"_s},
                                                           {GoalHealth::AtRisk, u"at_risk"_s},
                                                           {GoalHealth::OffTrack, u"off_track"_s},
                                                           {GoalHealth::Reached, u"reached"_s}};
        for (const auto &[health, stored] : scores) {
            QCOMPARE(key(health), stored);
            bool ok = false;
            QCOMPARE(goalHealthFromKey(stored, &ok), health);
            QVERIFY(ok);
        }
        QCOMPARE(key(GoalHealth::Unknown), u"on_track"_s);
        for (const auto &[subject, stored] : QList<std::pair<Decision::Subject, QString>>{
                 {Decision::Subject::GoalTarget, u"goal_target"_s}, {Decision::Subject::MilestoneDue, u"milestone_due"_s}}) {
            QCOMPARE(key(subject), stored);
            QCOMPARE(decisionSubjectFromKey(stored), subject);
        }
        QVERIFY(!key(Decision::Subject::None).isNull()); // the column is NOT NULL
        QCOMPARE(decisionSubjectFromKey(u"something"_s), Decision::Subject::None);
        QCOMPARE(key(EvaluationKind::Closing), u"closing"_s);
        QCOMPARE(evaluationKindFromKey(u"closing"_s), EvaluationKind::Closing);
        QCOMPARE(evaluationKindFromKey(u"interim"_s), EvaluationKind::Interim);
        bool ok = true;
        QCOMPARE(evaluationKindFromKey(u"final"_s, &ok), EvaluationKind::Interim);
        QVERIFY(!ok);
    }

    void shouldTellServerRefusalsInTheUsersWords_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("known");
        QTest::newRow("rights") << u"regie: you may not change this row"_s << true;
        QTest::newRow("row security") << u"new row violates row-level security policy for table \"goal\""_s << true;
        QTest::newRow("closing") << u"regie: a project is completed or stopped only after a closing evaluation with the lessons learned"_s << true;
        QTest::newRow("closed") << u"regie: the project is closed; its plan stays as it was"_s << true;
        QTest::newRow("reference") << u"insert or update on table \"goal\" violates foreign key constraint \"goal_project_id_fkey\""_s << true;
        QTest::newRow("newer client") << u"regie: budget is not a field of project"_s << true;
        QTest::newRow("hand-over") << u"regie: the lead organisation leaves a project only by handing over the regie"_s << true;
        QTest::newRow("own name") << u"regie: hours and measurements are logged in your own name and organisation"_s << true;
        QTest::newRow("append only") << u"regie: hours and measurements are only added, never changed"_s << true;
        QTest::newRow("viewer") << u"regie: your role on this server only reads"_s << true;
        QTest::newRow("person") << u"regie: a person is changed only by their own organisation"_s << true;
        QTest::newRow("organisation") << u"regie: an organisation is changed by its own people, or, without users, by those who work with it"_s << true;
        QTest::newRow("other project") << u"regie: a row may only refer to rows of its own project"_s << true;
        QTest::newRow("too long") << u"regie: note is longer than the server keeps (8000 characters)"_s << true;
        QTest::newRow("nul") << u"unsupported Unicode escape sequence"_s << true;
        QTest::newRow("stolen id") << u"regie: this change id was used by someone else"_s << true;
        QTest::newRow("malformed") << u"regie: a change needs a change_id that is a UUID"_s << true;
        QTest::newRow("unknown") << u"disk full"_s << false;
    }

    void shouldTellServerRefusalsInTheUsersWords()
    {
        QFETCH(QString, server);
        QFETCH(bool, known);
        const QString told = describeRefusal(server);
        QVERIFY(!told.isEmpty());
        // a known reason is told in Regie's own words; an unknown one is passed on, not lost
        QCOMPARE(told.contains(server), !known);
    }

    void shouldRejectUnknownKeys_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("other case") << QStringLiteral("Active");
        QTest::newRow("unknown") << QStringLiteral("archived");
    }

    void shouldRejectUnknownKeys()
    {
        QFETCH(QString, stored);
        bool ok = true;
        QCOMPARE(projectStatusFromKey(stored, &ok), ProjectStatus::Idea);
        QVERIFY(!ok);
        ok = true;
        QCOMPARE(participationRoleFromKey(stored, &ok), ParticipationRole::Partner);
        QVERIFY(!ok);
        ok = true;
        QCOMPARE(organisationKindFromKey(stored, &ok), OrganisationKind::Other);
        QVERIFY(!ok);
    }

    void shouldCallOnlyCompletedAndStoppedClosed()
    {
        QVERIFY(!isClosed(ProjectStatus::Idea));
        QVERIFY(!isClosed(ProjectStatus::Active));
        QVERIFY(isClosed(ProjectStatus::Completed));
        QVERIFY(isClosed(ProjectStatus::Stopped));
    }
};

QTEST_GUILESS_MAIN(TextTest)
#include "texttest.moc"
