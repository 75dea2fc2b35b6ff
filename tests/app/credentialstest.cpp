#include "app/credentials.h"

#include "testlib/testenvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/// The keychain as a laptop without a keyring has it: no session bus, so no
/// KWallet or Secret Service to store a password in.
class CredentialsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regie-test-bus");
    }

    void shouldSayWhenAPasswordCannotBeStored()
    {
        // GIVEN no keyring runs
        App::Credentials credentials;
        QSignalSpy notStored(&credentials, &App::Credentials::notStored);
        // WHEN a password is to be remembered
        credentials.write(u"anna@regie.example"_s, u"geheim"_s);
        // THEN it says so, naming the account and QtKeychain's reason
        QVERIFY(notStored.wait(20000));
        QCOMPARE(notStored.first().at(0).toString(), u"anna@regie.example"_s);
        QVERIFY(!notStored.first().at(1).toString().isEmpty());
        // AND reading it gives nothing, so the user is asked instead
        QString read = u"unset"_s;
        bool done = false;
        credentials.read(u"anna@regie.example"_s, [&](const QString &password) {
            read = password;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(read.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CredentialsTest)
#include "credentialstest.moc"
