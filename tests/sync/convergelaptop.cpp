#include "convergelaptop.h"

#include <QDir>
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

Model::Status Laptop::start(const Sync::ServerSettings &settings)
{
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
    return m_sync.sync();
}

void Laptop::captureOutbox()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT change_id, tbl, row_id, op FROM outbox")))
        qFatal("%s: cannot read the outbox: %s", qPrintable(name()), qPrintable(q.lastError().text()));
    while (q.next())
        m_changes.insert(q.value(0).toString(),
                         QStringLiteral("%1 %2 %3").arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
}

QVariant Laptop::value(const QString &sql)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(sql))
        qFatal("%s: %s: %s", qPrintable(name()), qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

} // namespace Converge
