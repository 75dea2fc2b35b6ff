#include "model/projectrights.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// What the window offers a user, as the server's rights allow it.
class ProjectRightsTest : public QObject
{
    Q_OBJECT

    QUuid m_dordrecht = QUuid::createUuid();
    QUuid m_zwijndrecht = QUuid::createUuid();
    QUuid m_netbeheer = QUuid::createUuid();
    QUuid m_elsewhere = QUuid::createUuid();

    Participation take(const QUuid &organisation, const QString &name, ParticipationRole role) const
    {
        Participation p;
        p.id = QUuid::createUuid();
        p.organisationId = organisation;
        p.organisationName = name;
        p.role = role;
        p.joined = QDate(2026, 1, 1);
        return p;
    }

    QList<Participation> project() const
    {
        Participation gone = take(m_elsewhere, u"Sliedrecht"_s, ParticipationRole::Partner);
        gone.left = QDate(2026, 3, 1);
        return {take(m_dordrecht, u"Dordrecht"_s, ParticipationRole::Lead),
                take(m_zwijndrecht, u"Zwijndrecht"_s, ParticipationRole::Partner),
                take(m_netbeheer, u"Netbeheer"_s, ParticipationRole::External), gone};
    }

    static Identity me(const QUuid &organisation, const QString &role)
    {
        Identity i;
        i.personId = QUuid::createUuid();
        i.organisationId = organisation;
        i.serverRole = role;
        return i;
    }

private Q_SLOTS:
    void shouldGiveEveryRight_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("atLead");
        QTest::addColumn<bool>("editProject");
        QTest::addColumn<bool>("editPlan");
        QTest::addColumn<bool>("log");
        QTest::addColumn<bool>("comment");
        // no server: the laptop is the user's own
        QTest::newRow("no server, partner") << QString() << false << true << true << true << true;
        QTest::newRow("lead of the regie") << u"lead"_s << true << true << true << true << true;
        QTest::newRow("member of the regie") << u"member"_s << true << false << false << true << true;
        QTest::newRow("lead of a partner") << u"lead"_s << false << false << false << true << true;
        QTest::newRow("member of a partner") << u"member"_s << false << false << false << true << true;
        QTest::newRow("viewer of the regie") << u"viewer"_s << true << false << false << false << false;
    }

    void shouldGiveEveryRight()
    {
        QFETCH(QString, role);
        QFETCH(bool, atLead);
        const ProjectRights r = projectRights(project(), me(atLead ? m_dordrecht : m_zwijndrecht, role));
        QTEST(r.editProject, "editProject");
        QTEST(r.editPlan, "editPlan");
        QTEST(r.log, "log");
        QTEST(r.comment, "comment");
        // and whatever may not be changed is explained
        QCOMPARE(r.why.isEmpty(), r.editPlan);
    }

    void shouldLetAnExternalReflectorCommentOnly()
    {
        const ProjectRights r = projectRights(project(), me(m_netbeheer, u"external"_s));
        QVERIFY(!r.editProject);
        QVERIFY(!r.editPlan);
        QVERIFY(!r.log);
        QVERIFY(r.comment);
    }

    void shouldLetNobodyChangeAnotherOrganisationsProjectWithoutAServer()
    {
        // A laptop without a server holds other organisations' projects too (the demo region, an import)
        const ProjectRights r = projectRights(project(), me(m_elsewhere, QString()));
        QVERIFY(!r.editProject);
        QVERIFY(!r.editPlan);
        QVERIFY(!r.log);
        QVERIFY(!r.comment);
        QVERIFY(r.why.contains(u"Dordrecht"_s)); // who to ask
        // while a partner's own laptop works on the plan
        QVERIFY(projectRights(project(), me(m_zwijndrecht, QString())).editPlan);
    }

    void shouldGiveNothingToAnOrganisationThatLeft()
    {
        const ProjectRights r = projectRights(project(), me(m_elsewhere, u"lead"_s));
        QVERIFY(!r.editPlan);
        QVERIFY(!r.log);
        QVERIFY(!r.comment);
        QVERIFY(r.why.contains(u"Dordrecht"_s)); // who to ask
    }

    void shouldLetTheMakerStartAProjectNobodyLeads()
    {
        const QList<Participation> unled{take(m_zwijndrecht, u"Zwijndrecht"_s, ParticipationRole::Partner)};
        QVERIFY(projectRights(unled, me(m_zwijndrecht, u"lead"_s)).editPlan);
        QVERIFY(projectRights(unled, me(m_zwijndrecht, u"member"_s)).editProject);
        QVERIFY(projectRights(unled, me(m_zwijndrecht, u"member"_s)).editPlan); // as regie_may_start allows
        QVERIFY(!projectRights(unled, me(m_zwijndrecht, u"viewer"_s)).editProject);
    }
};

QTEST_GUILESS_MAIN(ProjectRightsTest)
#include "projectrightstest.moc"
