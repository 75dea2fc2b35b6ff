#pragma once

#include "model/types.h"

#include <QDate>
#include <QString>

namespace TestLib {

/// Valid domain objects with fresh ids, so a test states only what matters.
Model::Organisation makeOrganisation(const QString &name,
                                     Model::OrganisationKind kind = Model::OrganisationKind::Municipality);
Model::Project makeProject(const QString &name, Model::ProjectStatus status = Model::ProjectStatus::Idea);
Model::Participation makeParticipation(const QUuid &projectId, const QUuid &organisationId,
                                       Model::ParticipationRole role = Model::ParticipationRole::Partner,
                                       const QDate &joined = QDate(2024, 1, 1));

/// Plan items of @p projectId with fresh ids.
Model::Goal makeGoal(const QUuid &projectId, const QString &title, std::optional<double> baseline = 0,
                     std::optional<double> target = 100);
Model::Measurement makeMeasurement(const Model::Goal &goal, double value, const QDate &on);
Model::Milestone makeMilestone(const QUuid &projectId, const QString &title, const QDate &due,
                               const QUuid &owner = {});
Model::ProgressEntry makeProgress(const QUuid &projectId, const QUuid &organisationId, double hours,
                                  const QString &note, const QDate &on = QDate::currentDate());

/// A region of @p projects projects over @p organisations organisations.
/// Every third project is active, with a lead (participation and open lead
/// term) and a partner; the others are ideas or closed. Names are unique and
/// mix accents and case ("Súdwest project 0001", "ijssel project 0002"...),
/// so ordering and search are exercised; ids are random.
Model::Bundle makeRegion(int projects, int organisations = 10);

} // namespace TestLib
