#include "kenniswords.h"

#include <algorithm>
#include <array>

namespace Bench {

namespace {

    struct Part {
        const char *word;
        const char *linker;
    };
    // First parts of compounds, with the linking -s- where Dutch puts one.
    const Part Heads[] = {
        {"jeugd", ""},     {"zorg", ""},        {"woning", ""},      {"warmte", ""},    {"energie", ""},
        {"armoede", ""},   {"schuld", ""},      {"wijk", ""},        {"buurt", ""},     {"klimaat", ""},
        {"afval", ""},     {"omgeving", "s"},   {"participatie", ""}, {"burger", ""},   {"gemeente", ""},
        {"water", ""},     {"groen", ""},       {"verkeer", "s"},    {"school", ""},    {"sport", ""},
        {"gezondheid", "s"}, {"huur", ""},      {"bouw", ""},        {"inkomen", "s"},  {"mobiliteit", "s"},
        {"veiligheid", "s"}, {"subsidie", ""},  {"regio", ""},       {"mantel", ""},    {"fiets", ""},
        {"zonne", ""},     {"kennis", ""},      {"onderwijs", ""},   {"natuur", ""},    {"cultuur", ""},
    };
    struct Noun {
        const char *one;
        const char *many; ///< nullptr where there is no plural in use
    };
    // Last parts of compounds.
    const Noun Tails[] = {
        {"zorg", nullptr},          {"beleid", nullptr},        {"net", "netten"},
        {"plan", "plannen"},        {"team", "teams"},          {"wet", "wetten"},
        {"hulp", nullptr},          {"aanpak", nullptr},        {"project", "projecten"},
        {"regeling", "regelingen"}, {"verzekeraar", "verzekeraars"}, {"budget", "budgetten"},
        {"raad", "raden"},          {"visie", "visies"},        {"fonds", "fondsen"},
        {"coach", "coaches"},       {"loket", "loketten"},      {"woning", "woningen"},
        {"park", "parken"},         {"verlening", nullptr},     {"centrum", "centra"},
        {"dienst", "diensten"},     {"markt", "markten"},       {"straat", "straten"},
        {"gebied", "gebieden"},     {"transitie", "transities"}, {"ontwikkeling", "ontwikkelingen"},
        {"voorziening", "voorzieningen"}, {"vergunning", "vergunningen"}, {"subsidie", "subsidies"},
        {"panel", "panelen"},       {"programma", "programma's"}, {"opvang", nullptr},
        {"armoede", nullptr},       {"bouw", nullptr},          {"aanbieder", "aanbieders"},
    };
    const Noun Nouns[] = {
        {"woning", "woningen"},     {"wijk", "wijken"},         {"gemeente", "gemeenten"},
        {"bewoner", "bewoners"},    {"inwoner", "inwoners"},    {"partner", "partners"},
        {"project", "projecten"},   {"regio", "regio's"},       {"ervaring", "ervaringen"},
        {"les", "lessen"},          {"gezin", "gezinnen"},      {"kind", "kinderen"},
        {"jongere", "jongeren"},    {"oudere", "ouderen"},      {"school", "scholen"},
        {"wethouder", "wethouders"}, {"ambtenaar", "ambtenaren"}, {"raad", "raden"},
        {"college", "colleges"},    {"provincie", "provincies"}, {"corporatie", "corporaties"},
        {"huurder", "huurders"},    {"eigenaar", "eigenaren"},  {"vrijwilliger", "vrijwilligers"},
        {"aanbieder", "aanbieders"}, {"budget", "budgetten"},   {"jaar", "jaren"},
        {"maand", "maanden"},       {"week", "weken"},          {"straat", "straten"},
        {"buurt", "buurten"},       {"dorp", "dorpen"},         {"stad", "steden"},
        {"plan", "plannen"},        {"besluit", "besluiten"},   {"afspraak", "afspraken"},
        {"resultaat", "resultaten"}, {"doel", "doelen"},        {"evaluatie", "evaluaties"},
        {"onderzoek", "onderzoeken"}, {"subsidie", "subsidies"}, {"regeling", "regelingen"},
        {"wachtlijst", "wachtlijsten"}, {"uitkering", "uitkeringen"}, {"vergunning", "vergunningen"},
        {"organisatie", "organisaties"}, {"samenwerking", "samenwerkingen"}, {"bijeenkomst", "bijeenkomsten"},
        {"avond", "avonden"},       {"voorstel", "voorstellen"}, {"knelpunt", "knelpunten"},
        {"oplossing", "oplossingen"}, {"contract", "contracten"}, {"aanbesteding", "aanbestedingen"},
        {"huis", "huizen"},         {"gebouw", "gebouwen"},     {"dak", "daken"},
        {"bus", "bussen"},          {"auto", "auto's"},         {"fiets", "fietsen"},
        {"boom", "bomen"},          {"plein", "pleinen"},       {"kosten", nullptr},
        {"toekomst", nullptr},      {"kwaliteit", nullptr},     {"draagvlak", nullptr},
        {"ondersteuning", nullptr}, {"begeleiding", nullptr},   {"preventie", nullptr},
        {"uitvoering", nullptr},    {"inkoop", nullptr},        {"overleg", nullptr},
    };
    using Verb = std::array<const char *, 4>; // infinitive, he/she, they did, done
    const Verb Verbs[] = {
        {"samenwerken", "werkt samen", "werkten samen", "samengewerkt"},
        {"organiseren", "organiseert", "organiseerden", "georganiseerd"},
        {"ondersteunen", "ondersteunt", "ondersteunden", "ondersteund"},
        {"begeleiden", "begeleidt", "begeleidden", "begeleid"},
        {"verbeteren", "verbetert", "verbeterden", "verbeterd"},
        {"betrekken", "betrekt", "betrokken", "betrokken"},
        {"afspreken", "spreekt af", "spraken af", "afgesproken"},
        {"aanpakken", "pakt aan", "pakten aan", "aangepakt"},
        {"investeren", "investeert", "investeerden", "geïnvesteerd"},
        {"bouwen", "bouwt", "bouwden", "gebouwd"},
        {"isoleren", "isoleert", "isoleerden", "geïsoleerd"},
        {"besluiten", "besluit", "besloten", "besloten"},
        {"evalueren", "evalueert", "evalueerden", "geëvalueerd"},
        {"leren", "leert", "leerden", "geleerd"},
        {"delen", "deelt", "deelden", "gedeeld"},
        {"overnemen", "neemt over", "namen over", "overgenomen"},
        {"aanpassen", "past aan", "pasten aan", "aangepast"},
        {"starten", "start", "startten", "gestart"},
        {"werken", "werkt", "werkten", "gewerkt"},
        {"helpen", "helpt", "hielpen", "geholpen"},
        {"bereiken", "bereikt", "bereikten", "bereikt"},
        {"voorkomen", "voorkomt", "voorkwamen", "voorkomen"},
        {"financieren", "financiert", "financierden", "gefinancierd"},
        {"vaststellen", "stelt vast", "stelden vast", "vastgesteld"},
        {"inkopen", "koopt in", "kochten in", "ingekocht"},
        {"verduurzamen", "verduurzaamt", "verduurzaamden", "verduurzaamd"},
        {"signaleren", "signaleert", "signaleerden", "gesignaleerd"},
        {"coördineren", "coördineert", "coördineerden", "gecoördineerd"},
    };
    const std::array<const char *, 2> Adjectives[] = {
        {"sociaal", "sociale"},   {"regionaal", "regionale"},         {"lokaal", "lokale"},
        {"duurzaam", "duurzame"}, {"nieuw", "nieuwe"},                {"goed", "goede"},
        {"groot", "grote"},       {"klein", "kleine"},                {"betaalbaar", "betaalbare"},
        {"kwetsbaar", "kwetsbare"}, {"integraal", "integrale"},       {"gezamenlijk", "gezamenlijke"},
        {"financieel", "financiële"}, {"openbaar", "openbare"},       {"digitaal", "digitale"},
        {"preventief", "preventieve"}, {"structureel", "structurele"}, {"tijdelijk", "tijdelijke"},
        {"laagdrempelig", "laagdrempelige"}, {"naïef", "naïeve"},     {"praktisch", "praktische"},
        {"bestuurlijk", "bestuurlijke"},
    };
    const char *const Small[] = {
        "de", "de", "de", "het", "het", "een", "een", "van", "van", "en", "en", "in", "in", "met", "voor",
        "op", "bij", "aan", "door", "naar", "om", "te", "dat", "die", "is", "zijn", "wordt", "worden",
        "niet", "ook", "als", "maar", "of", "er", "we", "wij", "ze", "hun", "onze", "deze", "dit", "meer",
        "minder", "veel", "alle", "elke", "per", "na", "tot", "over", "zo", "nu", "dan", "al", "nog", "wel",
        "heeft", "hebben", "kan", "kunnen", "moet", "moeten",
    };
    const char *const Special[] = {
        "café", "ideeën", "coördinatie", "reünie", "één", "privé", "Oekraïne", "coöperatie",
        "geïnteresseerd", "beïnvloeden", "cliënt", "cliënten", "efficiënt", "patiënten", "idee",
        "schuldhulpverlening", "woningbouwproject", "jeugdzorgaanbieders", "sociaal domein", "sociale woningbouw",
    };
    const char *const TagNames[] = {
        "pilot", "regionaal", "evaluatie", "inkoop", "subsidie", "bewoners", "data", "wmo", "jeugdwet",
        "omgevingswet", "participatiewet", "aardgasvrij", "preventie", "handhaving", "digitalisering",
    };

    std::string capitalised(std::string s)
    {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
            s[0] = char(s[0] - 32);
        return s;
    }

    template<typename T, std::size_t N>
    constexpr std::size_t count(const T (&)[N])
    {
        return N;
    }

} // namespace

KennisWords::KennisWords(std::uint64_t seed)
    : m_engine(seed)
{
    m_compoundOrder.resize(count(Heads) * count(Tails));
    for (std::size_t i = 0; i < m_compoundOrder.size(); ++i)
        m_compoundOrder[i] = i;
    std::shuffle(m_compoundOrder.begin(), m_compoundOrder.end(), m_engine);
    m_nounOrder.resize(count(Nouns));
    for (std::size_t i = 0; i < m_nounOrder.size(); ++i)
        m_nounOrder[i] = i;
    std::shuffle(m_nounOrder.begin(), m_nounOrder.end(), m_engine);
}

const std::vector<std::string> &KennisWords::topicNames()
{
    static const std::vector<std::string> names = {
        "energie", "wonen", "jeugd", "zorg", "armoede", "schulden", "werk en inkomen", "participatie",
        "ruimte", "klimaat", "groen", "afval", "mobiliteit", "veiligheid", "onderwijs", "cultuur", "sport",
        "economie", "dienstverlening", "informatie", "samenwerking", "financien", "ouderen", "integratie",
    };
    return names;
}

std::size_t KennisWords::skewed(std::size_t n, int power)
{
    double u = double(below(1u << 30)) / double(1u << 30);
    double x = u;
    for (int i = 1; i < power; ++i)
        x *= u;
    return std::min(n - 1, std::size_t(double(n) * x));
}

std::string KennisWords::compound(bool plural)
{
    // Some compounds are everywhere, most are rare (about Zipf): heads and
    // tails in a fixed shuffled order, the early ones drawn far more often.
    const std::size_t pair = m_compoundOrder[skewed(m_compoundOrder.size(), 3)];
    const Part &head = Heads[pair / count(Tails)];
    const Noun &tail = Tails[pair % count(Tails)];
    std::string word = head.word;
    if (word == tail.one) // no "zorgzorg"
        return word;
    word += head.linker;
    word += plural && tail.many ? tail.many : tail.one;
    return word;
}

void KennisWords::startItem(const std::string &place)
{
    m_place = place;
    m_theme.clear();
    for (int i = 0; i < 2; ++i) {
        const Part &head = Heads[below(count(Heads))];
        const Noun &tail = Tails[below(count(Tails))];
        std::string stem = std::string(head.word) + head.linker;
        m_theme.push_back(stem + tail.one);
        if (tail.many)
            m_theme.push_back(stem + tail.many);
    }
    const Noun &noun = Nouns[below(count(Nouns))];
    m_theme.push_back(noun.one);
    if (noun.many)
        m_theme.push_back(noun.many);
    m_theme.push_back(place);
    m_topic = below(topicNames().size());
}

const std::string &KennisWords::word()
{
    thread_local std::string out;
    const std::uint64_t r = below(1000);
    if (r < 60)
        out = m_theme[below(m_theme.size())];
    else if (r < 480)
        out = Small[below(count(Small))];
    else if (r < 700) {
        const Noun &n = Nouns[m_nounOrder[skewed(m_nounOrder.size(), 2)]];
        out = n.many && chance(40) ? n.many : n.one;
    } else if (r < 780)
        out = compound(chance(35));
    else if (r < 890)
        out = Verbs[skewed(count(Verbs), 2)][below(4)];
    else if (r < 975)
        out = Adjectives[skewed(count(Adjectives), 2)][below(2)];
    else if (r < 980)
        out = Special[skewed(count(Special), 2)];
    else if (r < 993)
        out = m_place;
    else
        out = std::to_string(2 + below(2000));
    return out;
}

std::string KennisWords::text(int minWords, int maxWords)
{
    const int words = minWords + int(below(std::uint64_t(maxWords - minWords + 1)));
    std::string out;
    out.reserve(std::size_t(words) * 8);
    int inSentence = 0;
    int sentence = 6 + int(below(11));
    for (int i = 0; i < words; ++i) {
        const std::string &w = word();
        if (inSentence == 0) {
            if (!out.empty())
                out += ' ';
            out += capitalised(w);
        } else {
            out += ' ';
            out += w;
        }
        if (++inSentence == sentence || i == words - 1) {
            out += chance(8) ? '?' : '.';
            inSentence = 0;
            sentence = 6 + int(below(11));
            if (chance(12))
                out += "\n\n";
        } else if (chance(4)) {
            out += ',';
        }
    }
    return out;
}

int KennisWords::bodyWords()
{
    // 300 + 2,700 u²: from 300 to 3,000 words, on average 1,200.
    const double u = double(below(1000000)) / 1e6;
    return 300 + int(2700.0 * u * u);
}

std::string KennisWords::title()
{
    const std::string &theme = m_theme.front();
    const Noun &noun = Nouns[below(count(Nouns))];
    const char *many = noun.many ? noun.many : noun.one;
    switch (below(6)) {
    case 0:
        return capitalised(theme) + " in " + m_place;
    case 1:
        return "Lessen uit " + theme + " in " + m_place;
    case 2:
        return "Aanpak van " + std::string(many) + " en " + theme;
    case 3:
        return capitalised(theme) + ": " + Adjectives[below(count(Adjectives))][1] + " " + many;
    case 4:
        return "Hoe " + m_place + " " + theme + " " + Verbs[below(count(Verbs))][1];
    default:
        return capitalised(theme) + " en " + m_theme[m_theme.size() > 2 ? 2 : 0] + " met " + many;
    }
}

std::string KennisWords::topics()
{
    const auto &names = topicNames();
    std::string out = names[m_topic];
    const std::size_t more = below(3);
    for (std::size_t i = 1; i <= more; ++i)
        out += '\n' + names[(m_topic + i * 7) % names.size()];
    return out;
}

std::string KennisWords::tags()
{
    std::string out;
    for (std::uint64_t i = below(3); i > 0; --i) {
        if (!out.empty())
            out += '\n';
        out += TagNames[below(count(TagNames))];
    }
    return out;
}

std::string KennisWords::note()
{
    static const char *const Notes[] = {
        "Wij pasten de aanpak aan op een kleinere gemeente met minder capaciteit.",
        "Het budget voor de uitvoering ontbrak dit jaar.",
        "De raad koos voor een eigen oplossing met de regio.",
        "Wij namen de regeling over, maar met een lagere inkomensgrens.",
        "De woningcorporatie wilde niet meedoen.",
        "Het past niet bij onze wijken: te weinig huurwoningen.",
    };
    return Notes[below(count(Notes))];
}

} // namespace Bench
