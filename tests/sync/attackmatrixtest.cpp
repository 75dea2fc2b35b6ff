#include "attacker.h"

#include "testlib/testenvironment.h"

#include <QTest>

#include <functional>
#include <memory>

/// Attacks the server as real users would: sessions over TCP as their own
/// LOGIN roles with their passwords (never the owner, never SET ROLE from a
/// superuser), trying every synced table directly and through the push
/// function, with forged people, organisations and change ids, hostile
/// text, and the chains that once got past the rules. Refused means
/// refused: the answer says so, and nothing changed. Tables declared in
/// model/synctables.cpp join the matrix by themselves.
class AttackMatrixTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::PgServer> m_server;
    std::unique_ptr<AttackMatrix::Attacker> m_attacker;

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        m_server = std::make_unique<TestLib::PgServer>();
        m_attacker = std::make_unique<AttackMatrix::Attacker>(*m_server, u"regie_attack"_s);
        m_attacker->buildWorld();
        m_attacker->buildKnowledgeWorld();
    }

    void shouldHoldEveryAttack()
    {
        AttackMatrix::Attacker &a = *m_attacker;
        AttackMatrix::Tally &tally = a.tally();
        const QString before = a.fingerprint();
        // The knowledge base's part is counted apart as well (server step 8).
        AttackMatrix::Tally knowledge;
        auto counted = [&](const std::function<void()> &attack) {
            const AttackMatrix::Tally was = tally;
            attack();
            knowledge.attempts += tally.attempts - was.attempts;
            knowledge.held += tally.held - was.held;
            knowledge.breaches.append(tally.breaches.mid(was.breaches.size()));
        };
        for (const AttackMatrix::Subject &s : a.subjects()) {
            a.attackDirectly(s);
            a.attackReads(s);
            a.attackThroughPush(s);
            counted([&] {
                a.attackKnowledgeReads(s);
                a.attackKnowledgeThroughPush(s);
            });
        }
        a.attackWithHostileText();
        counted([&] { a.attackKnowledgeWithHostileText(); });
        a.attackWithMalformedChanges();
        // Every attempt so far was rolled back or refused: nothing changed.
        ++tally.attempts;
        if (a.fingerprint() == before)
            ++tally.held;
        else
            tally.breaches << u"the server's rows changed during the rolled-back attempts"_s;
        a.attackChangeIds();
        a.attackChains();
        a.attackExperts();
        qInfo("attack matrix: %d attempts, %d held, %lld breached", tally.attempts, tally.held,
              qlonglong(tally.breaches.size()));
        qInfo("attack matrix, knowledge base: %d attempts, %d held, %lld breached", knowledge.attempts, knowledge.held,
              qlonglong(knowledge.breaches.size()));
        for (const QString &b : std::as_const(tally.breaches))
            qWarning("breached: %s", qPrintable(b));
        for (const QString &b : std::as_const(tally.wrongRefusals))
            qWarning("refused what the rules allow: %s", qPrintable(b));
        QVERIFY(tally.attempts > 300);
        QVERIFY(knowledge.attempts > 500);
        QCOMPARE(tally.breaches.size(), 0);
        QCOMPARE(tally.wrongRefusals.size(), 0);
        QCOMPARE(tally.held + tally.wrongRefusals.size(), tally.attempts);
    }

    void cleanupTestCase()
    {
        m_attacker.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(AttackMatrixTest)
#include "attackmatrixtest.moc"
