#include "evaluationlistmodel.h"

#include "plancache.h"
#include "text.h"

#include <QLocale>

namespace Model {

namespace {

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

EvaluationListModel::EvaluationListModel(PlanCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(cache, &PlanCache::projectChanged, this, &EvaluationListModel::rebuild);
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Evaluations) {
            rebuild();
            Q_EMIT loaded();
        }
    });
    rebuild();
}

void EvaluationListModel::rebuild()
{
    const QList<Evaluation> &fresh = m_cache->evaluations();
    bool sameRows = fresh.size() == m_rows.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_rows.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    } else if (!fresh.isEmpty()) {
        m_rows = fresh;
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int EvaluationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evaluation &e = m_rows.at(index.row());
    switch (role) {
    case EvaluationRole:
        return QVariant::fromValue(e);
    case IdRole:
        return e.id;
    case IsHeldRole:
        return e.isHeld();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case DateColumn:
        if (tip)
            return {};
        return e.isHeld() ? tr("%1 (held)").arg(date(e.heldOn)) : tr("%1 (planned)").arg(date(e.plannedOn));
    case KindColumn:
        return tip ? QVariant() : QVariant(displayName(e.kind));
    case ScoresColumn: {
        QStringList scores;
        for (const auto &s : e.scores) {
            if (tip)
                scores << tr("%1: %2").arg(s.goalTitle, displayName(s.status))
                        + (s.remark.isEmpty() ? QString() : QStringLiteral(" — ") + s.remark);
            else
                scores << displayName(s.status);
        }
        return scores.join(tip ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case NotesColumn: {
        QStringList notes;
        if (!e.findings.isEmpty())
            notes << e.findings;
        for (const auto &c : e.comments)
            notes << tr("%1: “%2”").arg(c.personName, c.comment);
        return notes.join(tip ? QStringLiteral("\n") : QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Evaluation");
    case ScoresColumn:
        return tr("Scores");
    case NotesColumn:
        return tr("Findings and comments");
    default:
        return {};
    }
}

int EvaluationListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Model
