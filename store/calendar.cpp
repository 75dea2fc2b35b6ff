// Milestones and evaluations to and from iCalendar, through KCalendarCore.
#include "calendar.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <KCalendarCore/Todo>

#include <QCoreApplication>
#include <QDir>
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
    todo->setPercentComplete(std::clamp(item.percentComplete, 0, 100));
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
        return todo.dtDue().date();
    return todo.dtStart().date();
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

} // namespace

QByteArray toICalendar(const QList<Item> &items)
{
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    for (const Item &item : items) {
        if (!item.date.isValid())
            continue;
        if (item.kind == Item::Kind::Milestone)
            calendar->addTodo(toTodo(item));
        else
            calendar->addEvent(toEvent(item));
    }
    KCalendarCore::ICalFormat format;
    return format.toString(calendar).toUtf8();
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

Result<Parsed> fromICalendar(const QByteArray &data)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF")) // a byte order mark, as some Windows programs write
        text = text.sliced(3);
    if (const auto problem = checkFrame(text))
        return *problem;

    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    KCalendarCore::ICalFormat format;
    // fromRawString() hands the bytes to libical as a C string: it needs the
    // terminating null a QByteArray keeps, so a view is copied only if cut.
    const QByteArray terminated = text.size() == data.size() ? data : text.toByteArray();
    if (!format.fromRawString(calendar, terminated) || format.exception())
        return damaged();

    Parsed parsed;
    for (const auto &todo : calendar->rawTodos()) {
        const QDate date = todoDate(*todo);
        if (!date.isValid()) {
            ++parsed.skipped;
            continue;
        }
        Item item = fromIncidence(*todo, Item::Kind::Milestone, date);
        item.status = milestoneStatus(*todo);
        item.percentComplete = todo->percentComplete();
        parsed.items.append(item);
    }
    for (const auto &event : calendar->rawEvents()) {
        const QDate date = event->dtStart().date();
        if (!date.isValid()) {
            ++parsed.skipped;
            continue;
        }
        parsed.items.append(fromIncidence(*event, Item::Kind::Evaluation, date));
    }
    // The calendar keeps no order; a preview reads best by date.
    std::stable_sort(parsed.items.begin(), parsed.items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.date, a.kind, a.title) < std::tie(b.date, b.kind, b.title);
    });
    return parsed;
}

Result<Parsed> importFile(const QString &path)
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
    // Read one byte beyond the limit: the file may have grown since the check.
    const QByteArray data = file.read(MaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return error(Error::Storage,
                     QCoreApplication::translate("Store", "%1 cannot be read: %2").arg(shown, file.errorString()));
    if (data.size() > MaxImportBytes)
        return tooLarge();
    return fromICalendar(data);
}

} // namespace Store::Calendar
