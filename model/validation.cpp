#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

void requireName(ValidationIssues &issues, const QString &field, const QString &value, const QString &label)
{
    if (value.trimmed().isEmpty())
        issues.append({field, tr("%1 is required.").arg(label)});
    else if (value.size() > Limits::NameLength)
        issues.append({field, tr("%1 may be at most %2 characters long.").arg(label).arg(Limits::NameLength)});
}

void limit(ValidationIssues &issues, const QString &field, const QString &value, const QString &label, int max)
{
    if (value.size() > max)
        issues.append({field, tr("%1 may be at most %2 characters long.").arg(label).arg(max)});
}

void require(ValidationIssues &issues, const QString &field, const QString &value, const QString &label, int max)
{
    if (value.trimmed().isEmpty())
        issues.append({field, tr("%1 is required.").arg(label)});
    else
        limit(issues, field, value, label, max);
}

} // namespace

ValidationIssues validate(const Project &project)
{
    ValidationIssues issues;
    requireName(issues, QStringLiteral("name"), project.name, tr("The project name"));
    limit(issues, QStringLiteral("slogan"), project.slogan, tr("The slogan"), Limits::ShortTextLength);
    limit(issues, QStringLiteral("ambition"), project.ambition, tr("The ambition"), Limits::TextLength);
    // Inhoud centraal: say what binds the partners and why it is urgent.
    require(issues, QStringLiteral("purpose"), project.purpose, tr("The purpose"), Limits::TextLength);
    require(issues, QStringLiteral("urgency"), project.urgency, tr("The urgency"), Limits::TextLength);
    if (project.logo.size() > Limits::LogoBytes)
        issues.append({QStringLiteral("logo"), tr("The logo may be at most %1 KB.").arg(Limits::LogoBytes / 1024)});
    if (project.start.isValid() && project.end.isValid() && project.end < project.start)
        issues.append({QStringLiteral("end"), tr("The end date lies before the start date.")});
    return issues;
}

ValidationIssues validate(const Organisation &organisation)
{
    ValidationIssues issues;
    requireName(issues, QStringLiteral("name"), organisation.name, tr("The name of the organisation"));
    static const QRegularExpression code(QStringLiteral("^GM\\d{4}$"));
    if (!organisation.municipalityCode.isEmpty()) {
        if (organisation.kind != OrganisationKind::Municipality)
            issues.append({QStringLiteral("municipalityCode"), tr("Only a municipality has a municipality code.")});
        else if (!code.match(organisation.municipalityCode).hasMatch())
            issues.append({QStringLiteral("municipalityCode"),
                           tr("A municipality code is GM followed by four digits, for example GM0505.")});
    }
    return issues;
}

ValidationIssues validate(const Person &person)
{
    ValidationIssues issues;
    requireName(issues, QStringLiteral("name"), person.name, tr("The name"));
    limit(issues, QStringLiteral("email"), person.email, tr("The e-mail address"), Limits::ShortTextLength);
    limit(issues, QStringLiteral("function"), person.function, tr("The function"), Limits::ShortTextLength);
    if (person.organisationId.isNull())
        issues.append({QStringLiteral("organisation"), tr("A person belongs to an organisation.")});
    return issues;
}

ValidationIssues validate(const Participation &participation)
{
    ValidationIssues issues;
    if (participation.organisationId.isNull())
        issues.append({QStringLiteral("organisation"), tr("Choose an organisation.")});
    limit(issues, QStringLiteral("brings"), participation.brings, tr("What it brings"), Limits::TextLength);
    limit(issues, QStringLiteral("gets"), participation.gets, tr("What it gets"), Limits::TextLength);
    limit(issues, QStringLiteral("priorities"), participation.priorities, tr("Its priorities"), Limits::TextLength);
    limit(issues, QStringLiteral("mandate"), participation.mandate, tr("Its mandate"), Limits::TextLength);
    if (!participation.joined.isValid())
        issues.append({QStringLiteral("joined"), tr("The date of joining is required.")});
    else if (participation.left.isValid() && participation.left < participation.joined)
        issues.append({QStringLiteral("left"), tr("The date of leaving lies before the date of joining.")});
    return issues;
}

ValidationIssues validate(const Goal &goal)
{
    ValidationIssues issues;
    require(issues, QStringLiteral("title"), goal.title, tr("The title"), Limits::TitleLength);
    limit(issues, QStringLiteral("description"), goal.description, tr("The description"), Limits::TextLength);
    limit(issues, QStringLiteral("indicator"), goal.indicator, tr("The indicator"), Limits::IndicatorLength);
    limit(issues, QStringLiteral("unit"), goal.unit, tr("The unit"), Limits::UnitLength);
    if (goal.baseline && goal.target && *goal.baseline == *goal.target)
        issues.append({QStringLiteral("target"), tr("The target equals the baseline: there is nothing to reach.")});
    return issues;
}

ValidationIssues validate(const Measurement &measurement)
{
    ValidationIssues issues;
    if (measurement.goalId.isNull())
        issues.append({QStringLiteral("goal"), tr("A measurement belongs to a goal.")});
    if (!measurement.measuredOn.isValid())
        issues.append({QStringLiteral("date"), tr("The date of the measurement is required.")});
    if (!std::isfinite(measurement.value))
        issues.append({QStringLiteral("value"), tr("The value must be a number.")});
    limit(issues, QStringLiteral("note"), measurement.note, tr("The note"), Limits::NoteLength);
    return issues;
}

ValidationIssues validate(const Milestone &milestone)
{
    ValidationIssues issues;
    require(issues, QStringLiteral("title"), milestone.title, tr("The title"), Limits::TitleLength);
    limit(issues, QStringLiteral("description"), milestone.description, tr("The description"), Limits::TextLength);
    if (!milestone.due.isValid())
        issues.append({QStringLiteral("due"), tr("The due date is required.")});
    if (milestone.status == MilestoneStatus::Done && !milestone.completedOn.isValid())
        issues.append({QStringLiteral("completed"), tr("A milestone that is done needs the date it was reached.")});
    return issues;
}

ValidationIssues validate(const ProgressEntry &entry)
{
    ValidationIssues issues;
    if (!entry.date.isValid())
        issues.append({QStringLiteral("date"), tr("The date is required.")});
    if (entry.organisationId.isNull())
        issues.append({QStringLiteral("organisation"), tr("Choose an organisation.")});
    if (entry.hours && (*entry.hours < -24 || *entry.hours > 24))
        issues.append({QStringLiteral("hours"), tr("Hours lie between -24 and 24 (a correction may subtract).")});
    if (entry.percent && (*entry.percent < 0 || *entry.percent > 100))
        issues.append({QStringLiteral("percent"), tr("Percent complete lies between 0 and 100.")});
    if (entry.note.trimmed().isEmpty() && !entry.hours && !entry.percent)
        issues.append({QStringLiteral("note"), tr("Say what was done, or log hours or percent complete.")});
    limit(issues, QStringLiteral("note"), entry.note, tr("The note"), Limits::NoteLength);
    return issues;
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const auto &issue : issues)
        lines.append(issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Model
