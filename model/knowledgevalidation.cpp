#include "knowledgevalidation.h"

#include <QCoreApplication>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

void limit(ValidationIssues &issues, const QString &field, const QString &value, const QString &label, int max)
{
    if (value.size() > max)
        issues.append({field, tr("%1 may be at most %2 characters long.").arg(label).arg(max)});
}

void limitWords(ValidationIssues &issues, const QString &field, const QStringList &words, const QString &label)
{
    if (words.size() > KnowledgeLimits::TagCount)
        issues.append({field, tr("%1: at most %2.").arg(label).arg(KnowledgeLimits::TagCount)});
    for (const QString &word : words) {
        if (word.trimmed().isEmpty()) {
            issues.append({field, tr("%1 contain an empty entry.").arg(label)});
            return;
        }
        if (word.size() > KnowledgeLimits::TagLength) {
            issues.append({field, tr("Each of %1 may be at most %2 characters long.")
                                      .arg(label.toLower())
                                      .arg(KnowledgeLimits::TagLength)});
            return;
        }
    }
}

} // namespace

ValidationIssues validate(const KnowledgeItem &item)
{
    ValidationIssues issues;
    if (item.title.trimmed().isEmpty())
        issues.append({QStringLiteral("title"), tr("%1 is required.").arg(tr("The title"))});
    else
        limit(issues, QStringLiteral("title"), item.title, tr("The title"), Limits::TitleLength);
    limit(issues, QStringLiteral("summary"), item.summary, tr("The summary"), KnowledgeLimits::SummaryLength);
    limit(issues, QStringLiteral("body"), item.body, tr("The text"), KnowledgeLimits::BodyLength);
    if (item.kind != KnowledgeKind::Answer && item.summary.trimmed().isEmpty() && item.body.trimmed().isEmpty())
        issues.append({QStringLiteral("summary"), tr("Give a summary or a text: what can others learn from it?")});
    if (item.organisationId.isNull())
        issues.append({QStringLiteral("organisation"), tr("A knowledge item belongs to an organisation.")});
    if (item.kind == KnowledgeKind::Answer && item.questionId.isNull())
        issues.append({QStringLiteral("question"), tr("An answer belongs to a question.")});
    if (item.kind != KnowledgeKind::Answer && !item.questionId.isNull())
        issues.append({QStringLiteral("question"), tr("Only an answer belongs to a question.")});
    if (item.kind != KnowledgeKind::Question && !item.helpedAnswerId.isNull())
        issues.append({QStringLiteral("helped"), tr("Only a question names the answer that helped.")});
    if (item.visibility == KnowledgeVisibility::ProjectPartners && item.projectId.isNull())
        issues.append({QStringLiteral("visibility"),
                       tr("Only an item from a project can be shown to the project's partners alone.")});
    limitWords(issues, QStringLiteral("topics"), item.topics, tr("The topics"));
    limitWords(issues, QStringLiteral("tags"), item.tags, tr("The tags"));
    return issues;
}

ValidationIssues validate(const Reuse &reuse)
{
    ValidationIssues issues;
    if (reuse.itemId.isNull())
        issues.append({QStringLiteral("item"), tr("Say which knowledge item was reused.")});
    if (reuse.organisationId.isNull())
        issues.append({QStringLiteral("organisation"), tr("Choose an organisation.")});
    if (!reuse.date.isValid())
        issues.append({QStringLiteral("date"), tr("The date is required.")});
    if (reuse.status == ReuseStatus::Adapted && reuse.note.trimmed().isEmpty())
        issues.append({QStringLiteral("note"), tr("Say what was adapted, and why.")});
    if (reuse.status == ReuseStatus::NotAdopted && reuse.note.trimmed().isEmpty() && reuse.reason == ReuseReason::None)
        issues.append({QStringLiteral("note"), tr("Say why it was not adopted.")});
    limit(issues, QStringLiteral("note"), reuse.note, tr("The note"), KnowledgeLimits::ReuseNoteLength);
    limit(issues, QStringLiteral("outcome"), reuse.outcome, tr("The outcome"), KnowledgeLimits::ReuseNoteLength);
    return issues;
}

} // namespace Model
