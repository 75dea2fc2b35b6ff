#pragma once

#include "types.h"

#include <QList>
#include <QString>

namespace Model {

/// What the user may change in a project, as the shared server allows it
/// (docs/SYNC.md, "Rights"), so that the window offers only what the server
/// will take. Without a server every right is given: the laptop is the
/// user's own, and nobody else's edits meet it.
struct ProjectRights {
    bool editProject = true; ///< the project's fields, partners, hand-over
    bool editPlan = true; ///< goals, milestones, evaluations
    bool log = true; ///< progress entries and measurements
    bool comment = true; ///< comments on evaluations
    QString why; ///< why the plan cannot be changed, for tooltips; empty when it can
};

/// The rights of @p me in the project whose @p participations are given.
/// @p me.serverRole is the role the server gave the user (lead, member,
/// external, viewer), empty without a server: then the laptop is its
/// user's and her organisation changes every project it takes part in,
/// while another organisation's project is read only.
ProjectRights projectRights(const QList<Participation> &participations, const Identity &me);

} // namespace Model
