#pragma once

// The timed figures of the plan: the store's reads beside the same
// statements run raw, each checked to return the same rows.

#include "benchsupport.h"
#include "plancommon.h"
#include "planmeasure.h"
#include "planrawdb.h"
#include "plansubjects.h"

#include "model/plan.h"
#include "model/text.h"
#include "store/localstore.h"

#include <QList>
#include <QString>

#include <cstdio>
#include <string>
#include <vector>

namespace Bench::Plan {

using namespace Qt::StringLiterals;

class PlanFigures
{
public:
    PlanFigures(const Options &o, Report &report)
        : m_o(o)
        , m_report(report)
        , m_raw(o.db)
    {
        if (auto opened = m_store.open(o.db); !opened.ok())
            die(opened.error().message);
        m_s = findSubjects(m_raw);
    }

    void explain(const QString &name, const Query &q)
    {
        if (!m_o.explain)
            return;
        std::printf("  plan of %s:\n", qPrintable(QString(name).replace(u"%1"_s, u"…"_s)));
        for (const QString &line : m_raw.explain(q))
            std::printf("    %s\n", qPrintable(line));
    }

    /// One progress() figure: the store's list beside the raw SELECT,
    /// checked to hold the same rows in the same order.
    void progress(const QString &name, const Model::ProgressFilter &filter, const QString &measures)
    {
        const Query query = Plan::query(Store::PlanStatements::progress(filter));
        explain(name, query);
        QList<Model::ProgressEntry> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().progress(filter);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] { rows = m_raw.run(query); });
                check(name, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().id,
                      shown.isEmpty() ? QUuid() : shown.constLast().id);
                return ns;
            });
        m_report.add({name.arg(number(shown.size())), a, b, u"ms"_s, 3.0, false, measures});
    }

    void log()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        f.limit = 500;
        progress(u"log, newest %1 of 100,000"_s, f,
                 u"progress({project, limit 500}) of the project with 100,000 entries vs the same SELECT "
                 "(3 joins, ORDER BY entry_date DESC, created_at DESC LIMIT 500)"_s);
        f.projectId = m_s.typical;
        progress(u"log, ordinary project (%1 entries)"_s, f,
                 u"the same for an ordinary project: all of its 450 entries"_s);
    }

    void filter()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        f.limit = 500;
        f.organisationId = m_s.leadOrganisation;
        progress(u"log by organisation (%1 rows)"_s, f,
                 u"the big project's log of its lead (%1, 35% of the entries), limit 500"_s.arg(m_s.leadName));
        f.organisationId = {};
        f.from = m_s.from;
        f.until = m_s.until;
        progress(u"log by period (%1 rows)"_s, f,
                 u"the big project's log of one quarter (%1 to %2), limit 500"_s.arg(
                     m_s.from.toString(Qt::ISODate), m_s.until.toString(Qt::ISODate)));
        f.from = f.until = QDate();
        f.milestoneId = m_s.milestone;
        progress(u"log by milestone (%1 rows)"_s, f,
                 u"the big project's entries that name one milestone (the one named most), limit 500"_s);
    }

    void contributions(const QString &name, const Model::ProgressFilter &filter, const QString &measures)
    {
        const Query query = Plan::query(Store::PlanStatements::contributions(filter));
        explain(name, query);
        QList<Model::ContributionTotal> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().contributions(filter);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] { rows = m_raw.run(query); });
                check(name, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().organisationId,
                      shown.isEmpty() ? QUuid() : shown.constLast().organisationId);
                return ns;
            });
        int entries = 0;
        for (const auto &c : std::as_const(shown))
            entries += c.entries;
        m_report.add({name.arg(number(entries)), a, b, u"ms"_s, 3.0, false, measures});
    }

    void hours()
    {
        Model::ProgressFilter f;
        f.projectId = m_s.big;
        contributions(u"hours per organisation (%1)"_s, f,
                      u"contributions({project}): total hours and entries per organisation of the big project "
                      "vs the same GROUP BY"_s);
        f.from = m_s.from;
        f.until = m_s.until;
        contributions(u"hours per organisation, quarter (%1)"_s, f,
                      u"the same for one quarter"_s);
    }

    void authors()
    {
        const Query people = query(Store::PlanStatements::progressPeople(m_s.big));
        const Query organisations = query(Store::PlanStatements::progressOrganisations(m_s.big));
        explain(u"log filter people"_s, people);
        explain(u"log filter organisations"_s, organisations);
        Model::ProgressAuthors shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.progress().progressAuthors(m_s.big);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows p, o;
                const qint64 ns = timed([&] {
                    p = m_raw.run(people);
                    o = m_raw.run(organisations);
                });
                if (p.count != shown.people.size() || o.count != shown.organisations.size())
                    die(u"log filter choices: the store and the raw query disagree"_s);
                return ns;
            });
        m_report.add({u"log filter choices (%1 people, %2 organisations)"_s.arg(shown.people.size()).arg(shown.organisations.size()),
                      a, b, u"ms"_s, 3.0, false,
                      u"progressAuthors({project}): everyone and every organisation in the big project's whole log, "
                      "sorted by name, vs the same two queries"_s});
    }

    void timeline()
    {
        const auto statement = Store::PlanStatements::milestones(u"project_id"_s, m_s.big);
        const Query milestones = rowsQuery(statement);
        const Query links = linksQuery(statement);
        explain(u"timeline"_s, milestones);
        explain(u"timeline goal links"_s, links);
        QList<Model::Milestone> shown;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    auto result = m_store.milestones().milestones(m_s.big);
                    if (!result.ok())
                        die(result.error().message);
                    shown = std::move(result).value();
                });
            },
            [&] {
                Rows rows;
                const qint64 ns = timed([&] {
                    rows = m_raw.run(milestones);
                    m_raw.run(links);
                });
                check(u"timeline"_s, shown.size(), rows, shown.isEmpty() ? QUuid() : shown.constFirst().id,
                      shown.isEmpty() ? QUuid() : shown.constLast().id);
                return ns;
            });
        m_report.add({u"timeline (%1 milestones)"_s.arg(number(shown.size())), a, b, u"ms"_s, 3.0, false,
                      u"milestones(project) of the big project with their goal links vs the same two SELECTs "
                      "(ORDER BY due_date, title)"_s});
    }

    void goals()
    {
        const auto statement = Store::PlanStatements::goals(u"project_id"_s, m_s.big);
        const Query goals = rowsQuery(statement);
        const Query partners = linksQuery(statement);
        const Query measurements = query(Store::PlanStatements::measurements(u"project_id"_s, m_s.big));
        explain(u"goals"_s, goals);
        explain(u"goal partners"_s, partners);
        explain(u"measurements"_s, measurements);
        qsizetype goalCount = 0, measurementCount = 0;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    const auto g = m_store.goals().goals(m_s.big);
                    const auto m = m_store.goals().projectMeasurements(m_s.big);
                    if (!g.ok() || !m.ok())
                        die(u"goals or measurements failed"_s);
                    goalCount = g.value().size();
                    measurementCount = m.value().size();
                });
            },
            [&] {
                Rows g, m;
                const qint64 ns = timed([&] {
                    g = m_raw.run(goals);
                    m_raw.run(partners);
                    m = m_raw.run(measurements);
                });
                if (g.count != goalCount || m.count != measurementCount)
                    die(u"goals: regie read %1 goals and %2 measurements, raw %3 and %4"_s.arg(goalCount)
                            .arg(measurementCount).arg(g.count).arg(m.count));
                return ns;
            });
        m_report.add({u"goals + measurements (%1 + %2)"_s.arg(goalCount).arg(measurementCount), a, b, u"ms"_s, 3.0,
                      false,
                      u"goals(project) and projectMeasurements(project) of the big project vs the same three SELECTs"_s});
    }

    /// The dashboard across all 2,000 projects: the store's reads done raw,
    /// without judging the goals (the store judges each from its line).
    void dashboard()
    {
        const auto statements = Store::PlanStatements::dashboard(Today);
        Model::ProgressFilter quarterly;
        quarterly.from = Model::quarterStart(Today);
        const std::vector<Query> reads = {query(statements.overdueMilestones),
                                          query(statements.upcomingEvaluations),
                                          query(statements.reachedMilestones),
                                          query(statements.goals),
                                          query(statements.measurements),
                                          query(Store::PlanStatements::contributions(quarterly))};
        for (size_t i = 0; i < reads.size(); ++i)
            explain(u"dashboard %1"_s.arg(i + 1), reads.at(i));
        qsizetype overdue = 0, goals = 0;
        const auto [a, b] = measure(
            m_o,
            [&] {
                return timed([&] {
                    const auto d = m_store.dashboard().dashboard(Today);
                    if (!d.ok())
                        die(u"dashboard failed: %1"_s.arg(d.error().message));
                    overdue = d.value().overdueMilestones.size();
                    goals = d.value().goalsOffTrack.size();
                });
            },
            [&] {
                Rows first;
                const qint64 ns = timed([&] {
                    first = m_raw.run(reads.front());
                    for (size_t i = 1; i < reads.size(); ++i)
                        m_raw.run(reads.at(i));
                });
                if (first.count != overdue)
                    die(u"dashboard: regie listed %1 overdue milestones, raw %2"_s.arg(overdue).arg(first.count));
                return ns;
            });
        m_report.add({u"dashboard (%1 overdue, %2 goals off track)"_s.arg(overdue).arg(goals), a, b, u"ms"_s, 3.0, false,
                      u"dashboard(today) over all 2,000 projects vs the same six SELECTs raw (the store also judges "
                      "every goal's trend)"_s});
    }

private:
    void check(const QString &name, qsizetype count, const Rows &rows, const QUuid &first, const QUuid &last)
    {
        if (count != rows.count || (count > 0
                                    && (rows.first != idText(first).toStdString()
                                        || rows.last != idText(last).toStdString())))
            die(u"%1: regie read %2 rows, raw %3, or not the same ones"_s.arg(name).arg(count).arg(rows.count));
    }

    const Options &m_o;
    Report &m_report;
    Store::LocalStore m_store;
    RawDb m_raw;
    Subjects m_s;
};

} // namespace Bench::Plan
