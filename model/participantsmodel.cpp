#include "participantsmodel.h"

#include "text.h"

#include <QLocale>

namespace Model {

ParticipantsModel::ParticipantsModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_request(this)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &ParticipantsModel::onChanged);
}

void ParticipantsModel::setProjectId(const QUuid &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    m_request.reset(); // the old project's rows must not come in
    beginResetModel();
    m_rows.clear();
    endResetModel();
    load();
}

void ParticipantsModel::load()
{
    if (m_projectId.isNull())
        return;
    m_request.start(m_repository->participations(m_projectId), [this](const Result<QList<Participation>> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error().message);
            return;
        }
        const auto &fresh = result.value();
        bool sameRows = fresh.size() == m_rows.size();
        for (int i = 0; sameRows && i < fresh.size(); ++i)
            sameRows = fresh.at(i).id == m_rows.at(i).id;
        if (sameRows) {
            m_rows = fresh;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size() - 1), ColumnCount - 1));
        } else {
            beginResetModel();
            m_rows = fresh;
            endResetModel();
        }
        Q_EMIT loaded();
    });
}

void ParticipantsModel::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Participations) || changes.touches(ChangeSet::Organisations)
        || changes.touches(ChangeSet::LeadTerms) || changes.touches(ChangeSet::Projects))
        load();
}

int ParticipantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participation &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrganisationColumn:
            return p.organisationName;
        case RoleColumn:
            return p.isCurrent() ? displayName(p.role) : tr("%1 (left)").arg(displayName(p.role));
        case BringsColumn:
            return p.brings;
        case GetsColumn:
            return p.gets;
        case PrioritiesColumn:
            return p.priorities;
        case MandateColumn:
            return p.mandate;
        case JoinedColumn:
            return QLocale().toString(p.joined, QLocale::ShortFormat);
        case LeftColumn:
            return p.left.isValid() ? QLocale().toString(p.left, QLocale::ShortFormat) : QString();
        }
        break;
    case Qt::FontRole:
        break;
    case ParticipationRole:
        return QVariant::fromValue(p);
    case IdRole:
        return p.id;
    case OrganisationIdRole:
        return p.organisationId;
    case IsCurrentRole:
        return p.isCurrent();
    case IsLeadRole:
        return p.isCurrent() && p.role == Model::ParticipationRole::Lead;
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case BringsColumn:
        return tr("Brings");
    case GetsColumn:
        return tr("Gets");
    case PrioritiesColumn:
        return tr("Priorities");
    case MandateColumn:
        return tr("Mandate");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    }
    return {};
}

const Participation *ParticipantsModel::currentLead() const
{
    for (const auto &p : m_rows) {
        if (p.isCurrent() && p.role == Model::ParticipationRole::Lead)
            return &p;
    }
    return nullptr;
}

} // namespace Model
