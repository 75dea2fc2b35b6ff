#include "text.h"

#include <QCoreApplication>

namespace Model {

QString displayName(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Idea:
        return QCoreApplication::translate("Model", "Idea");
    case ProjectStatus::Active:
        return QCoreApplication::translate("Model", "Active");
    case ProjectStatus::Completed:
        return QCoreApplication::translate("Model", "Completed");
    case ProjectStatus::Stopped:
        return QCoreApplication::translate("Model", "Stopped");
    }
    return {};
}

QString displayName(ParticipationRole role)
{
    switch (role) {
    case ParticipationRole::Lead:
        return QCoreApplication::translate("Model", "Lead (regie)");
    case ParticipationRole::Partner:
        return QCoreApplication::translate("Model", "Partner");
    case ParticipationRole::External:
        return QCoreApplication::translate("Model", "External");
    }
    return {};
}

QList<OrganisationKind> organisationKinds()
{
    using K = OrganisationKind;
    return {K::Municipality, K::Province, K::Company, K::KnowledgeInstitution, K::CitizensGroup, K::Other};
}

QString displayName(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Municipality:
        return QCoreApplication::translate("Model", "Municipality");
    case OrganisationKind::Province:
        return QCoreApplication::translate("Model", "Province");
    case OrganisationKind::Company:
        return QCoreApplication::translate("Model", "Company");
    case OrganisationKind::KnowledgeInstitution:
        return QCoreApplication::translate("Model", "Knowledge institution");
    case OrganisationKind::CitizensGroup:
        return QCoreApplication::translate("Model", "Citizens' group");
    case OrganisationKind::Other:
        return QCoreApplication::translate("Model", "Other");
    }
    return {};
}

QString key(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Idea:
        return QStringLiteral("idea");
    case ProjectStatus::Active:
        return QStringLiteral("active");
    case ProjectStatus::Completed:
        return QStringLiteral("completed");
    case ProjectStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString key(ParticipationRole role)
{
    switch (role) {
    case ParticipationRole::Lead:
        return QStringLiteral("lead");
    case ParticipationRole::Partner:
        return QStringLiteral("partner");
    case ParticipationRole::External:
        return QStringLiteral("external");
    }
    return {};
}

QString key(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Municipality:
        return QStringLiteral("municipality");
    case OrganisationKind::Province:
        return QStringLiteral("province");
    case OrganisationKind::Company:
        return QStringLiteral("company");
    case OrganisationKind::KnowledgeInstitution:
        return QStringLiteral("knowledge");
    case OrganisationKind::CitizensGroup:
        return QStringLiteral("citizens");
    case OrganisationKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

namespace {
template<typename Enum, typename... Values>
Enum fromKey(const QString &text, bool *ok, Enum fallback, Values... values)
{
    for (Enum v : {values...}) {
        if (key(v) == text) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}
}

ProjectStatus projectStatusFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, ProjectStatus::Idea, ProjectStatus::Idea, ProjectStatus::Active, ProjectStatus::Completed,
                   ProjectStatus::Stopped);
}

ParticipationRole participationRoleFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, ParticipationRole::Partner, ParticipationRole::Lead, ParticipationRole::Partner,
                   ParticipationRole::External);
}

OrganisationKind organisationKindFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, OrganisationKind::Other, OrganisationKind::Municipality, OrganisationKind::Province,
                   OrganisationKind::Company, OrganisationKind::KnowledgeInstitution, OrganisationKind::CitizensGroup,
                   OrganisationKind::Other);
}

QString sortKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toCaseFolded());
    }
    return out.simplified();
}

bool isClosed(ProjectStatus status)
{
    return status == ProjectStatus::Completed || status == ProjectStatus::Stopped;
}

QString displayName(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return QCoreApplication::translate("Model", "Planned");
    case MilestoneStatus::InProgress:
        return QCoreApplication::translate("Model", "In progress");
    case MilestoneStatus::Done:
        return QCoreApplication::translate("Model", "Done");
    case MilestoneStatus::Missed:
        return QCoreApplication::translate("Model", "Missed");
    }
    return {};
}

QString displayName(GoalHealth health)
{
    switch (health) {
    case GoalHealth::Unknown:
        return QCoreApplication::translate("Model", "Not enough measurements");
    case GoalHealth::OnTrack:
        return QCoreApplication::translate("Model", "On track");
    case GoalHealth::AtRisk:
        return QCoreApplication::translate("Model", "At risk");
    case GoalHealth::OffTrack:
        return QCoreApplication::translate("Model", "Off track");
    case GoalHealth::Reached:
        return QCoreApplication::translate("Model", "Reached");
    }
    return {};
}

QString displayName(EvaluationKind kind)
{
    return kind == EvaluationKind::Closing ? QCoreApplication::translate("Model", "Closing evaluation")
                                           : QCoreApplication::translate("Model", "Interim evaluation");
}

QList<MilestoneStatus> milestoneStatuses()
{
    return {MilestoneStatus::Planned, MilestoneStatus::InProgress, MilestoneStatus::Done, MilestoneStatus::Missed};
}

QString key(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return QStringLiteral("planned");
    case MilestoneStatus::InProgress:
        return QStringLiteral("in_progress");
    case MilestoneStatus::Done:
        return QStringLiteral("done");
    case MilestoneStatus::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

MilestoneStatus milestoneStatusFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, MilestoneStatus::Planned, MilestoneStatus::Planned, MilestoneStatus::InProgress,
                   MilestoneStatus::Done, MilestoneStatus::Missed);
}

QString key(GoalHealth health)
{
    switch (health) {
    case GoalHealth::AtRisk:
        return QStringLiteral("at_risk");
    case GoalHealth::OffTrack:
        return QStringLiteral("off_track");
    case GoalHealth::Reached:
        return QStringLiteral("reached");
    case GoalHealth::Unknown:
    case GoalHealth::OnTrack:
        break;
    }
    return QStringLiteral("on_track");
}

GoalHealth goalHealthFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, GoalHealth::OnTrack, GoalHealth::OnTrack, GoalHealth::AtRisk, GoalHealth::OffTrack,
                   GoalHealth::Reached);
}

QString key(Decision::Subject subject)
{
    switch (subject) {
    case Decision::Subject::GoalTarget:
        return QStringLiteral("goal_target");
    case Decision::Subject::MilestoneDue:
        return QStringLiteral("milestone_due");
    case Decision::Subject::None:
        break;
    }
    return QString(QLatin1String("")); // empty, not null: the column is NOT NULL
}

Decision::Subject decisionSubjectFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, Decision::Subject::None, Decision::Subject::None, Decision::Subject::GoalTarget,
                   Decision::Subject::MilestoneDue);
}

QString key(EvaluationKind kind)
{
    return kind == EvaluationKind::Closing ? QStringLiteral("closing") : QStringLiteral("interim");
}

EvaluationKind evaluationKindFromKey(const QString &text, bool *ok)
{
    return fromKey(text, ok, EvaluationKind::Interim, EvaluationKind::Interim, EvaluationKind::Closing);
}

QString describeRefusal(const QString &message)
{
    auto has = [&message](const char *words) { return message.contains(QLatin1String(words), Qt::CaseInsensitive); };
    auto tr = [](const char *text) { return QCoreApplication::translate("Model", text); };
    // Attachments (server step 9).
    if (has("attached by the organisation of the knowledge item"))
        return tr("Files are attached to a knowledge item only by its own organisation.");
    if (has("content is not on the server"))
        return tr("The attachment's content did not reach the server; sync sends it again.");
    if (has("an attachment stays with its item"))
        return tr("An attachment stays with its item and its file.");
    if (has("closing evaluation with the lessons"))
        return tr("A project is completed or stopped only after a closing evaluation with the lessons learned "
                  "has been held.");
    if (has("the project is closed"))
        return tr("The project is closed: its plan stays as it was.");
    if (has("only the organisation with the regie"))
        return tr("Only the organisation with the regie changes who takes part, and in which role.");
    if (has("leaves a project only by handing over"))
        return tr("The organisation with the regie leaves the project only after handing the regie over.");
    if (has("in your own name and organisation"))
        return tr("Hours and measurements are logged in your own name and for your own organisation.");
    if (has("only added, never changed"))
        return tr("Hours and measurements are only added. Correct an entry with a new one.");
    if (has("your role on this server only reads"))
        return tr("Your role on this server is to read only.");
    if (has("a person is changed only by"))
        return tr("Only the person's own organisation changes their details.");
    if (has("an organisation is changed by"))
        return tr("Only the organisation's own people change its details.");
    if (has("refer to rows of its own project") || has("stays in its project") || has("stays with its organisation"))
        return tr("It refers to something outside its own project or organisation.");
    if (has("longer than the server keeps"))
        return tr("A text is longer than the server keeps.");
    if (has("unicode escape") || has("\\u0000") || has("invalid byte sequence") || has("surrogate"))
        return tr("A text contains a character the server cannot store.");
    if (has("used by someone else"))
        return tr("This change was sent by another user before.");
    if (has("a change needs") || has("a change names") || has("a change is") || has("a change carries")
        || has("deleted is true or false") || has("invalid input syntax"))
        return tr("The change was not well formed, so the server could not read it.");
    if (has("you may not change this row") || has("row-level security") || has("permission denied"))
        return tr("Your organisation's role in this project does not allow this change.");
    if (has("holds another row in its place"))
        return tr("The server already holds another item in its place, such as another organisation holding the regie. Your edit "
                  "was kept aside.");
    if (has("does not exist on the server"))
        return tr("The server does not have this item, or you may no longer see it.");
    if (has("foreign key"))
        return tr("It refers to something the server does not have (any more).");
    if (has("check constraint") || has("not-null constraint") || has("value too long"))
        return tr("A value breaks one of the server's rules.");
    if (has("duplicate key"))
        return tr("The server already has something with the same key.");
    if (has("is not a field of") || has("is not a synced table"))
        return tr("This Regie is newer than the server. Ask the server's administrator to upgrade it.");
    return tr("The server refused the change: %1").arg(message);
}

} // namespace Model
