#include "planstatements.h"

#include "rowreaders.h"
#include "sqlsupport.h"

using namespace Model;

namespace Store::PlanStatements {

namespace {

// The WHERE clause of a progress filter (alias e) and its values, in order.
QString progressWhere(const ProgressFilter &f, QVariantList &values)
{
    QStringList where{QStringLiteral("e.deleted = 0")};
    auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        values << value;
    };
    if (!f.projectId.isNull())
        add(QStringLiteral("e.project_id = ?"), idText(f.projectId));
    if (!f.personId.isNull())
        add(QStringLiteral("e.person_id = ?"), idText(f.personId));
    if (!f.organisationId.isNull())
        add(QStringLiteral("e.organisation_id = ?"), idText(f.organisationId));
    if (!f.milestoneId.isNull())
        add(QStringLiteral("e.milestone_id = ?"), idText(f.milestoneId));
    if (f.from.isValid())
        add(QStringLiteral("e.entry_date >= ?"), dateValue(f.from));
    if (f.until.isValid())
        add(QStringLiteral("e.entry_date <= ?"), dateValue(f.until));
    if (!f.corrects.isNull())
        add(QStringLiteral("e.corrects_id = ?"), idText(f.corrects));
    return where.join(QStringLiteral(" AND "));
}

} // namespace

Statement progress(const ProgressFilter &filter)
{
    Statement s;
    const QString where = progressWhere(filter, s.values);
    s.sql = Rows::progressSelect()
        + QStringLiteral(" WHERE %1 ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?").arg(where);
    s.values << (filter.limit > 0 ? filter.limit : -1);
    return s;
}

Statement contributions(const ProgressFilter &filter)
{
    Statement s;
    const QString where = progressWhere(filter, s.values);
    s.sql = QStringLiteral("SELECT e.organisation_id, o.name, total(e.hours), count(*) FROM progress_entry e "
                           "JOIN organisation o ON o.id = e.organisation_id WHERE %1 "
                           "GROUP BY e.organisation_id ORDER BY total(e.hours) DESC, o.name_key")
                .arg(where);
    return s;
}

// The whole log, however long, from the index (local step 7): not the newest
// rows read and deduplicated.
Statement progressPeople(const QUuid &projectId)
{
    return {QStringLiteral("SELECT p.id, p.name FROM person p WHERE p.id IN (SELECT person_id FROM progress_entry "
                           "WHERE project_id = ? AND deleted = 0)"),
            {idText(projectId)}};
}

Statement progressOrganisations(const QUuid &projectId)
{
    return {QStringLiteral("SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT organisation_id FROM "
                           "progress_entry WHERE project_id = ? AND deleted = 0)"),
            {idText(projectId)}};
}

LinkedStatement goalsWhere(const QString &where, const QString &linksWhere, const QVariantList &values)
{
    return {Rows::goalSelect()
                + QStringLiteral(" WHERE %1 AND g.deleted = 0 ORDER BY g.due_date IS NULL, g.due_date, g.title").arg(where),
            QStringLiteral("SELECT l.goal_id, l.organisation_id FROM goal_partner l JOIN organisation o "
                           "ON o.id = l.organisation_id WHERE %1 AND l.deleted = 0 ORDER BY o.name_key")
                .arg(linksWhere),
            values};
}

LinkedStatement goals(const QString &column, const QUuid &value)
{
    // By project, or one goal by its id: its partner links carry it as goal_id.
    const QString linkColumn = column == QLatin1String("id") ? QStringLiteral("goal_id") : column;
    return goalsWhere(QStringLiteral("g.%1 = ?").arg(column), QStringLiteral("l.%1 = ?").arg(linkColumn), {idText(value)});
}

Statement measurementsWhere(const QString &where, const QVariantList &values)
{
    return {Rows::measurementSelect()
                + QStringLiteral(" WHERE %1 AND m.deleted = 0 ORDER BY m.measured_on, m.created_at").arg(where),
            values};
}

Statement measurements(const QString &column, const QUuid &value)
{
    return measurementsWhere(QStringLiteral("m.%1 = ?").arg(column), {idText(value)});
}

LinkedStatement milestonesWhere(const QString &where, const QString &linksWhere, const QVariantList &values)
{
    return {Rows::milestoneSelect() + QStringLiteral(" WHERE %1 AND m.deleted = 0 ORDER BY m.due_date, m.title").arg(where),
            QStringLiteral("SELECT milestone_id, goal_id FROM milestone_goal WHERE %1 AND deleted = 0").arg(linksWhere),
            values};
}

LinkedStatement milestones(const QString &column, const QUuid &value)
{
    // By project, or one milestone by its id: its goal links carry it as milestone_id.
    const QString linkColumn = column == QLatin1String("id") ? QStringLiteral("milestone_id") : column;
    return milestonesWhere(QStringLiteral("m.%1 = ?").arg(column), QStringLiteral("%1 = ?").arg(linkColumn), {idText(value)});
}

DashboardStatements dashboard(const QDate &today)
{
    const QDate quarter = quarterStart(today);
    // Open projects only: a closed project's plan is history.
    const QString open = QStringLiteral("p.deleted = 0 AND p.status IN ('idea', 'active')");
    DashboardStatements d;
    d.overdueMilestones = {
        QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.due_date, coalesce(o.name, '') FROM milestone m "
                       "JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON o.id = "
                       "m.owner_organisation_id WHERE m.deleted = 0 AND m.status IN ('planned', "
                       "'in_progress') AND m.due_date < ? AND %1 ORDER BY m.due_date LIMIT 200")
            .arg(open),
        {dateValue(today)}};
    d.upcomingEvaluations = {
        QStringLiteral("SELECT p.id, p.name, e.id, e.kind, e.planned_on, '' FROM evaluation e JOIN project p "
                       "ON p.id = e.project_id WHERE e.deleted = 0 AND e.status = 'planned' AND "
                       "e.planned_on >= ? AND e.planned_on <= ? AND %1 ORDER BY e.planned_on LIMIT 200")
            .arg(open),
        {dateValue(today), dateValue(today.addDays(90))}};
    d.reachedMilestones = {
        QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.completed_on, coalesce(o.name, '') FROM "
                       "milestone m JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON "
                       "o.id = m.owner_organisation_id WHERE m.deleted = 0 AND m.status = 'done' AND "
                       "m.completed_on >= ? AND p.deleted = 0 ORDER BY m.completed_on DESC LIMIT 200"),
        {dateValue(quarter)}};
    d.goals = {QStringLiteral("SELECT %1, p.name AS project_name FROM goal g JOIN project p ON p.id = g.project_id "
                              "WHERE g.deleted = 0 AND %2")
                   .arg(Rows::selectList(QStringLiteral("goal"), QStringLiteral("g")), open),
               {}};
    d.measurements = {Rows::measurementSelect()
                          + QStringLiteral(" JOIN goal g ON g.id = m.goal_id JOIN project pr ON pr.id = m.project_id "
                                           "WHERE m.deleted = 0 AND g.deleted = 0 AND pr.deleted = 0 AND "
                                           "pr.status IN ('idea', 'active')"),
                      {}};
    return d;
}

} // namespace Store::PlanStatements
