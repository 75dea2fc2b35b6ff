// The demo region, as a new user gets it with no server: every part of the
// plan has something to show, and its history holds together.

#include "model/demoregion.h"
#include "model/text.h"
#include "store/localstore.h"
#include "testlib/testenvironment.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Store;
using namespace Qt::StringLiterals;

class DemoRegionTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    Bundle m_region;
    QDate m_today;

    LocalStore &store() { return *m_store; }

    QUuid projectNamed(const QString &name) const
    {
        for (const Project &p : m_region.projects) {
            if (p.name == name)
                return p.id;
        }
        return {};
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        QFile file(qEnvironmentVariable("REGIE_SOURCE_DIR") + u"/resources/demo/demo-region.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_today = now.toLocalTime().date();
        const auto parsed = parseDemoRegion(file.readAll(), now);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        m_region = parsed.value();
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(store().open(m_dir->file(u"regie.sqlite"_s)).ok());
        const Status imported = store().bundles().importBundle(m_region);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        store().setActor(m_region.me);
    }

    void shouldFillEveryPartOfThePlan()
    {
        const QUuid energy = projectNamed(u"Energieke Drechtsteden"_s);
        QVERIFY(!energy.isNull());
        QCOMPARE(store().goals().goals(energy).value().size(), 3);
        QVERIFY(store().goals().projectMeasurements(energy).value().size() >= 10);
        QVERIFY(store().milestones().milestones(energy).value().size() >= 5);
        ProgressFilter filter;
        filter.projectId = energy;
        QVERIFY(!store().progress().progress(filter).value().isEmpty());
        QVERIFY(store().progress().contributions(filter).value().size() >= 3); // several partners contribute
        // Evaluations: two held with scores, a reflector's comments and
        // decisions; the next ones planned, and a closing one at the end
        const auto evaluations = store().evaluations().evaluations(energy).value();
        QCOMPARE(evaluations.size(), 5);
        int held = 0, decisions = 0, comments = 0, closing = 0;
        for (const Evaluation &e : evaluations) {
            held += e.isHeld() ? 1 : 0;
            decisions += int(e.decisions.size());
            comments += int(e.comments.size());
            closing += e.kind == EvaluationKind::Closing ? 1 : 0;
            if (e.isHeld())
                QCOMPARE(e.scores.size(), 3);
        }
        QCOMPARE(held, 2);
        QCOMPARE(decisions, 4);
        QCOMPARE(comments, 2);
        QCOMPARE(closing, 1);
        QCOMPARE(evaluations.at(0).comments.first().personName, u"Marieke Jansen"_s);
        QCOMPARE(evaluations.at(0).comments.first().at.date(), QDate(2024, 6, 25));
    }

    void shouldKeepTheDecisionLogTrueToThePlan()
    {
        // What the last decision on a target or date set it to is what the plan says now.
        const QUuid energy = projectNamed(u"Energieke Drechtsteden"_s);
        QHash<QUuid, QString> latest;
        const auto evaluations = store().evaluations().evaluations(energy).value();
        for (const Evaluation &e : evaluations) {
            for (const Decision &d : e.decisions) {
                QVERIFY2(!d.text.isEmpty() && d.decidedOn == e.heldOn, qPrintable(d.text));
                if (d.subject == Decision::Subject::None)
                    continue;
                QVERIFY2(!d.subjectTitle.isEmpty(), qPrintable(d.text)); // it names a goal or milestone that exists
                QVERIFY(!d.before.isEmpty());
                latest.insert(d.subjectId, d.after);
            }
        }
        QCOMPARE(latest.size(), 2);
        const auto goals = store().goals().goals(energy).value();
        for (const Goal &g : goals) {
            if (latest.contains(g.id))
                QCOMPARE(*g.target, latest.value(g.id).toDouble());
        }
        const auto milestones = store().milestones().milestones(energy).value();
        for (const Milestone &m : milestones) {
            if (latest.contains(m.id))
                QCOMPARE(m.due, QDate::fromString(latest.value(m.id), Qt::ISODate));
        }
    }

    void shouldGiveTheDashboardSomethingInEveryList()
    {
        const auto dashboard = store().dashboard().dashboard(m_today);
        QVERIFY(dashboard.ok());
        const Dashboard &d = dashboard.value();
        QVERIFY(!d.upcomingEvaluations.isEmpty()); // planned a month from whenever the demo is opened
        QVERIFY(!d.goalsOffTrack.isEmpty());
        QVERIFY(!d.overdueMilestones.isEmpty());
        QVERIFY(!d.hoursThisQuarter.isEmpty());
    }

    void shouldImportTwiceWithoutDoubles()
    {
        const int evaluations = count(u"SELECT count(*) FROM evaluation"_s);
        const int decisions = count(u"SELECT count(*) FROM decision"_s);
        QVERIFY(store().bundles().importBundle(m_region).ok());
        QCOMPARE(count(u"SELECT count(*) FROM evaluation"_s), evaluations);
        QCOMPARE(count(u"SELECT count(*) FROM decision"_s), decisions);
    }

    void shouldLetTheLeadCarryOnWithTheDemo()
    {
        // The demo is a place to try things: the next evaluation can be held.
        const QUuid energy = projectNamed(u"Energieke Drechtsteden"_s);
        Evaluation next = store().evaluations().evaluations(energy).value().at(2);
        QVERIFY(!next.isHeld());
        next.heldOn = m_today;
        next.findings = u"Netplan getekend"_s;
        const auto held = store().evaluations().holdEvaluation(next);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    }
};

QTEST_MAIN(DemoRegionTest)
#include "demoregiontest.moc"
