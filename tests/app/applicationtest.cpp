#include "testlib/testenvironment.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

/// Regie started from the command line, as ./regie-dev run starts it without
/// a display: the whole program, with its own event loop and dialogs.
class ApplicationTest : public QObject
{
    Q_OBJECT

    /// Well below the two minutes after which Regie gives up on a screenshot.
    static constexpr int FinishWithinMs = 60000;

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldSaveScreenshotOfWelcomeOnFirstStart_data()
    {
        QTest::addColumn<bool>("emptyFileExists");
        QTest::newRow("no database yet") << false;
        QTest::newRow("an empty file") << true;
    }

    void shouldSaveScreenshotOfWelcomeOnFirstStart()
    {
        QFETCH(bool, emptyFileExists);
        // GIVEN a database nobody has started Regie with yet
        TestLib::TempDir dir;
        const QString database = dir.file(u"regie.sqlite"_s);
        if (emptyFileExists) {
            QFile file(database);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString shot = dir.file(u"shots/welcome.png"_s);

        // WHEN Regie is asked for a screenshot of it
        QProcess regie;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.file(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.file(u"data"_s));
        regie.setProcessEnvironment(environment);
        regie.start(QStringLiteral(REGIE_EXECUTABLE), {u"--database"_s, database, u"--screenshot"_s, shot});
        QVERIFY(regie.waitForStarted());
        const bool finished = regie.waitForFinished(FinishWithinMs);
        if (!finished) {
            regie.kill();
            regie.waitForFinished();
        }

        // THEN it saves the picture (of the welcome dialog that waits for the
        // user), says where, and quits by itself
        QVERIFY2(finished, "regie did not quit after the screenshot");
        QCOMPARE(regie.exitStatus(), QProcess::NormalExit);
        QVERIFY2(regie.exitCode() == 0, regie.readAllStandardError().constData());
        QCOMPARE(QString::fromLocal8Bit(regie.readAllStandardOutput()).trimmed(), shot);
        QImageReader reader(shot);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage picture = reader.read();
        QVERIFY2(!picture.isNull(), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(ApplicationTest)
#include "applicationtest.moc"
