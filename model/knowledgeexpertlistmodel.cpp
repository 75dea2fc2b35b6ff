#include "knowledgeexpertlistmodel.h"

#include "text.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Model {

namespace {

bool offers(const ExpertOffer &offer, const QString &key)
{
    return std::any_of(offer.topics.cbegin(), offer.topics.cend(),
                       [&key](const QString &t) { return sortKey(t.trimmed()) == key; });
}

} // namespace

KnowledgeExpertListModel::KnowledgeExpertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KnowledgeExpertListModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    rebuild();
}

void KnowledgeExpertListModel::setSources(const Sources &sources)
{
    m_sources = sources;
    rebuild();
}

void KnowledgeExpertListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QString key = sortKey(m_topic.trimmed());
    QSet<QUuid> willing;
    QHash<QUuid, const ExpertOffer *> offerOf;
    for (const ExpertOffer &o : std::as_const(m_sources.offers)) {
        if (o.meta.deleted)
            continue;
        offerOf.insert(o.personId, &o);
        if (!key.isEmpty() && offers(o, key))
            willing.insert(o.personId);
    }
    // A person's organisation: their offer's, else that of what they wrote
    // or recorded (people of other organisations need not be here).
    QHash<QUuid, QUuid> organisation;
    for (const KnowledgeItem &i : std::as_const(m_sources.items)) {
        if (!i.authorId.isNull())
            organisation.insert(i.authorId, i.organisationId);
    }
    for (const Reuse &r : std::as_const(m_sources.reuses)) {
        if (!r.personId.isNull())
            organisation.insert(r.personId, r.organisationId);
    }
    for (const KnowledgeExpert &e : knowledgeExperts(m_topic, m_sources.items, m_sources.reuses, willing)) {
        const ExpertOffer *offer = offerOf.value(e.personId);
        m_rows.append({e, offer ? offer->organisationId : organisation.value(e.personId),
                       e.willing && offer ? offer->note : QString()});
    }
    endResetModel();
}

QStringList KnowledgeExpertListModel::topics() const
{
    QHash<QString, QString> named; // folded -> as first seen
    const auto add = [&named](const QString &topic) {
        const QString t = topic.trimmed();
        if (!t.isEmpty() && !named.contains(sortKey(t)))
            named.insert(sortKey(t), t);
    };
    for (const KnowledgeItem &i : m_sources.items) {
        if (!i.meta.deleted)
            std::for_each(i.topics.cbegin(), i.topics.cend(), add);
    }
    for (const ExpertOffer &o : m_sources.offers) {
        if (!o.meta.deleted)
            std::for_each(o.topics.cbegin(), o.topics.cend(), add);
    }
    QStringList all = named.values();
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(all.begin(), all.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return all;
}

ExpertOffer KnowledgeExpertListModel::offerOf(const QUuid &personId) const
{
    for (const ExpertOffer &o : m_sources.offers) {
        if (o.personId == personId && !o.meta.deleted)
            return o;
    }
    ExpertOffer none;
    none.personId = personId;
    return none;
}

int KnowledgeExpertListModel::rowOf(const QUuid &personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).expert.personId == personId)
            return i;
    }
    return -1;
}

int KnowledgeExpertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KnowledgeExpertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KnowledgeExpertListModel::personName(const Row &row) const
{
    const QString name = m_sources.personNames.value(row.expert.personId);
    if (!name.isEmpty())
        return name;
    // Someone of an organisation this laptop holds no people of.
    const QString organisation = m_sources.organisationNames.value(row.organisationId);
    return organisation.isEmpty() ? tr("Someone unknown here") : tr("Someone at %1").arg(organisation);
}

QVariant KnowledgeExpertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const KnowledgeExpert &e = row.expert;
    switch (role) {
    case PersonIdRole:
        return e.personId;
    case OrganisationIdRole:
        return row.organisationId;
    case WillingRole:
        return e.willing;
    case NoteRole:
        return row.note;
    case Qt::ToolTipRole:
        return index.column() == AskColumn && !row.note.isEmpty() ? row.note : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case PersonColumn:
        return personName(row);
    case OrganisationColumn:
        return m_sources.organisationNames.value(row.organisationId, tr("Unknown organisation"));
    case DoneColumn: {
        QStringList done;
        if (e.written)
            done << tr("wrote %n", nullptr, e.written);
        if (e.answered)
            done << tr("answered %n", nullptr, e.answered);
        if (e.adopted)
            done << tr("took up %n", nullptr, e.adopted);
        return done.join(QStringLiteral(" · "));
    }
    case AskColumn:
        if (!e.willing)
            return QString();
        return row.note.isEmpty() ? tr("May be asked") : tr("May be asked: %1").arg(row.note);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KnowledgeExpertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PersonColumn:
        return tr("Who");
    case OrganisationColumn:
        return tr("Organisation");
    case DoneColumn:
        return tr("What they did on it");
    case AskColumn:
        return tr("Ask them");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Model
