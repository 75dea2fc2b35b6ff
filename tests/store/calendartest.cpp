#include "testlib/testenvironment.h"

#include "store/calendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Model;
using namespace Qt::StringLiterals;
using Store::Calendar::Item;

namespace {

Item milestone(const QString &title, const QDate &date, MilestoneStatus status, int percent)
{
    Item item;
    item.kind = Item::Kind::Milestone;
    item.id = QUuid::createUuid();
    item.projectName = u"Warmtenet Drechtsteden"_s;
    item.title = title;
    item.description = u"Beschrijving van "_s + title;
    item.date = date;
    item.status = status;
    item.percentComplete = percent;
    if (status == MilestoneStatus::Done)
        item.completedOn = date.addDays(-2);
    return item;
}

Item evaluation(const QString &title, const QDate &date)
{
    Item item;
    item.kind = Item::Kind::Evaluation;
    item.id = QUuid::createUuid();
    item.projectName = u"Warmtenet Drechtsteden"_s;
    item.title = title;
    item.description = u"Tussentijdse evaluatie met alle partners."_s;
    item.date = date;
    return item;
}

// What a test compares of an item: everything the calendar carries back.
QString describe(const Item &item)
{
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(item.kind == Item::Kind::Milestone ? u"milestone"_s : u"evaluation"_s,
                                               item.id.toString(), item.projectName, item.title, item.description,
                                               item.date.toString(Qt::ISODate))
        .arg(int(item.status))
        .arg(item.percentComplete)
        .arg(item.completedOn.toString(Qt::ISODate));
}

QStringList describe(const QList<Item> &items)
{
    QStringList out;
    for (const Item &item : items)
        out.append(describe(item));
    out.sort();
    return out;
}

// The text with long lines joined again (RFC 5545 folds them at 75 octets).
QString unfolded(const QByteArray &ics)
{
    return QString::fromUtf8(ics).remove(u"\r\n "_s);
}

QStringList uids(const QByteArray &ics)
{
    QStringList out;
    static const QRegularExpression uid(u"^UID:(.*)$"_s, QRegularExpression::MultilineOption);
    for (const auto &match : uid.globalMatch(unfolded(ics)))
        out.append(match.captured(1).trimmed());
    out.sort();
    return out;
}

// The UIDs of the components, in the order they are written.
QStringList uidsInOrder(const QByteArray &ics)
{
    QStringList out;
    static const QRegularExpression uid(u"^UID:(.*)$"_s, QRegularExpression::MultilineOption);
    for (const auto &match : uid.globalMatch(unfolded(ics)))
        out.append(match.captured(1).trimmed());
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Milestones and evaluations go to a calendar app as .ics and come back
/// unchanged; files from other programs are read for a preview, and broken
/// files give a clear message instead of a crash or half an import.
class CalendarTest : public QObject
{
    Q_OBJECT

    TestLib::TempDir m_dir;

    QList<Item> plan() const
    {
        return {
            milestone(u"Haalbaarheidsstudie"_s, QDate(2026, 3, 31), MilestoneStatus::Done, 100),
            milestone(u"Aanbesteding"_s, QDate(2026, 6, 15), MilestoneStatus::InProgress, 40),
            milestone(u"Eerste woningen aangesloten"_s, QDate(2026, 12, 1), MilestoneStatus::Planned, 0),
            milestone(u"Subsidieaanvraag"_s, QDate(2026, 2, 1), MilestoneStatus::Missed, 10),
            evaluation(u"Evaluatie eerste halfjaar"_s, QDate(2026, 7, 2)),
            evaluation(u"Jaarevaluatie"_s, QDate(2027, 1, 14)),
        };
    }

    void expectError(const Result<Store::Calendar::Parsed> &result, Error::Code code)
    {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY2(!result.error().message.isEmpty(), "an error needs words the user can act on");
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldRoundTripMilestonesAndEvaluations()
    {
        // GIVEN milestones in every status and two evaluations
        const QList<Item> items = plan();

        // WHEN they are exported and read back
        const auto parsed = Store::Calendar::fromICalendar(Store::Calendar::toICalendar(items));

        // THEN every field comes back as it was
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().skipped, 0);
        QCOMPARE(describe(parsed.value().items), describe(items));
    }

    void shouldRoundTripThroughAFile()
    {
        // GIVEN an export on disk
        const QString path = m_dir.file(u"plan.ics"_s);
        const QList<Item> items = plan();
        const auto exported = Store::Calendar::exportFile(path, items);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));

        // WHEN it is imported
        const auto parsed = Store::Calendar::importFile(path);

        // THEN it holds the same items
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(describe(parsed.value().items), describe(items));
    }

    void shouldWriteStableUidsAndStandardProperties()
    {
        // GIVEN a plan
        const QList<Item> items = plan();

        // WHEN it is exported twice
        const QByteArray first = Store::Calendar::toICalendar(items);
        const QByteArray second = Store::Calendar::toICalendar(items);

        // THEN both carry the same UIDs, made of Regie's ids
        QCOMPARE(uids(first), uids(second));
        QStringList expected;
        for (const Item &item : items)
            expected.append(item.id.toString(QUuid::WithoutBraces)
                            + (item.kind == Item::Kind::Milestone ? u"@regie.milestone"_s : u"@regie.evaluation"_s));
        expected.sort();
        QCOMPARE(uids(first), expected);

        // AND milestones are to-dos with a due date, events are all-day
        const QString text = unfolded(first);
        QCOMPARE(text.count(u"BEGIN:VTODO"_s), 4);
        QCOMPARE(text.count(u"BEGIN:VEVENT"_s), 2);
        QVERIFY(text.contains(u"DUE;VALUE=DATE:20260615"_s));
        QVERIFY(text.contains(u"DTSTART;VALUE=DATE:20260702"_s));
        QVERIFY(text.contains(u"PERCENT-COMPLETE:40"_s));
        QVERIFY(text.contains(u"STATUS:NEEDS-ACTION"_s));
        QVERIFY(text.contains(u"STATUS:IN-PROCESS"_s));
        QVERIFY(text.contains(u"STATUS:COMPLETED"_s));
        QVERIFY(text.contains(u"STATUS:CANCELLED"_s));
        QVERIFY(text.contains(u"CATEGORIES:Warmtenet Drechtsteden"_s));
    }

    void shouldNameTheProjectInTheDescription()
    {
        // GIVEN a milestone of a project
        const Item item = milestone(u"Aanbesteding"_s, QDate(2026, 6, 15), MilestoneStatus::Planned, 0);

        // WHEN it is exported
        const QString text = unfolded(Store::Calendar::toICalendar({item}));

        // THEN someone reading the calendar sees which project it belongs to
        QVERIFY2(text.contains(u"DESCRIPTION:Beschrijving van Aanbesteding\\n\\nProject: Warmtenet Drechtsteden"_s),
                 qPrintable(text));
    }

    void shouldLeaveOutItemsWithoutADate()
    {
        // GIVEN a milestone without a date beside one with a date
        Item undated = milestone(u"Ooit"_s, QDate(), MilestoneStatus::Planned, 0);
        const Item dated = milestone(u"Aanbesteding"_s, QDate(2026, 6, 15), MilestoneStatus::Planned, 0);

        // WHEN they are exported
        const auto parsed = Store::Calendar::fromICalendar(Store::Calendar::toICalendar({undated, dated}));

        // THEN only the dated one is in the calendar
        QVERIFY(parsed.ok());
        QCOMPARE(describe(parsed.value().items), describe(QList<Item>{dated}));
    }

    void shouldImportDatesFromAnotherProgram()
    {
        // GIVEN council meetings as another program writes them: CRLF, a
        // byte order mark, its own UIDs, a timed meeting, no STATUS on the
        // to-do, and one to-do without any date
        const QByteArray ics = "\xEF\xBB\xBF"
                               "BEGIN:VCALENDAR\r\n"
                               "VERSION:2.0\r\n"
                               "PRODID:-//Gemeente Dordrecht//Raadsagenda//NL\r\n"
                               "BEGIN:VEVENT\r\n"
                               "UID:raad-2026-03-12@dordrecht.nl\r\n"
                               "DTSTAMP:20260101T090000Z\r\n"
                               "DTSTART;VALUE=DATE:20260312\r\n"
                               "SUMMARY:Gemeenteraad: begroting\r\n"
                               "DESCRIPTION:Openbare vergadering\\, raadzaal\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VEVENT\r\n"
                               "UID:commissie-2026-04-02@dordrecht.nl\r\n"
                               "DTSTAMP:20260101T090000Z\r\n"
                               "DTSTART;TZID=Europe/Amsterdam:20260402T193000\r\n"
                               "DTEND;TZID=Europe/Amsterdam:20260402T220000\r\n"
                               "SUMMARY:Commissie Fysieke Leefomgeving\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VTODO\r\n"
                               "UID:stukken-2026@dordrecht.nl\r\n"
                               "DTSTAMP:20260101T090000Z\r\n"
                               "DUE;VALUE=DATE:20260301\r\n"
                               "PERCENT-COMPLETE:50\r\n"
                               "SUMMARY:Raadsstukken indienen\r\n"
                               "END:VTODO\r\n"
                               "BEGIN:VTODO\r\n"
                               "UID:ooit@dordrecht.nl\r\n"
                               "DTSTAMP:20260101T090000Z\r\n"
                               "SUMMARY:Ooit eens opruimen\r\n"
                               "END:VTODO\r\n"
                               "END:VCALENDAR\r\n";
        const QString path = m_dir.file(u"raadsagenda.ics"_s);
        QVERIFY(writeFile(path, ics));

        // WHEN the file is imported
        const auto parsed = Store::Calendar::importFile(path);

        // THEN the dated items come without Regie ids; the undated one is counted
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().skipped, 1);
        QCOMPARE(describe(parsed.value().items),
                 QStringList({
                     u"evaluation|{00000000-0000-0000-0000-000000000000}||Commissie Fysieke Leefomgeving||2026-04-02|0|0|"_s,
                     u"evaluation|{00000000-0000-0000-0000-000000000000}||Gemeenteraad: begroting|Openbare vergadering, raadzaal|2026-03-12|0|0|"_s,
                     u"milestone|{00000000-0000-0000-0000-000000000000}||Raadsstukken indienen||2026-03-01|1|50|"_s,
                 }));
        // AND the preview lists them by date
        QStringList dates;
        for (const Item &item : parsed.value().items)
            dates.append(item.date.toString(Qt::ISODate));
        QCOMPARE(dates, QStringList({u"2026-03-01"_s, u"2026-03-12"_s, u"2026-04-02"_s}));
    }

    void shouldNotTakeAnIdFromAForeignOrMismatchedUid()
    {
        // GIVEN an event that carries a milestone's UID
        const QUuid id = QUuid::createUuid();
        const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:"
            + id.toString(QUuid::WithoutBraces).toLatin1()
            + "@regie.milestone\nDTSTAMP:20260101T090000Z\nDTSTART;VALUE=DATE:20260312\nSUMMARY:x\nEND:VEVENT\n"
              "END:VCALENDAR\n";

        // WHEN it is read
        const auto parsed = Store::Calendar::fromICalendar(ics);

        // THEN it is an evaluation of no known row
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().items.size(), 1);
        QCOMPARE(int(parsed.value().items[0].kind), int(Item::Kind::Evaluation));
        QVERIFY(parsed.value().items[0].id.isNull());
    }

    void shouldRejectBrokenData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\r\n  \n\t\n");
        QTest::newRow("garbage") << QByteArray("\x00\x01\xFF\xFEgarbage\x89PNG\r\n\x1A\n", 18);
        QTest::newRow("text") << QByteArray("Naam;Datum\nAanbesteding;2026-06-15\n");
        QTest::newRow("vcard") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Sanne\nEND:VCARD\n");
        QTest::newRow("truncated") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VTODO\n"
                                                 "UID:a@b\nDUE;VALUE=DATE:20260301\nSUMMARY:Half");
        QTest::newRow("no end") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\n");
    }

    void shouldRejectBrokenData()
    {
        // GIVEN data that is no complete iCalendar
        QFETCH(QByteArray, data);

        // WHEN it is read, both as bytes and as a file
        const auto parsed = Store::Calendar::fromICalendar(data);
        const QString path = m_dir.file(u"broken.ics"_s);
        QVERIFY(writeFile(path, data));
        const auto imported = Store::Calendar::importFile(path);

        // THEN each gives a clear error
        expectError(parsed, Error::Validation);
        expectError(imported, Error::Validation);
        QCOMPARE(imported.error().message, parsed.error().message);
    }

    void shouldRejectDamageInsideTheCalendar_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("cut inside") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VTODO\n"
                                                  "UID:a@b\nDUE;VALUE=DATE:20260301\nEND:VCALENDAR\n");
        QTest::newRow("one line") << QByteArray("BEGIN:VCALENDAR END:VCALENDAR");
        QTest::newRow("binary inside") << QByteArray("BEGIN:VCALENDAR\n\x00\x01\x02\nEND:VCALENDAR\n", 33);
    }

    void shouldRejectDamageInsideTheCalendar()
    {
        // GIVEN a calendar whose frame is whole but whose inside is not
        QFETCH(QByteArray, data);
        const QString path = m_dir.file(u"beschadigd.ics"_s);
        QVERIFY(writeFile(path, data));

        // WHEN it is read, both as bytes and as a file (KCalendarCore logs what it could not parse)
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"parse error"_s));
        const auto parsed = Store::Calendar::fromICalendar(data);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"parse error"_s));
        const auto imported = Store::Calendar::importFile(path);

        // THEN each gives a clear error
        expectError(parsed, Error::Validation);
        expectError(imported, Error::Validation);
    }

    void shouldExplainAMissingFile()
    {
        // GIVEN a path where no file is
        const QString path = m_dir.file(u"bestaat-niet.ics"_s);

        // WHEN it is imported
        const auto imported = Store::Calendar::importFile(path);

        // THEN the error names the file
        expectError(imported, Error::NotFound);
        QVERIFY(imported.error().message.contains(QDir::toNativeSeparators(path)));
    }

    void shouldExplainAFolderInsteadOfAFile()
    {
        // GIVEN a folder named like a calendar
        const QString path = m_dir.file(u"map.ics"_s);
        QVERIFY(QDir().mkpath(path));

        // WHEN it is imported
        const auto imported = Store::Calendar::importFile(path);

        // THEN it is refused
        expectError(imported, Error::Validation);
        QVERIFY(imported.error().message.contains(QDir::toNativeSeparators(path)));
    }

    void shouldRefuseAFileLargerThanTheLimit()
    {
        // GIVEN a sparse file just over the limit
        const QString path = m_dir.file(u"groot.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Store::Calendar::MaxImportBytes + 1));
        file.close();

        // WHEN it is imported
        const auto imported = Store::Calendar::importFile(path);

        // THEN it is refused before it is read
        expectError(imported, Error::Validation);
        QVERIFY(imported.error().message.contains(QDir::toNativeSeparators(path)));
    }

    void shouldExplainAnUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        // GIVEN an export nobody may read
        const QString path = m_dir.file(u"geheim.ics"_s);
        QVERIFY(Store::Calendar::exportFile(path, plan()).ok());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));

        // WHEN it is imported
        const auto imported = Store::Calendar::importFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // THEN the error names the file
        expectError(imported, Error::Storage);
        QVERIFY(imported.error().message.contains(QDir::toNativeSeparators(path)));
    }

    void shouldNotExportIntoAMissingFolder()
    {
        // GIVEN a target in a folder that does not exist
        const QString path = m_dir.file(u"weg/nergens/plan.ics"_s);

        // WHEN the plan is exported there
        const auto exported = Store::Calendar::exportFile(path, plan());

        // THEN it fails with the folder named, and nothing is made
        QVERIFY(!exported.ok());
        QCOMPARE(int(exported.error().code), int(Error::Storage));
        QVERIFY(exported.error().message.contains(QDir::toNativeSeparators(m_dir.file(u"weg/nergens"_s))));
        QVERIFY(!QFileInfo::exists(m_dir.file(u"weg"_s)));
    }

    void shouldNotExportOntoAFolder()
    {
        // GIVEN a folder where the file should go
        const QString path = m_dir.file(u"al-een-map.ics"_s);
        QVERIFY(QDir().mkpath(path));

        // WHEN the plan is exported there
        const auto exported = Store::Calendar::exportFile(path, plan());

        // THEN it fails and the folder stays
        QVERIFY(!exported.ok());
        QVERIFY(!exported.error().message.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
    }

    void shouldKeepTheOldFileWhenTheWriteFails()
    {
        if (::geteuid() == 0)
            QSKIP("root writes in read-only folders");
        // GIVEN an earlier export in a folder that became read-only
        const QString folder = m_dir.file(u"alleen-lezen"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/plan.ics"_s;
        QVERIFY(Store::Calendar::exportFile(path, plan()).ok());
        const QByteArray before = readFile(path);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        // WHEN a new export fails to be written there
        const auto exported = Store::Calendar::exportFile(path, {evaluation(u"Anders"_s, QDate(2026, 9, 1))});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // THEN the error says so and the earlier export is whole
        QVERIFY(!exported.ok());
        QVERIFY(exported.error().message.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"plan.ics"_s});
    }

    void shouldKeepHostileTextVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << u"De \"regie\" van 't project"_s;
        QTest::newRow("newlines") << u"Eerste regel\nTweede regel\n\nDerde na een lege"_s;
        QTest::newRow("separators") << u"a,b;c:d\\e,;,"_s;
        QTest::newRow("sql") << u"'; DROP TABLE milestone; --"_s;
        QTest::newRow("emoji and accents") << u"Opening 🎉 café — één 🇳🇱"_s;
        QTest::newRow("ical syntax") << u"END:VTODO\nBEGIN:VEVENT\nUID:evil"_s;
        QTest::newRow("long line") << QString(500, u'ä');
        QTest::newRow("project line") << u"Project: Warmtenet Drechtsteden"_s;
        QTest::newRow("blank after") << u"spaties achteraan \n\n"_s;
        QTest::newRow("control characters") << u"tab\there\u0001\u001F"_s;
    }

    void shouldKeepHostileTextVerbatim()
    {
        // GIVEN a milestone and an evaluation with awkward text everywhere
        QFETCH(QString, text);
        Item m = milestone(text, QDate(2026, 5, 4), MilestoneStatus::InProgress, 55);
        m.description = text;
        Item e = evaluation(text, QDate(2026, 5, 5));
        e.description = text + u"\n"_s + text;
        e.projectName = u"Project, met; tekens"_s;

        // WHEN they go through a file and back
        const QString path = m_dir.file(u"vijandig.ics"_s);
        QVERIFY(Store::Calendar::exportFile(path, {m, e}).ok());
        const auto parsed = Store::Calendar::importFile(path);

        // THEN title and description come back to the character
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().items.size(), 2);
        QCOMPARE(describe(parsed.value().items), describe(QList<Item>{m, e}));
    }

    void shouldWriteWhenAMilestoneWasDoneNotWhenItWasExported()
    {
        // GIVEN a milestone done on 31 March, one done on a day not known, and one in progress at 100%
        Item known = milestone(u"Gegund"_s, QDate(2026, 4, 2), MilestoneStatus::Done, 100);
        known.completedOn = QDate(2026, 3, 31);
        Item unknown = milestone(u"Ooit af"_s, QDate(2026, 4, 3), MilestoneStatus::Done, 100);
        unknown.completedOn = {};
        const Item full = milestone(u"Bijna"_s, QDate(2026, 4, 4), MilestoneStatus::InProgress, 100);

        // WHEN they are exported
        const QString text = unfolded(Store::Calendar::toICalendar({known, unknown, full}));

        // THEN only the first carries COMPLETED, at noon Dutch time that day
        QCOMPARE(text.count(u"\nCOMPLETED:"_s), 1);
        QVERIFY2(text.contains(u"\nCOMPLETED:20260331T100000Z"_s), qPrintable(text));
        QCOMPARE(text.count(u"STATUS:COMPLETED"_s), 2);
        // AND the one in progress is not made done by its 100% of hours logged
        QVERIFY(text.contains(u"PERCENT-COMPLETE:99"_s));
        QCOMPARE(text.count(u"STATUS:IN-PROCESS"_s), 1);
    }

    void shouldNameRegieAsTheProducer()
    {
        // GIVEN a plan, exported by Regie 1.4
        QCoreApplication::setApplicationVersion(u"1.4.0"_s);
        const QString text = unfolded(Store::Calendar::toICalendar(plan()));
        QCoreApplication::setApplicationVersion(QString());

        // THEN the file says Regie wrote it, once
        QVERIFY2(text.contains(u"\r\nPRODID:-//Regie//Regie 1.4.0//NL\r\n"_s), qPrintable(text.left(300)));
        QCOMPARE(text.count(u"PRODID"_s), 1);
        QVERIFY(text.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
        QVERIFY(text.endsWith(u"END:VCALENDAR\r\n"_s));
    }

    void shouldWriteComponentsByDateThenUid()
    {
        // GIVEN a plan with two items on one day, handed over in two orders
        QList<Item> items = plan();
        items.append(milestone(u"Zelfde dag"_s, QDate(2026, 6, 15), MilestoneStatus::Planned, 0));
        QList<Item> reversed = items;
        std::reverse(reversed.begin(), reversed.end());

        // WHEN both are exported
        const QStringList first = uidsInOrder(Store::Calendar::toICalendar(items));
        const QStringList second = uidsInOrder(Store::Calendar::toICalendar(reversed));

        // THEN the components come in the same order, by date and then UID
        QCOMPARE(first, second);
        QList<std::pair<QDate, QString>> expected;
        for (const Item &item : items)
            expected.append({item.date, item.id.toString(QUuid::WithoutBraces)
                                            + (item.kind == Item::Kind::Milestone ? u"@regie.milestone"_s : u"@regie.evaluation"_s)});
        std::sort(expected.begin(), expected.end());
        QStringList sorted;
        for (const auto &e : expected)
            sorted.append(e.second);
        QCOMPARE(first, sorted);
    }
};

QTEST_GUILESS_MAIN(CalendarTest)
#include "calendartest.moc"
