#include "progressstore.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "projectstore.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

using namespace Rows;

namespace {

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

} // namespace

Result<QList<ProgressEntry>> ProgressStore::progress(const ProgressFilter &filter)
{
    QVariantList values;
    const QString where = progressWhere(filter, values);
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(progressSelect()
              + QStringLiteral(" WHERE %1 ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?").arg(where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!q.exec())
        return dbError(q);
    QList<ProgressEntry> all;
    const auto read = progressReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<ProgressEntry> ProgressStore::addProgress(const ProgressEntry &entry)
{
    m_context.begin(ChangeSet::Progress);
    if (const auto issues = validate(entry); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (auto writable = ProjectStore(m_context).checkProjectWritable(entry.projectId); !writable.ok())
        return writable.error();
    QSqlQuery q(m_context.database());
    if (!entry.correctsId.isNull()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM progress_entry WHERE id = ? AND project_id = ?"));
        q.addBindValue(idText(entry.correctsId));
        q.addBindValue(idText(entry.projectId));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() == 0)
            return rule(tr("The entry to correct is not in this project."));
    }
    QVariantMap row = Rows::values(entry);
    row.insert(QStringLiteral("person_id"), idValue(entry.personId.isNull() ? m_context.actor() : entry.personId));
    row.insert(QStringLiteral("note"), text(entry.note.trimmed()));
    RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
    if (auto written = m_context.rows().write(*SyncSchema::table(QStringLiteral("progress_entry")), row,
                                              RowWriter::Mode::Insert);
        !written.ok())
        return written.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The progress entry could not be saved."));
    q.prepare(progressSelect() + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(idText(entry.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    return progressReader(q.record())(q);
}

Result<ProgressAuthors> ProgressStore::progressAuthors(const QUuid &projectId)
{
    // The whole log, however long, from the index (local step 7): not the
    // newest rows read and deduplicated here.
    ProgressAuthors authors;
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    for (auto [sql, into] :
         { std::pair{QStringLiteral("SELECT p.id, p.name FROM person p WHERE p.id IN (SELECT person_id FROM "
                                      "progress_entry WHERE project_id = ? AND deleted = 0)"),
                       &authors.people},
           std::pair{QStringLiteral("SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT organisation_id "
                                      "FROM progress_entry WHERE project_id = ? AND deleted = 0)"),
                       &authors.organisations} }) {
        q.prepare(sql);
        q.addBindValue(idText(projectId));
        if (!q.exec())
            return dbError(q);
        while (q.next())
            into->append({QUuid::fromString(q.value(0).toString()), q.value(1).toString()});
        std::sort(into->begin(), into->end(), [](const auto &a, const auto &b) {
            return sortKey(a.second) < sortKey(b.second);
        });
    }
    return authors;
}

Result<QList<ContributionTotal>> ProgressStore::contributions(const ProgressFilter &filter)
{
    QVariantList values;
    const QString where = progressWhere(filter, values);
    QSqlQuery q(m_context.database());
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

} // namespace Store
