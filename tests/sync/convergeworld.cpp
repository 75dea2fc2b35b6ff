#include "convergeworld.h"

#include "testlib/faultproxy.h"
#include "testlib/laptop.h"
#include "testlib/pgserver.h"

#include "sync/serveradmin.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Converge {

namespace {

const QString Template = u"converge_template"_s;

const QStringList Names = {u"Anna"_s,  u"Bert"_s,  u"Carla"_s, u"Daan"_s,  u"Eva"_s,  u"Joost"_s, u"Piet"_s,
                           u"Karin"_s, u"Ria"_s,   u"Lotte"_s, u"Mees"_s,  u"Noor"_s, u"Otto"_s,  u"Pien"_s};

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

} // namespace

Region World::prepareTemplate(TestLib::PgServer &server)
{
    Region r{TestLib::organisation(u"Dordrecht"_s, u"GM0505"_s), TestLib::organisation(u"Zwijndrecht"_s, u"GM0642"_s),
             TestLib::organisation(u"Papendrecht"_s, u"GM0590"_s)};
    server.createDatabase(Template);
    {
        Sync::ServerAdmin admin(server.admin(Template, u"converge-template"_s));
        if (!admin.initialise().ok())
            qFatal("the template database cannot be set up");
        for (const auto &o : r.all()) {
            if (!admin.addOrganisation(o).ok())
                qFatal("addOrganisation failed");
        }
    }
    QSqlDatabase::database(u"converge-template"_s).close();
    QSqlDatabase::removeDatabase(u"converge-template"_s);
    return r;
}

World::World(TestLib::PgServer &server, const Region &region, int run, const QList<TestLib::FaultProxy *> &proxies,
             int clients)
    : m_server(server)
    , m_region(region)
    , m_run(run)
    , m_database(u"converge_%1"_s.arg(run))
    , m_adminName(u"converge-admin-%1"_s.arg(run))
    , m_proxies(proxies)
{
    {
        QSqlDatabase postgres = server.admin(u"postgres"_s, u"converge-create"_s);
        exec(postgres, u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(m_database, Template));
        postgres.close();
    }
    QSqlDatabase::removeDatabase(u"converge-create"_s);
    // A copied database has the default database rights: the upgrade's
    // lock-down takes them away again, as regie-admin would.
    if (!Sync::ServerAdmin(server.admin(m_database, m_adminName)).initialise().ok())
        qFatal("the run's database cannot be set up");
    addUsers(clients);
}

World::~World()
{
    QStringList logins;
    for (const auto &l : std::as_const(m_laptops))
        logins << l->login();
    m_laptops.clear();
    for (const QString &name : std::as_const(m_userConnections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase::database(m_adminName, false).close();
    QSqlDatabase::removeDatabase(m_adminName);
    {
        QSqlDatabase postgres = m_server.admin(u"postgres"_s, u"converge-drop"_s);
        exec(postgres, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(m_database));
        // A role the server still counts a session for stays: harmless.
        QSqlQuery drop(postgres);
        for (const QString &login : std::as_const(logins)) {
            if (!drop.exec(u"DROP ROLE \"%1\""_s.arg(login)))
                qWarning("%s stays: %s", qPrintable(login), qPrintable(drop.lastError().text()));
        }
        postgres.close();
    }
    QSqlDatabase::removeDatabase(u"converge-drop"_s);
}

QSqlDatabase World::admin() const
{
    return QSqlDatabase::database(m_adminName);
}

int World::serverPort() const
{
    return m_server.port();
}

Sync::ServerSettings World::settings(const Laptop &laptop, bool throughProxy) const
{
    Sync::ServerSettings s = TestLib::serverSettings(m_server, m_database, laptop.login());
    if (throughProxy)
        s.port = m_proxies.at(laptop.index() % m_proxies.size())->port();
    return s;
}

QSqlDatabase World::asUser(const Laptop &laptop)
{
    const QString name = u"converge-%1-%2"_s.arg(m_run).arg(laptop.login());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_server.port());
    db.setDatabaseName(m_database);
    db.setUserName(laptop.login());
    db.setPassword(TestLib::Password);
    if (!db.open())
        qFatal("%s cannot sign in to look: %s", qPrintable(laptop.login()), qPrintable(db.lastError().text()));
    m_userConnections << name;
    return db;
}

void World::addUsers(int clients)
{
    // Half are leads of Dordrecht, the lead municipality; the others are
    // leads and members of the two partners, taking turns.
    const int dordrecht = std::max(1, (clients + 1) / 2);
    for (int i = 0; i < clients; ++i) {
        Model::Organisation o = m_region.dordrecht;
        QString role = u"lead"_s;
        if (i >= dordrecht) {
            const int j = i - dordrecht;
            o = j % 2 == 0 ? m_region.zwijndrecht : m_region.papendrecht;
            role = (j / 2) % 2 == 0 ? u"lead"_s : u"member"_s;
        }
        Model::Person p;
        p.id = QUuid::createUuid();
        p.name = Names.at(i % Names.size()) + (i >= Names.size() ? QString::number(i) : QString());
        p.organisationId = o.id;
        const QString login = u"r%1_%2_%3"_s.arg(m_run).arg(i).arg(p.name.toLower());
        const auto added = Sync::ServerAdmin(admin()).addUser(login, TestLib::Password, p, role);
        if (!added.ok())
            qFatal("addUser: %s", qPrintable(added.error().message));
        m_laptops << std::make_shared<Laptop>(i, login, p.id, o.id, role);
    }
}

void World::start()
{
    for (const auto &l : std::as_const(m_laptops)) {
        if (auto started = l->start(settings(*l, true)); !started.ok())
            qFatal("%s cannot start: %s", qPrintable(l->name()), qPrintable(started.error().message));
    }
    // One programme manager of Dordrecht sets them all up, as in the demo region.
    Laptop &maker = *m_laptops.constFirst();
    m_projects << makeProject(maker, u"Schone Merwede"_s, {m_region.zwijndrecht.id})
               << makeProject(maker, u"Slim Parkeren"_s, {m_region.papendrecht.id})
               << makeProject(maker, u"Energieke Drechtsteden"_s, {m_region.zwijndrecht.id, m_region.papendrecht.id});
    for (const auto &l : std::as_const(m_laptops)) {
        if (auto synced = l->sync(); !synced.ok())
            qFatal("%s cannot sync: %s", qPrintable(l->name()), qPrintable(synced.error().message));
    }
}

QUuid World::makeProject(Laptop &laptop, const QString &name, const QList<QUuid> &partners)
{
    Model::Project p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.purpose = u"Samen sterker"_s;
    p.urgency = u"De subsidie loopt af"_s;
    p.status = Model::ProjectStatus::Active;
    p.start = QDate(2026, 1, 1);
    const auto created = laptop.store().projects().createProject(p, m_region.dordrecht.id);
    if (!created.ok())
        qFatal("createProject: %s", qPrintable(created.error().message));
    for (const QUuid &partner : partners) {
        Model::Participation z;
        z.id = QUuid::createUuid();
        z.projectId = p.id;
        z.organisationId = partner;
        z.role = Model::ParticipationRole::Partner;
        z.joined = QDate(2026, 1, 1);
        z.brings = u"Een projectleider"_s;
        if (auto saved = laptop.store().participations().saveParticipation(z); !saved.ok())
            qFatal("saveParticipation: %s", qPrintable(saved.error().message));
    }
    laptop.captureOutbox();
    if (auto synced = laptop.sync(); !synced.ok())
        qFatal("%s cannot sync: %s", qPrintable(laptop.name()), qPrintable(synced.error().message));
    return p.id;
}

} // namespace Converge
