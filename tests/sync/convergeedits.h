#pragma once

#include "convergeworld.h"

#include "model/projectrights.h"

#include <QRandomGenerator>

namespace Converge {

/// Random offline edits through the store's API, as a user makes them in
/// the window: mostly what the user's rights offer (sometimes what a window
/// that has not synced yet still offers), with values from small pools so
/// that laptops meet on the same fields and values.
class RandomEdits
{
public:
    enum class Outcome {
        Done, ///< the store took it
        Refused, ///< the store's own rules said no
        Skipped, ///< nothing to do it on
    };
    struct Edit {
        Outcome outcome = Outcome::Skipped;
        QString what;
        QString why;
    };

    RandomEdits(QRandomGenerator &rng, const Region &region);

    /// One random edit on @p laptop.
    Edit edit(Laptop &laptop);
    /// The regie handed over by @p laptop to a random current partner.
    Edit handOver(Laptop &laptop, const QUuid &project, const QUuid &avoid = {});
    /// The same row of @p project (a goal, milestone, planned evaluation or
    /// partner) deleted on both laptops, each offline.
    Edit removeOnBoth(Laptop &a, Laptop &b, const QUuid &project);
    /// The same field of @p project set to different values on both laptops.
    Edit rivalEdits(Laptop &a, Laptop &b, const QUuid &project);

private:
    struct Context {
        Laptop *laptop = nullptr;
        QUuid project;
        Model::Identity me;
        QList<Model::Participation> participations;
        Model::ProjectRights rights;
    };
    using Operation = Edit (RandomEdits::*)(Context &);
    enum class Needs { Nothing, Project, Plan, Log, Comment, Partner };

    Context context(Laptop &laptop, const QUuid &project);
    bool allowed(const Context &c, Needs needs) const;

    // Projects, participations, the regie (convergeedits.cpp).
    Edit projectField(Context &c);
    Edit projectStatus(Context &c);
    Edit projectRemoval(Context &c);
    Edit ownParticipation(Context &c);
    Edit participationField(Context &c);
    Edit join(Context &c);
    Edit leave(Context &c);
    Edit participationRemoval(Context &c);
    Edit handOverEdit(Context &c);
    Edit ownPerson(Context &c);
    Edit resolveConflict(Context &c);

    // The plan, hours and comments (convergeplanedits.cpp).
    Edit goal(Context &c);
    Edit goalRemoval(Context &c);
    Edit measurement(Context &c);
    Edit milestone(Context &c);
    Edit milestoneRemoval(Context &c);
    Edit planEvaluation(Context &c);
    Edit holdEvaluation(Context &c);
    Edit evaluationRemoval(Context &c);
    Edit comment(Context &c);
    Edit progress(Context &c);

    int below(int n) { return n > 0 ? int(m_rng.bounded(n)) : 0; }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &from)
    {
        return from.at(below(int(from.size())));
    }
    QDate day(int spread = 4);
    /// An id drawn from the run's seed, so that a seed repeats its picks
    /// (rows are picked in the order this laptop stored them).
    QUuid newId();
    QList<QUuid> idsOf(Laptop &laptop, const QString &sql, const QUuid &project);
    template<typename T>
    static Edit done(const QString &what, const Model::Result<T> &result)
    {
        return result.ok() ? Edit{Outcome::Done, what, {}} : Edit{Outcome::Refused, what, result.error().message};
    }

    QRandomGenerator &m_rng;
    Region m_region;
};

} // namespace Converge
