#include "knowledgeattachment.h"

namespace Model {

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString attachmentTextKey(AttachmentText text)
{
    switch (text) {
    case AttachmentText::Pending:
        return QStringLiteral("pending");
    case AttachmentText::Text:
        return QStringLiteral("text");
    case AttachmentText::NoText:
        return QStringLiteral("no_text");
    }
    return QStringLiteral("pending");
}

AttachmentText attachmentTextFromKey(const QString &key)
{
    if (key == QLatin1String("text"))
        return AttachmentText::Text;
    if (key == QLatin1String("no_text"))
        return AttachmentText::NoText;
    return AttachmentText::Pending;
}

} // namespace Model
