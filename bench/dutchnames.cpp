#include "dutchnames.h"

namespace Bench {

namespace {
QList<QString> fromUtf8(std::initializer_list<const char *> words)
{
    QList<QString> out;
    out.reserve(qsizetype(words.size()));
    for (const char *w : words)
        out.append(QString::fromUtf8(w));
    return out;
}

} // namespace

const QList<QString> &provinces()
{
    return Model::DutchPublicBodies::provinces();
}

const QList<Municipality> &municipalities()
{
    return Model::DutchPublicBodies::municipalities();
}

const QList<QString> &companies()
{
    static const QList<QString> all = fromUtf8({
        "Alliander N.V.", "Enexis Netbeheer", "Stedin Netbeheer", "Vitens", "Evides Waterbedrijf", "Brabant Water",
        "Waterbedrijf Groningen", "Dunea", "Heijmans Infra", "BAM Bouw en Techniek", "VolkerWessels Regio Noord",
        "Dura Vermeer", "Ballast Nedam Wegen", "Arcadis Nederland", "Witteveen+Bos", "Royal HaskoningDHV",
        "Sweco Nederland", "Antea Group", "Tauw", "Movares", "Arriva Personenvervoer", "Qbuzz", "Keolis Nederland",
        "EBS Openbaar Vervoer", "Eneco Warmte", "Vattenfall Warmte", "Essent Energie", "Greenchoice",
        "Energiecoöperatie Zuidenwind", "Glasvezel Buitenaf B.V.", "Delta Fiber Nederland", "KPN Zakelijk",
        "Centric Gemeenten", "PinkRoccade Local Government", "Visma Circle", "Rabobank Regio Oost",
        "Woonstichting De Key", "Woonbron", "Portaal", "Lefier", "Mitros", "Woonzorg Nederland", "Zorggroep Noorderbreedte",
        "Cordaan", "Zorgkantoor Friesland", "Renewi Nederland", "Attero", "Omrin", "HVC Afvalverwerking",
        "Twence", "Boskalis Nederland", "Van Oord Dredging", "Bouwbedrijf Van Wijnen", "Hurks Bouw",
        "Dijkstra Draisma", "Strukton Rail", "ProRail Regio Zuid", "Havenbedrijf Groningen Seaports",
        "North Sea Port", "Port of Moerdijk",
    });
    return all;
}

const QList<QString> &knowledgeInstitutions()
{
    static const QList<QString> all = fromUtf8({
        "Rijksuniversiteit Groningen", "Universiteit Utrecht", "Universiteit van Amsterdam", "Vrije Universiteit Amsterdam",
        "Universiteit Leiden", "Erasmus Universiteit Rotterdam", "Radboud Universiteit", "Universiteit Twente",
        "Technische Universiteit Eindhoven", "Technische Universiteit Delft", "Wageningen University & Research",
        "Maastricht University", "Tilburg University", "Hanzehogeschool Groningen", "NHL Stenden Hogeschool",
        "Hogeschool Windesheim", "Saxion Hogeschool", "HAN University of Applied Sciences", "Hogeschool Utrecht",
        "Hogeschool van Amsterdam", "Hogeschool Inholland", "Haagse Hogeschool", "Hogeschool Rotterdam",
        "Avans Hogeschool", "Fontys Hogescholen", "Zuyd Hogeschool", "HZ University of Applied Sciences",
        "Hogeschool Leiden", "Aeres Hogeschool", "TNO", "Deltares", "RIVM", "Planbureau voor de Leefomgeving",
        "Sociaal en Cultureel Planbureau", "Kennisplatform Gelijkwaardigheid", "Movisie", "Nederlands Jeugdinstituut",
        "Platform31", "Vereniging van Nederlandse Gemeenten", "Kadaster",
    });
    return all;
}

const QList<QString> &otherPartners()
{
    static const QList<QString> all = fromUtf8({
        "Waterschap Rivierenland", "Waterschap Vallei en Veluwe", "Wetterskip Fryslân", "Waterschap Noorderzijlvest",
        "Hoogheemraadschap van Rijnland", "Hoogheemraadschap Hollands Noorderkwartier", "Waterschap Aa en Maas",
        "Waterschap Limburg", "Waterschap Scheldestromen", "Waterschap Drents Overijsselse Delta",
        "Veiligheidsregio Rotterdam-Rijnmond", "Veiligheidsregio Twente", "GGD Hollands Noorden", "GGD Gelderland-Zuid",
        "GGD Fryslân", "Omgevingsdienst Midden-Holland", "Omgevingsdienst Regio Utrecht", "Regio Achterhoek",
        "Metropoolregio Amsterdam", "Metropoolregio Rotterdam Den Haag", "Regio Foodvalley", "Regio Twente",
        "Regio Zwolle", "Brainport Development", "Noordelijke Rekenkamer", "Stichting Dorpsbelangen Oost",
        "Bewonersplatform Binnenstad", "Energiecoöperatie Dorpsstroom", "Buurtvereniging De Horst",
        "Stichting Natuur en Milieu Gelderland", "Huurdersvereniging Samen Sterk", "Ondernemersvereniging Centrum",
    });
    return all;
}

const QList<QString> &themes()
{
    static const QList<QString> all = fromUtf8({
        "Energietransitie", "Warmtenet", "Wijkaanpak", "Woningbouwversnelling", "Jeugdzorg", "Wijkzorg",
        "Mantelzorg", "Ouderenzorg", "Zorg dichtbij", "Schuldhulpverlening", "Armoedebestrijding",
        "Klimaatadaptatie", "Circulaire economie", "Digitale dienstverlening", "Informatieveiligheid",
        "Ondermijning", "Veilige wijk", "Laadinfrastructuur", "Snelfietsroute", "Slimme mobiliteit",
        "Openbaar vervoer", "Bereikbaarheid", "Omgevingswet", "Statushouders", "Inburgering", "Arbeidsmarkt",
        "Leerwerkakkoord", "Laaggeletterdheid", "Sportakkoord", "Cultuureducatie", "Erfgoed", "Vrijetijdseconomie",
        "Bedrijventerrein", "Binnenstad", "Leefbaarheid", "Vergroening", "Biodiversiteit", "Waterberging",
        "Droogte", "Stikstof", "Natuurherstel", "Plattelandsontwikkeling", "Glasvezel", "Datagedreven werken",
        "Archivering", "Inkoopsamenwerking", "Preventie", "Eenzaamheid", "Gezond gewicht", "Verkeersveiligheid",
        "Zonnevelden", "Windenergie", "Isolatie", "Huisvesting arbeidsmigranten", "Regionale Energiestrategie",
        "Toegankelijkheid", "Beschermd wonen", "Dak- en thuislozen", "Wijkteams", "Participatie",
    });
    return all;
}

// Themes that occur in a handful of projects only, for the rare-term search.
const QList<QString> &rareThemes()
{
    static const QList<QString> all = fromUtf8({"Kwelderherstel", "Terpenlandschap", "Zeehondenopvang"});
    return all;
}

const QList<QString> &adjectives()
{
    static const QList<QString> all = fromUtf8({
        "Samen", "Duurzaam", "Groen", "Gezond", "Slim", "Sterk", "Veilig", "Vitaal", "Toekomstbestendig",
        "Inclusief", "Bereikbaar", "Betaalbaar", "Sociaal", "Schoon", "Levendig", "Nieuw",
    });
    return all;
}

const QList<QString> &regions()
{
    static const QList<QString> all = fromUtf8({
        "Achterhoek", "Twente", "Drechtsteden", "Veluwe", "Betuwe", "Rivierenland", "Westfriesland", "Kop van Noord-Holland",
        "Zuid-Limburg", "Noord-Limburg", "Midden-Limburg", "De Peel", "Kempen", "West-Brabant", "Hart van Brabant",
        "Noordoost-Brabant", "Zeeuws-Vlaanderen", "Walcheren", "Holland Rijnland", "Midden-Holland", "Haaglanden",
        "Rijnmond", "Alblasserwaard", "Gooi en Vechtstreek", "Zuid-Kennemerland", "IJmond", "Amstelland",
        "Zaanstreek", "Foodvalley", "Eemland", "Stedendriehoek", "Cleantech Regio", "Noord-Veluwe", "Salland",
        "Vechtdal", "Regio Zwolle", "Noordoost-Friesland", "Waddeneilanden", "Oost-Groningen", "Zuidoost-Drenthe",
        "Flevoland", "Noordoostpolder", "Zuidwest-Fryslân",
    });
    return all;
}

const QList<QString> &firstNames()
{
    static const QList<QString> all = fromUtf8({
        "Anne", "Sanne", "Lotte", "Femke", "Fleur", "Eva", "Iris", "Marieke", "Inge", "Ilse", "Fatima", "Yasmina",
        "Noor", "Esther", "Hanneke", "Joost", "Pieter", "Bram", "Daan", "Jeroen", "Sander", "Thijs", "Wouter",
        "Mohamed", "Youssef", "Kees", "Hendrik", "Gert-Jan", "Rutger", "Sietse", "Jelle", "Wietske", "Geertje",
    });
    return all;
}

const QList<QString> &lastNames()
{
    static const QList<QString> all = fromUtf8({
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "El Amrani", "Yılmaz", "Hoekstra",
        "Postma", "Wijnands", "Schuurman", "Çelik",
    });
    return all;
}

const QList<QString> &ambitions()
{
    static const QList<QString> all = fromUtf8({
        "Samen met inwoners en ondernemers werken we aan een wijk waar iedereen prettig woont.",
        "In vier jaar halveren we de wachttijd door de toegang regionaal te organiseren.",
        "We delen kennis, capaciteit en inkoop zodat kleine gemeenten niet alles alleen hoeven te doen.",
        "De regio wordt in 2030 aardgasvrij in de eerste tien wijken.",
        "Iedere inwoner kan binnen een kwartier fietsen bij werk, school of zorg zijn.",
        "We maken één loket voor ondernemers in de hele regio.",
        "Wat op papier geregeld is, moet in de straat zichtbaar worden.",
        "Minder regels, meer ruimte voor initiatieven van bewoners.",
    });
    return all;
}

} // namespace Bench
