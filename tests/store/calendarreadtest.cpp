#include "testlib/testenvironment.h"

#include "store/calendar.h"
#include "store/calendarinput.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Model;
using namespace Qt::StringLiterals;
using Store::Calendar::Item;

namespace {

// A calendar around @p components, as another program writes it.
QByteArray calendar(const QByteArray &components)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gemeente Dordrecht//Raadsagenda//NL\r\n" + components
        + "END:VCALENDAR\r\n";
}

QByteArray vevent(const QByteArray &uid, const QByteArray &properties)
{
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T090000Z\r\n" + properties + "END:VEVENT\r\n";
}

QStringList dates(const QList<Item> &items)
{
    QStringList out;
    for (const Item &item : items)
        out.append(item.date.toString(Qt::ISODate));
    return out;
}

Item milestone(const QString &title, const QDate &date)
{
    Item item;
    item.kind = Item::Kind::Milestone;
    item.id = QUuid::createUuid();
    item.projectName = u"Warmtenet Drechtsteden"_s;
    item.title = title;
    item.date = date;
    return item;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

/// Calendars from other programs as a user meets them: repeating meetings,
/// times in other zones, UIDs used twice, text that is not UTF-8, to-dos with
/// a status, lines of megabytes; each read whole, in words where it guesses.
class CalendarReadTest : public QObject
{
    Q_OBJECT

    TestLib::TempDir m_dir;

    void expectError(const Result<Store::Calendar::Parsed> &result, Error::Code code)
    {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY2(!result.error().message.isEmpty(), "an error needs words the user can act on");
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldExpandARepeatingMeetingWithinTheWindow()
    {
        // GIVEN a weekly council meeting, ten times from 7 January, without 21 January
        const QByteArray ics = calendar(vevent("raad@dordrecht.nl", "DTSTART;TZID=Europe/Amsterdam:20270107T193000\r\n"
                                                                   "RRULE:FREQ=WEEKLY;COUNT=10\r\n"
                                                                   "EXDATE;TZID=Europe/Amsterdam:20270121T193000\r\n"
                                                                   "SUMMARY:Gemeenteraad\r\n"));

        // WHEN it is read for January and February
        const auto parsed = Store::Calendar::fromICalendar(ics, {QDate(2027, 1, 1), QDate(2027, 2, 28)});

        // THEN each meeting is a date of its own, without the one left out
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(dates(parsed.value().items),
                 QStringList({u"2027-01-07"_s, u"2027-01-14"_s, u"2027-01-28"_s, u"2027-02-04"_s, u"2027-02-11"_s,
                              u"2027-02-18"_s, u"2027-02-25"_s}));
        for (const Item &item : parsed.value().items) {
            QCOMPARE(item.title, u"Gemeenteraad"_s);
            QVERIFY(item.id.isNull());
        }
        // AND the preview says that repeats are shown per date in the window
        QCOMPARE(parsed.value().notes.size(), 1);
        QVERIFY(parsed.value().notes.first().contains(QLocale().toString(QDate(2027, 2, 28), QLocale::ShortFormat)));
    }

    void shouldHonourUntilAndChangedOccurrences()
    {
        // GIVEN a monthly meeting until May, whose March date moved and whose April date was cancelled
        const QByteArray ics = calendar(
            vevent("commissie@dordrecht.nl", "DTSTART;VALUE=DATE:20270110\r\nRRULE:FREQ=MONTHLY;UNTIL=20270510\r\n"
                                            "SUMMARY:Commissie\r\n")
            + vevent("commissie@dordrecht.nl", "RECURRENCE-ID;VALUE=DATE:20270310\r\nDTSTART;VALUE=DATE:20270317\r\n"
                                              "SUMMARY:Commissie (verplaatst)\r\n")
            + vevent("commissie@dordrecht.nl", "RECURRENCE-ID;VALUE=DATE:20270410\r\nDTSTART;VALUE=DATE:20270410\r\n"
                                              "STATUS:CANCELLED\r\nSUMMARY:Commissie\r\n"));

        // WHEN it is read for the year
        const auto parsed = Store::Calendar::fromICalendar(ics, {QDate(2027, 1, 1), QDate(2027, 12, 31)});

        // THEN the series stops at UNTIL, the moved date is where it went, the cancelled one is gone
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(dates(parsed.value().items),
                 QStringList({u"2027-01-10"_s, u"2027-02-10"_s, u"2027-03-17"_s, u"2027-05-10"_s}));
        QCOMPARE(parsed.value().items.at(2).title, u"Commissie (verplaatst)"_s);
    }

    void shouldCapAnEndlessRepeat()
    {
        // GIVEN a daily stand-up without an end
        const QByteArray ics = calendar(vevent("standup@example.nl", "DTSTART:20270101T080000Z\r\nRRULE:FREQ=DAILY\r\n"
                                                                    "SUMMARY:Stand-up\r\n"));

        // WHEN it is read for two years
        const auto parsed = Store::Calendar::fromICalendar(ics, {QDate(2027, 1, 1), QDate(2028, 12, 31)});

        // THEN it offers the cap's number of dates, from the first, and says so by name
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().items.size(), Store::Calendar::MaxOccurrences);
        QCOMPARE(parsed.value().items.first().date, QDate(2027, 1, 1));
        QCOMPARE(parsed.value().items.last().date, QDate(2027, 1, 1).addDays(Store::Calendar::MaxOccurrences - 1));
        QCOMPARE(parsed.value().notes.size(), 2);
        QVERIFY(parsed.value().notes.at(1).contains(u"Stand-up"_s));
        QVERIFY(parsed.value().notes.at(1).contains(QString::number(Store::Calendar::MaxOccurrences)));
    }

    void shouldDateTimesByTheDutchDay_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QDate>("date");
        QTest::newRow("UTC on new year's eve") << QByteArray("DTSTART:20261231T233000Z") << QDate(2027, 1, 1);
        QTest::newRow("UTC in summer") << QByteArray("DTSTART:20260630T223000Z") << QDate(2026, 7, 1);
        QTest::newRow("UTC early") << QByteArray("DTSTART:20261231T223000Z") << QDate(2026, 12, 31);
        QTest::newRow("New York evening") << QByteArray("DTSTART;TZID=America/New_York:20261231T200000")
                                          << QDate(2027, 1, 1);
        QTest::newRow("Amsterdam late") << QByteArray("DTSTART;TZID=Europe/Amsterdam:20261231T233000")
                                        << QDate(2026, 12, 31);
        QTest::newRow("floating") << QByteArray("DTSTART:20261231T233000") << QDate(2026, 12, 31);
        QTest::newRow("all day") << QByteArray("DTSTART;VALUE=DATE:20261231") << QDate(2026, 12, 31);
    }

    void shouldDateTimesByTheDutchDay()
    {
        // GIVEN a meeting at a time of some zone
        QFETCH(QByteArray, start);
        QFETCH(QDate, date);
        const QByteArray ics = calendar(vevent("oudjaar@example.nl", start + "\r\nSUMMARY:Oudjaarsoverleg\r\n"));

        // WHEN it is read
        const auto parsed = Store::Calendar::fromICalendar(ics);

        // THEN it is on the day it falls on in the Netherlands
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().items.size(), 1);
        QCOMPARE(parsed.value().items.first().date, date);
    }

    void shouldKeepItemsThatShareAUid()
    {
        // GIVEN two meetings under one UID, and an export pasted in twice
        const QUuid id = QUuid::createUuid();
        const QByteArray regieUid = id.toString(QUuid::WithoutBraces).toLatin1() + "@regie.milestone";
        const QByteArray ics = calendar(
            vevent("raad@dordrecht.nl", "DTSTART;VALUE=DATE:20270311\r\nSUMMARY:Raad maart\r\n")
            + vevent("raad@dordrecht.nl", "DTSTART;VALUE=DATE:20270617\r\nSUMMARY:Raad juni\r\n")
            + "BEGIN:VTODO\r\nUID:" + regieUid + "\r\nDUE;VALUE=DATE:20270401\r\nSUMMARY:Besluit\r\nEND:VTODO\r\n"
            + "BEGIN:VTODO\r\nUID:" + regieUid + "\r\nDUE;VALUE=DATE:20270402\r\nSUMMARY:Besluit\r\nEND:VTODO\r\n");

        // WHEN it is read
        const auto parsed = Store::Calendar::fromICalendar(ics);

        // THEN all four are offered, the copy of Regie's to-do without its id
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const QList<Item> items = parsed.value().items;
        QCOMPARE(dates(items), QStringList({u"2027-03-11"_s, u"2027-04-01"_s, u"2027-04-02"_s, u"2027-06-17"_s}));
        QCOMPARE(items.at(1).id, id);
        QVERIFY(items.at(2).id.isNull());
        // AND the preview says so
        QCOMPARE(parsed.value().notes.size(), 1);
        QVERIFY(parsed.value().notes.first().contains(u"UID"_s));
    }

    void shouldReadText_data()
    {
        QTest::addColumn<QByteArray>("summary");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("noted");
        QTest::newRow("UTF-8") << QByteArray("Caf\xC3\xA9 \xE2\x82\xAC 5") << u"Café € 5"_s << false;
        QTest::newRow("Windows-1252") << QByteArray("Caf\xE9 \x80 5 \x93ja\x94") << u"Café € 5 “ja”"_s << true;
        QTest::newRow("Latin-1") << QByteArray("Overleg Stra\xDF" "e \xE0 la carte") << u"Overleg Straße à la carte"_s
                                 << true;
        QTest::newRow("UTF-8 folded mid-character")
            << QByteArray(QByteArray(70, 'a') + "\xC3\r\n \xA9") << QString(QString(70, u'a') + u"é"_s) << false;
    }

    void shouldReadText()
    {
        // GIVEN a title in some encoding
        QFETCH(QByteArray, summary);
        QFETCH(QString, title);
        QFETCH(bool, noted);
        const QByteArray ics = calendar(vevent("tekst@example.nl", "DTSTART;VALUE=DATE:20270311\r\nSUMMARY:" + summary + "\r\n"));

        // WHEN it is read
        const auto parsed = Store::Calendar::fromICalendar(ics);

        // THEN the letters are the writer's, and a guess is told
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().items.first().title, title);
        QCOMPARE(parsed.value().notes.size(), noted ? 1 : 0);
    }

    void shouldFoldEveryLineBeforeParsing()
    {
        // GIVEN a line of 300 kB with accents, and a line folded by its writer
        const QByteArray longText = QString(100000, u'é').toUtf8() + "abc";
        const QByteArray ics = calendar(vevent("lang@example.nl", "DTSTART;VALUE=DATE:20270311\r\nDESCRIPTION:" + longText
                                                                     + "\r\nSUMMARY:Kort\r\n  maar gevouwen\r\n"));

        // WHEN it is prepared for the parser
        const auto input = Store::Calendar::prepareInput(ics);

        // THEN no line is longer than 75 octets, none is cut inside a letter, and unfolding gives the text back
        QVERIFY(input);
        const QList<QByteArray> lines = input->text.split('\n');
        for (const QByteArray &line : lines) {
            QVERIFY(line.size() <= 76);
            QVERIFY(QByteArrayView(line).isValidUtf8());
        }
        QString text = QString::fromUtf8(input->text);
        text.remove(u"\r\n "_s);
        QVERIFY(text.contains(u"DESCRIPTION:"_s + QString::fromUtf8(longText) + u"\r\n"_s));
        QVERIFY(text.contains(u"SUMMARY:Kort maar gevouwen\r\n"_s));
        QCOMPARE(input->sharedUids, 0);
        QVERIFY(!input->windows1252);
    }

    void shouldReadALongLineInLinearTime()
    {
        // GIVEN 8 MB of description on one unfolded line (it took 13 s before it was folded first)
        const QByteArray ics = calendar(vevent("lang@example.nl", "DTSTART;VALUE=DATE:20270311\r\nSUMMARY:Lang\r\n"
                                                                 "DESCRIPTION:" + QByteArray(8 * 1024 * 1024, 'x') + "\r\n"));
        const QString path = m_dir.file(u"lang.ics"_s);
        QVERIFY(writeFile(path, ics));

        // WHEN it is imported, with progress
        QList<qint64> seen;
        QElapsedTimer timer;
        timer.start();
        const auto parsed = Store::Calendar::importFile(path, {}, [&seen](qint64 done, qint64 total) {
            seen.append(done * 1000 / total);
            return true;
        });
        const qint64 ms = timer.elapsed();

        // THEN it is read whole in seconds, and the progress climbs to the end
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().items.first().description.size(), 8 * 1024 * 1024);
        QVERIFY2(ms < 6000, qPrintable(u"took %1 ms"_s.arg(ms)));
        QVERIFY(seen.size() > 10);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 1000);
    }

    void shouldStopWhenAsked()
    {
        // GIVEN a calendar of some size on disk
        QList<Item> many;
        for (int i = 0; i < 3000; ++i)
            many.append(milestone(u"Mijlpaal %1"_s.arg(i), QDate(2027, 1, 1).addDays(i % 300)));
        const QString path = m_dir.file(u"veel.ics"_s);
        QVERIFY(Store::Calendar::exportFile(path, many).ok());

        // WHEN the reader is told to stop at its first report
        int reports = 0;
        const auto parsed = Store::Calendar::importFile(path, {}, [&reports](qint64, qint64) {
            ++reports;
            return false;
        });

        // THEN it stops there, with words for it
        expectError(parsed, Error::Validation);
        QCOMPARE(reports, 1);
    }

    void shouldReadATodosStatus_data()
    {
        QTest::addColumn<QByteArray>("properties");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("completedOn");
        QTest::newRow("completed with a moment") << QByteArray("STATUS:COMPLETED\r\nCOMPLETED:20270304T233000Z\r\n")
                                                 << int(MilestoneStatus::Done) << QDate(2027, 3, 5);
        QTest::newRow("only a completion moment") << QByteArray("COMPLETED:20270304T100000Z\r\n")
                                                  << int(MilestoneStatus::Done) << QDate(2027, 3, 4);
        QTest::newRow("completed without a moment") << QByteArray("STATUS:COMPLETED\r\n") << int(MilestoneStatus::Done)
                                                    << QDate();
        QTest::newRow("all done") << QByteArray("PERCENT-COMPLETE:100\r\n") << int(MilestoneStatus::Done) << QDate();
        QTest::newRow("in process") << QByteArray("STATUS:IN-PROCESS\r\n") << int(MilestoneStatus::InProgress) << QDate();
        QTest::newRow("cancelled") << QByteArray("STATUS:CANCELLED\r\n") << int(MilestoneStatus::Missed) << QDate();
        QTest::newRow("needs action") << QByteArray("STATUS:NEEDS-ACTION\r\n") << int(MilestoneStatus::Planned) << QDate();
    }

    void shouldReadATodosStatus()
    {
        // GIVEN a to-do with a status as another program writes it
        QFETCH(QByteArray, properties);
        QFETCH(int, status);
        QFETCH(QDate, completedOn);
        const QByteArray ics = calendar("BEGIN:VTODO\r\nUID:stukken@dordrecht.nl\r\nDTSTAMP:20260101T090000Z\r\n"
                                        "DUE;VALUE=DATE:20270301\r\nSUMMARY:Stukken\r\n" + properties + "END:VTODO\r\n");

        // WHEN it is read
        const auto parsed = Store::Calendar::fromICalendar(ics);

        // THEN the milestone has that status, and the day it was done when the file says
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(int(parsed.value().items.first().status), status);
        QCOMPARE(parsed.value().items.first().completedOn, completedOn);
    }

};

QTEST_GUILESS_MAIN(CalendarReadTest)
#include "calendarreadtest.moc"
