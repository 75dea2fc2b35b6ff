#pragma once

#include "model/dutchpublicbodies.h"

#include <QList>
#include <QString>

namespace Bench {

using Municipality = Model::DutchPublicBodies::Municipality;

/// The 12 provinces, as organisation names ("Provincie Groningen"); kept in model/.
const QList<QString> &provinces();
/// All 342 municipalities of 1 January 2024 with their CBS codes; kept in model/.
const QList<Municipality> &municipalities();
/// Companies, knowledge institutions and other partners that municipalities
/// work with; names only, kinds by list.
const QList<QString> &companies();
const QList<QString> &knowledgeInstitutions();
const QList<QString> &otherPartners();

/// Word lists for project names and texts.
const QList<QString> &themes();
const QList<QString> &rareThemes();
const QList<QString> &adjectives();
const QList<QString> &regions();
const QList<QString> &firstNames();
const QList<QString> &lastNames();
const QList<QString> &ambitions();

} // namespace Bench
