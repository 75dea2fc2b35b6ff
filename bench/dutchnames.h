#pragma once

#include <QList>
#include <QString>

namespace Bench {

struct Municipality {
    const char *name; ///< UTF-8
    const char *code; ///< CBS code, GMnnnn
    int province; ///< index into provinces()
};

/// The 12 provinces, as organisation names ("Provincie Groningen").
const QList<QString> &provinces();
/// All 342 municipalities of 1 January 2024 with their CBS codes.
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
