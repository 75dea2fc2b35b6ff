// A laptop that syncs once and exits: the process the crash-safety test
// kills at random moments.
//   sync-helper FILE PORT DATABASE USER PASSWORD BATCH PAGE
#include "sync/syncsession.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = QCoreApplication::arguments();
    if (a.size() != 8) {
        std::fprintf(stderr, "usage: sync-helper FILE PORT DATABASE USER PASSWORD BATCH PAGE\n");
        return 2;
    }
    Sync::SyncSession session;
    if (auto opened = session.openLocal(a.at(1)); !opened.ok()) {
        std::fprintf(stderr, "sync-helper: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Sync::ServerSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = a.at(2).toInt();
    s.database = a.at(3);
    s.user = a.at(4);
    s.password = a.at(5);
    session.setBatchSize(a.at(6).toInt());
    session.setPageSize(a.at(7).toInt());
    if (auto hello = session.connectServer(s); !hello.ok()) {
        std::fprintf(stderr, "sync-helper: %s\n", qPrintable(hello.error().message));
        return 1;
    }
    const auto r = session.sync();
    if (!r.ok()) {
        std::fprintf(stderr, "sync-helper: %s\n", qPrintable(r.error().message));
        return 1;
    }
    return 0;
}
