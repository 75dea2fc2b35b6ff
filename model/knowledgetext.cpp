#include "knowledgetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

} // namespace

QString displayName(KnowledgeKind kind)
{
    switch (kind) {
    case KnowledgeKind::Lesson:
        return tr("Lesson learned");
    case KnowledgeKind::Practice:
        return tr("Practice");
    case KnowledgeKind::Document:
        return tr("Document or dossier");
    case KnowledgeKind::Question:
        return tr("Question");
    case KnowledgeKind::Answer:
        return tr("Answer");
    }
    return {};
}

QString displayName(KnowledgeStatus status)
{
    switch (status) {
    case KnowledgeStatus::Draft:
        return tr("Draft");
    case KnowledgeStatus::Published:
        return tr("Published");
    case KnowledgeStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString displayName(KnowledgeVisibility visibility)
{
    switch (visibility) {
    case KnowledgeVisibility::Everyone:
        return tr("Everyone on the server");
    case KnowledgeVisibility::ProjectPartners:
        return tr("Only the partners of the project");
    case KnowledgeVisibility::Organisation:
        return tr("Only my organisation");
    }
    return {};
}

QList<KnowledgeKind> writableKinds()
{
    return {KnowledgeKind::Lesson, KnowledgeKind::Practice, KnowledgeKind::Document, KnowledgeKind::Question};
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString t = part.simplified();
        if (t.isEmpty())
            continue;
        bool seen = false;
        for (const QString &known : std::as_const(tags))
            seen = seen || known.compare(t, Qt::CaseInsensitive) == 0;
        if (!seen)
            tags.append(t);
    }
    return tags;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(QLatin1String(", "));
}

} // namespace Model
