#include "model/knowledgevalidation.h"
#include "model/validation.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QTest>

using namespace Model;

namespace {
QStringList fields(const ValidationIssues &issues)
{
    QStringList out;
    for (const auto &i : issues) {
        out.append(i.field);
        if (i.message.isEmpty())
            out.append(QStringLiteral("<no message>"));
    }
    return out;
}

KnowledgeItem lesson()
{
    KnowledgeItem item;
    item.id = QUuid::createUuid();
    item.kind = KnowledgeKind::Lesson;
    item.title = QStringLiteral("Betrek bewoners vóór het ontwerp");
    item.summary = QStringLiteral("Wie bewoners pas bij het ontwerp vraagt, hoort vooral bezwaren.");
    item.organisationId = QUuid::createUuid();
    item.tags = {QStringLiteral("participatie")};
    return item;
}

Reuse adoption()
{
    Reuse reuse;
    reuse.id = QUuid::createUuid();
    reuse.itemId = QUuid::createUuid();
    reuse.organisationId = QUuid::createUuid();
    reuse.status = ReuseStatus::Adopted;
    reuse.date = QDate(2026, 3, 1);
    return reuse;
}
}

class ValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldValidateProject_data()
    {
        QTest::addColumn<Project>("project");
        QTest::addColumn<QStringList>("expected");
        const Project valid = TestLib::makeProject(QStringLiteral("Groene Dijken"));
        QTest::newRow("valid") << valid << QStringList{};
        Project p = valid;
        p.name = QString(120, QLatin1Char('n'));
        p.slogan = QString(200, QLatin1Char('s'));
        p.ambition = QString(4000, QLatin1Char('a'));
        p.logo = QByteArray(512 * 1024, 'x');
        p.end = p.start;
        QTest::newRow("every limit reached") << p << QStringList{};
        p = valid;
        p.name = QStringLiteral("  ");
        QTest::newRow("blank name") << p << QStringList{QStringLiteral("name")};
        p.name = QString(121, QLatin1Char('n'));
        QTest::newRow("long name") << p << QStringList{QStringLiteral("name")};
        p = valid;
        p.slogan = QString(201, QLatin1Char('s'));
        QTest::newRow("long slogan") << p << QStringList{QStringLiteral("slogan")};
        p = valid;
        p.purpose.clear();
        p.urgency = QString(4001, QLatin1Char('u'));
        QTest::newRow("no purpose, long urgency") << p << QStringList{QStringLiteral("purpose"), QStringLiteral("urgency")};
        p = valid;
        p.logo = QByteArray(512 * 1024 + 1, 'x');
        QTest::newRow("big logo") << p << QStringList{QStringLiteral("logo")};
        p = valid;
        p.end = p.start.addDays(-1);
        QTest::newRow("end before start") << p << QStringList{QStringLiteral("end")};
        p.start = QDate();
        QTest::newRow("end without start") << p << QStringList{};
    }

    void shouldValidateProject()
    {
        QFETCH(Project, project);
        QFETCH(QStringList, expected);
        QCOMPARE(fields(validate(project)), expected);
    }

    void shouldValidateOrganisation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<OrganisationKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("municipality with code") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                                << QStringLiteral("GM0505") << QStringList{};
        QTest::newRow("municipality without code")
            << QStringLiteral("Dordrecht") << OrganisationKind::Municipality << QString() << QStringList{};
        QTest::newRow("three digits") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                      << QStringLiteral("GM505") << QStringList{QStringLiteral("municipalityCode")};
        QTest::newRow("lower case") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                    << QStringLiteral("gm0505") << QStringList{QStringLiteral("municipalityCode")};
        QTest::newRow("trailing text") << QStringLiteral("Dordrecht") << OrganisationKind::Municipality
                                       << QStringLiteral("GM05050") << QStringList{QStringLiteral("municipalityCode")};
        QTest::newRow("company with code") << QStringLiteral("Bouwbedrijf") << OrganisationKind::Company
                                           << QStringLiteral("GM0505") << QStringList{QStringLiteral("municipalityCode")};
        QTest::newRow("no name") << QString() << OrganisationKind::Other << QString()
                                 << QStringList{QStringLiteral("name")};
    }

    void shouldValidateOrganisation()
    {
        QFETCH(QString, name);
        QFETCH(OrganisationKind, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        Organisation o = TestLib::makeOrganisation(name, kind);
        o.municipalityCode = code;
        QCOMPARE(fields(validate(o)), expected);
    }

    void shouldValidatePerson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("withOrganisation");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("valid") << QStringLiteral("Anna") << QStringLiteral("anna@dordrecht.nl") << true << QStringList{};
        QTest::newRow("no organisation") << QStringLiteral("Anna") << QString() << false
                                         << QStringList{QStringLiteral("organisation")};
        QTest::newRow("long e-mail") << QStringLiteral("Anna") << QString(201, QLatin1Char('e')) << true
                                     << QStringList{QStringLiteral("email")};
        QTest::newRow("no name") << QString() << QString() << true << QStringList{QStringLiteral("name")};
    }

    void shouldValidatePerson()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(bool, withOrganisation);
        QFETCH(QStringList, expected);
        Person p;
        p.name = name;
        p.email = email;
        if (withOrganisation)
            p.organisationId = QUuid::createUuid();
        QCOMPARE(fields(validate(p)), expected);
    }

    void shouldValidateParticipation_data()
    {
        QTest::addColumn<Participation>("participation");
        QTest::addColumn<QStringList>("expected");
        const Participation valid = TestLib::makeParticipation(QUuid::createUuid(), QUuid::createUuid());
        QTest::newRow("valid") << valid << QStringList{};
        Participation p = valid;
        p.left = p.joined;
        QTest::newRow("left on the day it joined") << p << QStringList{};
        p.left = p.joined.addDays(-1);
        QTest::newRow("left before joining") << p << QStringList{QStringLiteral("left")};
        p = valid;
        p.joined = QDate();
        QTest::newRow("no joining date") << p << QStringList{QStringLiteral("joined")};
        p = valid;
        p.organisationId = QUuid();
        p.gets = QString(4001, QLatin1Char('g'));
        QTest::newRow("no organisation, long gets") << p << QStringList{QStringLiteral("organisation"), QStringLiteral("gets")};
    }

    void shouldValidateParticipation()
    {
        QFETCH(Participation, participation);
        QFETCH(QStringList, expected);
        QCOMPARE(fields(validate(participation)), expected);
    }

    void shouldDescribeOneIssuePerLine()
    {
        Project p = TestLib::makeProject(QString());
        p.purpose.clear();
        const auto issues = validate(p);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(describe(issues).split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(describe({}), QString());
    }

    void shouldValidateKnowledgeItem_data()
    {
        QTest::addColumn<KnowledgeItem>("item");
        QTest::addColumn<QStringList>("expected");
        const KnowledgeItem valid = lesson();
        QTest::newRow("valid") << valid << QStringList{};
        KnowledgeItem i = valid;
        i.title = QString(200, QLatin1Char('t'));
        i.summary = QString(KnowledgeLimits::SummaryLength, QLatin1Char('s'));
        i.body = QString(KnowledgeLimits::BodyLength, QLatin1Char('b'));
        i.tags = QStringList(KnowledgeLimits::TagCount, QString(KnowledgeLimits::TagLength, QLatin1Char('g')));
        QTest::newRow("every limit reached") << i << QStringList{};
        i = valid;
        i.title = QStringLiteral("  ");
        QTest::newRow("blank title") << i << QStringList{QStringLiteral("title")};
        i.title = QString(201, QLatin1Char('t'));
        QTest::newRow("long title") << i << QStringList{QStringLiteral("title")};
        i = valid;
        i.summary = QString(KnowledgeLimits::SummaryLength + 1, QLatin1Char('s'));
        QTest::newRow("long summary") << i << QStringList{QStringLiteral("summary")};
        i = valid;
        i.body = QString(KnowledgeLimits::BodyLength + 1, QLatin1Char('b'));
        QTest::newRow("long body") << i << QStringList{QStringLiteral("body")};
        i = valid;
        i.summary.clear();
        QTest::newRow("nothing to learn") << i << QStringList{QStringLiteral("summary")};
        i.body = QStringLiteral("Zo deden wij het.");
        QTest::newRow("body only") << i << QStringList{};
        i = valid;
        i.organisationId = {};
        QTest::newRow("no organisation") << i << QStringList{QStringLiteral("organisation")};
        i = valid;
        i.kind = KnowledgeKind::Answer;
        i.summary.clear();
        QTest::newRow("answer without question") << i << QStringList{QStringLiteral("question")};
        i.questionId = QUuid::createUuid();
        QTest::newRow("answer to a question") << i << QStringList{};
        i.helpedAnswerId = QUuid::createUuid();
        QTest::newRow("answer naming a helper") << i << QStringList{QStringLiteral("helped")};
        i = valid;
        i.kind = KnowledgeKind::Question;
        i.helpedAnswerId = QUuid::createUuid();
        QTest::newRow("question with the answer that helped") << i << QStringList{};
        i = valid;
        i.questionId = QUuid::createUuid();
        QTest::newRow("lesson as answer") << i << QStringList{QStringLiteral("question")};
        i = valid;
        i.visibility = KnowledgeVisibility::ProjectPartners;
        QTest::newRow("partners without project") << i << QStringList{QStringLiteral("visibility")};
        i.projectId = QUuid::createUuid();
        QTest::newRow("partners of its project") << i << QStringList{};
        i = valid;
        i.tags = {QStringLiteral(" ")};
        QTest::newRow("empty tag") << i << QStringList{QStringLiteral("tags")};
        i.tags = {QString(KnowledgeLimits::TagLength + 1, QLatin1Char('g'))};
        QTest::newRow("long tag") << i << QStringList{QStringLiteral("tags")};
        i.tags.clear();
        i.topics = QStringList(KnowledgeLimits::TagCount + 1, QStringLiteral("wonen"));
        QTest::newRow("too many topics") << i << QStringList{QStringLiteral("topics")};
    }

    void shouldValidateKnowledgeItem()
    {
        QFETCH(KnowledgeItem, item);
        QFETCH(QStringList, expected);
        QCOMPARE(fields(validate(item)), expected);
    }

    void shouldValidateReuse_data()
    {
        QTest::addColumn<Reuse>("reuse");
        QTest::addColumn<QStringList>("expected");
        const Reuse valid = adoption();
        QTest::newRow("valid") << valid << QStringList{};
        Reuse r = valid;
        r.itemId = {};
        r.organisationId = {};
        r.date = {};
        QTest::newRow("nothing named")
            << r << QStringList{QStringLiteral("item"), QStringLiteral("organisation"), QStringLiteral("date")};
        r = valid;
        r.status = ReuseStatus::Adapted;
        QTest::newRow("adapted without what") << r << QStringList{QStringLiteral("note")};
        r.note = QStringLiteral("Kleinere wijken, dus één buurtcoach in plaats van drie.");
        QTest::newRow("adapted with what") << r << QStringList{};
        r.status = ReuseStatus::NotAdopted;
        r.note.clear();
        QTest::newRow("not adopted without why") << r << QStringList{QStringLiteral("note")};
        r = valid;
        r.note = QString(KnowledgeLimits::ReuseNoteLength + 1, QLatin1Char('n'));
        r.outcome = QString(KnowledgeLimits::ReuseNoteLength + 1, QLatin1Char('o'));
        QTest::newRow("long texts") << r << QStringList{QStringLiteral("note"), QStringLiteral("outcome")};
    }

    void shouldValidateReuse()
    {
        QFETCH(Reuse, reuse);
        QFETCH(QStringList, expected);
        QCOMPARE(fields(validate(reuse)), expected);
    }

    void shouldNameTheFieldInItsMessage()
    {
        KnowledgeItem item = lesson();
        item.title.clear();
        const ValidationIssues issues = validate(item);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message, QStringLiteral("The title is required."));
    }
};

QTEST_GUILESS_MAIN(ValidationTest)
#include "validationtest.moc"
