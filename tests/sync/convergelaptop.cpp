#include "convergelaptop.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Converge {

Laptop::Laptop(int index, const QString &login, const QUuid &person, const QUuid &organisation, const QString &role)
    : m_index(index)
    , m_login(login)
    , m_person(person)
    , m_organisation(organisation)
    , m_role(role)
    , m_dir(qEnvironmentVariableIsSet("REGIE_CONVERGE_KEEP")
                ? qEnvironmentVariable("REGIE_CONVERGE_KEEP") + QStringLiteral("/%1-XXXXXX").arg(login)
                : QDir::tempPath() + QStringLiteral("/converge-XXXXXX"))
{
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("REGIE_CONVERGE_KEEP"));
}

namespace {

// A new laptop's file, migrated once per test: every laptop starts as a
// copy of it, which is much faster than migrating each one.
QString emptyLaptop()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("empty.sqlite"));
        Store::LocalStore store;
        if (!store.open(file).ok())
            qFatal("cannot make an empty laptop file");
        store.close();
        return file;
    }();
    return path;
}

} // namespace

Model::Status Laptop::start(const Sync::ServerSettings &settings)
{
    if (!QFile::copy(emptyLaptop(), file()))
        return Model::error(Model::Error::Storage, QStringLiteral("cannot copy the empty laptop file"));
    if (auto opened = m_store.open(file()); !opened.ok())
        return opened;
    if (auto opened = m_sync.openLocal(file()); !opened.ok())
        return opened;
    const auto hello = m_sync.connectServer(settings);
    if (!hello.ok())
        return hello.error();
    m_store.setActor(m_person);
    const auto first = sync();
    if (!first.ok())
        return first.error();
    return Model::Done{};
}

Model::Result<Sync::Report> Laptop::sync()
{
    // A pass that lost its connection waits before it connects again; here
    // the wait is cut short and the next pass starts at once, as when the
    // user presses Sync again. It connects again and sends the outbox anew,
    // as the session's own retry does. Unless REGIE_CONVERGE_WAIT is set.
    static const bool wait = qEnvironmentVariableIsSet("REGIE_CONVERGE_WAIT");
    bool reconnecting = false;
    const auto impatient = [&reconnecting](const Sync::Progress &p) {
        reconnecting = p.phase == Sync::Progress::Reconnecting;
        return !reconnecting;
    };
    for (int attempt = 0; !wait && attempt < 3; ++attempt) {
        reconnecting = false;
        auto r = m_sync.sync(impatient);
        if (!reconnecting)
            return r;
    }
    return m_sync.sync();
}

void Laptop::captureOutbox()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT change_id, tbl, row_id, op FROM outbox")))
        qFatal("%s: cannot read the outbox: %s", qPrintable(name()), qPrintable(q.lastError().text()));
    QList<QStringList> fresh;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (m_changes.contains(id))
            continue;
        fresh << QStringList{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        m_changes.insert(id,
                         QStringLiteral("%1 %2 %3").arg(fresh.last().at(1), fresh.last().at(2), fresh.last().at(3)));
    }
    if (m_clockAheadMs != 0 && !fresh.isEmpty())
        shiftClock(fresh);
}

void Laptop::shiftClock(const QList<QStringList> &entries)
{
    // What the edit would have written with this laptop's clock ahead: its
    // stamps and the outbox's capture time. Written as sync writes (the
    // capture triggers quiet), in one transaction.
    QSqlDatabase db = m_store.database();
    const QString shift = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, '+%2 seconds')");
    const QString ahead = QString::number(m_clockAheadMs / 1000.0, 'f', 3);
    QSqlQuery q(db);
    bool ok = db.transaction() && q.exec(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"));
    for (const QStringList &e : entries) {
        ok = ok
            && q.exec(QStringLiteral("UPDATE outbox SET created_at = %1 WHERE change_id = '%2'")
                          .arg(shift.arg(QStringLiteral("created_at"), ahead), e.at(0)));
        const QString stamps = e.at(3) == QLatin1String("insert")
            ? QStringLiteral("created_at = %1, updated_at = %2")
                  .arg(shift.arg(QStringLiteral("created_at"), ahead), shift.arg(QStringLiteral("updated_at"), ahead))
            : QStringLiteral("updated_at = %1").arg(shift.arg(QStringLiteral("updated_at"), ahead));
        ok = ok && q.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = '%3'").arg(e.at(1), stamps, e.at(2)));
    }
    ok = ok && q.exec(QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1")) && db.commit();
    if (!ok)
        qFatal("%s: cannot set the clock ahead: %s", qPrintable(name()), qPrintable(q.lastError().text()));
}

QVariant Laptop::value(const QString &sql)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(sql))
        qFatal("%s: %s: %s", qPrintable(name()), qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

QStringList Laptop::column(const QString &sql)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(sql))
        qFatal("%s: %s: %s", qPrintable(name()), qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

void Laptop::markFault(const QStringList &ids, const QString &what)
{
    for (const QString &id : ids) {
        QString &seen = m_faults[id];
        seen = seen.isEmpty() ? what : seen + QStringLiteral(", ") + what;
    }
}

} // namespace Converge
