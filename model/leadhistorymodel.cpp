#include "leadhistorymodel.h"


#include <QLocale>

namespace Model {

LeadHistoryModel::LeadHistoryModel(ProjectRepository *repository, ChangeNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_request(this)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(ChangeSet::LeadTerms) || changes.touches(ChangeSet::Organisations))
                load();
        });
    }
}

void LeadHistoryModel::setProjectId(const QUuid &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    load();
}

void LeadHistoryModel::load()
{
    if (m_projectId.isNull()) {
        m_request.reset();
        return;
    }
    m_request.start(m_repository->leadHistory(m_projectId), [this](const Result<QList<LeadTerm>> &result) {
        if (!result.ok())
            return;
        beginResetModel();
        m_rows = result.value();
        endResetModel();
        Q_EMIT loaded();
    });
}

int LeadHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LeadHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadTerm &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        if (t.until.isNull())
            return tr("%1 — since %2").arg(t.organisationName, locale.toString(t.from, QLocale::LongFormat));
        return tr("%1 — %2 until %3")
            .arg(t.organisationName, locale.toString(t.from, QLocale::LongFormat),
                 locale.toString(t.until, QLocale::LongFormat));
    }
    case TermRole:
        return QVariant::fromValue(t);
    case IsCurrentRole:
        return t.until.isNull();
    }
    return {};
}

} // namespace Model
