#include "knowledgenames.h"

namespace Model::KnowledgeNames {

namespace {

template<typename Enum>
Enum fromKey(const QStringList &keys, const QString &key, bool *ok)
{
    const qsizetype at = keys.indexOf(key);
    if (ok)
        *ok = at >= 0;
    return static_cast<Enum>(at < 0 ? 0 : at);
}

} // namespace

QStringList kindKeys()
{
    return {QStringLiteral("lesson"), QStringLiteral("practice"), QStringLiteral("document"),
            QStringLiteral("question"), QStringLiteral("answer")};
}

QStringList statusKeys()
{
    return {QStringLiteral("draft"), QStringLiteral("published"), QStringLiteral("archived")};
}

QStringList visibilityKeys()
{
    return {QStringLiteral("everyone"), QStringLiteral("partners"), QStringLiteral("organisation")};
}

QStringList reuseStatusKeys()
{
    return {QStringLiteral("considering"), QStringLiteral("adopted"), QStringLiteral("adapted"),
            QStringLiteral("not_adopted")};
}

QString key(KnowledgeKind kind)
{
    return kindKeys().value(static_cast<int>(kind));
}

QString key(KnowledgeStatus status)
{
    return statusKeys().value(static_cast<int>(status));
}

QString key(KnowledgeVisibility visibility)
{
    return visibilityKeys().value(static_cast<int>(visibility));
}

QString key(ReuseStatus status)
{
    return reuseStatusKeys().value(static_cast<int>(status));
}

KnowledgeKind kindFromKey(const QString &key, bool *ok)
{
    return fromKey<KnowledgeKind>(kindKeys(), key, ok);
}

KnowledgeStatus statusFromKey(const QString &key, bool *ok)
{
    return fromKey<KnowledgeStatus>(statusKeys(), key, ok);
}

KnowledgeVisibility visibilityFromKey(const QString &key, bool *ok)
{
    return fromKey<KnowledgeVisibility>(visibilityKeys(), key, ok);
}

ReuseStatus reuseStatusFromKey(const QString &key, bool *ok)
{
    return fromKey<ReuseStatus>(reuseStatusKeys(), key, ok);
}

} // namespace Model::KnowledgeNames
