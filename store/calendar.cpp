// Milestones and evaluations to and from iCalendar, through KCalendarCore.
#include "calendar.h"

#include "calendarinput.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <KCalendarCore/Todo>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store::Calendar {

namespace {

using KCalendarCore::Incidence;

constexpr QLatin1StringView MilestoneSuffix("@regie.milestone");
constexpr QLatin1StringView EvaluationSuffix("@regie.evaluation");

QLatin1StringView uidSuffix(Item::Kind kind)
{
    return kind == Item::Kind::Milestone ? MilestoneSuffix : EvaluationSuffix;
}

QString uidOf(const Item &item)
{
    return item.id.toString(QUuid::WithoutBraces) + uidSuffix(item.kind);
}

// Null unless the UID is one Regie wrote for this kind of item.
QUuid idFromUid(const QString &uid, Item::Kind kind)
{
    const QLatin1StringView suffix = uidSuffix(kind);
    if (!uid.endsWith(suffix))
        return {};
    return QUuid::fromString(QStringView(uid).chopped(suffix.size()));
}

// A calendar shows only summary and description at a glance, so the project
// is named in the description as well as in CATEGORIES.
QString projectLine(const QString &projectName)
{
    return QCoreApplication::translate("Store", "Project: %1").arg(projectName);
}

QString calendarDescription(const Item &item)
{
    if (item.projectName.isEmpty())
        return item.description;
    const QString line = projectLine(item.projectName);
    return item.description.isEmpty() ? line : item.description + "\n\n"_L1 + line;
}

// CATEGORIES is a list: libical writes a comma in a category as it is and
// every reader splits there, and a semicolon or backslash does not come back
// either. The label loses those; the project line keeps the name exact.
QString categoryOf(const QString &projectName)
{
    QString label = projectName;
    for (const QChar c : {u',', u';', u'\\'})
        label.replace(c, u' ');
    return label.simplified();
}

struct Described {
    QString projectName;
    QString description;
};

// Undoes calendarDescription(). The project line counts only if it agrees
// with the category, so a description from another program stays whole.
Described fromCalendarDescription(const QString &text, const QStringList &categories)
{
    if (categories.isEmpty())
        return {{}, text};
    const qsizetype start = text.lastIndexOf("\n\n"_L1);
    const QString lastParagraph = start < 0 ? text : text.sliced(start + 2);
    const QString line = projectLine(u"\x1F"_s); // marks the name's place; no name has this character
    const QString prefix = line.section(u'\x1F', 0, 0);
    const QString suffix = line.section(u'\x1F', 1);
    if (lastParagraph.startsWith(prefix) && lastParagraph.endsWith(suffix)
        && lastParagraph.size() > prefix.size() + suffix.size()) {
        const QString name = lastParagraph.sliced(prefix.size(), lastParagraph.size() - prefix.size() - suffix.size());
        if (categoryOf(name) == categories.constFirst())
            return {name, start < 0 ? QString() : text.first(start)};
    }
    return {categories.constFirst(), text};
}

Incidence::Status todoStatus(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return Incidence::StatusNeedsAction;
    case MilestoneStatus::InProgress:
        return Incidence::StatusInProcess;
    case MilestoneStatus::Done:
        return Incidence::StatusCompleted;
    case MilestoneStatus::Missed:
        return Incidence::StatusCanceled;
    }
    return Incidence::StatusNeedsAction;
}

// Other programs often leave STATUS out and only mark progress.
MilestoneStatus milestoneStatus(const KCalendarCore::Todo &todo)
{
    switch (todo.status()) {
    case Incidence::StatusNeedsAction:
        return MilestoneStatus::Planned;
    case Incidence::StatusInProcess:
        return MilestoneStatus::InProgress;
    case Incidence::StatusCompleted:
        return MilestoneStatus::Done;
    case Incidence::StatusCanceled:
        return MilestoneStatus::Missed;
    default:
        if (todo.isCompleted())
            return MilestoneStatus::Done;
        return todo.percentComplete() > 0 ? MilestoneStatus::InProgress : MilestoneStatus::Planned;
    }
}

void describe(Incidence &incidence, const Item &item)
{
    incidence.setUid(uidOf(item));
    incidence.setSummary(item.title);
    incidence.setDescription(calendarDescription(item));
    if (!item.projectName.isEmpty())
        incidence.setCategories(QStringList{categoryOf(item.projectName)});
}

// Dates in Regie are Dutch days.
QTimeZone dutchZone()
{
    static const QTimeZone zone = [] {
        QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
        return amsterdam.isValid() ? amsterdam : QTimeZone(QTimeZone::LocalTime);
    }();
    return zone;
}

// The day a calendar value falls on in the Netherlands: an all-day or
// floating value (one without a zone) is on its own date, anything else
// (UTC, a TZID) on the Dutch day of its moment, so 23:30Z on 31 December is
// 1 January.
QDate dutchDate(const QDateTime &value, bool allDay)
{
    if (!value.isValid())
        return {};
    if (allDay || value.timeSpec() == Qt::LocalTime)
        return value.date();
    return value.toTimeZone(dutchZone()).date();
}

// An all-day item carries only its date. Midnight in UTC rather than local
// time: the same date, without a time zone look-up per item, which was most of
// the cost of an export.
QDateTime allDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC);
}

KCalendarCore::Todo::Ptr toTodo(const Item &item)
{
    KCalendarCore::Todo::Ptr todo(new KCalendarCore::Todo);
    describe(*todo, item);
    todo->setDtDue(allDay(item.date));
    todo->setAllDay(true);
    // A calendar takes 100% for done: short of done, it stays short of 100.
    todo->setPercentComplete(std::clamp(item.percentComplete, 0, item.status == MilestoneStatus::Done ? 100 : 99));
    // Noon in the Netherlands: the same day wherever the calendar is read.
    if (item.status == MilestoneStatus::Done && item.completedOn.isValid())
        todo->setCompleted(QDateTime(item.completedOn, QTime(12, 0), dutchZone()).toUTC());
    todo->setStatus(todoStatus(item.status));
    return todo;
}

KCalendarCore::Event::Ptr toEvent(const Item &item)
{
    KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
    describe(*event, item);
    event->setDtStart(allDay(item.date));
    event->setAllDay(true);
    return event;
}

Item fromIncidence(const Incidence &incidence, Item::Kind kind, const QDate &date)
{
    Item item;
    item.kind = kind;
    item.id = idFromUid(incidence.uid(), kind);
    const Described described = fromCalendarDescription(incidence.description(), incidence.categories());
    item.projectName = described.projectName;
    item.title = incidence.summary();
    item.description = described.description;
    item.date = date;
    return item;
}

QDate todoDate(const KCalendarCore::Todo &todo)
{
    if (todo.hasDueDate())
        return dutchDate(todo.dtDue(), todo.allDay());
    return dutchDate(todo.dtStart(), todo.allDay());
}

QDate incidenceDate(const Incidence &incidence)
{
    if (const auto *todo = dynamic_cast<const KCalendarCore::Todo *>(&incidence))
        return todoDate(*todo);
    return dutchDate(incidence.dtStart(), incidence.allDay());
}

Item toItem(const Incidence &incidence, const QDate &date)
{
    if (const auto *todo = dynamic_cast<const KCalendarCore::Todo *>(&incidence)) {
        Item item = fromIncidence(incidence, Item::Kind::Milestone, date);
        item.status = milestoneStatus(*todo);
        item.percentComplete = todo->percentComplete();
        if (item.status == MilestoneStatus::Done && todo->hasCompletedDate())
            item.completedOn = dutchDate(todo->completed(), false);
        return item;
    }
    return fromIncidence(incidence, Item::Kind::Evaluation, date);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The dates of a repeating item in the window, without those a changed or
// cancelled occurrence (a component with its RECURRENCE-ID) stands in for.
// One past the cap, so the caller can tell that it has more.
QList<QDate> occurrences(const Incidence &incidence, const Window &window, const QList<QDateTime> &replaced)
{
    const KCalendarCore::Recurrence *recurrence = incidence.recurrence();
    const QDateTime from(window.from, QTime(0, 0), dutchZone());
    const QDateTime to(window.to, QTime(23, 59, 59), dutchZone());
    // A to-do's date is its due date, which keeps its distance to the start the rule counts from.
    const qint64 shift = dutchDate(recurrence->startDateTime(), incidence.allDay()).daysTo(incidenceDate(incidence));
    QList<QDate> dates;
    for (QDateTime at = recurrence->getNextDateTime(from.addSecs(-1)); at.isValid() && at <= to;
         at = recurrence->getNextDateTime(at)) {
        if (replaced.contains(at))
            continue;
        dates.append(dutchDate(at, incidence.allDay()).addDays(shift));
        if (dates.size() > MaxOccurrences)
            break;
    }
    return dates;
}

Error stopped()
{
    return error(Error::Validation, QCoreApplication::translate("Store", "The import was stopped. Nothing was imported."));
}

Error notICalendar()
{
    return error(Error::Validation,
                 QCoreApplication::translate("Store", "The file is not an iCalendar file (.ics). Nothing was imported."));
}

Error damaged()
{
    return error(Error::Validation, QCoreApplication::translate(
                                        "Store", "The iCalendar file is incomplete or damaged. Nothing was imported."));
}

// libical reads a VCALENDAR that lacks its END as if it were whole, and logs
// any input it cannot parse in full; checking the frame first gives a clear
// message for both and keeps arbitrary bytes out of the log.
std::optional<Error> checkFrame(QByteArrayView text)
{
    if (text.trimmed().isEmpty())
        return error(Error::Validation,
                     QCoreApplication::translate("Store", "The file is empty. Nothing was imported."));
    const QByteArrayView begin("BEGIN:VCALENDAR");
    const QByteArrayView end("END:VCALENDAR");
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.size() < begin.size() || trimmed.first(begin.size()).compare(begin, Qt::CaseInsensitive) != 0)
        return notICalendar();
    if (trimmed.size() < begin.size() + end.size() || trimmed.last(end.size()).compare(end, Qt::CaseInsensitive) != 0)
        return damaged();
    return std::nullopt;
}

// Reads @p data after @p offset units of @p total progress (0: the data's own
// size twice, once to prepare it and once to parse it).
Result<Parsed> parseICalendar(const QByteArray &data, Window window, const Progress &progress, qint64 offset,
                              qint64 total)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF")) // a byte order mark, as some Windows programs write
        text = text.sliced(3);
    if (const auto problem = checkFrame(text))
        return *problem;
    if (total <= 0)
        total = 2 * qint64(data.size());
    const auto report = [&](qint64 done) { return !progress || progress(done, total); };
    if (!window.from.isValid())
        window.from = QDate::currentDate();
    if (!window.to.isValid() || window.to < window.from)
        window.to = window.from.addYears(1);

    const auto input = prepareInput(text, progress, offset, total);
    if (!input)
        return stopped();
    if (!report(offset + data.size()))
        return stopped();

    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    KCalendarCore::ICalFormat format;
    if (!format.fromRawString(calendar, input->text) || format.exception())
        return damaged();
    if (!report(offset + data.size() + data.size() * 9 / 10))
        return stopped();

    Incidence::List incidences;
    for (const auto &todo : calendar->rawTodos())
        incidences.append(todo);
    for (const auto &event : calendar->rawEvents())
        incidences.append(event);
    // A changed or cancelled occurrence stands in for its date of the series.
    QHash<QString, QList<QDateTime>> replaced;
    for (const auto &incidence : std::as_const(incidences)) {
        if (incidence->hasRecurrenceId())
            replaced[incidence->uid()].append(incidence->recurrenceId());
    }

    Parsed parsed;
    bool repeats = false;
    const auto inWindow = [&window](const QDate &date) { return date >= window.from && date <= window.to; };
    for (const auto &incidence : std::as_const(incidences)) {
        const QDate date = incidenceDate(*incidence);
        if (incidence->hasRecurrenceId()) {
            // One occurrence of a series: kept where it moved to, unless cancelled.
            if (incidence->status() == Incidence::StatusCanceled || !date.isValid() || !inWindow(date)) {
                ++parsed.skipped;
                continue;
            }
            Item item = toItem(*incidence, date);
            item.id = {};
            parsed.items.append(item);
            continue;
        }
        if (!date.isValid()) {
            ++parsed.skipped;
            continue;
        }
        if (!incidence->recurs()) {
            parsed.items.append(toItem(*incidence, date));
            continue;
        }
        repeats = true;
        QList<QDate> dates = occurrences(*incidence, window, replaced.value(incidence->uid()));
        if (dates.isEmpty())
            ++parsed.skipped;
        if (dates.size() > MaxOccurrences) {
            dates.resize(MaxOccurrences);
            parsed.notes.append(QCoreApplication::translate("Store", "“%1” repeats more than %n time(s) from %2 to %3; "
                                                                     "only the first %n are offered.",
                                                            nullptr, MaxOccurrences)
                                    .arg(incidence->summary(), shortDate(window.from), shortDate(window.to)));
        }
        // Each date is a milestone of its own, so none carries the series' id.
        Item item = toItem(*incidence, date);
        item.id = {};
        for (const QDate &day : std::as_const(dates)) {
            item.date = day;
            parsed.items.append(item);
        }
    }
    if (repeats)
        parsed.notes.prepend(QCoreApplication::translate("Store", "Repeating items are offered once for each date from %1 to %2.")
                                 .arg(shortDate(window.from), shortDate(window.to)));
    if (input->sharedUids > 0)
        parsed.notes.append(QCoreApplication::translate("Store", "%n item(s) in the file had the identifier (UID) of another item; "
                                                                 "each is offered on its own.",
                                                        nullptr, input->sharedUids));
    if (input->windows1252)
        parsed.notes.append(QCoreApplication::translate("Store", "Some text in the file was not UTF-8 and was read as Windows-1252 "
                                                                 "(Western European). Check the accented letters below."));
    // The calendar keeps no order; a preview reads best by date.
    std::stable_sort(parsed.items.begin(), parsed.items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.date, a.kind, a.title) < std::tie(b.date, b.kind, b.title);
    });
    if (!report(offset + 2 * qint64(data.size())))
        return stopped();
    return parsed;
}

} // namespace

QByteArray toICalendar(const QList<Item> &items)
{
    struct Component {
        QDate date;
        QString uid;
        QString text;
    };
    QList<Component> components;
    KCalendarCore::ICalFormat format;
    for (const Item &item : items) {
        if (!item.date.isValid())
            continue;
        Incidence::Ptr incidence;
        if (item.kind == Item::Kind::Milestone)
            incidence = toTodo(item);
        else
            incidence = toEvent(item);
        QString text = format.toString(incidence);
        // KCalendarCore writes the moment of the export for a completed
        // to-do that has no date of its own; a calendar should rather not
        // know than be told a wrong day.
        if (item.kind == Item::Kind::Milestone && !(item.status == MilestoneStatus::Done && item.completedOn.isValid())) {
            const qsizetype at = text.indexOf("\nCOMPLETED:"_L1);
            if (at >= 0) {
                const qsizetype end = text.indexOf(u'\n', at + 1);
                text.remove(at + 1, end < 0 ? text.size() : end - at);
            }
        }
        components.append({item.date, incidence->uid(), text});
    }
    // The calendar keeps its incidences in a hash: order by date and UID, so
    // that exports of the same plan can be compared line by line.
    std::sort(components.begin(), components.end(), [](const Component &a, const Component &b) {
        return std::tie(a.date, a.uid) < std::tie(b.date, b.uid);
    });
    const QString version = QCoreApplication::applicationVersion();
    QString out = u"BEGIN:VCALENDAR\r\nPRODID:-//Regie//Regie%1//NL\r\nVERSION:2.0\r\n"_s.arg(
        version.isEmpty() ? QString() : u" "_s + version);
    for (const Component &c : std::as_const(components)) {
        out += c.text;
        if (!c.text.endsWith(u'\n'))
            out += "\r\n"_L1;
    }
    out += "END:VCALENDAR\r\n"_L1;
    return out.toUtf8();
}

Status exportFile(const QString &path, const QList<Item> &items)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return error(Error::Storage, QCoreApplication::translate("Store", "The folder %1 does not exist.")
                                         .arg(QDir::toNativeSeparators(folder)));
    const QByteArray text = toICalendar(items);
    // QSaveFile: an existing file is replaced only by a complete export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return error(Error::Storage, QCoreApplication::translate("Store", "%1 cannot be written: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done{};
}

Result<Parsed> fromICalendar(const QByteArray &data, const Window &window, const Progress &progress)
{
    return parseICalendar(data, window, progress, 0, 0);
}

Result<Parsed> importFile(const QString &path, const Window &window, const Progress &progress)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return error(Error::NotFound, QCoreApplication::translate("Store", "%1 does not exist.").arg(shown));
    if (!info.isFile())
        return error(Error::Validation, QCoreApplication::translate("Store", "%1 is not a file.").arg(shown));
    const auto tooLarge = [&] {
        return error(Error::Validation,
                     QCoreApplication::translate("Store", "%1 is larger than %2 MB, far larger than a calendar of "
                                                          "projects. Choose another file.")
                         .arg(shown, QString::number(MaxImportBytes / (1024 * 1024))));
    };
    if (info.size() > MaxImportBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(Error::Storage,
                     QCoreApplication::translate("Store", "%1 cannot be read: %2").arg(shown, file.errorString()));
    // Read in parts, to report progress, and one byte beyond the limit: the
    // file may have grown since the check. Reading is the first third.
    constexpr qint64 Part = 1024 * 1024;
    const qint64 total = 3 * std::max<qint64>(info.size(), 1);
    QByteArray data;
    data.reserve(info.size() + 1);
    while (data.size() <= MaxImportBytes) {
        const QByteArray part = file.read(std::min<qint64>(Part, MaxImportBytes + 1 - data.size()));
        if (file.error() != QFileDevice::NoError)
            return error(Error::Storage,
                         QCoreApplication::translate("Store", "%1 cannot be read: %2").arg(shown, file.errorString()));
        if (part.isEmpty())
            break;
        data.append(part);
        if (progress && !progress(std::min<qint64>(data.size(), total / 3), total))
            return stopped();
    }
    if (data.size() > MaxImportBytes)
        return tooLarge();
    return parseICalendar(data, window, progress, total / 3, total);
}

} // namespace Store::Calendar
