#include "evaluationlistmodel.h"

#include "text.h"

namespace Model {

EvaluationListModel::EvaluationListModel(PlanCache *cache, QObject *parent)
    : PlanTableModel(cache, PlanCache::Evaluations, ColumnCount, parent)
{
    // Connected after the base's, so this runs once the rows are taken.
    connect(cache, &PlanCache::changed, this, [this](PlanCache::Part part) {
        if (part == PlanCache::Evaluations)
            Q_EMIT loaded();
    });
    refresh();
}

QList<Evaluation> EvaluationListModel::rowsFrom(const PlanCache &cache) const
{
    return cache.evaluations();
}

QVariant EvaluationListModel::cell(const Evaluation &e, int column, int role) const
{
    if (role == IsHeldRole)
        return e.isHeld();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case DateColumn:
        if (tip)
            return {};
        return e.isHeld() ? tr("%1 (held)").arg(shortDate(e.heldOn)) : tr("%1 (planned)").arg(shortDate(e.plannedOn));
    case KindColumn:
        return tip ? QVariant() : QVariant(displayName(e.kind));
    case ScoresColumn: {
        QStringList scores;
        for (const auto &s : e.scores) {
            if (tip)
                scores << tr("%1: %2").arg(s.goalTitle, displayName(s.status))
                        + (s.remark.isEmpty() ? QString() : QStringLiteral(" — ") + s.remark);
            else if (s.goalTitle.isEmpty())
                scores << displayName(s.status);
            else // the goal named with each score: "Warmtenet: op koers"
                scores << tr("%1: %2").arg(s.goalTitle, displayName(s.status));
        }
        return scores.join(tip ? QStringLiteral("\n") : QStringLiteral("; "));
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

QString EvaluationListModel::header(int column) const
{
    switch (column) {
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

} // namespace Model
