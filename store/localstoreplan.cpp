// LocalStore: goals, measurements, milestones and the progress log.
#include "localstore.h"

#include "calendar.h"
#include "model/goaltrend.h"
#include "model/text.h"
#include "model/validation.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QSet>

#include <algorithm>

using namespace Model;

namespace Store {

namespace {

const QString GoalSelect = QStringLiteral(
    "SELECT id, project_id, title, description, indicator, unit, baseline, target, due_date, %1 FROM goal")
                               .arg(QLatin1String(MetaColumns));

Goal readGoal(const QSqlQuery &q)
{
    Goal g;
    g.id = QUuid::fromString(q.value(0).toString());
    g.projectId = QUuid::fromString(q.value(1).toString());
    g.title = q.value(2).toString();
    g.description = q.value(3).toString();
    g.indicator = q.value(4).toString();
    g.unit = q.value(5).toString();
    g.baseline = toNumber(q.value(6));
    g.target = toNumber(q.value(7));
    g.due = toDate(q.value(8));
    g.meta = readMeta(q, 9);
    return g;
}

const QString MeasurementSelect =
    QStringLiteral("SELECT m.id, m.project_id, m.goal_id, m.value, m.measured_on, m.note, m.person_id, "
                   "coalesce(p.name, ''), m.created_at, m.updated_at, m.changed_by, m.deleted, m.version "
                   "FROM measurement m LEFT JOIN person p ON p.id = m.person_id");

Measurement readMeasurement(const QSqlQuery &q)
{
    Measurement m;
    m.id = QUuid::fromString(q.value(0).toString());
    m.projectId = QUuid::fromString(q.value(1).toString());
    m.goalId = QUuid::fromString(q.value(2).toString());
    m.value = q.value(3).toDouble();
    m.measuredOn = toDate(q.value(4));
    m.note = q.value(5).toString();
    m.personId = QUuid::fromString(q.value(6).toString());
    m.personName = q.value(7).toString();
    m.meta = readMeta(q, 8);
    return m;
}

const QString MilestoneSelect =
    QStringLiteral("SELECT m.id, m.project_id, m.title, m.description, m.due_date, m.owner_organisation_id, "
                   "coalesce(o.name, ''), m.owner_person_id, m.status, m.completed_on, m.created_at, m.updated_at, "
                   "m.changed_by, m.deleted, m.version FROM milestone m "
                   "LEFT JOIN organisation o ON o.id = m.owner_organisation_id");

Milestone readMilestone(const QSqlQuery &q)
{
    Milestone m;
    m.id = QUuid::fromString(q.value(0).toString());
    m.projectId = QUuid::fromString(q.value(1).toString());
    m.title = q.value(2).toString();
    m.description = q.value(3).toString();
    m.due = toDate(q.value(4));
    m.ownerOrganisationId = QUuid::fromString(q.value(5).toString());
    m.ownerOrganisationName = q.value(6).toString();
    m.ownerPersonId = QUuid::fromString(q.value(7).toString());
    m.status = milestoneStatusFromKey(q.value(8).toString());
    m.completedOn = toDate(q.value(9));
    m.meta = readMeta(q, 10);
    return m;
}

const QString ProgressSelect = QStringLiteral(
    "SELECT e.id, e.project_id, e.entry_date, e.person_id, coalesce(p.name, ''), e.organisation_id, o.name, e.hours, "
    "e.note, e.milestone_id, coalesce(m.title, ''), e.percent, e.corrects_id, e.created_at, e.updated_at, "
    "e.changed_by, e.deleted, e.version FROM progress_entry e JOIN organisation o ON o.id = e.organisation_id "
    "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN milestone m ON m.id = e.milestone_id");

ProgressEntry readProgress(const QSqlQuery &q)
{
    ProgressEntry e;
    e.id = QUuid::fromString(q.value(0).toString());
    e.projectId = QUuid::fromString(q.value(1).toString());
    e.date = toDate(q.value(2));
    e.personId = QUuid::fromString(q.value(3).toString());
    e.personName = q.value(4).toString();
    e.organisationId = QUuid::fromString(q.value(5).toString());
    e.organisationName = q.value(6).toString();
    e.hours = toNumber(q.value(7));
    e.note = q.value(8).toString();
    e.milestoneId = QUuid::fromString(q.value(9).toString());
    e.milestoneTitle = q.value(10).toString();
    e.percent = toNumber(q.value(11));
    e.correctsId = QUuid::fromString(q.value(12).toString());
    e.meta = readMeta(q, 13);
    return e;
}

// The WHERE clause of a progress filter and its values, in order.
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

// The row just saved, as the list query gives it (names joined, links read).
template<typename T>
Result<T> pick(const Result<QList<T>> &all, const QUuid &id, const QString &gone)
{
    if (!all.ok())
        return all.error();
    for (const T &row : all.value()) {
        if (row.id == id)
            return row;
    }
    return error(Error::NotFound, gone);
}

} // namespace

Status LocalStore::replaceLinks(const QString &table, const QString &ownerColumn, const QUuid &owner,
                                const QString &otherColumn, const QUuid &projectId, const QList<QUuid> &others)
{
    // Links are rows of their own (so that two laptops adding different
    // partners to a goal both win); removing one marks it deleted.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, %1, deleted FROM %2 WHERE %3 = ?").arg(otherColumn, table, ownerColumn));
    q.addBindValue(idText(owner));
    if (!q.exec())
        return dbError(q);
    QHash<QUuid, std::pair<QString, bool>> existing;
    while (q.next())
        existing.insert(QUuid::fromString(q.value(1).toString()), {q.value(0).toString(), q.value(2).toBool()});
    const QSet<QUuid> wanted(others.cbegin(), others.cend());
    QSqlQuery w(database());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const bool keep = wanted.contains(it.key());
        if (keep == !it.value().second)
            continue;
        w.prepare(QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                                 "WHERE id = ?")
                      .arg(table));
        w.addBindValue(keep ? 0 : 1);
        w.addBindValue(now());
        w.addBindValue(idValue(m_actor));
        w.addBindValue(it.value().first);
        if (!w.exec())
            return dbError(w);
    }
    for (const QUuid &other : wanted) {
        if (existing.contains(other))
            continue;
        w.prepare(QStringLiteral("INSERT INTO %1 (id, project_id, %2, %3, created_at, updated_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(table, ownerColumn, otherColumn));
        w.addBindValue(idText(QUuid::createUuid()));
        w.addBindValue(idText(projectId));
        w.addBindValue(idText(owner));
        w.addBindValue(idText(other));
        w.addBindValue(now());
        w.addBindValue(now());
        w.addBindValue(idValue(m_actor));
        if (!w.exec())
            return dbError(w);
    }
    return Done{};
}

Status LocalStore::writePlanRow(const QString &table, const QUuid &id, const QUuid &projectId,
                                const QStringList &columns, const QVariantList &values, const QString &moved, Revive revive)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    const bool exists = q.next();
    if (exists && q.value(0).toString() != idText(projectId))
        return rule(moved);
    if (exists) {
        QStringList set;
        for (const QString &c : columns)
            set << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, changed_by = ?, %3version = version + 1 WHERE id = ?")
                      .arg(table, set.join(QStringLiteral(", ")),
                           revive == Revive::Yes ? QStringLiteral("deleted = 0, ") : QString()));
    } else {
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, updated_at, changed_by, id, project_id, created_at) "
                                 "VALUES (%3?, ?, ?, ?, ?)")
                      .arg(table, columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(columns.size())));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(id));
    if (!exists) {
        q.addBindValue(idText(projectId));
        q.addBindValue(now());
    }
    return q.exec() ? Status(Done{}) : Status(dbError(q));
}

Result<QList<Goal>> LocalStore::goals(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(GoalSelect + QStringLiteral(" WHERE project_id = ? AND deleted = 0 ORDER BY due_date IS NULL, due_date, title"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Goal> all;
    QHash<QUuid, qsizetype> index;
    while (q.next()) {
        index.insert(QUuid::fromString(q.value(0).toString()), all.size());
        all.append(readGoal(q));
    }
    q.prepare(QStringLiteral("SELECT l.goal_id, l.organisation_id FROM goal_partner l JOIN organisation o ON o.id = "
                             "l.organisation_id WHERE l.project_id = ? AND l.deleted = 0 ORDER BY o.name_key"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        const auto it = index.constFind(QUuid::fromString(q.value(0).toString()));
        if (it != index.constEnd())
            all[*it].servesOrganisations.append(QUuid::fromString(q.value(1).toString()));
    }
    return all;
}

Result<Goal> LocalStore::saveGoal(const Goal &goal)
{
    begin(ChangeSet::Goals);
    if (const auto issues = validate(goal); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(goal.projectId); !writable.ok())
        return writable.error();
    if (auto written = writePlanRow(QStringLiteral("goal"), goal.id, goal.projectId,
                                    {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("indicator"),
                                     QStringLiteral("unit"), QStringLiteral("baseline"), QStringLiteral("target"),
                                     QStringLiteral("due_date")},
                                    {goal.title.trimmed(), text(goal.description), text(goal.indicator), text(goal.unit),
                                     numberValue(goal.baseline), numberValue(goal.target), dateValue(goal.due)},
                                    tr("A goal cannot move to another project."));
        !written.ok())
        return written.error();
    if (auto links = replaceLinks(QStringLiteral("goal_partner"), QStringLiteral("goal_id"), goal.id,
                                  QStringLiteral("organisation_id"), goal.projectId, goal.servesOrganisations);
        !links.ok())
        return links.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The goal could not be saved."));
    return pick(goals(goal.projectId), goal.id, tr("The goal no longer exists."));
}

Status LocalStore::setGoalDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Goals | ChangeSet::Milestones);
    return setPlanRowDeleted(QStringLiteral("goal"), id, deleted, tr("The goal no longer exists."),
                             tr("The goal could not be saved."));
}

Result<QList<Measurement>> LocalStore::measurements(const QUuid &goalId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(MeasurementSelect + QStringLiteral(" WHERE m.goal_id = ? AND m.deleted = 0 ORDER BY m.measured_on, m.created_at"));
    q.addBindValue(idText(goalId));
    if (!q.exec())
        return dbError(q);
    QList<Measurement> all;
    while (q.next())
        all.append(readMeasurement(q));
    return all;
}

Result<QList<Measurement>> LocalStore::projectMeasurements(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(MeasurementSelect + QStringLiteral(" WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.measured_on, m.created_at"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Measurement> all;
    while (q.next())
        all.append(readMeasurement(q));
    return all;
}

Result<Measurement> LocalStore::addMeasurement(const Measurement &measurement)
{
    begin(ChangeSet::Goals);
    if (const auto issues = validate(measurement); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id FROM goal WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(measurement.goalId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The goal no longer exists."));
    const QUuid projectId = QUuid::fromString(q.value(0).toString());
    if (auto writable = checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    q.prepare(QStringLiteral("INSERT INTO measurement (id, project_id, goal_id, value, measured_on, note, person_id, "
                             "created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(measurement.id));
    q.addBindValue(idText(projectId));
    q.addBindValue(idText(measurement.goalId));
    q.addBindValue(measurement.value);
    q.addBindValue(dateValue(measurement.measuredOn));
    q.addBindValue(text(measurement.note.trimmed()));
    q.addBindValue(idValue(measurement.personId.isNull() ? m_actor : measurement.personId));
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, tr("The measurement could not be saved."));
    q.prepare(MeasurementSelect + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(idText(measurement.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    return readMeasurement(q);
}

Result<QList<Milestone>> LocalStore::milestones(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(MilestoneSelect + QStringLiteral(" WHERE m.project_id = ? AND m.deleted = 0 ORDER BY m.due_date, m.title"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Milestone> all;
    QHash<QUuid, qsizetype> index;
    while (q.next()) {
        index.insert(QUuid::fromString(q.value(0).toString()), all.size());
        all.append(readMilestone(q));
    }
    q.prepare(QStringLiteral("SELECT milestone_id, goal_id FROM milestone_goal WHERE project_id = ? AND deleted = 0"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        const auto it = index.constFind(QUuid::fromString(q.value(0).toString()));
        if (it != index.constEnd())
            all[*it].goals.append(QUuid::fromString(q.value(1).toString()));
    }
    return all;
}

Result<Milestone> LocalStore::saveMilestone(const Milestone &milestone)
{
    begin(ChangeSet::Milestones);
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(milestone.projectId); !writable.ok())
        return writable.error();
    if (auto written = writeMilestone(milestone); !written.ok())
        return written.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    return pick(milestones(milestone.projectId), milestone.id, tr("The milestone no longer exists."));
}

Status LocalStore::writeMilestone(const Milestone &milestone)
{
    if (const auto issues = validate(milestone); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    // Saved again (a calendar imported anew), a removed milestone is back.
    if (auto written = writePlanRow(QStringLiteral("milestone"), milestone.id, milestone.projectId,
                                    {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("due_date"),
                                     QStringLiteral("owner_organisation_id"), QStringLiteral("owner_person_id"),
                                     QStringLiteral("status"), QStringLiteral("completed_on")},
                                    {milestone.title.trimmed(), text(milestone.description), dateValue(milestone.due),
                                     idValue(milestone.ownerOrganisationId), idValue(milestone.ownerPersonId),
                                     key(milestone.status),
                                     dateValue(milestone.status == MilestoneStatus::Done ? milestone.completedOn : QDate())},
                                    tr("A milestone cannot move to another project."), Revive::Yes);
        !written.ok())
        return written.error();
    return replaceLinks(QStringLiteral("milestone_goal"), QStringLiteral("milestone_id"), milestone.id,
                        QStringLiteral("goal_id"), milestone.projectId, milestone.goals);
}

Status LocalStore::setMilestoneDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Milestones);
    return setPlanRowDeleted(QStringLiteral("milestone"), id, deleted, tr("The milestone no longer exists."),
                             tr("The milestone could not be saved."));
}

Status LocalStore::setPlanRowDeleted(const QString &table, const QUuid &id, bool deleted, const QString &gone,
                                     const QString &failed, const std::function<Status()> &allowed)
{
    Transaction transaction(database());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, gone);
    if (auto writable = checkProjectWritable(QUuid::fromString(q.value(0).toString())); !writable.ok())
        return writable;
    if (allowed) {
        if (auto ok = allowed(); !ok.ok())
            return ok;
    }
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                             "WHERE id = ? AND deleted <> ?")
                  .arg(table));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(id));
    q.addBindValue(deleted ? 1 : 0);
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, failed);
    return Done{};
}

Result<QList<ProgressEntry>> LocalStore::progress(const ProgressFilter &filter)
{
    QVariantList values;
    const QString where = progressWhere(filter, values);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(ProgressSelect + QStringLiteral(" WHERE %1 ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?").arg(where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!q.exec())
        return dbError(q);
    QList<ProgressEntry> all;
    while (q.next())
        all.append(readProgress(q));
    return all;
}

Result<ProgressEntry> LocalStore::addProgress(const ProgressEntry &entry)
{
    begin(ChangeSet::Progress);
    if (const auto issues = validate(entry); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(entry.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(database());
    if (!entry.correctsId.isNull()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM progress_entry WHERE id = ? AND project_id = ?"));
        q.addBindValue(idText(entry.correctsId));
        q.addBindValue(idText(entry.projectId));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() == 0)
            return rule(tr("The entry to correct is not in this project."));
    }
    q.prepare(QStringLiteral("INSERT INTO progress_entry (id, project_id, entry_date, person_id, organisation_id, hours, "
                             "note, milestone_id, percent, corrects_id, created_at, updated_at, changed_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(entry.id));
    q.addBindValue(idText(entry.projectId));
    q.addBindValue(dateValue(entry.date));
    q.addBindValue(idValue(entry.personId.isNull() ? m_actor : entry.personId));
    q.addBindValue(idText(entry.organisationId));
    q.addBindValue(numberValue(entry.hours));
    q.addBindValue(text(entry.note.trimmed()));
    q.addBindValue(idValue(entry.milestoneId));
    q.addBindValue(numberValue(entry.percent));
    q.addBindValue(idValue(entry.correctsId));
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, tr("The progress entry could not be saved."));
    q.prepare(ProgressSelect + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(idText(entry.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    return readProgress(q);
}

Result<ProgressAuthors> LocalStore::progressAuthors(const QUuid &projectId)
{
    // The whole log, however long, from the index (local step 7): not the
    // newest rows read and deduplicated here.
    ProgressAuthors authors;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    for (auto [sql, into] : {std::pair{QStringLiteral("SELECT p.id, p.name FROM person p WHERE p.id IN (SELECT person_id FROM "
                                                      "progress_entry WHERE project_id = ? AND deleted = 0)"),
                                       &authors.people},
                             std::pair{QStringLiteral("SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT organisation_id "
                                                      "FROM progress_entry WHERE project_id = ? AND deleted = 0)"),
                                       &authors.organisations}}) {
        q.prepare(sql);
        q.addBindValue(idText(projectId));
        if (!q.exec())
            return dbError(q);
        while (q.next())
            into->append({QUuid::fromString(q.value(0).toString()), q.value(1).toString()});
        std::sort(into->begin(), into->end(),
                  [](const auto &a, const auto &b) { return sortKey(a.second) < sortKey(b.second); });
    }
    return authors;
}

Result<QList<ContributionTotal>> LocalStore::contributions(const ProgressFilter &filter)
{
    QVariantList values;
    const QString where = progressWhere(filter, values);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.organisation_id, o.name, total(e.hours), count(*) FROM progress_entry e "
                             "JOIN organisation o ON o.id = e.organisation_id WHERE %1 "
                             "GROUP BY e.organisation_id ORDER BY total(e.hours) DESC, o.name_key")
                  .arg(where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<ContributionTotal> all;
    while (q.next())
        all.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toDouble(),
                    q.value(3).toInt()});
    return all;
}

Status LocalStore::importPlan(const Bundle &bundle)
{
    // Rows that exist already are left alone: importing twice changes nothing.
    auto insert = [this](const QString &table, const QStringList &columns, const QVariantList &values,
                         const SyncMeta &meta) -> Status {
        QSqlQuery q(database());
        QStringList all = columns;
        all << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("changed_by");
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                      .arg(table, all.join(QStringLiteral(", ")), QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        const QString stamp = meta.createdAt.isValid() ? meta.createdAt.toString(Qt::ISODateWithMs) : now();
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        q.addBindValue(idValue(meta.changedBy));
        return q.exec() ? Status(Done{}) : Status(dbError(q));
    };
    for (const Goal &g : bundle.goals) {
        Status s = insert(QStringLiteral("goal"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("title"),
                           QStringLiteral("description"), QStringLiteral("indicator"), QStringLiteral("unit"),
                           QStringLiteral("baseline"), QStringLiteral("target"), QStringLiteral("due_date")},
                          {idText(g.id), idText(g.projectId), g.title, text(g.description), text(g.indicator),
                           text(g.unit), numberValue(g.baseline), numberValue(g.target), dateValue(g.due)},
                          g.meta);
        for (const QUuid &org : g.servesOrganisations) {
            if (s.ok())
                s = insert(QStringLiteral("goal_partner"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("goal_id"),
                            QStringLiteral("organisation_id")},
                           {idText(QUuid::createUuidV5(g.id, idText(org))), idText(g.projectId), idText(g.id), idText(org)},
                           g.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const Measurement &m : bundle.measurements) {
        if (auto s = insert(QStringLiteral("measurement"),
                            {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("goal_id"),
                             QStringLiteral("value"), QStringLiteral("measured_on"), QStringLiteral("note"),
                             QStringLiteral("person_id")},
                            {idText(m.id), idText(m.projectId), idText(m.goalId), m.value, dateValue(m.measuredOn),
                             text(m.note), idValue(m.personId)},
                            m.meta);
            !s.ok())
            return s;
    }
    for (const Milestone &m : bundle.milestones) {
        Status s = insert(QStringLiteral("milestone"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("title"),
                           QStringLiteral("description"), QStringLiteral("due_date"),
                           QStringLiteral("owner_organisation_id"), QStringLiteral("status"),
                           QStringLiteral("completed_on")},
                          {idText(m.id), idText(m.projectId), m.title, text(m.description), dateValue(m.due),
                           idValue(m.ownerOrganisationId), key(m.status), dateValue(m.completedOn)},
                          m.meta);
        for (const QUuid &goal : m.goals) {
            if (s.ok())
                s = insert(QStringLiteral("milestone_goal"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("milestone_id"),
                            QStringLiteral("goal_id")},
                           {idText(QUuid::createUuidV5(m.id, idText(goal))), idText(m.projectId), idText(m.id),
                            idText(goal)},
                           m.meta);
        }
        if (!s.ok())
            return s;
    }
    for (const ProgressEntry &e : bundle.progress) {
        if (auto s = insert(QStringLiteral("progress_entry"),
                            {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("entry_date"),
                             QStringLiteral("person_id"), QStringLiteral("organisation_id"), QStringLiteral("hours"),
                             QStringLiteral("note"), QStringLiteral("milestone_id"), QStringLiteral("percent")},
                            {idText(e.id), idText(e.projectId), dateValue(e.date), idValue(e.personId),
                             idText(e.organisationId), numberValue(e.hours), text(e.note), idValue(e.milestoneId),
                             numberValue(e.percent)},
                            e.meta);
            !s.ok())
            return s;
    }
    for (const Evaluation &e : bundle.evaluations) {
        Status s = insert(QStringLiteral("evaluation"),
                          {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("kind"),
                           QStringLiteral("planned_on"), QStringLiteral("held_on"), QStringLiteral("findings"),
                           QStringLiteral("lessons"), QStringLiteral("status")},
                          {idText(e.id), idText(e.projectId), key(e.kind), dateValue(e.plannedOn), dateValue(e.heldOn),
                           text(e.findings), text(e.lessons), e.isHeld() ? QStringLiteral("held") : QStringLiteral("planned")},
                          e.meta);
        for (const EvaluationScore &score : e.scores) {
            if (s.ok())
                s = insert(QStringLiteral("evaluation_score"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                            QStringLiteral("goal_id"), QStringLiteral("status"), QStringLiteral("remark")},
                           {idText(score.id), idText(e.projectId), idText(e.id), idText(score.goalId), key(score.status),
                            text(score.remark)},
                           e.meta);
        }
        for (const EvaluationComment &c : e.comments) {
            SyncMeta written = e.meta;
            if (c.at.isValid())
                written.createdAt = c.at;
            if (s.ok())
                s = insert(QStringLiteral("evaluation_comment"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                            QStringLiteral("person_id"), QStringLiteral("comment")},
                           {idText(c.id), idText(e.projectId), idText(e.id), idText(c.personId), c.comment}, written);
        }
        for (const Decision &d : e.decisions) {
            if (s.ok())
                s = insert(QStringLiteral("decision"),
                           {QStringLiteral("id"), QStringLiteral("project_id"), QStringLiteral("evaluation_id"),
                            QStringLiteral("text"), QStringLiteral("subject"), QStringLiteral("subject_id"),
                            QStringLiteral("before_value"), QStringLiteral("after_value"), QStringLiteral("reason"),
                            QStringLiteral("decided_on")},
                           {idText(d.id), idText(e.projectId), idText(e.id), d.text, key(d.subject), idValue(d.subjectId),
                            text(d.before), text(d.after), text(d.reason), dateValue(d.decidedOn)},
                           e.meta);
        }
        if (!s.ok())
            return s;
    }
    return Done{};
}

Result<Dashboard> LocalStore::dashboard(const QDate &today)
{
    Dashboard d;
    d.today = today;
    const QDate quarter = quarterStart(today);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    auto items = [&](const QString &sql, const QVariantList &values, DashboardItem::Kind kind,
                     QList<DashboardItem> &into) -> Status {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return dbError(q);
        while (q.next())
            into.append({kind, QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                         QUuid::fromString(q.value(2).toString()), q.value(3).toString(), toDate(q.value(4)),
                         q.value(5).toString()});
        return Done{};
    };
    // Open projects only: a closed project's plan is history.
    const QString open = QStringLiteral("p.deleted = 0 AND p.status IN ('idea', 'active')");
    if (auto s = items(QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.due_date, coalesce(o.name, '') FROM milestone m "
                                      "JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON o.id = "
                                      "m.owner_organisation_id WHERE m.deleted = 0 AND m.status IN ('planned', "
                                      "'in_progress') AND m.due_date < ? AND %1 ORDER BY m.due_date LIMIT 200")
                           .arg(open),
                       {dateValue(today)}, DashboardItem::Kind::Milestone, d.overdueMilestones);
        !s.ok())
        return s.error();
    if (auto s = items(QStringLiteral("SELECT p.id, p.name, e.id, e.kind, e.planned_on, '' FROM evaluation e JOIN project p "
                                      "ON p.id = e.project_id WHERE e.deleted = 0 AND e.status = 'planned' AND "
                                      "e.planned_on >= ? AND e.planned_on <= ? AND %1 ORDER BY e.planned_on LIMIT 200")
                           .arg(open),
                       {dateValue(today), dateValue(today.addDays(90))}, DashboardItem::Kind::Evaluation,
                       d.upcomingEvaluations);
        !s.ok())
        return s.error();
    for (DashboardItem &i : d.upcomingEvaluations)
        i.title = displayName(evaluationKindFromKey(i.title)); // the query gave the kind's key
    if (auto s = items(QStringLiteral("SELECT p.id, p.name, m.id, m.title, m.completed_on, coalesce(o.name, '') FROM "
                                      "milestone m JOIN project p ON p.id = m.project_id LEFT JOIN organisation o ON "
                                      "o.id = m.owner_organisation_id WHERE m.deleted = 0 AND m.status = 'done' AND "
                                      "m.completed_on >= ? AND p.deleted = 0 ORDER BY m.completed_on DESC LIMIT 200"),
                       {dateValue(quarter)}, DashboardItem::Kind::Milestone, d.successes);
        !s.ok())
        return s.error();

    // Goals: judged from their measurements, as the Goals tab does.
    q.prepare(QStringLiteral("SELECT g.id, g.project_id, g.title, g.description, g.indicator, g.unit, g.baseline, g.target, "
                             "g.due_date, g.created_at, g.updated_at, g.changed_by, g.deleted, g.version, p.name FROM goal g "
                             "JOIN project p ON p.id = g.project_id WHERE g.deleted = 0 AND %1")
                  .arg(open));
    if (!q.exec())
        return dbError(q);
    QList<std::pair<Goal, QString>> goals;
    while (q.next())
        goals.append({readGoal(q), q.value(14).toString()});
    QHash<QUuid, QList<Measurement>> measured;
    if (!q.exec(MeasurementSelect + QStringLiteral(" JOIN goal g ON g.id = m.goal_id JOIN project pr ON pr.id = m.project_id "
                                                   "WHERE m.deleted = 0 AND g.deleted = 0 AND pr.deleted = 0 AND "
                                                   "pr.status IN ('idea', 'active')")))
        return dbError(q);
    while (q.next()) {
        const Measurement m = readMeasurement(q);
        measured[m.goalId].append(m);
    }
    QList<DashboardItem> atRisk;
    for (const auto &[goal, projectName] : std::as_const(goals)) {
        const QList<Measurement> ms = measured.value(goal.id);
        const GoalTrend trend = goalTrend(goal, ms);
        if (trend.health == GoalHealth::OffTrack || trend.health == GoalHealth::AtRisk) {
            // Off track first, then at risk.
            (trend.health == GoalHealth::OffTrack ? d.goalsOffTrack : atRisk)
                .append({DashboardItem::Kind::Goal, goal.projectId, projectName, goal.id, goal.title, goal.due,
                         displayName(trend.health)});
        } else if (const QDate reached = reachedOn(goal, ms); reached.isValid() && reached >= quarter) {
            d.successes.append({DashboardItem::Kind::Goal, goal.projectId, projectName, goal.id, goal.title, reached,
                                displayName(GoalHealth::Reached)});
        }
    }
    d.goalsOffTrack += atRisk;
    std::sort(d.successes.begin(), d.successes.end(),
              [](const DashboardItem &a, const DashboardItem &b) { return a.date > b.date; });

    ProgressFilter quarterly;
    quarterly.from = quarter;
    auto hours = contributions(quarterly);
    if (!hours.ok())
        return hours.error();
    d.hoursThisQuarter = hours.value();
    return d;
}

Result<int> LocalStore::exportCalendar(const QUuid &projectId, const QString &path)
{
    QList<Calendar::Item> items;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString which = projectId.isNull() ? QStringLiteral("p.deleted = 0 AND p.status IN ('idea', 'active')")
                                             : QStringLiteral("p.id = ?");
    // Percent complete: done is 100, else the highest percent logged for it.
    q.prepare(QStringLiteral("SELECT m.id, p.name, m.title, m.description, m.due_date, m.status, "
                             "(SELECT max(e.percent) FROM progress_entry e WHERE e.milestone_id = m.id AND e.deleted = 0) "
                             "FROM milestone m JOIN project p ON p.id = m.project_id WHERE m.deleted = 0 AND %1 "
                             "ORDER BY m.due_date")
                  .arg(which));
    if (!projectId.isNull())
        q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Calendar::Item i;
        i.kind = Calendar::Item::Kind::Milestone;
        i.id = QUuid::fromString(q.value(0).toString());
        i.projectName = q.value(1).toString();
        i.title = q.value(2).toString();
        i.description = q.value(3).toString();
        i.date = toDate(q.value(4));
        i.status = milestoneStatusFromKey(q.value(5).toString());
        i.percentComplete = i.status == MilestoneStatus::Done ? 100 : std::clamp(q.value(6).toInt(), 0, 100);
        items.append(i);
    }
    q.prepare(QStringLiteral("SELECT e.id, p.name, e.kind, e.findings, e.planned_on FROM evaluation e JOIN project p ON "
                             "p.id = e.project_id WHERE e.deleted = 0 AND e.status = 'planned' AND %1 ORDER BY e.planned_on")
                  .arg(which));
    if (!projectId.isNull())
        q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Calendar::Item i;
        i.kind = Calendar::Item::Kind::Evaluation;
        i.id = QUuid::fromString(q.value(0).toString());
        i.projectName = q.value(1).toString();
        i.title = q.value(2).toString() == QLatin1String("closing") ? tr("Closing evaluation: %1").arg(i.projectName)
                                                                    : tr("Interim evaluation: %1").arg(i.projectName);
        i.description = q.value(3).toString();
        i.date = toDate(q.value(4));
        items.append(i);
    }
    if (auto written = Calendar::exportFile(path, items); !written.ok())
        return written.error();
    return int(items.size());
}

Result<CalendarFile> LocalStore::readCalendar(const QString &path)
{
    const auto parsed = Calendar::importFile(path);
    if (!parsed.ok())
        return parsed.error();
    CalendarFile file;
    file.skipped = parsed.value().skipped;
    for (const Calendar::Item &i : parsed.value().items)
        file.entries.append({i.kind == Calendar::Item::Kind::Evaluation ? CalendarEntry::Kind::Evaluation
                                                                         : CalendarEntry::Kind::Milestone,
                             i.id, i.title, i.description, i.date});
    return file;
}

Result<int> LocalStore::importCalendar(const QUuid &projectId, const QList<CalendarEntry> &entries,
                                       CalendarImportUndo *undo)
{
    CalendarImportUndo changes;
    begin(ChangeSet::Milestones | ChangeSet::Evaluations);
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    const auto lead = currentLead(projectId);
    const auto existing = milestones(projectId);
    if (!existing.ok())
        return existing.error();
    int count = 0;
    for (const CalendarEntry &e : entries) {
        if (e.kind == CalendarEntry::Kind::Evaluation) {
            // A planned evaluation on that date; imported again, it is moved, not doubled.
            Evaluation planned;
            planned.id = e.id.isNull() ? QUuid::createUuidV5(projectId, e.title + QLatin1Char('|') + e.date.toString(Qt::ISODate))
                                       : e.id;
            planned.projectId = projectId;
            planned.plannedOn = e.date;
            const auto before = plannedEvaluation(planned.id);
            if (!before.ok())
                return before.error();
            // One already held keeps its date and kind: it is a record.
            const auto written = writePlannedEvaluation(planned, std::nullopt, e.title);
            if (!written.ok())
                return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
            if (written.value()) {
                ++count;
                if (before.value())
                    changes.evaluationsBefore.append(*before.value());
                else
                    changes.evaluationsAdded.append(planned.id);
            }
            continue;
        }
        Milestone m;
        // The same file imported twice updates rather than duplicates: a
        // Regie id names its milestone, anything else its title and date.
        m.id = e.id.isNull() ? QUuid::createUuidV5(projectId, e.title + QLatin1Char('|') + e.date.toString(Qt::ISODate)) : e.id;
        bool found = false;
        for (const Milestone &old : existing.value()) {
            if (old.id == m.id) {
                m = old;
                found = true;
            }
        }
        if (found) {
            changes.milestonesBefore.append(m);
        } else {
            m.projectId = projectId;
            m.ownerOrganisationId = lead.ok() ? lead.value().organisationId : QUuid();
            changes.milestonesAdded.append(m.id);
        }
        m.title = e.title.left(Limits::TitleLength);
        m.description = e.description.left(Limits::TextLength);
        m.due = e.date;
        if (auto written = writeMilestone(m); !written.ok()) {
            // A Regie id that belongs to another project's milestone reads
            // better with the title it carries.
            if (written.error().code == Error::Rule)
                return rule(tr("\"%1\" is a milestone of another project.").arg(e.title));
            return error(written.error().code, QStringLiteral("%1: %2").arg(e.title, written.error().message));
        }
        ++count;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    if (undo)
        *undo = changes;
    return count;
}

Result<std::optional<Evaluation>> LocalStore::plannedEvaluation(const QUuid &id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id, kind, planned_on FROM evaluation "
                             "WHERE id = ? AND deleted = 0 AND status = 'planned'"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<Evaluation>();
    Evaluation e;
    e.id = id;
    e.projectId = QUuid::fromString(q.value(0).toString());
    e.kind = evaluationKindFromKey(q.value(1).toString());
    e.plannedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    return std::optional<Evaluation>(e);
}

Status LocalStore::undoCalendarImport(const QUuid &projectId, const CalendarImportUndo &undo)
{
    begin(ChangeSet::Milestones | ChangeSet::Evaluations);
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(projectId); !writable.ok())
        return writable;
    for (const Milestone &m : undo.milestonesBefore) {
        if (auto written = writeMilestone(m); !written.ok())
            return written;
    }
    for (const Evaluation &e : undo.evaluationsBefore) {
        if (auto written = writePlannedEvaluation(e, e.kind, tr("The evaluation")); !written.ok())
            return written.error();
    }
    // What the import added goes again; a planned evaluation held since
    // then is a record and stays.
    const auto removeAll = [this, &projectId](const QString &table, const QList<QUuid> &ids, const QString &onlyIf) -> Status {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, changed_by = ?, version = version + 1 "
                                 "WHERE id = ? AND project_id = ? AND deleted = 0%2")
                      .arg(table, onlyIf));
        for (const QUuid &id : ids) {
            q.addBindValue(now());
            q.addBindValue(idValue(m_actor));
            q.addBindValue(idText(id));
            q.addBindValue(idText(projectId));
            if (!q.exec())
                return dbError(q);
        }
        return Done{};
    };
    if (auto removed = removeAll(QStringLiteral("milestone"), undo.milestonesAdded, QString()); !removed.ok())
        return removed;
    if (auto removed = removeAll(QStringLiteral("evaluation"), undo.evaluationsAdded, QStringLiteral(" AND status = 'planned'"));
        !removed.ok())
        return removed;
    if (!transaction.commit())
        return error(Error::Storage, tr("The milestone could not be saved."));
    return Done{};
}

Result<QList<Evaluation>> LocalStore::evaluations(const QUuid &projectId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, project_id, kind, planned_on, held_on, findings, lessons, %1 FROM evaluation "
                             "WHERE project_id = ? AND deleted = 0 ORDER BY planned_on, id")
                  .arg(QLatin1String(MetaColumns)));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QList<Evaluation> all;
    QHash<QUuid, qsizetype> index;
    while (q.next()) {
        Evaluation e;
        e.id = QUuid::fromString(q.value(0).toString());
        e.projectId = QUuid::fromString(q.value(1).toString());
        e.kind = evaluationKindFromKey(q.value(2).toString());
        e.plannedOn = toDate(q.value(3));
        e.heldOn = toDate(q.value(4));
        e.findings = q.value(5).toString();
        e.lessons = q.value(6).toString();
        e.meta = readMeta(q, 7);
        index.insert(e.id, all.size());
        all.append(e);
    }
    // By goal, so that every laptop lists an evaluation's scores alike.
    q.prepare(QStringLiteral("SELECT s.id, s.evaluation_id, s.goal_id, s.status, s.remark, coalesce(g.title, '') FROM "
                             "evaluation_score s LEFT JOIN goal g ON g.id = s.goal_id WHERE s.project_id = ? AND "
                             "s.deleted = 0 ORDER BY g.title, s.goal_id"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        const auto it = index.constFind(QUuid::fromString(q.value(1).toString()));
        if (it != index.constEnd())
            all[*it].scores.append({QUuid::fromString(q.value(0).toString()), QUuid::fromString(q.value(2).toString()),
                                    goalHealthFromKey(q.value(3).toString()), q.value(4).toString(),
                                    q.value(5).toString()});
    }
    q.prepare(QStringLiteral("SELECT c.id, c.evaluation_id, c.person_id, coalesce(p.name, ''), c.comment, c.created_at "
                             "FROM evaluation_comment c LEFT JOIN person p ON p.id = c.person_id WHERE c.project_id = ? AND "
                             "c.deleted = 0 ORDER BY c.created_at"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        const auto it = index.constFind(QUuid::fromString(q.value(1).toString()));
        if (it != index.constEnd())
            all[*it].comments.append({QUuid::fromString(q.value(0).toString()), QUuid::fromString(q.value(1).toString()),
                                      QUuid::fromString(q.value(2).toString()), q.value(3).toString(), q.value(4).toString(),
                                      toDateTime(q.value(5))});
    }
    q.prepare(QStringLiteral("SELECT d.id, d.project_id, d.evaluation_id, d.text, d.subject, d.subject_id, "
                             "coalesce(g.title, m.title, ''), d.before_value, d.after_value, d.reason, d.decided_on "
                             "FROM decision d LEFT JOIN goal g ON g.id = d.subject_id AND d.subject = 'goal_target' "
                             "LEFT JOIN milestone m ON m.id = d.subject_id AND d.subject = 'milestone_due' "
                             "WHERE d.project_id = ? AND d.deleted = 0 ORDER BY d.decided_on, d.created_at, d.rowid"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Decision d;
        d.id = QUuid::fromString(q.value(0).toString());
        d.projectId = QUuid::fromString(q.value(1).toString());
        d.evaluationId = QUuid::fromString(q.value(2).toString());
        d.text = q.value(3).toString();
        d.subject = decisionSubjectFromKey(q.value(4).toString());
        d.subjectId = QUuid::fromString(q.value(5).toString());
        d.subjectTitle = q.value(6).toString();
        d.before = q.value(7).toString();
        d.after = q.value(8).toString();
        d.reason = q.value(9).toString();
        d.decidedOn = toDate(q.value(10));
        const auto it = index.constFind(d.evaluationId);
        if (it != index.constEnd())
            all[*it].decisions.append(d);
    }
    return all;
}

Result<int> LocalStore::planEvaluations(const QUuid &projectId, const QDate &first, int everyMonths, const QDate &until)
{
    begin(ChangeSet::Evaluations);
    if (!first.isValid() || !until.isValid() || until < first)
        return error(Error::Validation, tr("Choose a first date, and an end after it."));
    if (everyMonths < 1 || everyMonths > 24)
        return error(Error::Validation, tr("Evaluate every 1 to 24 months."));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT planned_on FROM evaluation WHERE project_id = ? AND deleted = 0"));
    q.addBindValue(idText(projectId));
    if (!q.exec())
        return dbError(q);
    QSet<QDate> planned;
    while (q.next())
        planned.insert(toDate(q.value(0)));
    int added = 0;
    for (QDate d = first; d <= until && added < 200; d = d.addMonths(everyMonths)) {
        if (planned.contains(d))
            continue;
        Evaluation next;
        next.id = QUuid::createUuid();
        next.projectId = projectId;
        next.plannedOn = d;
        if (auto written = writePlannedEvaluation(next, EvaluationKind::Interim, tr("The evaluation")); !written.ok())
            return written.error();
        ++added;
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluations could not be saved."));
    return added;
}

Result<Evaluation> LocalStore::savePlannedEvaluation(const Evaluation &e)
{
    begin(ChangeSet::Evaluations);
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(e.projectId); !writable.ok())
        return writable.error();
    const auto written = writePlannedEvaluation(e, e.kind, tr("The evaluation"));
    if (!written.ok())
        return written.error();
    if (!written.value())
        return rule(tr("This evaluation has been held: it is a record and keeps its date."));
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluations could not be saved."));
    return pick(evaluations(e.projectId), e.id, tr("The evaluation no longer exists."));
}

Status LocalStore::setEvaluationDeleted(const QUuid &id, bool deleted)
{
    begin(ChangeSet::Evaluations);
    // Scores, findings and decisions hang on a held evaluation: it stays.
    // (Bringing one back is always allowed: that is an undo.)
    auto stillPlanned = [this, id, deleted]() -> Status {
        if (!deleted)
            return Done{};
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT status FROM evaluation WHERE id = ?"));
        q.addBindValue(idText(id));
        if (!q.exec())
            return dbError(q);
        if (q.next() && q.value(0).toString() != QLatin1String("planned"))
            return rule(tr("A held evaluation is a record and cannot be removed."));
        return Done{};
    };
    return setPlanRowDeleted(QStringLiteral("evaluation"), id, deleted, tr("The evaluation no longer exists."),
                             tr("The evaluations could not be saved."), stillPlanned);
}

Result<bool> LocalStore::writePlannedEvaluation(const Evaluation &e, std::optional<EvaluationKind> kind,
                                                const QString &label)
{
    if (!e.plannedOn.isValid())
        return error(Error::Validation, tr("%1 has no date.").arg(label));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id, status FROM evaluation WHERE id = ?"));
    q.addBindValue(idText(e.id));
    if (!q.exec())
        return dbError(q);
    const bool exists = q.next();
    if (exists && q.value(0).toString() != idText(e.projectId))
        return rule(tr("An evaluation cannot move to another project."));
    if (exists && q.value(1).toString() != QLatin1String("planned"))
        return false;
    const QVariant kindValue = kind ? QVariant(key(*kind)) : QVariant();
    if (exists) {
        q.prepare(QStringLiteral("UPDATE evaluation SET planned_on = ?, kind = coalesce(?, kind), updated_at = ?, "
                                 "changed_by = ?, deleted = 0, version = version + 1 WHERE id = ?"));
        q.addBindValue(dateValue(e.plannedOn));
        q.addBindValue(kindValue);
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        q.addBindValue(idText(e.id));
    } else {
        q.prepare(QStringLiteral("INSERT INTO evaluation (id, project_id, kind, planned_on, status, created_at, "
                                 "updated_at, changed_by) VALUES (?, ?, coalesce(?, 'interim'), ?, 'planned', ?, ?, ?)"));
        q.addBindValue(idText(e.id));
        q.addBindValue(idText(e.projectId));
        q.addBindValue(kindValue);
        q.addBindValue(dateValue(e.plannedOn));
        q.addBindValue(now());
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
    }
    if (!q.exec())
        return dbError(q);
    return true;
}

Result<Evaluation> LocalStore::holdEvaluation(const Evaluation &e)
{
    begin(ChangeSet::Evaluations | ChangeSet::Goals | ChangeSet::Milestones);
    if (!e.heldOn.isValid())
        return error(Error::Validation, tr("Say when the evaluation was held."));
    if (e.findings.size() > 8000 || e.lessons.size() > 8000)
        return error(Error::Validation, tr("Findings and lessons may be at most 8,000 characters each."));
    if (e.kind == EvaluationKind::Closing && e.lessons.trimmed().isEmpty())
        return error(Error::Validation, tr("A closing evaluation records the lessons learned."));
    Transaction transaction(database());
    if (auto writable = checkProjectWritable(e.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM evaluation WHERE id = ? AND project_id = ?"));
    q.addBindValue(idText(e.id));
    q.addBindValue(idText(e.projectId));
    if (!q.exec() || !q.next())
        return dbError(q);
    const bool exists = q.value(0).toInt() > 0;
    if (exists) {
        q.prepare(QStringLiteral("UPDATE evaluation SET kind = ?, held_on = ?, findings = ?, lessons = ?, status = 'held', "
                                 "updated_at = ?, changed_by = ?, version = version + 1 WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO evaluation (kind, held_on, findings, lessons, status, updated_at, changed_by, "
                                 "id, project_id, planned_on, created_at) VALUES (?, ?, ?, ?, 'held', ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(key(e.kind));
    q.addBindValue(dateValue(e.heldOn));
    q.addBindValue(text(e.findings));
    q.addBindValue(text(e.lessons));
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    q.addBindValue(idText(e.id));
    if (!exists) {
        q.addBindValue(idText(e.projectId));
        q.addBindValue(dateValue(e.plannedOn.isValid() ? e.plannedOn : e.heldOn));
        q.addBindValue(now());
    }
    if (!q.exec())
        return dbError(q);

    // One score per goal: a second holding of the same evaluation updates it.
    for (const EvaluationScore &s : e.scores) {
        if (s.remark.size() > Limits::NoteLength)
            return error(Error::Validation, tr("A remark may be at most %1 characters.").arg(Limits::NoteLength));
        q.prepare(QStringLiteral("SELECT id FROM evaluation_score WHERE evaluation_id = ? AND goal_id = ? AND deleted = 0"));
        q.addBindValue(idText(e.id));
        q.addBindValue(idText(s.goalId));
        if (!q.exec())
            return dbError(q);
        if (q.next()) {
            const QString id = q.value(0).toString();
            q.prepare(QStringLiteral("UPDATE evaluation_score SET status = ?, remark = ?, updated_at = ?, changed_by = ?, "
                                     "version = version + 1 WHERE id = ?"));
            q.addBindValue(key(s.status));
            q.addBindValue(text(s.remark));
            q.addBindValue(now());
            q.addBindValue(idValue(m_actor));
            q.addBindValue(id);
        } else {
            q.prepare(QStringLiteral("INSERT INTO evaluation_score (id, project_id, evaluation_id, goal_id, status, remark, "
                                     "created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(idText(s.id.isNull() ? QUuid::createUuid() : s.id));
            q.addBindValue(idText(e.projectId));
            q.addBindValue(idText(e.id));
            q.addBindValue(idText(s.goalId));
            q.addBindValue(key(s.status));
            q.addBindValue(text(s.remark));
            q.addBindValue(now());
            q.addBindValue(now());
            q.addBindValue(idValue(m_actor));
        }
        if (!q.exec())
            return dbError(q);
    }

    // New decisions, each applied to what it changes.
    for (const Decision &d : e.decisions) {
        q.prepare(QStringLiteral("SELECT count(*) FROM decision WHERE id = ?"));
        q.addBindValue(idText(d.id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() > 0)
            continue; // taken before: decisions are not rewritten
        if (d.text.trimmed().isEmpty() || d.text.size() > Limits::TextLength)
            return error(Error::Validation, tr("Say what was decided (at most %1 characters).").arg(Limits::TextLength));
        QString before;
        if (d.subject == Decision::Subject::GoalTarget) {
            bool ok = false;
            const double target = QString(d.after).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok)
                return error(Error::Validation, tr("The new target is not a number."));
            q.prepare(QStringLiteral("SELECT target FROM goal WHERE id = ? AND project_id = ? AND deleted = 0"));
            q.addBindValue(idText(d.subjectId));
            q.addBindValue(idText(e.projectId));
            if (!q.exec())
                return dbError(q);
            if (!q.next())
                return error(Error::NotFound, tr("The goal no longer exists."));
            before = q.value(0).isNull() ? QString() : QString::number(q.value(0).toDouble(), 'g', 12);
            q.prepare(QStringLiteral("UPDATE goal SET target = ?, updated_at = ?, changed_by = ?, version = version + 1 "
                                     "WHERE id = ?"));
            q.addBindValue(target);
        } else if (d.subject == Decision::Subject::MilestoneDue) {
            const QDate due = QDate::fromString(d.after, Qt::ISODate);
            if (!due.isValid())
                return error(Error::Validation, tr("The new due date is not a date."));
            q.prepare(QStringLiteral("SELECT due_date FROM milestone WHERE id = ? AND project_id = ? AND deleted = 0"));
            q.addBindValue(idText(d.subjectId));
            q.addBindValue(idText(e.projectId));
            if (!q.exec())
                return dbError(q);
            if (!q.next())
                return error(Error::NotFound, tr("The milestone no longer exists."));
            before = q.value(0).toString();
            q.prepare(QStringLiteral("UPDATE milestone SET due_date = ?, updated_at = ?, changed_by = ?, "
                                     "version = version + 1 WHERE id = ?"));
            q.addBindValue(dateValue(due));
        }
        if (d.subject != Decision::Subject::None) {
            q.addBindValue(now());
            q.addBindValue(idValue(m_actor));
            q.addBindValue(idText(d.subjectId));
            if (!q.exec())
                return dbError(q);
        }
        q.prepare(QStringLiteral("INSERT INTO decision (id, project_id, evaluation_id, text, subject, subject_id, "
                                 "before_value, after_value, reason, decided_on, created_at, updated_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(idText(d.id.isNull() ? QUuid::createUuid() : d.id));
        q.addBindValue(idText(e.projectId));
        q.addBindValue(idText(e.id));
        q.addBindValue(d.text.trimmed());
        q.addBindValue(key(d.subject));
        q.addBindValue(d.subject == Decision::Subject::None ? QVariant(QMetaType(QMetaType::QString)) : idValue(d.subjectId));
        q.addBindValue(text(before));
        q.addBindValue(text(d.subject == Decision::Subject::None ? QString() : d.after));
        q.addBindValue(text(d.reason));
        q.addBindValue(dateValue(d.decidedOn.isValid() ? d.decidedOn : e.heldOn));
        q.addBindValue(now());
        q.addBindValue(now());
        q.addBindValue(idValue(m_actor));
        if (!q.exec())
            return dbError(q);
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The evaluation could not be saved."));
    return pick(evaluations(e.projectId), e.id, tr("The evaluation no longer exists."));
}

Result<EvaluationComment> LocalStore::addEvaluationComment(const EvaluationComment &c)
{
    begin(ChangeSet::Evaluations);
    if (c.comment.trimmed().isEmpty() || c.comment.size() > Limits::TextLength)
        return error(Error::Validation, tr("Write a comment of at most %1 characters.").arg(Limits::TextLength));
    const QUuid person = c.personId.isNull() ? m_actor : c.personId;
    if (person.isNull())
        return error(Error::Validation, tr("Choose who you are before you comment."));
    Transaction transaction(database());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT project_id FROM evaluation WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(c.evaluationId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The evaluation no longer exists."));
    const QString project = q.value(0).toString();
    q.prepare(QStringLiteral("INSERT INTO evaluation_comment (id, project_id, evaluation_id, person_id, comment, created_at, "
                             "updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QUuid id = c.id.isNull() ? QUuid::createUuid() : c.id;
    q.addBindValue(idText(id));
    q.addBindValue(project);
    q.addBindValue(idText(c.evaluationId));
    q.addBindValue(idText(person));
    q.addBindValue(c.comment.trimmed());
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(idValue(m_actor));
    if (!q.exec())
        return dbError(q);
    if (!transaction.commit())
        return error(Error::Storage, tr("The comment could not be saved."));
    EvaluationComment saved = c;
    saved.id = id;
    saved.personId = person;
    return saved;
}

} // namespace Store
