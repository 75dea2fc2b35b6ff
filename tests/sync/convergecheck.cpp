#include "convergecheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Converge {

namespace {

using SyncSchema::Type;

const QString Null = u"NULL"_s;
// The bookkeeping compared after the synced fields.
const QStringList Bookkeeping = {u"version"_s, u"created_at"_s, u"updated_at"_s, u"changed_by"_s};

// A value as text, the same for SQLite's and PostgreSQL's way of holding it.
QString normal(Type type, const QVariant &v)
{
    switch (type) {
    case Type::Text:
        return v.isNull() ? QString() : v.toString();
    case Type::Uuid:
    case Type::Date:
        return v.isNull() || v.toString().isEmpty() ? Null : v.toString().toLower();
    case Type::Flag:
        return QString::number(v.toInt());
    case Type::Blob:
        // Locally the bytes; from the server already hex (encode()).
        return v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex()) : v.toString();
    case Type::Number:
        return v.isNull() ? Null : QString::number(v.toDouble(), 'g', 15);
    }
    return v.toString();
}

QString stamp(const QVariant &v)
{
    if (v.isNull())
        return Null;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : v.toString();
}

QString serverColumn(const SyncSchema::Column &c)
{
    switch (c.type) {
    case Type::Uuid:
    case Type::Date:
        return c.name + u"::text"_s;
    case Type::Flag:
        return c.name + u"::int"_s;
    case Type::Blob:
        return u"encode(%1, 'hex')"_s.arg(c.name);
    default:
        return c.name;
    }
}

using Rows = QHash<QString, QStringList>;

Rows read(QSqlQuery &q, const QList<SyncSchema::Column> &columns)
{
    Rows rows;
    while (q.next()) {
        QStringList values;
        int i = 1;
        for (const auto &c : columns)
            values << normal(c.type, q.value(i++));
        values << QString::number(q.value(i).toLongLong()) << stamp(q.value(i + 1)) << stamp(q.value(i + 2))
               << normal(Type::Uuid, q.value(i + 3));
        rows.insert(q.value(0).toString().toLower(), values);
    }
    return rows;
}

QString shown(const QString &value)
{
    return value.size() > 60 ? u"\"%1…\""_s.arg(value.left(60)) : u"\"%1\""_s.arg(value);
}

// A conflict's value: locally a one-element JSON array, on the server jsonb.
QString json(const QString &text, bool wrapped)
{
    const QJsonDocument d = QJsonDocument::fromJson(wrapped ? text.toUtf8() : u"[%1]"_s.arg(text).toUtf8());
    const QJsonValue v = d.array().at(0);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// A bytea as PostgreSQL writes it in JSON, hex ("\\x89504e…") or, where
// the session asked for it, escape ("\\211PNG…"), as the bytes' hex.
//
// Open on main (2026-12-02): Qt's QPSQL driver sends "SET bytea_output TO
// escape" when it connects, so in a laptop's session to_jsonb() of a logo
// is escape text. regie_apply_change compares that with the laptop's hex
// base and value: every change of a logo the server holds is a conflict
// although nothing changed there ("needless conflict: the server still
// held the base"); and SyncSchema::localValue() reads an answer's escape
// text as hex, so the laptop stores other bytes ("differs: project.logo",
// laptop 211015012032012a for the server's 89504e470d0a1a0a61).
QString byteaHex(const QString &text)
{
    if (text.startsWith(u"\\x"_s))
        return text.mid(2).toLower();
    QByteArray bytes;
    const QByteArray in = text.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '\\' && i + 3 < in.size() && QByteArray("01234567").contains(in.at(i + 1))) {
            bytes.append(char(in.mid(i + 1, 3).toInt(nullptr, 8)));
            i += 3;
        } else if (in.at(i) == '\\' && i + 1 < in.size() && in.at(i + 1) == '\\') {
            bytes.append('\\');
            ++i;
        } else {
            bytes.append(in.at(i));
        }
    }
    return QString::fromLatin1(bytes.toHex());
}

// A conflict's value of @p field, comparable whatever format it came in.
QString comparable(const QString &table, const QString &field, const QString &jsonText)
{
    const QJsonValue v = QJsonDocument::fromJson(u"[%1]"_s.arg(jsonText).toUtf8()).array().at(0);
    const SyncSchema::Table *t = SyncSchema::table(table);
    if (t && v.isString()) {
        for (const auto &c : t->fields) {
            if (c.name == field && c.type == Type::Blob)
                return byteaHex(v.toString());
        }
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QSqlQuery run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

Check::Check(World &world)
    : m_world(world)
{
}

QList<Divergence> Check::laptop(Laptop &laptop)
{
    m_laptop = &laptop;
    m_answers.clear();
    m_changesOf.clear();
    QSqlQuery a = run(m_world.admin(), u"SELECT change_id::text, result->>'status' FROM regie_applied_change "
                                       "WHERE person_id = '%1'"_s.arg(id(laptop.person())));
    while (a.next())
        m_answers.insert(a.value(0).toString(), a.value(1).toString());
    m_refusals.clear();
    QSqlQuery r = run(laptop.store().database(), u"SELECT change_id, message FROM sync_problem"_s);
    while (r.next())
        m_refusals.insert(r.value(0).toString().toLower(), r.value(1).toString());
    for (auto it = laptop.changes().cbegin(); it != laptop.changes().cend(); ++it)
        m_changesOf[it.value().section(u' ', 1, 1).toLower()] << it.key();
    QList<Divergence> out;
    for (const auto &t : SyncSchema::tables())
        rows(laptop, t, out);
    outbox(laptop, out);
    quarantine(laptop, out);
    changes(laptop, out);
    conflicts(laptop, out);
    return out;
}

QString Check::history(const QString &row, QString *fault) const
{
    QStringList told;
    for (const QString &change : m_changesOf.value(row)) {
        const QString answer = m_answers.value(change.toLower(), u"not answered"_s);
        const QString faults = m_laptop->faults().value(change);
        const QString refusal = m_refusals.value(change.toLower());
        told << u"%1 %2 %3%4%5"_s.arg(change.left(8), m_laptop->changes().value(change).section(u' ', 2, 2), answer,
                                      refusal.isEmpty() ? QString() : u" (\"%1\")"_s.arg(refusal),
                                      faults.isEmpty() ? QString() : u" (%1)"_s.arg(faults));
        if (fault && fault->isEmpty() && !faults.isEmpty() && answer != u"applied"_s)
            *fault = u" [%1, answered %2]"_s.arg(faults.section(u',', 0, 0), answer);
    }
    return told.isEmpty() ? QString() : u"; its changes here: "_s + told.join(u", "_s);
}

QList<Divergence> Check::server()
{
    QList<Divergence> out;
    for (const auto &t : SyncSchema::tables()) {
        QSqlQuery q = run(m_world.admin(), u"SELECT id::text, created_at - now() FROM %1 "
                                           "WHERE created_at > now() + interval '1 minute'"_s.arg(t.name));
        while (q.next())
            out << Divergence{u"created in the future: %1"_s.arg(t.name),
                              u"server: %1 %2 was created %3 from now"_s.arg(t.name, q.value(0).toString(),
                                                                             q.value(1).toString())};
    }
    return out;
}

int Check::serverConflicts()
{
    QSqlQuery q = run(m_world.admin(), u"SELECT count(*) FROM regie_conflict"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void Check::rows(Laptop &laptop, const SyncSchema::Table &table, QList<Divergence> &out)
{
    const QList<SyncSchema::Column> columns = table.syncedColumns();
    QStringList local{u"id"_s};
    QStringList server{u"id::text"_s};
    QStringList names;
    for (const auto &c : columns) {
        local << c.name;
        server << serverColumn(c);
        names << c.name;
    }
    names << Bookkeeping;
    local << u"version, created_at, updated_at, changed_by"_s;
    const QString utc = u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
    server << u"version"_s << utc.arg(u"created_at"_s) << utc.arg(u"updated_at"_s) << u"changed_by::text"_s;

    QSqlQuery l = run(laptop.store().database(), u"SELECT %1 FROM %2"_s.arg(local.join(u", "_s), table.name));
    const Rows mine = read(l, columns);
    // As the user: the read policies decide what the laptop should hold.
    QSqlQuery s = run(m_world.asUser(laptop), u"SELECT %1 FROM %2"_s.arg(server.join(u", "_s), table.name));
    const Rows theirs = read(s, columns);

    QHash<QString, QString> refusedInserts; // row to the server's reason
    QSqlQuery p = run(laptop.store().database(),
                      u"SELECT row_id, message FROM sync_problem WHERE op = 'insert' AND tbl = '%1'"_s.arg(table.name));
    while (p.next())
        refusedInserts.insert(p.value(0).toString().toLower(), p.value(1).toString());

    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        const auto found = mine.constFind(it.key());
        QString fault;
        const QString told = history(it.key(), &fault);
        if (found == mine.cend()) {
            out << Divergence{u"row missing on the laptop: %1%2"_s.arg(table.name, fault),
                              u"%1: %2 %3: only on the server%4"_s.arg(laptop.name(), table.name, it.key(), told)};
            continue;
        }
        // One line per row, named for what differs: the fields, or only
        // the bookkeeping (and then whether the laptop is ahead or behind).
        QStringList fields;
        QStringList bookkeeping;
        QStringList shownValues;
        for (int i = 0; i < names.size(); ++i) {
            if (found->at(i) == it->at(i))
                continue;
            (i < columns.size() ? fields : bookkeeping) << names.at(i);
            shownValues << u"%1: laptop %2, server %3"_s.arg(names.at(i), shown(found->at(i)), shown(it->at(i)));
        }
        if (shownValues.isEmpty())
            continue;
        QString kind;
        if (!fields.isEmpty())
            kind = u"differs: %1.%2"_s.arg(table.name, fields.join(u'+'));
        else if (bookkeeping == QStringList{u"created_at"_s})
            kind = u"only created_at differs: %1"_s.arg(table.name);
        else if (bookkeeping == QStringList{u"updated_at"_s}
                 || bookkeeping == QStringList{u"created_at"_s, u"updated_at"_s})
            kind = u"only the timestamps differ: %1"_s.arg(table.name);
        else
            kind = u"same values, version %1 on the laptop: %2"_s.arg(
                found->at(columns.size()).toLongLong() > it->at(columns.size()).toLongLong() ? u"ahead"_s
                                                                                             : u"behind or equal"_s,
                table.name);
        out << Divergence{
            kind + fault, u"%1: %2 %3: %4%5"_s.arg(laptop.name(), table.name, it.key(), shownValues.join(u"; "_s), told)
        };
    }
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.contains(it.key()))
            continue;
        const bool refused = refusedInserts.contains(it.key());
        QString fault;
        const QString told = history(it.key(), &fault);
        out << Divergence{(refused ? u"refused insert kept on the laptop: %1%2"_s : u"row only on the laptop: %1%2"_s)
                              .arg(table.name, fault),
                          u"%1: %2 %3: not on the server (or hidden from this user)%4%5"_s.arg(
                              laptop.name(), table.name, it.key(),
                              refused ? u"; refused there: "_s + refusedInserts.value(it.key()) : QString(), told)};
    }
}

void Check::outbox(Laptop &laptop, QList<Divergence> &out)
{
    QSqlQuery q = run(laptop.store().database(), u"SELECT change_id, tbl, row_id, op FROM outbox ORDER BY seq"_s);
    while (q.next())
        out << Divergence{u"left in the outbox"_s,
                          u"%1: outbox %2: %3 %4 %5"_s.arg(laptop.name(), q.value(0).toString(), q.value(1).toString(),
                                                           q.value(2).toString(), q.value(3).toString())};
}

void Check::quarantine(Laptop &laptop, QList<Divergence> &out)
{
    // The quarantine is for edits of projects the laptop lost: the run
    // noted every project a sync removed (and whether it was still visible).
    // Besides, a local row in the way of a server row in a pull is kept
    // aside with its reason (docs/SYNC.md, "Order").
    const bool reasons
        = laptop.count(u"SELECT count(*) FROM pragma_table_info('sync_quarantine') WHERE name = 'reason'"_s) > 0;
    QSqlQuery q = run(laptop.store().database(),
                      u"SELECT change_id, project_id, tbl, row_id, op FROM sync_quarantine%1"_s.arg(
                          reasons ? u" WHERE reason = ''"_s : QString()));
    while (q.next()) {
        const QString project = q.value(1).toString().toLower();
        if (laptop.lost().contains(project))
            continue;
        out << Divergence{u"quarantined needlessly"_s,
                          u"%1: kept aside %2 (%3 %4 %5) of project %6, which no sync of this laptop removed"_s.arg(
                              laptop.name(), q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), project)};
    }
}

void Check::changes(Laptop &laptop, QList<Divergence> &out)
{
    const QHash<QString, QString> &applied = m_answers;
    QSet<QString> kept;
    QSqlQuery k = run(laptop.store().database(), u"SELECT change_id FROM sync_quarantine"_s);
    while (k.next())
        kept.insert(k.value(0).toString().toLower());
    const QHash<QString, QString> &made = laptop.changes();
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        // A refused change is answered and stored like any other; when its
        // project is lost it is kept aside too, with the rest of its edits.
        const QString status = applied.value(it.key().toLower());
        const bool onServer = !status.isEmpty() && status != u"rejected"_s;
        const bool aside = kept.contains(it.key().toLower());
        if (status.isEmpty() && !aside)
            out << Divergence{u"change lost"_s, u"%1: change %2 (%3) is neither on the server nor kept aside"_s.arg(
                                                    laptop.name(), it.key(), it.value())};
        else if (onServer && aside)
            out << Divergence{u"change applied and kept aside"_s,
                              u"%1: change %2 (%3) was applied (%4) and is kept aside too"_s.arg(
                                  laptop.name(), it.key(), it.value(), applied.value(it.key().toLower()))};
    }
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (!made.contains(it.key()))
            out << Divergence{u"applied change the laptop never made"_s,
                              u"%1: the server applied %2 (%3), not seen in the outbox"_s.arg(laptop.name(), it.key(),
                                                                                          it.value())};
    }
}

void Check::conflicts(Laptop &laptop, QList<Divergence> &out)
{
    QMap<QString, int> local;
    QSqlQuery l = run(laptop.store().database(),
                      u"SELECT change_id, tbl, row_id, field, base, server, mine FROM sync_conflict"_s);
    while (l.next()) {
        const QString key = QStringList{l.value(0).toString().toLower(),   l.value(1).toString(),
                                          l.value(2).toString().toLower(),   l.value(3).toString(),
                                          json(l.value(4).toString(), true), json(l.value(5).toString(), true),
                                          json(l.value(6).toString(), true)}
                                .join(u" | "_s);
        ++local[key];
    }
    QMap<QString, int> server;
    QSqlQuery s = run(m_world.admin(), u"SELECT change_id::text, tbl, row_id::text, field, base::text, server::text, "
                                       "client::text, client->'deleted' = 'true'::jsonb "
                                       "FROM regie_conflict WHERE person_id = '%1'"_s.arg(id(laptop.person())));
    while (s.next()) {
        const QString field = s.value(3).toString();
        const QString key = QStringList{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), field,
                                        json(s.value(4).toString(), false), json(s.value(5).toString(), false),
                                        json(s.value(6).toString(), false)}
                                .join(u" | "_s);
        ++server[key];
        // A conflict asks the user to choose: never between two equal values.
        const bool bothDeleted = field == u"deleted"_s && s.value(5).toString() == u"true"_s && s.value(7).toBool();
        if (bothDeleted)
            out << Divergence{u"needless conflict: deleting what is already deleted"_s,
                              u"%1: conflict on %2 %3 deleted: the server had deleted it too (change %4)"_s.arg(
                                  laptop.name(), s.value(1).toString(), s.value(2).toString(), s.value(0).toString())};
        if (field == u"deleted"_s)
            continue;
        const QString table = s.value(1).toString();
        const QString base = comparable(table, field, s.value(4).toString());
        const QString held = comparable(table, field, s.value(5).toString());
        const QString sent = comparable(table, field, s.value(6).toString());
        if (held == sent)
            out << Divergence{u"needless conflict: the same value"_s,
                                u"%1: conflict on %2 %3 %4: both hold %5"_s.arg(
                                    laptop.name(), table, s.value(2).toString(), field, s.value(5).toString())};
        else if (held == base)
            out << Divergence{u"needless conflict: the server still held the base"_s,
                              u"%1: conflict on %2 %3 %4: base %5, server %6 (the same), laptop %7"_s.arg(
                                  laptop.name(), table, s.value(2).toString(), field, s.value(4).toString(),
                                  s.value(5).toString(), s.value(6).toString())};
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (local.value(it.key()) != it.value())
            out << Divergence{u"conflict recorded on the server only"_s,
                                u"%1: server conflict %2 (%3 on the server, %4 on the laptop)"_s
                                    .arg(laptop.name(), it.key())
                                    .arg(it.value())
                                    .arg(local.value(it.key()))};
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (!server.contains(it.key()))
            out << Divergence{
                u"conflict recorded on the laptop only"_s,
                u"%1: laptop conflict %2 (%3 times, not on the server)"_s.arg(laptop.name(), it.key()).arg(it.value())
            };
    }
}

} // namespace Converge
