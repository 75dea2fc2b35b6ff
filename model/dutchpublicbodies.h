#pragma once

#include "types.h"

#include <QList>
#include <QString>

namespace Model {

/// The public bodies of the Netherlands that Regie knows without a server:
/// the 12 provinces and the 342 municipalities of 1 January 2024 (CBS
/// Gemeentelijke indeling 2024) with their CBS codes. A fresh laptop offers
/// them as organisations to choose from.
namespace DutchPublicBodies {

enum Province { Groningen, Fryslan, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht, NoordHolland, ZuidHolland,
                Zeeland, NoordBrabant, Limburg, ProvinceCount };

struct Municipality {
    const char *name; ///< UTF-8, as the municipality calls itself ("Súdwest-Fryslân")
    const char *code; ///< CBS code, GMnnnn
    Province province;
};

/// The 12 provinces as organisation names ("Provincie Groningen"), in the order of Province.
const QList<QString> &provinces();
/// All 342 municipalities, grouped by province.
const QList<Municipality> &municipalities();
/// Both as organisations without an id: the provinces, then the municipalities.
QList<Organisation> organisations();

} // namespace DutchPublicBodies
} // namespace Model
