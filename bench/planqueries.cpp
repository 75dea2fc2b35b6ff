#include "planqueries.h"

#include "plancommon.h"

#include <QString>

namespace Bench::Plan {

std::string progressWhere(const Model::ProgressFilter &f, std::vector<std::string> &values)
{
    std::string where = "e.deleted = 0";
    auto add = [&](const char *condition, const QString &value) {
        where += " AND ";
        where += condition;
        values.push_back(value.toStdString());
    };
    if (!f.projectId.isNull())
        add("e.project_id = ?", idText(f.projectId));
    if (!f.personId.isNull())
        add("e.person_id = ?", idText(f.personId));
    if (!f.organisationId.isNull())
        add("e.organisation_id = ?", idText(f.organisationId));
    if (!f.milestoneId.isNull())
        add("e.milestone_id = ?", idText(f.milestoneId));
    if (f.from.isValid())
        add("e.entry_date >= ?", f.from.toString(Qt::ISODate));
    if (f.until.isValid())
        add("e.entry_date <= ?", f.until.toString(Qt::ISODate));
    return where;
}

Query progressQuery(const Model::ProgressFilter &f)
{
    Query q;
    q.sql = std::string(ProgressSelect) + " WHERE " + progressWhere(f, q.texts) + ProgressOrder;
    q.limit = f.limit > 0 ? f.limit : -1;
    return q;
}

Query contributionsQuery(const Model::ProgressFilter &f)
{
    Query q;
    const std::string where = progressWhere(f, q.texts);
    q.sql = QString::fromLatin1(ContributionsSql).arg(QString::fromStdString(where)).toStdString();
    return q;
}

Query projectQuery(const char *sql, const QUuid &projectId)
{
    return {sql, {idText(projectId).toStdString()}, std::nullopt};
}

} // namespace Bench::Plan
