#pragma once

#include "knowledge.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace Model {

/// An item or an organisation with how often it counts in a list.
struct ReuseTally {
    QUuid id;
    QString name;
    int count = 0;
};

/// How long a published item waited for another organisation to take it up.
struct FirstReuse {
    QUuid itemId;
    QString title;
    QDate published;
    QDate firstReuse;
    int days = 0;
};

/// How often one reason for not adopting was given, with the notes said with it.
struct ReasonTally {
    ReuseReason reason = ReuseReason::None;
    int count = 0;
    QStringList notes;
};

/// What the overview is made of: the items, their reuse records, the names
/// of the organisations, and how often each item was opened.
struct ReuseOverviewInput {
    QList<KnowledgeItem> items;
    QList<Reuse> reuses;
    QHash<QUuid, QString> organisationNames;
    QHash<QUuid, int> consultations;
    int consultedThreshold = 10; ///< opened this often or more counts as "much consulted"
};

/// The reuse overview (the "jatprijs"). An organisation's standing on an
/// item is its latest record (by date, then by last change); taking an
/// item up means adopted or adapted. An organisation reusing its own item
/// is not counted: jatwerk is reuse across borders.
struct ReuseOverview {
    QList<ReuseTally> mostReusedItems; ///< by organisations that took them up, most first
    QList<ReuseTally> reusingOrganisations; ///< by items they took up, most first
    QList<ReuseTally> reusedOrganisations; ///< authors, by takers of their items, most first
    QList<FirstReuse> firstReuses; ///< published items another took up, quickest first
    int medianDaysToFirstReuse = -1; ///< -1 when no item was taken up
    QList<ReuseTally> consultedNeverReused; ///< count is the number of times opened, most first
    QList<ReasonTally> notAdoptedReasons; ///< most given first
};

ReuseOverview reuseOverview(const ReuseOverviewInput &input);

/// The overview as one CSV table (Model::CsvWriter) with a column naming
/// the part of the overview each row belongs to.
QByteArray reuseOverviewCsv(const ReuseOverview &overview);

QString reuseReasonName(ReuseReason reason);
QString reuseStatusName(ReuseStatus status);

} // namespace Model
