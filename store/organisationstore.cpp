#include "organisationstore.h"

#include "model/synctables.h"
#include "model/text.h"
#include "model/validation.h"
#include "rowreaders.h"
#include "rowvalues.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;

namespace Store {

using namespace Rows;

Result<QList<Organisation>> OrganisationStore::organisations()
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    if (!q.exec(organisationSelect() + QStringLiteral(" WHERE deleted = 0 ORDER BY name_key")))
        return dbError(q);
    QList<Organisation> rows;
    const auto read = organisationReader(q.record());
    while (q.next())
        rows.append(read(q));
    return rows;
}

Result<Organisation> OrganisationStore::organisation(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.prepare(organisationSelect() + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The organisation no longer exists."));
    return organisationReader(q.record())(q);
}

Status OrganisationStore::insertOrganisation(const Organisation &o)
{
    QVariantMap row = Rows::values(o);
    row.insert(QStringLiteral("name"), o.name.trimmed());
    RowWriter::addBookkeeping(row, o.meta, m_context);
    return m_context.rows().write(*SyncSchema::table(QStringLiteral("organisation")), row, RowWriter::Mode::Insert);
}

Result<Organisation> OrganisationStore::saveOrganisation(const Organisation &changed)
{
    m_context.begin(ChangeSet::Organisations);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE name_key = ? AND deleted = 0 AND id <> ?"));
    q.addBindValue(sortKey(changed.name));
    q.addBindValue(idText(changed.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() > 0)
        return rule(tr("An organisation called \"%1\" already exists.").arg(changed.name.trimmed()));
    Organisation o = changed;
    if (o.id.isNull())
        o.id = QUuid::createUuid();
    q.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"));
    q.addBindValue(idText(o.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    if (q.value(0).toInt() == 0) {
        o.meta = SyncMeta{};
        if (auto r = insertOrganisation(o); !r.ok())
            return r.error();
    } else {
        QVariantMap set = Rows::values(o);
        set.insert(QStringLiteral("name"), o.name.trimmed());
        if (auto r = m_context.rows().update(*SyncSchema::table(QStringLiteral("organisation")), set, m_context,
                                             QStringLiteral("id = ?"), {idText(o.id)});
            !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The organisation could not be saved."));
    m_context.setChangedIds({o.id});
    return organisation(o.id);
}

Status OrganisationStore::setOrganisationDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Organisations);
    Transaction transaction(m_context.database());
    QSqlQuery q(m_context.database());
    if (deleted) {
        q.prepare(QStringLiteral("SELECT count(*) FROM participation pa JOIN project p ON p.id = pa.project_id "
                                 "WHERE pa.organisation_id = ? AND pa.left_on IS NULL AND pa.deleted = 0 AND "
                                 "p.deleted = 0"));
        q.addBindValue(idText(id));
        if (!q.exec() || !q.next())
            return dbError(q);
        if (const int n = q.value(0).toInt(); n > 0)
            return rule(QCoreApplication::translate(
                "Store", "This organisation still takes part in %n project(s). Let it leave them first.", nullptr, n));
    }
    const auto updated
        = m_context.rows().setDeleted(*SyncSchema::table(QStringLiteral("organisation")), id, deleted, m_context);
    if (!updated.ok())
        return updated.error();
    if (updated.value() != 1)
        return error(Error::NotFound, tr("The organisation no longer exists."));
    if (!transaction.commit())
        return error(Error::Storage, tr("The organisation could not be saved."));
    m_context.setChangedIds({id});
    return Done{};
}

Result<QList<Person>> OrganisationStore::people(const QUuid &organisationId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    // A null organisation asks for everyone here (who knows about a topic).
    q.prepare(personSelect()
              + (organisationId.isNull() ? QStringLiteral(" WHERE deleted = 0 ORDER BY name")
                                         : QStringLiteral(" WHERE organisation_id = ? AND deleted = 0 ORDER BY name")));
    if (!organisationId.isNull())
        q.addBindValue(idText(organisationId));
    if (!q.exec())
        return dbError(q);
    QList<Person> rows;
    const auto read = personReader(q.record());
    while (q.next())
        rows.append(read(q));
    return rows;
}

Status OrganisationStore::insertPerson(const Person &p)
{
    QVariantMap row = Rows::values(p);
    row.insert(QStringLiteral("name"), p.name.trimmed());
    RowWriter::addBookkeeping(row, p.meta, m_context);
    return m_context.rows().write(*SyncSchema::table(QStringLiteral("person")), row, RowWriter::Mode::Insert);
}

Result<Person> OrganisationStore::savePerson(const Person &changed)
{
    m_context.begin(ChangeSet::People);
    if (const auto issues = validate(changed); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (auto org = organisation(changed.organisationId); !org.ok())
        return org.error();
    Person p = changed;
    if (p.id.isNull())
        p.id = QUuid::createUuid();
    QVariantMap set = Rows::values(p);
    set.insert(QStringLiteral("name"), p.name.trimmed());
    const auto updated = m_context.rows().update(*SyncSchema::table(QStringLiteral("person")), set, m_context,
                                                 QStringLiteral("id = ?"), {idText(p.id)});
    if (!updated.ok())
        return updated.error();
    if (updated.value() == 0) {
        p.meta = SyncMeta{};
        if (auto r = insertPerson(p); !r.ok())
            return r.error();
    }
    if (!transaction.commit())
        return error(Error::Storage, tr("The person could not be saved."));
    m_context.setChangedIds({p.id});
    return p;
}

Result<Identity> OrganisationStore::identity()
{
    QSqlQuery q(m_context.database());
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, o.id, o.name FROM local_setting s "
                               "JOIN person p ON p.id = s.value JOIN organisation o ON o.id = p.organisation_id "
                               "WHERE s.key = 'me' AND p.deleted = 0")))
        return dbError(q);
    Identity me;
    if (q.next()) {
        me.personId = QUuid::fromString(q.value(0).toString());
        me.personName = q.value(1).toString();
        me.organisationId = QUuid::fromString(q.value(2).toString());
        me.organisationName = q.value(3).toString();
        m_context.setActor(me.personId);
    }
    // Written by the sync session from the server's hello.
    if (!q.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'server_role'")))
        return dbError(q);
    if (q.next())
        me.serverRole = q.value(0).toString();
    return me;
}

Result<Identity> OrganisationStore::setIdentity(const QUuid &personId)
{
    m_context.begin(ChangeSet::Identity);
    QSqlQuery q(m_context.database());
    // local_setting is this device's own, never synced: no bookkeeping to stamp.
    q.prepare(QStringLiteral("INSERT INTO local_setting (key, value) VALUES ('me', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(idText(personId));
    if (!q.exec())
        return dbError(q);
    return identity();
}

} // namespace Store
