#pragma once

// A user's laptop for the sync tests: a local store on its own file and a
// sync session to a test server. Header-only.

#include "pgserver.h"
#include "testenvironment.h"

#include "store/localstore.h"
#include "sync/syncsession.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace TestLib {

inline const QString Password = QStringLiteral("geheim-wachtwoord");

inline Model::Organisation organisation(const QString &name, const QString &code)
{
    Model::Organisation o;
    o.id = QUuid::createUuid();
    o.name = name;
    o.municipalityCode = code;
    return o;
}

/// How @p login reaches the test server's @p database.
inline Sync::ServerSettings serverSettings(const PgServer &server, const QString &database, const QString &login,
                                           const QString &password = Password)
{
    Sync::ServerSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.database = database;
    s.user = login;
    s.password = password;
    return s;
}

/// One user's laptop: a local store on its own file and a sync session.
struct Laptop {
    TestLib::TempDir dir;
    Store::LocalStore store;
    Sync::SyncSession sync;
    QUuid person;

    Laptop(TestLib::PgServer &server, const QString &database, const QString &login)
        : Laptop(serverSettings(server, database, login))
    {
    }

    /// Reaches the server as @p settings say (through PgBouncer, say).
    explicit Laptop(const Sync::ServerSettings &settings)
    {
        const QString path = dir.file(u"regie.sqlite"_s);
        if (!store.open(path).ok() || !sync.openLocal(path).ok())
            qFatal("cannot open the laptop's store");
        const auto hello = sync.connectServer(settings);
        if (!hello.ok())
            qFatal("%s cannot connect: %s", qPrintable(settings.user), qPrintable(hello.error().message));
        person = hello.value().person;
        store.setActor(person);
        syncNow(); // a new laptop starts from what the server has
    }

    Sync::Report syncNow()
    {
        const auto r = sync.sync();
        if (!r.ok())
            qFatal("sync failed: %s", qPrintable(r.error().message));
        if (r.value().rejected) {
            QSqlQuery q(store.database());
            q.exec(u"SELECT tbl, op, message FROM sync_problem"_s);
            while (q.next())
                qInfo("refused: %s %s: %s", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()),
                      qPrintable(q.value(2).toString()));
        }
        return r.value();
    }

    Model::Project project(const QUuid &id)
    {
        const auto p = store.projects().project(id);
        return p.ok() ? p.value() : Model::Project{};
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store.database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }
};

} // namespace TestLib
