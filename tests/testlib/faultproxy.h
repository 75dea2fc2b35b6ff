#pragma once

#include <QByteArray>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace TestLib {

/// A TCP relay on 127.0.0.1 between a laptop and the test server that
/// breaks one connection on purpose when armed: it loses the server's
/// answer to a statement after the server finished it (and so committed
/// it), or cuts the connection after some bytes of the server's answers.
/// The test server runs without TLS, so statements are readable on the
/// way. Runs on a thread of its own; arm and disarm from any thread.
class FaultProxy
{
public:
    explicit FaultProxy(int serverPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Where laptops connect instead of the server.
    int port() const { return m_port; }

    /// The next statement that contains @p marker goes to the server; its
    /// answer is read to the end (ReadyForQuery: the statement committed)
    /// and dropped, and both sides of that connection are closed.
    void loseAnswerTo(const QByteArray &marker);
    /// After the next statement that contains @p marker, @p bytes of the
    /// server's answers pass, then both sides are closed.
    void cutAfter(const QByteArray &marker, qint64 bytes);
    /// Forgets an armed fault that has not happened.
    void disarm();
    /// How many armed faults happened since the proxy started.
    int fired() const { return m_fired.load(); }

private:
    enum class Mode { None, LoseAnswer, Cut };
    struct Link;

    void run();
    void wake();
    void accept();
    /// Reads what one side sent and queues it for the other; false when the link ends.
    bool relay(Link &link, bool fromClient);
    /// Writes what waits for one side; false when the link ends.
    bool flush(Link &link, bool toClient);
    /// Whether the client's @p data holds the armed marker: the link takes the fault.
    void watchStatement(Link &link, const QByteArray &data);
    /// Server bytes on a link with a fault: false when the link ends here.
    bool serverBytes(Link &link, QByteArray &data);

    int m_port = 0;
    int m_serverPort = 0;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_fired{0};
    std::atomic<int> m_generation{0};

    std::mutex m_lock; ///< guards the armed fault below
    Mode m_mode = Mode::None;
    QByteArray m_marker;
    qint64 m_bytes = 0;

    std::list<Link> m_links; ///< only the proxy's thread touches these
    std::unique_ptr<std::thread> m_thread;
};

} // namespace TestLib
