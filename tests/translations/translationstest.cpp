#include "tests/testlib/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

/// Dutch is Regie's default language: every string the user can see must have
/// its Dutch text. lupdate scans the sources into a copy of regie_nl.ts, so a
/// new tr() string that nobody translated fails here, not in front of a user.
class TranslationsTest : public QObject
{
    Q_OBJECT

    struct Unfinished {
        QStringList sources;
        int messages = 0;
    };

    static Unfinished unfinishedIn(const QString &tsFile)
    {
        Unfinished result;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                ++result.messages;
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                if (type == "vanished"_L1 || type == "obsolete"_L1)
                    continue;
                const bool unfinished = type == "unfinished"_L1;
                QString text;
                // Plural messages keep their forms in <numerusform> children.
                while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (unfinished || text.trimmed().isEmpty())
                    result.sources.append(context + u": "_s + source);
            }
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
    }

    void shouldTranslateEveryStringIntoDutch()
    {
        // GIVEN a copy of the committed Dutch translations
        TestLib::TempDir dir;
        const QString copy = dir.file(u"regie_nl.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(SOURCE_DIR "/translations/regie_nl.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // WHEN lupdate adds every tr() string of the sources to it
        QProcess lupdate;
        QStringList arguments;
        for (const char *folder : {"app", "model", "store", "sync", "views"})
            arguments << QStringLiteral(SOURCE_DIR "/") + QLatin1String(folder);
        arguments << u"-extensions"_s << u"cpp,h"_s << u"-locations"_s << u"none"_s << u"-no-obsolete"_s
                  << u"-silent"_s << u"-ts"_s << copy;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);

        // THEN nothing is left without its Dutch text
        const Unfinished unfinished = unfinishedIn(copy);
        QVERIFY2(unfinished.messages > 50, "the sources should hold many translatable strings");
        QVERIFY2(unfinished.sources.isEmpty(),
                 qPrintable(u"%1 string(s) lack a Dutch translation (run the update_translations target and "
                            u"translate them in translations/regie_nl.ts):\n"_s.arg(unfinished.sources.size())
                            + unfinished.sources.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translationstest.moc"
