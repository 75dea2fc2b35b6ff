#include "faultproxy.h"

#include <QtGlobal>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <list>
#include <vector>

namespace TestLib {

namespace {

// Stops reading from a side while this much waits to be written to its peer.
constexpr qsizetype Backlog = 1 << 20;

void closeSocket(int &fd)
{
    if (fd >= 0) {
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        fd = -1;
    }
}

void nonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

// A relayed statement goes on at once, as it would without the relay.
void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

} // namespace

// One laptop connection and the server connection it was given.
struct FaultProxy::Link {
    int client = -1;
    int server = -1;
    QByteArray toClient; ///< server bytes not yet written to the client
    QByteArray toServer;
    QByteArray tail; ///< the end of the client's last chunk: a marker may straddle two
    Mode fault = Mode::None; ///< the fault this link took, once it saw the marker
    int generation = 0;
    qint64 budget = 0; ///< Cut: server bytes still to pass
    QByteArray answer; ///< LoseAnswer: the dropped answer, to find its end
};

FaultProxy::FaultProxy(int serverPort)
    : m_serverPort(serverPort)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a = loopback(0);
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
        || ::listen(m_listen, 16) != 0)
        qFatal("the fault proxy cannot listen: %s", strerror(errno));
    socklen_t size = sizeof a;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &size);
    m_port = ntohs(a.sin_port);
    nonBlocking(m_listen);
    if (::pipe(m_wake) != 0)
        qFatal("the fault proxy cannot make its pipe");
    nonBlocking(m_wake[0]);
    m_thread = std::make_unique<std::thread>([this] { run(); });
}

FaultProxy::~FaultProxy()
{
    m_stop = true;
    wake();
    m_thread->join();
    closeSocket(m_listen);
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

void FaultProxy::wake()
{
    const char c = 0;
    [[maybe_unused]] const auto written = ::write(m_wake[1], &c, 1);
}

void FaultProxy::loseAnswerTo(const QByteArray &marker)
{
    std::lock_guard guard(m_lock);
    m_mode = Mode::LoseAnswer;
    m_marker = marker;
    ++m_generation;
}

void FaultProxy::cutAfter(const QByteArray &marker, qint64 bytes)
{
    std::lock_guard guard(m_lock);
    m_mode = Mode::Cut;
    m_marker = marker;
    m_bytes = bytes;
    ++m_generation;
}

void FaultProxy::disarm()
{
    std::lock_guard guard(m_lock);
    m_mode = Mode::None;
    ++m_generation;
}

void FaultProxy::accept()
{
    const int client = ::accept(m_listen, nullptr, nullptr);
    if (client < 0)
        return;
    int server = ::socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in a = loopback(m_serverPort);
    // Connecting to the local server is immediate; only then go non-blocking.
    if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
        int c = client;
        closeSocket(c);
        closeSocket(server);
        return;
    }
    for (int fd : {client, server}) {
        nonBlocking(fd);
        noDelay(fd);
    }
    Link &link = m_links.emplace_back();
    link.client = client;
    link.server = server;
}

void FaultProxy::watchStatement(Link &link, const QByteArray &data)
{
    std::lock_guard guard(m_lock);
    if (link.fault != Mode::None && link.generation != m_generation.load())
        link.fault = Mode::None; // disarmed, or armed anew, before it happened
    if (m_mode == Mode::None || link.fault != Mode::None) {
        link.tail.clear();
        return;
    }
    QByteArray seen = link.tail;
    seen.append(data);
    if (seen.contains(m_marker)) {
        // One connection takes the fault; the others pass untouched.
        link.fault = m_mode;
        link.generation = m_generation;
        link.budget = m_bytes;
        link.answer.clear();
        m_mode = Mode::None;
    }
    link.tail = seen.right(m_marker.size());
}

bool FaultProxy::serverBytes(Link &link, QByteArray &data)
{
    if (link.fault == Mode::None)
        return true;
    if (link.generation != m_generation.load()) {
        link.fault = Mode::None; // disarmed before it happened
        return true;
    }
    if (link.fault == Mode::Cut) {
        if (data.size() < link.budget) {
            link.budget -= data.size();
            return true;
        }
        data.truncate(link.budget);
        link.toClient += data;
        flush(link, true);
        ++m_fired;
        return false;
    }
    // The answer ends with ReadyForQuery ('Z'), sent after the commit.
    // Server messages are a type byte and a length that counts itself.
    link.answer += data;
    data.clear();
    qsizetype at = 0;
    while (link.answer.size() - at >= 5) {
        const auto *p = reinterpret_cast<const uchar *>(link.answer.constData() + at);
        const quint32 length = (quint32(p[1]) << 24) | (quint32(p[2]) << 16) | (quint32(p[3]) << 8) | quint32(p[4]);
        if (link.answer.size() - at < 1 + qsizetype(length))
            break;
        if (p[0] == 'Z') {
            ++m_fired;
            return false;
        }
        at += 1 + qsizetype(length);
    }
    link.answer.remove(0, at);
    return true;
}

bool FaultProxy::relay(Link &link, bool fromClient)
{
    const int from = fromClient ? link.client : link.server;
    char buffer[64 * 1024];
    const ssize_t n = ::read(from, buffer, sizeof buffer);
    if (n == 0)
        return false;
    if (n < 0)
        return errno == EAGAIN || errno == EINTR;
    QByteArray data(buffer, qsizetype(n));
    if (fromClient) {
        watchStatement(link, data);
        link.toServer += data;
        return flush(link, false);
    }
    if (!serverBytes(link, data))
        return false;
    link.toClient += data;
    return flush(link, true);
}

bool FaultProxy::flush(Link &link, bool toClient)
{
    QByteArray &pending = toClient ? link.toClient : link.toServer;
    const int to = toClient ? link.client : link.server;
    while (!pending.isEmpty()) {
        const ssize_t n = ::send(to, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
        if (n < 0)
            return errno == EAGAIN || errno == EINTR;
        pending.remove(0, qsizetype(n));
    }
    return true;
}

void FaultProxy::run()
{
    std::vector<pollfd> fds;
    while (!m_stop) {
        fds.clear();
        fds.push_back({m_wake[0], POLLIN, 0});
        fds.push_back({m_listen, POLLIN, 0});
        for (const Link &l : m_links) {
            const short readClient = l.toServer.size() < Backlog ? POLLIN : 0;
            const short readServer = l.toClient.size() < Backlog ? POLLIN : 0;
            fds.push_back({l.client, short(readClient | (l.toClient.isEmpty() ? 0 : POLLOUT)), 0});
            fds.push_back({l.server, short(readServer | (l.toServer.isEmpty() ? 0 : POLLOUT)), 0});
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 1000) < 0 && errno != EINTR)
            qFatal("the fault proxy cannot poll: %s", strerror(errno));
        if (fds[0].revents & POLLIN) {
            char drain[64];
            while (::read(m_wake[0], drain, sizeof drain) > 0) {
            }
        }
        if (fds[1].revents & POLLIN)
            accept();
        // Links accepted just now were not polled: they come next time.
        size_t i = 2;
        for (auto it = m_links.begin(); it != m_links.end() && i + 1 < fds.size(); i += 2) {
            const short c = fds[i].revents;
            const short s = fds[i + 1].revents;
            bool alive = true;
            if (alive && (c & POLLOUT))
                alive = flush(*it, true);
            if (alive && (s & POLLOUT))
                alive = flush(*it, false);
            if (alive && (s & (POLLIN | POLLHUP | POLLERR)))
                alive = relay(*it, false);
            if (alive && (c & (POLLIN | POLLHUP | POLLERR)))
                alive = relay(*it, true);
            if (!alive) {
                closeSocket(it->client);
                closeSocket(it->server);
                it = m_links.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (Link &l : m_links) {
        closeSocket(l.client);
        closeSocket(l.server);
    }
    m_links.clear();
}

} // namespace TestLib
