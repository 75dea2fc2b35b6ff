#include "progressstore.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "planstatements.h"
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

Result<QList<ProgressEntry>> ProgressStore::progress(const ProgressFilter &filter)
{
    const PlanStatements::Statement statement = PlanStatements::progress(filter);
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (const QVariant &v : statement.values)
        q.addBindValue(v);
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
    ProgressAuthors authors;
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    for (const auto &[statement, into] : {std::pair{PlanStatements::progressPeople(projectId), &authors.people},
                                          std::pair{PlanStatements::progressOrganisations(projectId), &authors.organisations}}) {
        q.prepare(statement.sql);
        for (const QVariant &v : statement.values)
            q.addBindValue(v);
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
    const PlanStatements::Statement statement = PlanStatements::contributions(filter);
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(statement.sql);
    for (const QVariant &v : statement.values)
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
