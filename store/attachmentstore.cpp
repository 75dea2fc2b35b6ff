#include "attachmentstore.h"

#include "blobstore.h"
#include "knowledgestore.h"
#include "model/synctables.h"
#include "rowreaders.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

#include <QFileInfo>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

namespace {

const SyncSchema::Table &attachmentTable()
{
    return *SyncSchema::table(u"knowledge_attachment"_s);
}

const QString &attachmentSelect()
{
    static const QString sql
        = u"SELECT "_s + Rows::selectList(u"knowledge_attachment"_s, u"a"_s) + u" FROM knowledge_attachment a"_s;
    return sql;
}

Rows::Reader<KnowledgeAttachment> attachmentReader(const QSqlRecord &r)
{
    using Rows::column;
    const int id = column(r, "id"_L1), item = column(r, "item_id"_L1), sha = column(r, "sha256"_L1),
              name = column(r, "file_name"_L1), media = column(r, "media_type"_L1), bytes = column(r, "byte_size"_L1),
              text = column(r, "text_status"_L1), organisation = column(r, "organisation_id"_L1);
    const auto meta = Rows::metaReader(r);
    return [=](const QSqlQuery &q) {
        KnowledgeAttachment a;
        a.id = QUuid::fromString(q.value(id).toString());
        a.itemId = QUuid::fromString(q.value(item).toString());
        a.sha256 = q.value(sha).toString();
        a.fileName = q.value(name).toString();
        a.mediaType = q.value(media).toString();
        a.byteSize = qint64(q.value(bytes).toDouble());
        a.text = attachmentTextFromKey(q.value(text).toString());
        a.organisationId = QUuid::fromString(q.value(organisation).toString());
        a.meta = meta(q);
        return a;
    };
}

QVariantMap values(const KnowledgeAttachment &a)
{
    return {{u"id"_s, idText(a.id)},
            {u"item_id"_s, idText(a.itemId)},
            {u"sha256"_s, a.sha256},
            {u"file_name"_s, a.fileName},
            {u"media_type"_s, Store::text(a.mediaType.isEmpty() ? u"application/octet-stream"_s : a.mediaType)},
            {u"byte_size"_s, double(a.byteSize)},
            {u"text_status"_s, attachmentTextKey(a.text)},
            {u"organisation_id"_s, idText(a.organisationId)}};
}

} // namespace

QString AttachmentStore::blobRoot() const
{
    return BlobStore::rootFor(m_context.database().databaseName());
}

Result<QList<KnowledgeAttachment>> AttachmentStore::attachments(const QUuid &itemId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(attachmentSelect() + u" WHERE a.item_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id"_s);
    q.addBindValue(idText(itemId));
    if (!q.exec())
        return dbError(q);
    QList<KnowledgeAttachment> all;
    const auto read = attachmentReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<KnowledgeAttachment> AttachmentStore::stored(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(attachmentSelect() + u" WHERE a.id = ?"_s);
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return KnowledgeAttachment{};
    return attachmentReader(q.record())(q);
}

Result<KnowledgeAttachment> AttachmentStore::saveAttachment(const KnowledgeAttachment &attachment)
{
    m_context.begin(ChangeSet::Knowledge);
    KnowledgeAttachment a = attachment;
    a.fileName = QFileInfo(a.fileName.trimmed()).fileName();
    if (a.id.isNull())
        return error(Error::Validation, tr("An attachment needs an id."));
    if (!isSha256(a.sha256))
        return error(Error::Validation, tr("An attachment is named by its SHA-256: 64 lowercase hex digits."));
    if (a.fileName.isEmpty() || a.fileName.size() > AttachmentLimits::FileNameLength)
        return error(Error::Validation, tr("An attachment's file name is required and at most %1 characters.")
                                            .arg(AttachmentLimits::FileNameLength));
    if (a.mediaType.size() > AttachmentLimits::MediaTypeLength)
        a.mediaType.clear();
    if (a.byteSize < 0 || a.byteSize > AttachmentLimits::MaxBytes)
        return error(Error::Validation, tr("Files up to %1 can be attached.")
                                            .arg(QLocale().formattedDataSize(AttachmentLimits::MaxBytes, 1,
                                                                             QLocale::DataSizeTraditionalFormat)));
    if (!BlobStore(blobRoot()).contains(a.sha256, a.byteSize))
        return error(Error::NotFound, tr("The content of %1 is not on this computer; attach the file again.").arg(a.fileName));

    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The attachment could not be saved."));
    const auto item = KnowledgeStore(m_context).knowledgeItem(a.itemId);
    if (!item.ok())
        return item.error();
    a.organisationId = item.value().organisationId;
    const auto before = stored(a.id);
    if (!before.ok())
        return before.error();
    if (!before.value().id.isNull()) {
        if (before.value().itemId != a.itemId || before.value().sha256 != a.sha256)
            return rule(tr("An attachment stays with its item and its file."));
        QVariantMap set = values(a);
        set.insert(u"deleted"_s, 0);
        if (auto updated = m_context.rows().update(attachmentTable(), set, m_context, u"id = ?"_s, {idText(a.id)});
            !updated.ok())
            return updated.error();
    } else {
        QVariantMap row = values(a);
        RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
        if (auto added = m_context.rows().write(attachmentTable(), row, RowWriter::Mode::Insert); !added.ok())
            return added.error();
    }
    const auto answer = stored(a.id);
    if (!answer.ok())
        return answer.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The attachment could not be saved."));
    m_context.setChangedIds({a.id, a.itemId});
    return answer.value();
}

Status AttachmentStore::setAttachmentDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Knowledge);
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The attachment could not be saved."));
    const auto found = stored(id);
    if (!found.ok())
        return found.error();
    if (found.value().id.isNull())
        return error(Error::NotFound, tr("The attachment no longer exists."));
    if (auto r = m_context.rows().setDeleted(attachmentTable(), id, deleted, m_context); !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The attachment could not be saved."));
    m_context.setChangedIds({id, found.value().itemId});
    return Done{};
}

Result<QList<PendingText>> AttachmentStore::pendingTexts()
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.sha256, min(a.file_name), min(a.media_type) FROM knowledge_attachment a WHERE a.deleted = 0 "
              "AND NOT EXISTS (SELECT 1 FROM attachment_text t WHERE t.sha256 = a.sha256) "
              "GROUP BY a.sha256 ORDER BY min(a.created_at)"_s);
    if (!q.exec())
        return dbError(q);
    const BlobStore blobs(blobRoot());
    QList<PendingText> all;
    while (q.next()) {
        PendingText p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        if (QFileInfo::exists(blobs.pathOf(p.sha256)))
            all.append(p);
    }
    return all;
}

Status AttachmentStore::saveAttachmentText(const ExtractedText &text)
{
    m_context.begin(ChangeSet::Knowledge);
    if (!isSha256(text.sha256))
        return error(Error::Validation, tr("An attachment is named by its SHA-256: 64 lowercase hex digits."));
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The attachment could not be saved."));
    QSqlQuery q(m_context.database());
    // Out and in again, never an upsert: the index's triggers take the old text out first.
    q.prepare(u"DELETE FROM attachment_text WHERE sha256 = ?"_s);
    q.addBindValue(text.sha256);
    if (!q.exec())
        return dbError(q);
    q.prepare(u"INSERT INTO attachment_text (sha256, status, body, extracted_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(text.sha256);
    q.addBindValue(text.readable ? u"text"_s : u"no_text"_s);
    q.addBindValue(Store::text(text.readable ? text.text : QString()));
    q.addBindValue(m_context.now());
    if (!q.exec())
        return dbError(q);
    // This organisation's own attachments say what its laptop read; others' say what theirs did.
    const auto updated = m_context.rows().update(
        attachmentTable(), {{u"text_status"_s, attachmentTextKey(text.readable ? AttachmentText::Text : AttachmentText::NoText)}},
        m_context,
        u"sha256 = ? AND text_status = 'pending' AND deleted = 0 AND organisation_id IN "
        "(SELECT p.organisation_id FROM person p WHERE p.id = ?)"_s,
        {text.sha256, idText(m_context.actor())});
    if (!updated.ok())
        return updated.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The attachment could not be saved."));
    return Done{};
}

} // namespace Store
