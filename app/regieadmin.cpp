// regie-admin: sets up and looks after a shared Regie server.
//
//   regie-admin [connection] init
//   regie-admin [connection] add-organisation --name NAME --kind KIND [--code GMnnnn]
//   regie-admin [connection] add-user LOGIN --name NAME --organisation NAME [--role ROLE] [--email E]
//   regie-admin [connection] set-role LOGIN ROLE
//   regie-admin [connection] set-password LOGIN
//   regie-admin [connection] purge [--days N]
//   regie-admin [connection] backup FILE
//   regie-admin [connection] restore FILE
//   regie-admin [connection] demo
//
// Connection: --host, --port, --database, --user (the owner of the Regie
// tables); the password comes from PGPASSWORD or ~/.pgpass as for psql. A new
// user's password (add-user, set-password) is read from standard input (one
// line). backup and restore run pg_dump and pg_restore with the same connection.
#include "model/demoregion.h"
#include "model/text.h"
#include "sync/serveradmin.h"
#include "sync/serverconnection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "regie-admin: %s\n", qPrintable(message));
    return 1;
}

int report(const Model::Status &status, const QString &done)
{
    if (!status.ok())
        return fail(status.error().message);
    std::printf("%s\n", qPrintable(done));
    return 0;
}

// The people of the demo region who may sign in, with their roles.
struct DemoUser {
    const char *key;
    const char *role;
};
constexpr DemoUser DemoUsers[] = {
    {"sanne", "lead"}, {"joost", "lead"}, {"fatima", "member"}, {"els", "lead"}, {"lotte", "external"}, {"marieke", "external"},
};
constexpr auto DemoPassword = "regie-demo";

} // namespace

int main(int argc, char **argv)
{
    // Demo logos are drawn with fonts: a GUI application, but never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"regie-admin"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sets up and looks after a shared Regie server (PostgreSQL)."_s);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Server host or socket folder."_s, u"HOST"_s, u"localhost"_s);
    const QCommandLineOption port(u"port"_s, u"Server port."_s, u"PORT"_s, u"5432"_s);
    const QCommandLineOption database(u"database"_s, u"Database name."_s, u"NAME"_s, u"regie"_s);
    const QCommandLineOption user(u"user"_s, u"The owner of the Regie tables."_s, u"USER"_s);
    const QCommandLineOption name(u"name"_s, u"Name of the organisation or person."_s, u"NAME"_s);
    const QCommandLineOption kind(u"kind"_s, u"municipality, province, company, knowledge, citizens or other."_s,
                                  u"KIND"_s, u"municipality"_s);
    const QCommandLineOption code(u"code"_s, u"CBS municipality code (GMnnnn)."_s, u"CODE"_s);
    const QCommandLineOption organisation(u"organisation"_s, u"The organisation a new user belongs to."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"lead, member, external or viewer (default member)."_s, u"ROLE"_s,
                                  u"member"_s);
    const QCommandLineOption email(u"email"_s, u"E-mail address of a new user."_s, u"EMAIL"_s);
    const QCommandLineOption days(u"days"_s, u"purge: keep deleted rows this many days (default 90)."_s, u"N"_s,
                                  u"90"_s);
    parser.addOptions({host, port, database, user, name, kind, code, organisation, role, email, days});
    parser.addPositionalArgument(u"command"_s,
                                 u"init, add-organisation, add-user, set-role, set-password, purge, backup, restore or demo."_s);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);
    const QString command = args.first();

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s);
    db.setHostName(parser.value(host));
    db.setPort(parser.value(port).toInt());
    db.setDatabaseName(parser.value(database));
    if (parser.isSet(user))
        db.setUserName(parser.value(user));
    if (!db.open())
        return fail(u"cannot connect to the server: %1"_s.arg(db.lastError().text()));
    Sync::ServerAdmin admin(db);

    if (command == u"init"_s)
        return report(admin.initialise(), u"The Regie schema is up to date."_s);

    if (command == u"add-organisation"_s) {
        Model::Organisation o;
        o.id = QUuid::createUuid();
        o.name = parser.value(name).trimmed();
        o.municipalityCode = parser.value(code);
        bool known = false;
        for (auto k : Model::organisationKinds()) {
            if (Model::key(k) == parser.value(kind)) {
                o.kind = k;
                known = true;
            }
        }
        if (o.name.isEmpty() || !known)
            return fail(u"add-organisation needs --name and a known --kind"_s);
        return report(admin.addOrganisation(o), o.id.toString(QUuid::WithoutBraces));
    }

    if (command == u"add-user"_s) {
        if (args.size() != 2 || !parser.isSet(name) || !parser.isSet(organisation))
            return fail(u"add-user LOGIN --name NAME --organisation NAME"_s);
        Model::Person p;
        p.id = QUuid::createUuid();
        p.name = parser.value(name);
        p.email = parser.value(email);
        const auto found = admin.organisationNamed(parser.value(organisation));
        if (!found.ok())
            return fail(found.error().message);
        p.organisationId = found.value();
        if (p.organisationId.isNull())
            return fail(u"there is no organisation called %1"_s.arg(parser.value(organisation)));
        QTextStream in(stdin);
        const QString password = in.readLine();
        return report(admin.addUser(args.at(1), password, p, parser.value(role)), u"User %1 added."_s.arg(args.at(1)));
    }

    if (command == u"set-role"_s) {
        if (args.size() != 3)
            return fail(u"set-role LOGIN ROLE"_s);
        return report(admin.setRole(args.at(1), args.at(2)), u"%1 is now %2."_s.arg(args.at(1), args.at(2)));
    }

    if (command == u"set-password"_s) {
        if (args.size() != 2)
            return fail(u"set-password LOGIN (the password on standard input)"_s);
        QTextStream in(stdin);
        const QString password = in.readLine();
        return report(admin.setPassword(args.at(1), password), u"%1 may sign in with the new password."_s.arg(args.at(1)));
    }

    if (command == u"backup"_s) {
        if (args.size() != 2)
            return fail(u"backup FILE"_s);
        return report(admin.backup(args.at(1)), u"The server was backed up to %1."_s.arg(args.at(1)));
    }

    if (command == u"restore"_s) {
        if (args.size() != 2)
            return fail(u"restore FILE"_s);
        const auto restored = admin.restore(args.at(1));
        if (!restored.ok())
            return fail(restored.error().message);
        std::printf("The server was restored from %s (made %s). Laptops notice at their next sync and send again "
                    "what the backup lacks.\n",
                    qPrintable(args.at(1)), qPrintable(restored.value().madeAt));
        for (const QString &login : restored.value().recreated)
            std::printf("User %s had no role on this server: it was made again without login. Give it a new "
                        "password: regie-admin set-password %s\n",
                        qPrintable(login), qPrintable(login));
        for (const QString &login : restored.value().notInBackup)
            std::printf("User %s was added after the backup and is no longer a Regie user: drop the role and add the "
                        "user again with add-user.\n",
                        qPrintable(login));
        return 0;
    }

    if (command == u"purge"_s) {
        bool number = false;
        const int keep = parser.value(days).toInt(&number);
        if (!number)
            return fail(u"--days needs a number"_s);
        const auto purged = admin.purge(keep);
        if (!purged.ok())
            return fail(purged.error().message);
        std::printf("%lld deleted rows removed; laptops that were away longer read everything again.\n",
                    static_cast<long long>(purged.value()));
        return 0;
    }

    if (command == u"demo"_s) {
        if (auto init = admin.initialise(); !init.ok())
            return fail(init.error().message);
        QFile file(u":/demo/demo-region.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"the demo region is missing from this build"_s);
        const auto bundle = Model::parseDemoRegion(file.readAll(), QDateTime::currentDateTimeUtc());
        if (!bundle.ok())
            return fail(bundle.error().message);
        if (auto imported = admin.importBundle(bundle.value()); !imported.ok())
            return fail(imported.error().message);
        // The demo region's keys make the same ids as in the app's demo.
        for (const DemoUser &u : DemoUsers) {
            const QString login = QString::fromLatin1(u.key);
            for (const auto &p : bundle.value().people) {
                if (Model::sortKey(p.name).startsWith(login)) {
                    const auto exists = admin.hasUser(login);
                    if (!exists.ok())
                        return fail(exists.error().message);
                    if (exists.value())
                        break;
                    if (auto added = admin.addUser(login, QString::fromLatin1(DemoPassword), p,
                                                   QString::fromLatin1(u.role));
                        !added.ok())
                        return fail(added.error().message);
                    break;
                }
            }
        }
        std::printf("The demo region is on the server. Users: sanne (Dordrecht), joost (Zwijndrecht), fatima "
                    "(Papendrecht), els (Doetinchem), lotte (Saxion, external), marieke (Bewonersplatform Dordt-West, "
                    "external); password: %s\n",
                    DemoPassword);
        return 0;
    }
    return fail(u"unknown command %1"_s.arg(command));
}
