#include "syncfieldnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Views {

namespace {

constexpr const char *Context = "Views::ConflictsDialog";

QString translated(const QHash<QString, const char *> &names, const QString &key)
{
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : QCoreApplication::translate(Context, it.value());
}

} // namespace

QString SyncFieldNames::table(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Project")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Organisation")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Person")},
        {QStringLiteral("participation"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Partner")},
        {QStringLiteral("lead_term"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Regie history")},
        {QStringLiteral("goal"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Goal")},
        {QStringLiteral("goal_partner"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Goal's partner")},
        {QStringLiteral("measurement"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Measurement")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Milestone")},
        {QStringLiteral("milestone_goal"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Milestone's goal")},
        {QStringLiteral("progress_entry"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Progress")},
        {QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Evaluation")},
        {QStringLiteral("evaluation_score"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Evaluation score")},
        {QStringLiteral("evaluation_comment"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Reflection")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Decision")},
        {QStringLiteral("knowledge_item"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Knowledge item")},
        {QStringLiteral("reuse"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Reuse")},
        {QStringLiteral("knowledge_attachment"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Attachment")},
        {QStringLiteral("knowledge_expert"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Offer to be asked")},
    };
    return translated(names, table);
}

QString SyncFieldNames::field(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Name")},
        {QStringLiteral("slogan"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Slogan")},
        {QStringLiteral("ambition"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Ambition")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Purpose")},
        {QStringLiteral("urgency"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Urgency")},
        {QStringLiteral("logo"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Logo")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Start")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "End")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Role")},
        {QStringLiteral("brings"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Brings")},
        {QStringLiteral("gets"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Gets")},
        {QStringLiteral("priorities"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Priorities")},
        {QStringLiteral("mandate"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Mandate")},
        {QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Joined")},
        {QStringLiteral("left_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Left")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "E-mail")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Function")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Kind")},
        {QStringLiteral("municipality_code"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Municipality code")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Deleted")},
        {QStringLiteral("from_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "From")},
        {QStringLiteral("until_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Until")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Description")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Indicator")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Unit")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Baseline")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Target")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Due date")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Completed on")},
        {QStringLiteral("planned_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Planned on")},
        {QStringLiteral("held_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Held on")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Findings")},
        {QStringLiteral("lessons"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Lessons learned")},
        {QStringLiteral("remark"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Remark")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Reflection")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Decision")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Reason")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Decided on")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Note")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Summary")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Text")},
        {QStringLiteral("topics"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Topics")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Tags")},
        {QStringLiteral("visibility"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Visible to")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Outcome")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "File name")},
    };
    return translated(names, field);
}

bool SyncFieldNames::isMultiLine(const QString &field)
{
    static const QSet<QString> multiLine{
        QStringLiteral("ambition"), QStringLiteral("purpose"),     QStringLiteral("urgency"),
        QStringLiteral("brings"),   QStringLiteral("gets"),        QStringLiteral("priorities"),
        QStringLiteral("mandate"),  QStringLiteral("description"), QStringLiteral("findings"),
        QStringLiteral("lessons"),  QStringLiteral("remark"),      QStringLiteral("comment"),
        QStringLiteral("text"),     QStringLiteral("reason"),      QStringLiteral("note"),
        QStringLiteral("summary"),  QStringLiteral("body"),        QStringLiteral("outcome"),
        QStringLiteral("topics"),
    };
    return multiLine.contains(field);
}

} // namespace Views
