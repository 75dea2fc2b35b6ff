#include "dutchpublicbodies.h"

namespace Model::DutchPublicBodies {

const QList<QString> &provinces()
{
    static const QList<QString> all = {
        QStringLiteral("Provincie Groningen"), QStringLiteral("Provincie Fryslân"), QStringLiteral("Provincie Drenthe"),
        QStringLiteral("Provincie Overijssel"), QStringLiteral("Provincie Flevoland"), QStringLiteral("Provincie Gelderland"),
        QStringLiteral("Provincie Utrecht"), QStringLiteral("Provincie Noord-Holland"), QStringLiteral("Provincie Zuid-Holland"),
        QStringLiteral("Provincie Zeeland"), QStringLiteral("Provincie Noord-Brabant"), QStringLiteral("Provincie Limburg"),
    };
    return all;
}

namespace {
// Short names for the table below.
constexpr Province GR = Groningen, FR = Fryslan, DR = Drenthe, OV = Overijssel, FL = Flevoland, GE = Gelderland,
                   UT = Utrecht, NH = NoordHolland, ZH = ZuidHolland, ZE = Zeeland, NB = NoordBrabant, LI = Limburg;
} // namespace

// Source: CBS Gemeentelijke indeling 2024 (342 municipalities on 1 January
// 2024), grouped by province; tests/model/dutchpublicbodiestest checks the count.
const QList<Municipality> &municipalities()
{
    static const QList<Municipality> all = {
        // Groningen (10)
        {"Eemsdelta", "GM1979", GR}, {"Groningen", "GM0014", GR}, {"Het Hogeland", "GM1966", GR},
        {"Midden-Groningen", "GM1952", GR}, {"Oldambt", "GM1895", GR}, {"Pekela", "GM0765", GR},
        {"Stadskanaal", "GM0037", GR}, {"Veendam", "GM0047", GR}, {"Westerkwartier", "GM1969", GR},
        {"Westerwolde", "GM1950", GR},
        // Fryslân (18)
        {"Achtkarspelen", "GM0059", FR}, {"Ameland", "GM0060", FR}, {"Dantumadiel", "GM1891", FR},
        {"De Fryske Marren", "GM1940", FR}, {"Harlingen", "GM0072", FR}, {"Heerenveen", "GM0074", FR},
        {"Leeuwarden", "GM0080", FR}, {"Noardeast-Fryslân", "GM1970", FR}, {"Ooststellingwerf", "GM0085", FR},
        {"Opsterland", "GM0086", FR}, {"Schiermonnikoog", "GM0088", FR}, {"Smallingerland", "GM0090", FR},
        {"Súdwest-Fryslân", "GM1900", FR}, {"Terschelling", "GM0093", FR}, {"Tytsjerksteradiel", "GM0737", FR},
        {"Vlieland", "GM0096", FR}, {"Waadhoeke", "GM1949", FR}, {"Weststellingwerf", "GM0098", FR},
        // Drenthe (12)
        {"Aa en Hunze", "GM1680", DR}, {"Assen", "GM0106", DR}, {"Borger-Odoorn", "GM1681", DR},
        {"Coevorden", "GM0109", DR}, {"De Wolden", "GM1690", DR}, {"Emmen", "GM0114", DR},
        {"Hoogeveen", "GM0118", DR}, {"Meppel", "GM0119", DR}, {"Midden-Drenthe", "GM1731", DR},
        {"Noordenveld", "GM1699", DR}, {"Tynaarlo", "GM1730", DR}, {"Westerveld", "GM1701", DR},
        // Overijssel (25)
        {"Almelo", "GM0141", OV}, {"Borne", "GM0147", OV}, {"Dalfsen", "GM0148", OV},
        {"Deventer", "GM0150", OV}, {"Dinkelland", "GM1774", OV}, {"Enschede", "GM0153", OV},
        {"Haaksbergen", "GM0158", OV}, {"Hardenberg", "GM0160", OV}, {"Hellendoorn", "GM0163", OV},
        {"Hengelo", "GM0164", OV}, {"Hof van Twente", "GM1735", OV}, {"Kampen", "GM0166", OV},
        {"Losser", "GM0168", OV}, {"Oldenzaal", "GM0173", OV}, {"Olst-Wijhe", "GM1773", OV},
        {"Ommen", "GM0175", OV}, {"Raalte", "GM0177", OV}, {"Rijssen-Holten", "GM1742", OV},
        {"Staphorst", "GM0180", OV}, {"Steenwijkerland", "GM1708", OV}, {"Tubbergen", "GM0183", OV},
        {"Twenterand", "GM1700", OV}, {"Wierden", "GM0189", OV}, {"Zwartewaterland", "GM1896", OV},
        {"Zwolle", "GM0193", OV},
        // Flevoland (6)
        {"Almere", "GM0034", FL}, {"Dronten", "GM0303", FL}, {"Lelystad", "GM0995", FL},
        {"Noordoostpolder", "GM0171", FL}, {"Urk", "GM0184", FL}, {"Zeewolde", "GM0050", FL},
        // Gelderland (51)
        {"Aalten", "GM0197", GE}, {"Apeldoorn", "GM0200", GE}, {"Arnhem", "GM0202", GE},
        {"Barneveld", "GM0203", GE}, {"Berg en Dal", "GM1945", GE}, {"Berkelland", "GM1859", GE},
        {"Beuningen", "GM0209", GE}, {"Bronckhorst", "GM1876", GE}, {"Brummen", "GM0213", GE},
        {"Buren", "GM0214", GE}, {"Culemborg", "GM0216", GE}, {"Doesburg", "GM0221", GE},
        {"Doetinchem", "GM0222", GE}, {"Druten", "GM0225", GE}, {"Duiven", "GM0226", GE},
        {"Ede", "GM0228", GE}, {"Elburg", "GM0230", GE}, {"Epe", "GM0232", GE},
        {"Ermelo", "GM0233", GE}, {"Harderwijk", "GM0243", GE}, {"Hattem", "GM0244", GE},
        {"Heerde", "GM0246", GE}, {"Heumen", "GM0252", GE}, {"Lingewaard", "GM1705", GE},
        {"Lochem", "GM0262", GE}, {"Maasdriel", "GM0263", GE}, {"Montferland", "GM1955", GE},
        {"Neder-Betuwe", "GM1740", GE}, {"Nijkerk", "GM0267", GE}, {"Nijmegen", "GM0268", GE},
        {"Nunspeet", "GM0302", GE}, {"Oldebroek", "GM0269", GE}, {"Oost Gelre", "GM1586", GE},
        {"Oude IJsselstreek", "GM1509", GE}, {"Overbetuwe", "GM1734", GE}, {"Putten", "GM0273", GE},
        {"Renkum", "GM0274", GE}, {"Rheden", "GM0275", GE}, {"Rozendaal", "GM0277", GE},
        {"Scherpenzeel", "GM0279", GE}, {"Tiel", "GM0281", GE}, {"Voorst", "GM0285", GE},
        {"Wageningen", "GM0289", GE}, {"West Betuwe", "GM1960", GE}, {"West Maas en Waal", "GM0668", GE},
        {"Westervoort", "GM0293", GE}, {"Wijchen", "GM0296", GE}, {"Winterswijk", "GM0294", GE},
        {"Zaltbommel", "GM0297", GE}, {"Zevenaar", "GM0299", GE}, {"Zutphen", "GM0301", GE},
        // Utrecht (26)
        {"Amersfoort", "GM0307", UT}, {"Baarn", "GM0308", UT}, {"Bunnik", "GM0312", UT},
        {"Bunschoten", "GM0313", UT}, {"De Bilt", "GM0310", UT}, {"De Ronde Venen", "GM0736", UT},
        {"Eemnes", "GM0317", UT}, {"Houten", "GM0321", UT}, {"IJsselstein", "GM0353", UT},
        {"Leusden", "GM0327", UT}, {"Lopik", "GM0331", UT}, {"Montfoort", "GM0335", UT},
        {"Nieuwegein", "GM0356", UT}, {"Oudewater", "GM0589", UT}, {"Renswoude", "GM0339", UT},
        {"Rhenen", "GM0340", UT}, {"Soest", "GM0342", UT}, {"Stichtse Vecht", "GM1904", UT},
        {"Utrecht", "GM0344", UT}, {"Utrechtse Heuvelrug", "GM1581", UT}, {"Veenendaal", "GM0345", UT},
        {"Vijfheerenlanden", "GM1961", UT}, {"Wijk bij Duurstede", "GM0352", UT}, {"Woerden", "GM0632", UT},
        {"Woudenberg", "GM0351", UT}, {"Zeist", "GM0355", UT},
        // Noord-Holland (44)
        {"Aalsmeer", "GM0358", NH}, {"Alkmaar", "GM0361", NH}, {"Amstelveen", "GM0362", NH},
        {"Amsterdam", "GM0363", NH}, {"Bergen (NH.)", "GM0373", NH}, {"Beverwijk", "GM0375", NH},
        {"Blaricum", "GM0376", NH}, {"Bloemendaal", "GM0377", NH}, {"Castricum", "GM0383", NH},
        {"Den Helder", "GM0400", NH}, {"Diemen", "GM0384", NH}, {"Dijk en Waard", "GM1980", NH},
        {"Drechterland", "GM0498", NH}, {"Edam-Volendam", "GM0385", NH}, {"Enkhuizen", "GM0388", NH},
        {"Gooise Meren", "GM1942", NH}, {"Haarlem", "GM0392", NH}, {"Haarlemmermeer", "GM0394", NH},
        {"Heemskerk", "GM0396", NH}, {"Heemstede", "GM0397", NH}, {"Heiloo", "GM0399", NH},
        {"Hilversum", "GM0402", NH}, {"Hollands Kroon", "GM1911", NH}, {"Hoorn", "GM0405", NH},
        {"Huizen", "GM0406", NH}, {"Koggenland", "GM1598", NH}, {"Landsmeer", "GM0415", NH},
        {"Laren", "GM0417", NH}, {"Medemblik", "GM0420", NH}, {"Oostzaan", "GM0431", NH},
        {"Opmeer", "GM0432", NH}, {"Ouder-Amstel", "GM0437", NH}, {"Purmerend", "GM0439", NH},
        {"Schagen", "GM0441", NH}, {"Stede Broec", "GM0532", NH}, {"Texel", "GM0448", NH},
        {"Uitgeest", "GM0450", NH}, {"Uithoorn", "GM0451", NH}, {"Velsen", "GM0453", NH},
        {"Waterland", "GM0852", NH}, {"Wijdemeren", "GM1696", NH}, {"Wormerland", "GM0880", NH},
        {"Zaanstad", "GM0479", NH}, {"Zandvoort", "GM0473", NH},
        // Zuid-Holland (50)
        {"Alblasserdam", "GM0482", ZH}, {"Albrandswaard", "GM0613", ZH}, {"Alphen aan den Rijn", "GM0484", ZH},
        {"Barendrecht", "GM0489", ZH}, {"Bodegraven-Reeuwijk", "GM1901", ZH}, {"Capelle aan den IJssel", "GM0502", ZH},
        {"Delft", "GM0503", ZH}, {"Dordrecht", "GM0505", ZH}, {"Goeree-Overflakkee", "GM1924", ZH},
        {"Gorinchem", "GM0512", ZH}, {"Gouda", "GM0513", ZH}, {"'s-Gravenhage", "GM0518", ZH},
        {"Hardinxveld-Giessendam", "GM0523", ZH}, {"Hendrik-Ido-Ambacht", "GM0531", ZH}, {"Hillegom", "GM0534", ZH},
        {"Hoeksche Waard", "GM1963", ZH}, {"Kaag en Braassem", "GM1884", ZH}, {"Katwijk", "GM0537", ZH},
        {"Krimpen aan den IJssel", "GM0542", ZH}, {"Krimpenerwaard", "GM1931", ZH}, {"Lansingerland", "GM1621", ZH},
        {"Leiden", "GM0546", ZH}, {"Leiderdorp", "GM0547", ZH}, {"Leidschendam-Voorburg", "GM1916", ZH},
        {"Lisse", "GM0553", ZH}, {"Maassluis", "GM0556", ZH}, {"Midden-Delfland", "GM1842", ZH},
        {"Molenlanden", "GM1978", ZH}, {"Nieuwkoop", "GM0569", ZH}, {"Nissewaard", "GM1930", ZH},
        {"Noordwijk", "GM0575", ZH}, {"Oegstgeest", "GM0579", ZH}, {"Papendrecht", "GM0590", ZH},
        {"Pijnacker-Nootdorp", "GM1926", ZH}, {"Ridderkerk", "GM0597", ZH}, {"Rijswijk", "GM0603", ZH},
        {"Rotterdam", "GM0599", ZH}, {"Schiedam", "GM0606", ZH}, {"Sliedrecht", "GM0610", ZH},
        {"Teylingen", "GM1525", ZH}, {"Vlaardingen", "GM0622", ZH}, {"Voorne aan Zee", "GM1992", ZH},
        {"Voorschoten", "GM0626", ZH}, {"Waddinxveen", "GM0627", ZH}, {"Wassenaar", "GM0629", ZH},
        {"Westland", "GM1783", ZH}, {"Zoetermeer", "GM0637", ZH}, {"Zoeterwoude", "GM0638", ZH},
        {"Zuidplas", "GM1892", ZH}, {"Zwijndrecht", "GM0642", ZH},
        // Zeeland (13)
        {"Borsele", "GM0654", ZE}, {"Goes", "GM0664", ZE}, {"Hulst", "GM0677", ZE},
        {"Kapelle", "GM0678", ZE}, {"Middelburg", "GM0687", ZE}, {"Noord-Beveland", "GM1695", ZE},
        {"Reimerswaal", "GM0703", ZE}, {"Schouwen-Duiveland", "GM1676", ZE}, {"Sluis", "GM1714", ZE},
        {"Terneuzen", "GM0715", ZE}, {"Tholen", "GM0716", ZE}, {"Veere", "GM0717", ZE},
        {"Vlissingen", "GM0718", ZE},
        // Noord-Brabant (56)
        {"Alphen-Chaam", "GM1723", NB}, {"Altena", "GM1959", NB}, {"Asten", "GM0743", NB},
        {"Baarle-Nassau", "GM0744", NB}, {"Bergeijk", "GM1724", NB}, {"Bergen op Zoom", "GM0748", NB},
        {"Bernheze", "GM1721", NB}, {"Best", "GM0753", NB}, {"Bladel", "GM1728", NB},
        {"Boekel", "GM0755", NB}, {"Boxtel", "GM0757", NB}, {"Breda", "GM0758", NB},
        {"Cranendonck", "GM1706", NB}, {"Deurne", "GM0762", NB}, {"Dongen", "GM0766", NB},
        {"Drimmelen", "GM1719", NB}, {"Eersel", "GM0770", NB}, {"Eindhoven", "GM0772", NB},
        {"Etten-Leur", "GM0777", NB}, {"Geertruidenberg", "GM0779", NB}, {"Geldrop-Mierlo", "GM1771", NB},
        {"Gemert-Bakel", "GM1652", NB}, {"Gilze en Rijen", "GM0784", NB}, {"Goirle", "GM0785", NB},
        {"Halderberge", "GM1655", NB}, {"Heeze-Leende", "GM1658", NB}, {"Helmond", "GM0794", NB},
        {"'s-Hertogenbosch", "GM0796", NB}, {"Heusden", "GM0797", NB}, {"Hilvarenbeek", "GM0798", NB},
        {"Laarbeek", "GM1659", NB}, {"Land van Cuijk", "GM1982", NB}, {"Loon op Zand", "GM0809", NB},
        {"Maashorst", "GM1991", NB}, {"Meierijstad", "GM1948", NB}, {"Moerdijk", "GM1709", NB},
        {"Nuenen, Gerwen en Nederwetten", "GM0820", NB}, {"Oirschot", "GM0823", NB}, {"Oisterwijk", "GM0824", NB},
        {"Oosterhout", "GM0826", NB}, {"Oss", "GM0828", NB}, {"Reusel-De Mierden", "GM1667", NB},
        {"Roosendaal", "GM1674", NB}, {"Rucphen", "GM0840", NB}, {"Sint-Michielsgestel", "GM0845", NB},
        {"Someren", "GM0847", NB}, {"Son en Breugel", "GM0848", NB}, {"Steenbergen", "GM0851", NB},
        {"Tilburg", "GM0855", NB}, {"Valkenswaard", "GM0858", NB}, {"Veldhoven", "GM0861", NB},
        {"Vught", "GM0865", NB}, {"Waalre", "GM0866", NB}, {"Waalwijk", "GM0867", NB},
        {"Woensdrecht", "GM0873", NB}, {"Zundert", "GM0879", NB},
        // Limburg (31)
        {"Beek", "GM0888", LI}, {"Beekdaelen", "GM1954", LI}, {"Beesel", "GM0889", LI},
        {"Bergen (L.)", "GM0893", LI}, {"Brunssum", "GM0899", LI}, {"Echt-Susteren", "GM1711", LI},
        {"Eijsden-Margraten", "GM1903", LI}, {"Gennep", "GM0907", LI}, {"Gulpen-Wittem", "GM1729", LI},
        {"Heerlen", "GM0917", LI}, {"Horst aan de Maas", "GM1507", LI}, {"Kerkrade", "GM0928", LI},
        {"Landgraaf", "GM0882", LI}, {"Leudal", "GM1640", LI}, {"Maasgouw", "GM1641", LI},
        {"Maastricht", "GM0935", LI}, {"Meerssen", "GM0938", LI}, {"Mook en Middelaar", "GM0944", LI},
        {"Nederweert", "GM0946", LI}, {"Peel en Maas", "GM1894", LI}, {"Roerdalen", "GM1669", LI},
        {"Roermond", "GM0957", LI}, {"Simpelveld", "GM0965", LI}, {"Sittard-Geleen", "GM1883", LI},
        {"Stein", "GM0971", LI}, {"Vaals", "GM0981", LI}, {"Valkenburg aan de Geul", "GM0994", LI},
        {"Venlo", "GM0983", LI}, {"Venray", "GM0984", LI}, {"Voerendaal", "GM0986", LI},
        {"Weert", "GM0988", LI},
    };
    return all;
}

QList<Organisation> organisations()
{
    QList<Organisation> out;
    out.reserve(provinces().size() + municipalities().size());
    for (const QString &name : provinces()) {
        Organisation o;
        o.name = name;
        o.kind = OrganisationKind::Province;
        out.append(o);
    }
    for (const Municipality &m : municipalities()) {
        Organisation o;
        o.name = QString::fromUtf8(m.name);
        o.kind = OrganisationKind::Municipality;
        o.municipalityCode = QString::fromLatin1(m.code);
        out.append(o);
    }
    return out;
}

} // namespace Model::DutchPublicBodies
