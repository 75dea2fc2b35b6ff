#include "expertoffer.h"

#include "knowledgevalidation.h"

#include <QCoreApplication>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

// Namespaces of the name-based (version 5) ids; fixed for ever.
const QUuid OfferNamespace = QUuid::fromString(QStringLiteral("{4b1c2e0a-6f0d-4d7e-9c35-2a8f61e0b7d1}"));
const QUuid ConsultationNamespace = QUuid::fromString(QStringLiteral("{9d3e5f21-0c4b-4a86-b1f7-5e2d8c7a6b90}"));

} // namespace

QUuid expertOfferId(const QUuid &personId)
{
    return QUuid::createUuidV5(OfferNamespace, personId.toString(QUuid::WithoutBraces));
}

QUuid consultationId(const QUuid &itemId, const QUuid &personId, const QDate &day)
{
    return QUuid::createUuidV5(ConsultationNamespace, itemId.toString(QUuid::WithoutBraces) + QLatin1Char('/')
                                                          + personId.toString(QUuid::WithoutBraces) + QLatin1Char('/')
                                                          + day.toString(Qt::ISODate));
}

ValidationIssues validate(const ExpertOffer &offer)
{
    ValidationIssues issues;
    if (offer.personId.isNull() || offer.organisationId.isNull())
        issues.append({QStringLiteral("person"), tr("An offer to be asked names a person and their organisation.")});
    if (offer.note.size() > ExpertLimits::NoteLength)
        issues.append({QStringLiteral("note"),
                       tr("The note may be at most %1 characters long.").arg(ExpertLimits::NoteLength)});
    int length = 0;
    for (const QString &topic : offer.topics) {
        const QString t = topic.simplified();
        if (t.isEmpty()) {
            issues.append({QStringLiteral("topics"), tr("Topics contain an empty entry.")});
            break;
        }
        if (t.size() > KnowledgeLimits::TagLength) {
            issues.append({QStringLiteral("topics"),
                           tr("Each topic may be at most %1 characters long.").arg(KnowledgeLimits::TagLength)});
            break;
        }
        length += t.size() + 1;
    }
    if (length > ExpertLimits::TopicsLength)
        issues.append({QStringLiteral("topics"), tr("Too many topics for one offer.")});
    return issues;
}

} // namespace Model
