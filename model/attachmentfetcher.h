#pragma once

#include <QObject>
#include <QString>

namespace Model {

/// Fetches attachments' content this laptop lacks from the server, on the
/// sync's own thread and connection, into the blob store (where it stays:
/// an attachment opened once is there offline). One fetch at a time; a
/// fetch stopped or broken off goes on where it stopped the next time.
class AttachmentFetcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts fetching content @p sha256 of @p byteSize bytes.
    virtual void fetchAttachment(const QString &sha256, qint64 byteSize) = 0;
    /// Stops the fetch under way after its current chunk.
    virtual void cancelFetch() = 0;

Q_SIGNALS:
    void fetchProgress(const QString &sha256, qint64 done, qint64 total);
    /// The fetch ended: @p problem is empty when the content is here now.
    void fetchFinished(const QString &sha256, const QString &problem);
};

} // namespace Model
