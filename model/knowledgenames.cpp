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

QStringList reuseReasonKeys()
{
    return {QStringLiteral(""),
            QStringLiteral("no_fit"),
            QStringLiteral("no_budget"),
            QStringLiteral("no_capacity"),
            QStringLiteral("political"),
            QStringLiteral("own_solution"),
            QStringLiteral("other")};
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

QString key(ReuseReason reason)
{
    return reuseReasonKeys().value(static_cast<int>(reason));
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

ReuseReason reuseReasonFromKey(const QString &key, bool *ok)
{
    return fromKey<ReuseReason>(reuseReasonKeys(), key, ok);
}

} // namespace Model::KnowledgeNames
