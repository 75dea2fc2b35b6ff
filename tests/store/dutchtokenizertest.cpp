// The Dutch FTS5 tokenizer on a real SQLite file: folding, stemming,
// compounds, and a relevance set of municipal questions.
#include "store/dutchtokenizer.h"
#include "store/knowledgequery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Store::DutchTokenizer;
using Store::KnowledgeQuery;

namespace {

struct Document
{
    const char *key;
    const char *title;
    const char *body;
};

// A small municipal knowledge base: practices, lessons and questions.
const Document Corpus[] = {
    { "warmtenet", "Aanleg van een warmtenet in de wijk",
      "De gemeente legde samen met de woningcorporatie een warmtenet aan; 800 woningen gingen van het gas af." },
    { "jeugdzorg", "Jeugdzorg dichter bij het gezin",
      "Wijkteams bieden jeugdhulp en ondersteuning aan jongeren en ouders; de wachtlijsten voor jeugdzorg daalden." },
    { "armoede", "Armoedebeleid met een ruimhartige regeling",
      "Het armoedebeleid richt zich op gezinnen met een laag inkomen; de bijstandsuitkering wordt aangevuld." },
    { "omgevingswet", "Lessen uit de invoering van de Omgevingswet",
      "Bij de Omgevingswet hoort een omgevingsplan; vergunningen worden sneller verleend na vooroverleg." },
    { "participatie", "Participatie van bewoners bij plannen",
      "Bewoners participeerden vroeg in het proces; de participatieraad gaf gevraagd en ongevraagd advies." },
    { "zonnepanelen", "Zonnepanelen op daken van scholen",
      "Elk zonnepaneel op het dak van de basisschool levert stroom; de school bespaart op energiekosten." },
    { "woningbouw", "Woningbouwproject aan de rivier",
      "Het woningbouwproject levert 400 huurwoningen en koopwoningen; de bouw begon in het voorjaar." },
    { "cafe", "Het café als ontmoetingsplek",
      "Een buurtcafé waar ouderen elkaar ontmoeten tegen eenzaamheid; vrijwilligers schenken koffie." },
    { "schuldhulp", "Vroegsignalering van schulden",
      "Schuldhulpverlening begint eerder wanneer energieleveranciers en verhuurders betalingsachterstanden melden." },
    { "mantelzorg", "Steun voor mantelzorgers",
      "Mantelzorgers krijgen respijtzorg en een jaarlijks mantelzorgcompliment van de gemeente." },
    { "afval", "Afvalinzameling met diftar",
      "Inwoners betalen per lediging; de hoeveelheid restafval daalde met een derde na invoering van diftar." },
    { "fiets", "Snelfietspad tussen twee steden",
      "Het snelfietspad verbindt de stations; fietsers rijden veilig gescheiden van het autoverkeer." },
    { "klimaat", "Klimaatadaptatie in de binnenstad",
      "Tegels eruit, groen erin: regenwater wordt opgevangen in wadi's tegen wateroverlast bij hoosbuien." },
    { "zorgverzekeraar", "Afspraken met de zorgverzekeraar",
      "De zorgverzekeraar en de gemeente financieren samen de wijkverpleging en preventie." },
    { "samenwerking", "Regionale samenwerking in het sociaal domein",
      "Gemeenten in de regio werken samen bij de inkoop; de samenwerking bespaart tijd en geld." },
    { "laadpalen", "Laadpalen voor elektrische auto's",
      "Op verzoek plaatst de gemeente een laadpaal in de straat; elektrisch rijden wordt makkelijker." },
    { "eenzaamheid", "Aanpak van eenzaamheid onder ouderen",
      "Huisbezoeken bij 75-plussers brengen eenzaamheid in beeld; buurthuizen organiseren activiteiten." },
    { "ondermijning", "Ondermijning en georganiseerde criminaliteit",
      "De burgemeester sluit panden via de Wet Bibob; toezicht en handhaving werken samen met politie." },
    { "bibliotheek", "De bibliotheek als huis van de wijk",
      "Taalcafé, digitale hulp en een spreekuur voor geldzaken in de bibliotheek." },
    { "isolatie", "Isolatie van koopwoningen",
      "Met een subsidie voor isolatie en een duurzaamheidslening verduurzamen eigenaren hun huis." },
    { "werk", "Van bijstand naar betaald werk",
      "Werkgevers bieden leerwerkplekken; de re-integratie naar werk slaagt vaker met een jobcoach." },
    { "statushouders", "Huisvesting van statushouders",
      "Statushouders krijgen een woning en inburgeringslessen; de taakstelling werd gehaald." },
    { "groen", "Groenbeheer door bewoners",
      "Bewoners onderhouden zelf het plantsoen; de gemeente levert planten en gereedschap." },
    { "parkeren", "Betaald parkeren in het centrum",
      "Parkeervergunningen voor bewoners en een parkeergarage aan de rand verminderen het zoekverkeer." },
    { "onderwijs", "Onderwijshuisvesting en het integraal huisvestingsplan",
      "Schoolgebouwen worden gerenoveerd volgens het integraal huisvestingsplan voor het onderwijs." },
    { "privacy", "Privacy en gegevensdeling tussen zorgpartners",
      "Een convenant regelt welke gegevens het wijkteam deelt; de functionaris gegevensbescherming adviseert." },
    { "dorpshuis", "Het dorpshuis in eigen beheer",
      "Een stichting van dorpsbewoners beheert het dorpshuis; de gemeente geeft een exploitatiesubsidie." },
    { "riolering", "Vervanging van de riolering",
      "Het gemeentelijk rioleringsplan koppelt de vervanging van riolen aan het afkoppelen van hemelwater." },
    { "energiearmoede", "Energiearmoede aanpakken met energiecoaches",
      "Energiecoaches geven huishoudens met energiearmoede tips en kleine maatregelen zoals radiatorfolie." },
    { "economie", "Winkelstraat en lokale economie",
      "Een ondernemersfonds en aanpak van leegstand versterken de winkelstraat en de lokale economie." },
    { "jongerenwerk", "Jongerenwerk op straat",
      "Jongerenwerkers zoeken jongeren op in de wijk en voorkomen overlast." },
    { "reuse", "Hergebruik van een aanpak van een andere gemeente",
      "We namen de aanpak over van een buurgemeente en pasten die aan op onze eigen situatie." },
};

// What an official might type, and the document that should come up.
const std::pair<const char *, const char *> Relevance[] = {
    { "warmtenet", "warmtenet" },
    { "warmtenetten", "warmtenet" },
    { "warmte", "warmtenet" },
    { "van het gas af", "warmtenet" },
    { "jeugdzorg", "jeugdzorg" },
    { "jeugdhulp", "jeugdzorg" },
    { "wachtlijst jeugdzorg", "jeugdzorg" },
    { "armoedebeleid", "armoede" },
    { "armoede", "armoede" },
    { "bijstandsuitkering", "armoede" },
    { "omgevingswet", "omgevingswet" },
    { "omgevingsplan", "omgevingswet" },
    { "vergunning", "omgevingswet" },
    { "participatie", "participatie" },
    { "participatieraad", "participatie" },
    { "bewoners", "participatie" },
    { "zonnepanelen", "zonnepanelen" },
    { "zonnepaneel school", "zonnepanelen" },
    { "woningbouw", "woningbouw" },
    { "huurwoning", "woningbouw" },
    { "woningbouwprojecten", "woningbouw" },
    { "cafe ouderen", "cafe" },
    { "Café", "cafe" },
    { "schuldhulpverlening", "schuldhulp" },
    { "schulden", "schuldhulp" },
    { "mantelzorger", "mantelzorg" },
    { "mantelzorg", "mantelzorg" },
    { "afvalinzameling", "afval" },
    { "restafval", "afval" },
    { "snelfietspaden", "fiets" },
    { "klimaatadaptatie", "klimaat" },
    { "wateroverlast", "klimaat" },
    { "zorgverzekeraars", "zorgverzekeraar" },
    { "samenwerken", "samenwerking" },
    { "samenwerking regio", "samenwerking" },
    { "laadpaal", "laadpalen" },
    { "elektrische auto", "laadpalen" },
    { "eenzaamheid ouderen", "eenzaamheid" },
    { "ondermijning", "ondermijning" },
    { "Bibob", "ondermijning" },
    { "bibliotheek", "bibliotheek" },
    { "isoleren subsidie", "isolatie" },
    { "duurzaamheidslening", "isolatie" },
    { "re-integratie", "werk" },
    { "statushouder", "statushouders" },
    { "inburgering", "statushouders" },
    { "parkeervergunning", "parkeren" },
    { "integraal huisvestingsplan", "onderwijs" },
    { "\"integraal huisvestingsplan\"", "onderwijs" },
    { "gegevensdeling", "privacy" },
    { "dorpshuis", "dorpshuis" },
    { "rioleringsplan", "riolering" },
    { "energiearmoede", "energiearmoede" },
    { "energiecoach", "energiearmoede" },
    { "leegstand winkelstraat", "economie" },
    { "jongerenwerker", "jongerenwerk" },
    { "hergebruik aanpak", "reuse" },
    { "wijkte", "jeugdzorg" },
    { "omgevingsw", "omgevingswet" },
    { "Jeugdzorg\"", "jeugdzorg" },
};

} // namespace

class DutchTokenizerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    QStringList keys(const QString &userText, int limit = 10)
    {
        const QString match = KnowledgeQuery::matchExpression(userText);
        if (match.isEmpty())
            return {};
        QSqlQuery q(m_db);
        q.prepare(u"SELECT key FROM knowledge_text WHERE knowledge_text MATCH ? "
                  u"ORDER BY bm25(knowledge_text, 0, 5.0, 1.0) LIMIT %1"_s.arg(limit));
        q.addBindValue(match);
        if (!q.exec()) {
            qWarning() << match << q.lastError().text();
            return { u"<error>"_s };
        }
        QStringList found;
        while (q.next())
            found.append(q.value(0).toString());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dutchtokenizertest"_s);
        m_db.setDatabaseName(m_dir.filePath(u"kennis.sqlite"_s));
        QVERIFY(m_db.open());
        QVERIFY(DutchTokenizer::install(m_db));
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE knowledge_text USING fts5(key UNINDEXED, title, body, "
                        u"tokenize='regie_dutch')"_s),
                 qPrintable(q.lastError().text()));
        q.prepare(u"INSERT INTO knowledge_text (key, title, body) VALUES (?, ?, ?)"_s);
        for (const Document &d : Corpus) {
            q.addBindValue(QString::fromUtf8(d.key));
            q.addBindValue(QString::fromUtf8(d.title));
            q.addBindValue(QString::fromUtf8(d.body));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const char *words[][2] = { { "w1", "woningen" }, { "w2", "Woningbouw" },  { "w3", "woningbouwproject" },
                                   { "c1", "café" },     { "z1", "zonnepaneel" }, { "o1", "ĳsbaan en reünie" },
                                   { "b1", "buurtbussen" }, { "s1", "schuldhulpverlening" } };
        for (const auto &w : words) {
            q.addBindValue(QString::fromUtf8(w[0]));
            q.addBindValue(QString());
            q.addBindValue(QString::fromUtf8(w[1]));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"dutchtokenizertest"_s);
    }

    void shouldFindInflectionsCompoundsAndFoldedWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::newRow("plural") << u"woning"_s << u"w1"_s;
        QTest::newRow("compound, capitalised") << u"woning"_s << u"w2"_s;
        QTest::newRow("compound of three") << u"woning"_s << u"w3"_s;
        QTest::newRow("middle part") << u"bouw"_s << u"w3"_s;
        QTest::newRow("head of three") << u"woningbouw"_s << u"w3"_s;
        QTest::newRow("diacritic") << u"cafe"_s << u"c1"_s;
        QTest::newRow("diacritic typed") << u"café"_s << u"c1"_s;
        QTest::newRow("plural finds singular") << u"zonnepanelen"_s << u"z1"_s;
        QTest::newRow("ligature") << u"ijsbaan"_s << u"o1"_s;
        QTest::newRow("trema") << u"reunie"_s << u"o1"_s;
        QTest::newRow("double consonant undoubled") << u"buurtbus"_s << u"b1"_s;
        QTest::newRow("tail of three") << u"hulpverlening"_s << u"s1"_s;
    }

    void shouldFindInflectionsCompoundsAndFoldedWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        // GIVEN the texts of initTestCase() WHEN searching THEN the row is found
        QVERIFY2(keys(query, 100).contains(key), qPrintable(keys(query, 100).join(u", ")));
    }

    void shouldNotSplitWordsOffTheList()
    {
        // "netwerk" is a word of its own: a search for "net" does not find it
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"INSERT INTO knowledge_text (key, title, body) VALUES ('n1', '', 'netwerk')"_s));
        QVERIFY(!keys(u"net "_s, 100).contains(u"n1"_s));
        QVERIFY(keys(u"netwerk"_s, 100).contains(u"n1"_s));
        QVERIFY(q.exec(u"DELETE FROM knowledge_text WHERE key = 'n1'"_s));
    }

    void shouldHighlightTheWholeCompound()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT highlight(knowledge_text, 2, '[', ']') FROM knowledge_text "
                       u"WHERE knowledge_text MATCH '\"woning\"' AND key = 'w3'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"[woningbouwproject]"_s);
    }

    void shouldFindTheExpectedDocumentsInTheTopTen()
    {
        // GIVEN the corpus WHEN each query of the relevance set runs THEN its
        // document is among the first ten, for at least 95 % of the queries
        int found = 0;
        double reciprocalRanks = 0;
        QStringList missed;
        for (const auto &[query, key] : Relevance) {
            const QStringList result = keys(QString::fromUtf8(query));
            const qsizetype rank = result.indexOf(QString::fromUtf8(key));
            if (rank >= 0) {
                ++found;
                reciprocalRanks += 1.0 / double(rank + 1);
            } else {
                missed.append(QString::fromUtf8(query));
            }
        }
        const int total = int(std::size(Relevance));
        const double recall = double(found) / total;
        qInfo("relevance: %d queries, recall@10 %.3f, MRR %.3f", total, recall, reciprocalRanks / total);
        if (!missed.isEmpty())
            qInfo("missed: %s", qPrintable(missed.join(u"; ")));
        QVERIFY(total >= 40);
        QVERIFY2(recall >= 0.95, qPrintable(missed.join(u"; ")));
    }
};

QTEST_GUILESS_MAIN(DutchTokenizerTest)
#include "dutchtokenizertest.moc"
