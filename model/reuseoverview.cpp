#include "reuseoverview.h"

#include "csvwriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

bool takesUp(ReuseStatus status)
{
    return status == ReuseStatus::Adopted || status == ReuseStatus::Adapted;
}

bool later(const Reuse &a, const Reuse &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    if (a.meta.updatedAt != b.meta.updatedAt)
        return a.meta.updatedAt > b.meta.updatedAt;
    return a.meta.version > b.meta.version;
}

// One organisation's standing on one item.
struct Standing {
    const Reuse *latest = nullptr;
    QDate firstTakenUp;
};

void sortTallies(QList<ReuseTally> &list)
{
    std::sort(list.begin(), list.end(), [](const ReuseTally &a, const ReuseTally &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

QList<ReuseTally> tallies(const QHash<QUuid, int> &counts, const QHash<QUuid, QString> &names)
{
    QList<ReuseTally> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), names.value(it.key(), tr("Unknown organisation")), it.value()});
    sortTallies(list);
    return list;
}

} // namespace

ReuseOverview reuseOverview(const ReuseOverviewInput &input)
{
    QHash<QUuid, const KnowledgeItem *> items;
    for (const KnowledgeItem &item : input.items) {
        if (!item.meta.deleted)
            items.insert(item.id, &item);
    }

    // Per item, per reusing organisation.
    QHash<QUuid, QHash<QUuid, Standing>> standings;
    for (const Reuse &r : input.reuses) {
        const KnowledgeItem *item = items.value(r.itemId);
        if (r.meta.deleted || !item || r.organisationId == item->organisationId)
            continue;
        Standing &s = standings[r.itemId][r.organisationId];
        if (!s.latest || later(r, *s.latest))
            s.latest = &r;
        if (takesUp(r.status) && r.date.isValid() && (!s.firstTakenUp.isValid() || r.date < s.firstTakenUp))
            s.firstTakenUp = r.date;
    }

    ReuseOverview overview;
    QHash<QUuid, int> reusing;
    QHash<QUuid, int> reused;
    QHash<int, ReasonTally> reasons;
    QList<int> days;
    for (auto it = standings.cbegin(); it != standings.cend(); ++it) {
        const KnowledgeItem *item = items.value(it.key());
        int takers = 0;
        QDate first;
        for (auto org = it.value().cbegin(); org != it.value().cend(); ++org) {
            const Standing &s = org.value();
            if (takesUp(s.latest->status)) {
                ++takers;
                ++reusing[org.key()];
                ++reused[item->organisationId];
                if (s.firstTakenUp.isValid() && (!first.isValid() || s.firstTakenUp < first))
                    first = s.firstTakenUp;
            } else if (s.latest->status == ReuseStatus::NotAdopted) {
                ReasonTally &t = reasons[int(s.latest->reason)];
                t.reason = s.latest->reason;
                ++t.count;
                if (!s.latest->note.trimmed().isEmpty())
                    t.notes.append(s.latest->note.trimmed());
            }
        }
        if (takers > 0)
            overview.mostReusedItems.append({item->id, item->title, takers});
        if (first.isValid() && item->publishedOn.isValid()) {
            const int d = std::max<qint64>(0, item->publishedOn.daysTo(first));
            overview.firstReuses.append({item->id, item->title, item->publishedOn, first, d});
            days.append(d);
        }
    }
    sortTallies(overview.mostReusedItems);
    overview.reusingOrganisations = tallies(reusing, input.organisationNames);
    overview.reusedOrganisations = tallies(reused, input.organisationNames);
    std::sort(overview.firstReuses.begin(), overview.firstReuses.end(), [](const FirstReuse &a, const FirstReuse &b) {
        return a.days != b.days ? a.days < b.days : a.title.localeAwareCompare(b.title) < 0;
    });
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        overview.medianDaysToFirstReuse = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2;
    }

    for (auto it = input.consultations.cbegin(); it != input.consultations.cend(); ++it) {
        const KnowledgeItem *item = items.value(it.key());
        if (!item || it.value() < input.consultedThreshold)
            continue;
        bool taken = false;
        for (const Standing &s : standings.value(it.key())) {
            if (takesUp(s.latest->status))
                taken = true;
        }
        if (!taken)
            overview.consultedNeverReused.append({item->id, item->title, it.value()});
    }
    sortTallies(overview.consultedNeverReused);

    for (ReasonTally &t : reasons)
        overview.notAdoptedReasons.append(t);
    std::sort(overview.notAdoptedReasons.begin(), overview.notAdoptedReasons.end(),
              [](const ReasonTally &a, const ReasonTally &b) {
                  return a.count != b.count ? a.count > b.count : int(a.reason) < int(b.reason);
              });
    return overview;
}

QByteArray reuseOverviewCsv(const ReuseOverview &overview)
{
    CsvWriter csv;
    csv.addRow({tr("Part"), tr("Name"), tr("Number"), tr("Published"), tr("First reuse"), tr("Days"), tr("Notes")});
    const auto tallyRows = [&csv](const QString &part, const QList<ReuseTally> &list) {
        for (const ReuseTally &t : list)
            csv.addRow({part, t.name, CsvWriter::number(t.count), {}, {}, {}, {}});
    };
    tallyRows(tr("Most reused items"), overview.mostReusedItems);
    tallyRows(tr("Organisations that reuse most"), overview.reusingOrganisations);
    tallyRows(tr("Organisations reused most"), overview.reusedOrganisations);
    for (const FirstReuse &f : overview.firstReuses) {
        csv.addRow({tr("Time to first reuse"), f.title, {}, CsvWriter::date(f.published), CsvWriter::date(f.firstReuse),
                    CsvWriter::number(f.days), {}});
    }
    tallyRows(tr("Much consulted, never reused"), overview.consultedNeverReused);
    for (const ReasonTally &t : overview.notAdoptedReasons) {
        csv.addRow({tr("Reasons for not reusing"), reuseReasonName(t.reason), CsvWriter::number(t.count), {}, {}, {},
                    t.notes.join(QLatin1String(" | "))});
    }
    return csv.data();
}

QString reuseReasonName(ReuseReason reason)
{
    switch (reason) {
    case ReuseReason::None:
        return tr("No reason given");
    case ReuseReason::NoFit:
        return tr("Does not fit our situation");
    case ReuseReason::NoBudget:
        return tr("No budget");
    case ReuseReason::NoCapacity:
        return tr("No people or time");
    case ReuseReason::Political:
        return tr("Political choice");
    case ReuseReason::OwnSolution:
        return tr("We already have our own solution");
    case ReuseReason::Other:
        return tr("Other reason");
    }
    return {};
}

QString reuseStatusName(ReuseStatus status)
{
    switch (status) {
    case ReuseStatus::Considering:
        return tr("Considering");
    case ReuseStatus::Adopted:
        return tr("Adopted");
    case ReuseStatus::Adapted:
        return tr("Adapted");
    case ReuseStatus::NotAdopted:
        return tr("Not adopted");
    }
    return {};
}

} // namespace Model
