#pragma once

// The attack matrix's world, its attackers and their tally (see
// attackmatrixtest.cpp): sessions over TCP as real LOGIN roles.

#include "testlib/pgserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace AttackMatrix {

inline QString uid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The world every attempt meets: one project P led by Dordrecht with two
// partner municipalities, a citizens' platform as external reflector and a
// water board without users; and project Q of an outsider, Sliedrecht.
struct World {
    QUuid dordrecht = QUuid::createUuid(), zwijndrecht = QUuid::createUuid(), papendrecht = QUuid::createUuid(),
          platform = QUuid::createUuid(), waterboard = QUuid::createUuid(), sliedrecht = QUuid::createUuid();
    QUuid p = QUuid::createUuid(), q = QUuid::createUuid();
    QUuid leadPart = QUuid::createUuid(), zwijndrechtPart = QUuid::createUuid(), papendrechtPart = QUuid::createUuid(),
          platformPart = QUuid::createUuid(), waterboardPart = QUuid::createUuid(), sliedrechtPart = QUuid::createUuid();
    QUuid term = QUuid::createUuid(), goal = QUuid::createUuid(), goalQ = QUuid::createUuid(),
          milestone = QUuid::createUuid(), evaluation = QUuid::createUuid(), score = QUuid::createUuid(),
          comment = QUuid::createUuid(), decision = QUuid::createUuid(), progress = QUuid::createUuid(),
          measurement = QUuid::createUuid(), waterboardContact = QUuid::createUuid(), goalPartner = QUuid::createUuid(), milestoneGoal = QUuid::createUuid();
    // Server step 11: a second goal of P, a correction of P's measurement, a measurement of Q.
    QUuid goal2 = QUuid::createUuid(), correction = QUuid::createUuid(), measurementQ = QUuid::createUuid();
};

// The knowledge base every attempt meets (see knowledgeattacks.cpp): items
// of each visibility and status, a question with answers, kept versions and
// reuse records. Every body holds "oeverschouw", so one search finds them all.
struct KnowledgeWorld {
    struct Item {
        QUuid org;
        QString status, visibility;
        QUuid project;
        QString title; ///< unique: an answer that carries it shows the row
    };
    QUuid everyone = QUuid::createUuid(), draft = QUuid::createUuid(), organisationOnly = QUuid::createUuid(),
          partners = QUuid::createUuid(), partnersQ = QUuid::createUuid(), question = QUuid::createUuid(),
          answer = QUuid::createUuid(), questionQ = QUuid::createUuid(), answerQ = QUuid::createUuid(),
          hiddenQuestion = QUuid::createUuid();
    QHash<QUuid, Item> items;
    QHash<QUuid, QUuid> versions; ///< version → its item
    QHash<QUuid, QUuid> reuses; ///< reuse record → its item
    QUuid everyoneFirst, everyoneSecond; ///< the two kept versions of `everyone`
    QUuid reuseEveryone; ///< Zwijndrecht's record of adapting `everyone`
};

// Who attacks: a lead, a member and a viewer of each of the three
// municipalities, the external reflector, and a lead of the outsider.
struct Subject {
    QString login;
    QUuid person;
    QUuid org;
    QString role;
    QSqlDatabase db;

    bool writes() const { return role == "lead"_L1 || role == "member"_L1; }
    bool regieOf(const World &w) const { return role == "lead"_L1 && org == w.dordrecht; }
    bool inP(const World &w) const { return org == w.dordrecht || org == w.zwijndrecht || org == w.papendrecht || org == w.platform; }
};

struct Tally {
    int attempts = 0;
    int held = 0;
    QStringList breaches; ///< refused writes that took effect, rows read that should not be
    QStringList wrongRefusals; ///< writes the rules allow that the server refused
};

inline QJsonObject change(const QString &table, const QUuid &id, const QString &op, const QJsonObject &fields,
                   const QJsonObject &base = {})
{
    return {{u"change_id"_s, uid(QUuid::createUuid())}, {u"table"_s, table}, {u"id"_s, uid(id)}, {u"op"_s, op},
            {u"fields"_s, fields}, {u"base"_s, base}, {u"created_at"_s, u"2026-11-30T10:00:00.000Z"_s}};
}


/// Signs the subjects in, builds the world and runs the attacks, counting
/// each attempt as held or breached.
class Attacker
{
public:
    Attacker(TestLib::PgServer &server, const QString &database);
    ~Attacker();

    void buildWorld();
    /// A fingerprint of every synced table as the server holds it.
    QString fingerprint();

    void attackDirectly(const Subject &s);
    void attackReads(const Subject &s);
    void attackThroughPush(const Subject &s);
    void attackWithHostileText();
    void attackWithMalformedChanges();
    void attackChangeIds();
    void attackChains();
    /// Offers to be asked and openings of items (server step 10); writes
    /// its own rows first, so it runs after the fingerprint is compared.
    void attackExperts();

    /// The knowledge base's rows and rules (server step 8).
    void buildKnowledgeWorld();
    void attackKnowledgeReads(const Subject &s);
    void attackKnowledgeThroughPush(const Subject &s);
    void attackKnowledgeWithHostileText();

    const QList<Subject> &subjects() const { return m_subjects; }
    Tally &tally() { return m_tally; }
    const World &world() const { return w; }

private:
    QSqlDatabase admin() const;
    void adminExec(const QString &sql);
    QJsonObject serverRow(const QString &table, const QUuid &id);
    void addSubject(const QString &login, const QUuid &org, const QString &role);
    const Subject &subject(const QString &login) const;
    QJsonArray push(const Subject &s, const QJsonArray &changes, bool commit = false, QString *failure = nullptr);
    /// @p json as it goes on the wire; @p inside runs before the rollback.
    QJsonArray pushRaw(const Subject &s, const QByteArray &json, bool commit, QString *failure,
                       const std::function<void()> &inside = {});
    void expect(const QString &what, const Subject &s, const QJsonObject &c, bool allowed);
    void refuseDirect(const Subject &s, const QString &sql);
    void count(bool held, const QString &what);
    static QString tableColumn(const QString &table);
    /// The read rule of docs/SYNC.md for knowledge item @p item, as an oracle.
    bool mayReadItem(const Subject &s, const QUuid &item) const;
    bool takesPart(const QUuid &org, const QUuid &project) const;

    TestLib::PgServer &m_server;
    QString m_db;
    World w;
    KnowledgeWorld k;
    QList<Subject> m_subjects;
    Tally m_tally;
};

} // namespace AttackMatrix
