#pragma once

#include "model/result.h"
#include "store/blobstore.h"

#include <QCoreApplication>
#include <functional>

namespace Sync {

class ServerConnection;

/// Sends and fetches attachments' content in chunks over the sync's own
/// server connection (server step 9, docs/SYNC.md "Attachments"). Every
/// chunk is a statement of its own, committed when it returns, so a
/// transfer broken off by a lost connection goes on from the chunks
/// already across: the server keeps those sent, the laptop those fetched.
class BlobTransfer
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    /// Called after each chunk with the bytes done of all; false stops.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    BlobTransfer(ServerConnection &server, Store::BlobStore blobs)
        : m_server(server)
        , m_blobs(std::move(blobs))
    { }

    static int chunkCount(qint64 byteSize);

    /// Makes sure the server has content @p sha256 whole: sends the chunks
    /// it lacks (none when someone sent it before) and has it checked.
    /// Answers how many bytes were sent.
    Model::Result<qint64> upload(const QString &sha256, qint64 byteSize, const Progress &progress = {});
    /// Fetches content @p sha256 into the blob store, checked against its
    /// hash before it is kept. Answers how many bytes were fetched now.
    Model::Result<qint64> download(const QString &sha256, qint64 byteSize, const Progress &progress = {});

    /// Statements sent so far.
    int roundTrips() const { return m_roundTrips; }

private:
    ServerConnection &m_server;
    Store::BlobStore m_blobs;
    int m_roundTrips = 0;
};

} // namespace Sync
