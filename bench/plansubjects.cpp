#include "plansubjects.h"

#include "plancommon.h"
#include "planrawdb.h"

using namespace Qt::StringLiterals;
using Bench::die;

namespace Bench::Plan {

namespace {

QString text(sqlite3_stmt *st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
}

} // namespace

Subjects findSubjects(RawDb &raw)
{
    Subjects s;
    Query q{"SELECT id FROM project ORDER BY rowid LIMIT 2", {}};
    int n = 0;
    raw.run(q, [&](sqlite3_stmt *st) { (n++ ? s.typical : s.big) = QUuid::fromString(text(st, 0)); });
    q = {"SELECT o.id, o.name FROM participation l JOIN organisation o ON o.id = l.organisation_id "
         "WHERE l.project_id = ? AND l.role = 'lead'",
         {idText(s.big)}};
    raw.run(q, [&](sqlite3_stmt *st) {
        s.leadOrganisation = QUuid::fromString(text(st, 0));
        s.leadName = text(st, 1);
    });
    q = {"SELECT milestone_id FROM progress_entry WHERE project_id = ? AND milestone_id IS NOT NULL "
         "GROUP BY milestone_id ORDER BY count(*) DESC, milestone_id LIMIT 1",
         {idText(s.big)}};
    raw.run(q, [&](sqlite3_stmt *st) { s.milestone = QUuid::fromString(text(st, 0)); });
    if (s.big.isNull() || s.typical.isNull() || s.leadOrganisation.isNull() || s.milestone.isNull())
        die(u"the database has no plan data; make it with --generate"_s);
    return s;
}

} // namespace Bench::Plan
