#include "model/lessondrafts.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// An evaluation's lessons as the knowledge items offered for sharing.
class LessonDraftsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSplitLessonsIntoOnePerLine_data()
    {
        QTest::addColumn<QString>("lessons");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one sentence") << u"Begin vroeg."_s << QStringList{u"Begin vroeg."_s};
        QTest::newRow("list marks") << u"- Een\n* Twee\n• Drie\n1. Vier\n2) Vijf"_s
                                    << QStringList{u"Een"_s, u"Twee"_s, u"Drie"_s, u"Vier"_s, u"Vijf"_s};
        QTest::newRow("blank lines and spaces") << u"\n  Een  lesson \n\n\nTwee\n"_s
                                                << QStringList{u"Een lesson"_s, u"Twee"_s};
        QTest::newRow("indented continuation") << u"- Een warmtecoach\n  per straat.\n- Twee"_s
                                               << QStringList{u"Een warmtecoach per straat."_s, u"Twee"_s};
        QTest::newRow("a number that is no mark") << u"2027 wordt het jaar."_s << QStringList{u"2027 wordt het jaar."_s};
        QTest::newRow("nothing") << u"  \n "_s << QStringList{};
    }

    void shouldSplitLessonsIntoOnePerLine()
    {
        QFETCH(QString, lessons);
        QFETCH(QStringList, expected);
        QCOMPARE(splitLessons(lessons), expected);
    }

    void shouldTitleALessonByItsFirstSentence_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("title");
        QTest::newRow("two sentences") << u"Begin bij de corporatie. Zij kent de huurders."_s << u"Begin bij de corporatie"_s;
        QTest::newRow("question") << u"Wie betaalt? Dat bepaalt alles."_s << u"Wie betaalt"_s;
        QTest::newRow("no full stop") << u"Meten is weten"_s << u"Meten is weten"_s;
        QTest::newRow("a decimal stays") << u"Met 1.200 woningen lukt het."_s << u"Met 1.200 woningen lukt het"_s;
        QTest::newRow("long, cut at a word")
            << u"Een zeer lange les zonder punt die maar doorgaat over alles wat er in het project gebeurde en nog veel meer"_s
            << u"Een zeer lange les zonder punt die maar doorgaat over alles wat er in het project…"_s;
    }

    void shouldTitleALessonByItsFirstSentence()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, title);
        QCOMPARE(lessonTitle(lesson), title);
        QVERIFY(lessonTitle(lesson).size() <= 90);
    }

    void shouldMakePublishedLessonsOfTheProjectAndTheUsersOrganisation()
    {
        // GIVEN a closing evaluation of Warm Wonen with two lessons
        Project p;
        p.id = QUuid::createUuid();
        p.name = u"Warm Wonen"_s;
        Evaluation e;
        e.id = QUuid::createUuid();
        e.projectId = p.id;
        e.kind = EvaluationKind::Closing;
        e.heldOn = QDate(2027, 3, 1);
        e.lessons = u"- Begin vroeg.\n- Meet alles."_s;
        Identity me{QUuid::createUuid(), QUuid::createUuid(), u"Joost"_s, u"Zwijndrecht"_s, {}};
        // WHEN drafts are made
        const QList<KnowledgeItem> drafts = lessonDrafts(e, p, me);
        // THEN there is one lesson each, ready to publish to everyone
        QCOMPARE(drafts.size(), 2);
        for (const KnowledgeItem &d : drafts) {
            QCOMPARE(d.kind, KnowledgeKind::Lesson);
            QCOMPARE(d.status, KnowledgeStatus::Published);
            QCOMPARE(d.visibility, KnowledgeVisibility::Everyone);
            QCOMPARE(d.projectId, p.id);
            QCOMPARE(d.organisationId, me.organisationId);
            QCOMPARE(d.authorId, me.personId);
            QVERIFY(d.id.isNull()); // the Editor gives ids
            QVERIFY(d.body.contains(p.name));
        }
        QCOMPARE(drafts.at(0).title, u"Begin vroeg"_s);
        QCOMPARE(drafts.at(1).summary, u"Meet alles."_s);
    }
};

QTEST_GUILESS_MAIN(LessonDraftsTest)
#include "lessondraftstest.moc"
