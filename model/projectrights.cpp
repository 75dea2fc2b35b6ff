#include "projectrights.h"

#include <QCoreApplication>

namespace Model {

ProjectRights projectRights(const QList<Participation> &participations, const Identity &me)
{
    ProjectRights r;
    const Participation *lead = nullptr;
    const Participation *mine = nullptr;
    for (const Participation &p : participations) {
        if (!p.isCurrent())
            continue;
        if (p.role == ParticipationRole::Lead)
            lead = &p;
        if (p.organisationId == me.organisationId)
            mine = &p;
    }
    auto tr = [](const char *text) { return QCoreApplication::translate("Model", text); };
    if (me.serverRole.isEmpty()) {
        // No server: the laptop is its user's, and her organisation works on
        // the plans it takes part in. Another organisation's project (the
        // demo region, an import) she reads.
        if (lead && !mine && !me.organisationId.isNull())
            r = {false, false, false, false,
                 tr("Your organisation does not take part in this project; %1 has the regie.").arg(lead->organisationName)};
        return r;
    }
    const bool writes = me.serverRole == QLatin1String("lead") || me.serverRole == QLatin1String("member");
    const bool leading = lead && lead->organisationId == me.organisationId;
    // The regie's leads change the project and its plan; while nobody leads
    // it, the organisation that made it may start it (the server knows which;
    // the window lets it try).
    r.editPlan = (me.serverRole == QLatin1String("lead") && leading) || (!lead && writes);
    r.editProject = r.editPlan;
    r.log = writes && mine;
    r.comment = (writes || me.serverRole == QLatin1String("external")) && mine;
    if (!r.editPlan) {
        if (me.serverRole == QLatin1String("viewer"))
            r.why = tr("Your account on the server may read, not change.");
        else if (me.serverRole == QLatin1String("external"))
            r.why = tr("As an outside reflector you comment on evaluations; the regie changes the plan.");
        else if (me.serverRole == QLatin1String("member"))
            r.why = tr("Only the project leads of the regie change the plan.");
        else if (lead)
            r.why = tr("Only the organisation with the regie (%1) changes the plan.").arg(lead->organisationName);
        else
            r.why = tr("Your account on the server may read, not change.");
    }
    return r;
}

} // namespace Model
