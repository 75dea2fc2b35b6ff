#include "dutchtokenizer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace Store {

namespace {

    using namespace std::string_view_literals;

    // Words that municipal texts join into compounds, folded and unstemmed. A
    // word on this list is never split itself ("netwerk" stays whole).
    constexpr std::array CompoundParts = {
        "aanbesteding"sv, "aanpak"sv,     "adaptatie"sv,    "advies"sv,       "afval"sv,         "arbeid"sv,
        "armoede"sv,      "auto"sv,       "beheer"sv,       "beleid"sv,       "bestemming"sv,    "bewoner"sv,
        "bijstand"sv,     "bodem"sv,      "bouw"sv,         "budget"sv,       "burger"sv,        "buurt"sv,
        "centrum"sv,      "corporatie"sv, "cultuur"sv,      "data"sv,         "dienst"sv,        "dorp"sv,
        "economie"sv,     "energie"sv,    "fiets"sv,        "fonds"sv,        "gas"sv,           "gebied"sv,
        "gemeente"sv,     "gezin"sv,      "gezondheid"sv,   "grond"sv,        "groen"sv,         "handhaving"sv,
        "haven"sv,        "huis"sv,       "hulp"sv,         "huur"sv,         "informatie"sv,    "inkomen"sv,
        "inzameling"sv,   "isolatie"sv,   "jeugd"sv,        "jongere"sv,      "kennis"sv,        "kind"sv,
        "klimaat"sv,      "kosten"sv,     "kracht"sv,       "laad"sv,         "land"sv,          "leef"sv,
        "lening"sv,       "lucht"sv,      "mantel"sv,       "markt"sv,        "mobiliteit"sv,    "natuur"sv,
        "net"sv,          "netwerk"sv,    "omgeving"sv,     "onderwijs"sv,    "ondersteuning"sv, "ontwikkeling"sv,
        "opvang"sv,       "ouder"sv,      "paal"sv,         "pad"sv,          "panel"sv,         "paneel"sv,
        "park"sv,         "parkeer"sv,    "participatie"sv, "plan"sv,         "plein"sv,         "pomp"sv,
        "project"sv,      "raad"sv,       "recht"sv,        "regel"sv,        "regeling"sv,      "regen"sv,
        "regio"sv,        "school"sv,     "schuld"sv,       "sport"sv,        "stad"sv,          "station"sv,
        "straat"sv,       "stroom"sv,     "subsidie"sv,     "team"sv,         "toezicht"sv,      "transitie"sv,
        "uitkering"sv,    "veiligheid"sv, "verkeer"sv,      "verlening"sv,    "vergunning"sv,    "verzekeraar"sv,
        "verzekering"sv,  "visie"sv,      "voorziening"sv,  "vrijwilliger"sv, "warmte"sv,        "water"sv,
        "weg"sv,          "werk"sv,       "wet"sv,          "wijk"sv,         "winkel"sv,        "woning"sv,
        "zon"sv,          "zonne"sv,      "zorg"sv,         "zuivering"sv,
    };
    constexpr size_t LongestPart = 13;
    constexpr size_t ShortestPart = 3;
    // What may stand between two parts, and what may end the last one.
    constexpr std::array Linkers = { ""sv, "s"sv, "e"sv, "en"sv };
    constexpr std::array Endings = { ""sv, "s"sv, "en"sv, "e"sv, "n"sv, "ers"sv, "er"sv };
    // Longer words are indexed as they are (no stemming, no splitting).
    constexpr size_t LongestWord = 64;

    bool isPart(std::string_view word)
    {
        static const std::vector<std::string_view> sorted = [] {
            std::vector<std::string_view> parts(CompoundParts.begin(), CompoundParts.end());
            std::sort(parts.begin(), parts.end());
            return parts;
        }();
        return std::binary_search(sorted.begin(), sorted.end(), word);
    }

    bool isLastPart(std::string_view rest)
    {
        return std::any_of(Endings.begin(), Endings.end(), [rest](std::string_view ending) {
            return rest.size() > ending.size() + ShortestPart - 1 && rest.ends_with(ending)
                && isPart(rest.substr(0, rest.size() - ending.size()));
        });
    }

    // Splits @p word (folded) into known parts, longest first part first; the
    // parts are views into @p word, without their linkers.
    bool split(std::string_view word, std::vector<std::string_view> &parts)
    {
        for (size_t length = std::min(word.size() - 1, LongestPart); length >= ShortestPart; --length) {
            const std::string_view head = word.substr(0, length);
            if (!isPart(head))
                continue;
            const std::string_view rest = word.substr(length);
            for (std::string_view linker : Linkers) {
                if (!rest.starts_with(linker) || rest.size() < linker.size() + ShortestPart)
                    continue;
                const std::string_view tail = rest.substr(linker.size());
                parts.push_back(head);
                if (isLastPart(tail)) {
                    parts.push_back(tail);
                    return true;
                }
                if (split(tail, parts))
                    return true;
                parts.pop_back();
            }
        }
        return false;
    }

    struct Tokenizer
    {
        sb_stemmer *stemmer = nullptr;
        std::string folded;
        std::string stem;
        std::vector<std::string> emitted;
        std::vector<std::string_view> parts;
    };

    // Decodes one UTF-8 character at @p p; invalid bytes come back as U+FFFD,
    // one byte long.
    int decode(const unsigned char *p, const unsigned char *end, char32_t &c)
    {
        const unsigned char b = *p;
        int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
        if (length == 0 || end - p < length) {
            c = 0xfffd;
            return 1;
        }
        c = length == 1 ? b : char32_t(b & (0x7f >> length));
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xc0) != 0x80) {
                c = 0xfffd;
                return 1;
            }
            c = (c << 6) | (p[i] & 0x3f);
        }
        return length;
    }

    // Lower case without diacritics: ASCII directly, the rest through Unicode
    // compatibility decomposition (é -> e + accent, ĳ -> ij), dropping the marks.
    void fold(std::string_view word, std::string &out)
    {
        out.clear();
        if (std::all_of(word.begin(), word.end(), [](char c) {
                return (unsigned char)c < 0x80;
            })) {
            for (char c : word)
                out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
            return;
        }
        const QString decomposed
            = QString::fromUtf8(word.data(), qsizetype(word.size())).normalized(QString::NormalizationForm_KD);
        QString kept;
        kept.reserve(decomposed.size());
        for (QChar c : decomposed) {
            if (c.isLetterOrNumber() || c.isSurrogate())
                kept.append(c);
        }
        out = kept.toCaseFolded().toStdString();
    }

    bool digitsOnly(std::string_view word)
    {
        return std::all_of(word.begin(), word.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
    }

    void stemInto(Tokenizer *t, std::string_view word, std::string &out)
    {
        if (word.size() > LongestWord || digitsOnly(word)) {
            out.assign(word);
            return;
        }
        const sb_symbol *stem
            = sb_stemmer_stem(t->stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
        if (stem)
            out.assign(reinterpret_cast<const char *>(stem), size_t(sb_stemmer_length(t->stemmer)));
        else
            out.assign(word);
        // Snowball undoubles only k, d and t after taking -en off: "bussen"
        // would stay "buss" beside "bus". No Dutch word ends in a double consonant.
        const size_t n = out.size();
        if (n >= 3 && out[n - 1] == out[n - 2] && out[n - 1] >= 'a' && out[n - 1] <= 'z'
            && std::string_view("aeiouy").find(out[n - 1]) == std::string_view::npos)
            out.pop_back();
    }

    using TokenCallback = int (*)(void *, int, const char *, int, int, int);

    // The word's stem, then its parts and its head (all but the last part) at
    // the same position.
    int emitWord(Tokenizer *t, void *context, int flags, int start, int end, TokenCallback token)
    {
        // A prefix is not a word: no stem. Snippets and highlights (AUX) only
        // map the index's token positions to text, one position per word, so
        // they need neither the stem nor the parts, which cost most of the time.
        if (flags & (FTS5_TOKENIZE_PREFIX | FTS5_TOKENIZE_AUX))
            return token(context, 0, t->folded.data(), int(t->folded.size()), start, end);
        stemInto(t, t->folded, t->stem);
        int rc = token(context, 0, t->stem.data(), int(t->stem.size()), start, end);
        if (rc != SQLITE_OK || (flags & FTS5_TOKENIZE_QUERY) || t->folded.size() > LongestWord || isPart(t->folded))
            return rc;
        t->parts.clear();
        if (t->folded.size() < 2 * ShortestPart || !split(t->folded, t->parts))
            return rc;
        t->emitted.assign(1, t->stem);
        const std::string_view word = t->folded;
        std::vector<std::string_view> alsoIndexed = t->parts;
        if (t->parts.size() > 2) { // also the head and the tail: "schuldhulp" and "hulpverlening"
            alsoIndexed.push_back(word.substr(0, size_t(t->parts[t->parts.size() - 2].end() - word.begin())));
            alsoIndexed.push_back(word.substr(size_t(t->parts[1].begin() - word.begin())));
        }
        for (std::string_view part : alsoIndexed) {
            std::string stem;
            stemInto(t, part, stem);
            if (std::find(t->emitted.begin(), t->emitted.end(), stem) != t->emitted.end())
                continue;
            rc = token(context, FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), start, end);
            if (rc != SQLITE_OK)
                return rc;
            t->emitted.push_back(std::move(stem));
        }
        return rc;
    }

    int create(void *, const char **, int, Fts5Tokenizer **out)
    {
        auto *t = new (std::nothrow) Tokenizer;
        if (!t)
            return SQLITE_NOMEM;
        t->stemmer = sb_stemmer_new("dutch", "UTF_8");
        if (!t->stemmer) {
            delete t;
            return SQLITE_ERROR;
        }
        *out = reinterpret_cast<Fts5Tokenizer *>(t);
        return SQLITE_OK;
    }

    void destroy(Fts5Tokenizer *tokenizer)
    {
        auto *t = reinterpret_cast<Tokenizer *>(tokenizer);
        sb_stemmer_delete(t->stemmer);
        delete t;
    }

    int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size, TokenCallback token)
    {
        auto *t = reinterpret_cast<Tokenizer *>(tokenizer);
        const auto *begin = reinterpret_cast<const unsigned char *>(text);
        const auto *end = begin + size;
        const unsigned char *p = begin;
        while (p < end) {
            char32_t c;
            int length = decode(p, end, c);
            if (!DutchTokenizer::isWordCharacter(c)) {
                p += length;
                continue;
            }
            const unsigned char *wordStart = p;
            while (p < end && DutchTokenizer::isWordCharacter(c)) {
                p += length;
                if (p < end)
                    length = decode(p, end, c);
            }
            fold(std::string_view(reinterpret_cast<const char *>(wordStart), size_t(p - wordStart)), t->folded);
            if (t->folded.empty())
                continue;
            const int rc = emitWord(t, context, flags, int(wordStart - begin), int(p - begin), token);
            if (rc != SQLITE_OK)
                return rc;
        }
        return SQLITE_OK;
    }

    fts5_api *fts5(sqlite3 *db)
    {
        fts5_api *api = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
        return api;
    }

} // namespace

bool DutchTokenizer::install(sqlite3 *db)
{
    fts5_api *api = db ? fts5(db) : nullptr;
    if (!api)
        return false;
    fts5_tokenizer methods { &create, &destroy, &tokenize };
    return api->xCreateTokenizer(api, Name, nullptr, &methods, nullptr) == SQLITE_OK;
}

bool DutchTokenizer::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return install(*static_cast<sqlite3 *const *>(handle.constData()));
}

QString DutchTokenizer::prefixTerm(const QString &word)
{
    const QByteArray utf8 = word.toUtf8();
    std::string folded;
    fold(std::string_view(utf8.constData(), size_t(utf8.size())), folded);
    return QString::fromStdString(folded);
}

QString DutchTokenizer::indexTerm(const QString &word)
{
    // One stemmer per thread: the store's connections each live in one.
    struct Stemmer {
        Tokenizer t;
        Stemmer() { t.stemmer = sb_stemmer_new("dutch", "UTF_8"); }
        ~Stemmer() { sb_stemmer_delete(t.stemmer); }
    };
    thread_local Stemmer stemmer;
    const QByteArray utf8 = word.toUtf8();
    fold(std::string_view(utf8.constData(), size_t(utf8.size())), stemmer.t.folded);
    if (stemmer.t.folded.empty() || !stemmer.t.stemmer)
        return {};
    stemInto(&stemmer.t, stemmer.t.folded, stemmer.t.stem);
    return QString::fromStdString(stemmer.t.stem);
}

bool DutchTokenizer::isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace Store
