#include "planwords.h"

using namespace Qt::StringLiterals;

namespace Bench::Plan {

const QList<QString> NoteTemplates = {
    u"Overleg met %1 over de planning van %2; afspraken vastgelegd in het verslag."_s,
    u"Bewonersavond in %3 voorbereid en uitnodigingen verstuurd."_s,
    u"Offertes van drie aannemers vergeleken, advies naar de stuurgroep."_s,
    u"Stuurgroep %2: voortgangsrapportage bijgewerkt."_s,
    u"Veldbezoek %3 met de wijkcoach."_s,
    u"Subsidieaanvraag provincie: begroting aangepast na vragen van %1."_s,
    u"Projectplan hoofdstuk risico's herschreven."_s,
    u"Interviews met ondernemers in %3 uitgewerkt."_s,
    u"Data van het CBS verwerkt in het dashboard voor %2."_s,
    u"Werksessie met de partners; rollen en mandaat besproken."_s,
    u"Aanbestedingsstukken gecontroleerd door inkoop."_s,
    u"Communicatieplan: nieuwsbrief en berichten voor sociale media."_s,
    u"Raadsinformatiebrief %3 opgesteld."_s,
    u"Evaluatie pilot %2 met de uitvoerders."_s,
    u"Uren"_s,
    u"Correctie: uren dubbel geboekt."_s,
};

const QList<QString> MilestoneTitles = {
    u"Plan van aanpak vastgesteld"_s,   u"Startbijeenkomst met de partners"_s, u"Bewonersavond %1"_s,
    u"Aanbesteding gepubliceerd"_s,     u"Opdracht gegund"_s,                  u"Eerste pilot %1 gestart"_s,
    u"Tussenrapportage aan de raad"_s,  u"Subsidie toegekend"_s,               u"Ontwerp definitief"_s,
    u"Uitvoering fase %2 afgerond"_s,   u"Monitoringsrapport %2"_s,            u"Besluit stuurgroep over fase %2"_s,
    u"Oplevering %1"_s,                 u"Evaluatie met de partners"_s,        u"Overdracht aan de lijn"_s,
};

const QList<GoalKind> GoalKinds = {
    {u"Woningen van het gas af"_s, u"Aantal aardgasvrije woningen"_s, u"woningen"_s, 0, 1200},
    {u"Minder CO2-uitstoot"_s, u"Uitstoot gemeentelijke gebouwen"_s, u"ton"_s, 5400, 3200},
    {u"Kortere wachttijd jeugdzorg"_s, u"Gemiddelde wachttijd"_s, u"weken"_s, 14, 6},
    {u"Meer inwoners aan het werk"_s, u"Uitstroom naar betaald werk"_s, u"personen"_s, 0, 350},
    {u"Afval scheiden"_s, u"Restafval per inwoner"_s, u"kg"_s, 180, 100},
    {u"Tevreden inwoners"_s, u"Rapportcijfer dienstverlening"_s, u"cijfer"_s, 6.4, 7.5},
    {u"Groene schoolpleinen"_s, u"Aantal vergroende schoolpleinen"_s, u"pleinen"_s, 2, 40},
    {u"Zonnepanelen op daken"_s, u"Opgesteld vermogen"_s, u"kWp"_s, 800, 6000},
};

} // namespace Bench::Plan
