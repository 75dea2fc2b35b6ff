#pragma once

#include "model/plan.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>

#include <utility>

namespace Model {

/// A project's milestones, then its evaluations, one row each, as a
/// timeline shows them. What a row shows (title, tooltip, legend, colour)
/// is made once when its row arrives and again only when that row changed,
/// so a chart that asks for it many times a row pays nothing.
///
/// The rows come through setters (setRows(), or setMilestones() and
/// setEvaluations() alone); a list that keeps the same rows in the same
/// order updates in place (dataChanged for the rows that changed), any other
/// resets the model once.
///
/// Moving a row does not change the model: setData() with DateRole asks for
/// the move (moveRequested, evaluationMoveRequested), which becomes an
/// undoable edit and comes back through the setters like any other. A held
/// evaluation is a record and cannot be moved.
class MilestoneTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// Qt::DisplayRole is the title, Qt::ToolTipRole the tooltip,
    /// Qt::DecorationRole the colour (QColor).
    enum Roles {
        MilestoneRole = Qt::UserRole + 1, ///< Model::Milestone (null QVariant for an evaluation)
        EvaluationRole, ///< Model::Evaluation (null QVariant for a milestone)
        IdRole, ///< QUuid
        IsEvaluationRole, ///< bool
        DateRole, ///< QDate: due, planned or held; setData() with a new date asks to move it
        CompletionRole, ///< int percent: 100 when done or held
        LegendRole, ///< QString: the status in words
        MovableRole, ///< bool: whether setData(DateRole) may ask for a move
    };

    /// How a row looks on the timeline: each its own colour, named in the legend.
    enum class Look { Planned, InProgress, Overdue, Missed, Done, EvaluationPlanned, EvaluationHeld };
    static QList<Look> looks();
    static QColor colour(Look look);
    /// The look's name in the legend.
    static QString lookName(Look look);

    explicit MilestoneTimelineModel(QObject *parent = nullptr);

    /// The day an open milestone due before it counts as overdue (default: today).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    /// The project the rows belong to. Changing it forgets which milestones
    /// were reached, so opening another project celebrates nothing.
    void setProjectId(const QUuid &projectId);
    QUuid projectId() const { return m_projectId; }

    /// Milestones and evaluations together: one reset at most.
    void setRows(const QList<Milestone> &milestones, const QList<Evaluation> &evaluations);
    void setMilestones(const QList<Milestone> &milestones);
    void setEvaluations(const QList<Evaluation> &evaluations);
    /// One milestone changed: its row updates in place when its place in the
    /// order is kept; a new one is added. Ordered by due date, then title.
    void updateMilestone(const Milestone &milestone);
    /// No rows, and no memory of what was reached.
    void clear();

    const QList<Milestone> &milestones() const { return m_milestones; }
    const QList<Evaluation> &evaluations() const { return m_evaluations; }
    /// The milestone in @p row, or null for an evaluation's row.
    const Milestone *milestoneAt(int row) const;
    /// The evaluation in @p row, or null for a milestone's row.
    const Evaluation *evaluationAt(int row) const;
    /// The row of the milestone or evaluation @p id, or -1.
    int rowOf(const QUuid &id) const;
    /// The first and last date shown (null when empty).
    std::pair<QDate, QDate> span() const;
    /// The span the given lists would show.
    static std::pair<QDate, QDate> span(const QList<Milestone> &milestones, const QList<Evaluation> &evaluations);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The user asked to move @p milestone to @p due.
    void moveRequested(const Model::Milestone &milestone, const QDate &due);
    /// The user asked to move a planned @p evaluation to @p on.
    void evaluationMoveRequested(const Model::Evaluation &evaluation, const QDate &on);
    /// @p milestone, shown before as not done, is done now (here or through sync).
    void milestoneReached(const Model::Milestone &milestone);

private:
    /// What one row shows, milestone or evaluation alike.
    struct Shown {
        QString title;
        QString tooltip;
        QString legend;
        QColor colour;
        QDate date;
        int completion = 0;
        bool movable = true;
    };
    Shown shown(const Milestone &m) const;
    static Shown shown(const Evaluation &e);
    void apply(const QList<Milestone> &milestones, const QList<Evaluation> &evaluations);

    QUuid m_projectId;
    QDate m_today;
    QList<Milestone> m_milestones;
    QList<Evaluation> m_evaluations; ///< rows after the milestones
    QList<Shown> m_shown; ///< one per row
    QHash<QUuid, MilestoneStatus> m_lastStatus; ///< as last shown: reaching one is announced once
};

} // namespace Model
