#pragma once

class QSqlDatabase;
class QString;
struct sqlite3;

namespace Store {

/// An SQLite FTS5 tokenizer for Dutch text, registered on a connection as
/// `regie_dutch` (`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='regie_dutch')`).
///
/// What it does, for each word (a run of letters, digits and combining marks;
/// everything else separates words):
/// - folds case and diacritics by compatibility decomposition: "Café" and
///   "cafe" are the same, ë -> e, ï -> i, the ligature ĳ -> ij;
/// - stems it with the Snowball Dutch stemmer (libstemmer), so "woningen"
///   and "woning", "samenwerking" and "samenwerken" meet, and a final
///   double consonant it leaves is undoubled ("bussen" -> "bus"); words of
///   digits only are kept as they are;
/// - in documents (not in queries), splits compounds against a short list of
///   words common in municipal texts (compoundparts in the source), with the
///   linking -s-, -e- or -en- between them: "woningbouwproject" also yields
///   "woning", "bouw", "project", its head "woningbouw" and its tail
///   "bouwproject" at the same position, so a search for any part finds the
///   compound.
///
/// What it does not do: it does not split compounds whose parts are not on
/// the list, and it stems no prefix query ("samenw*" matches the stems of
/// the index, so a prefix that runs past a stem, "samenwerkin*", finds
/// nothing; a query builder should also ask for the whole word).
///
/// Each table gets its own tokenizer instance with its own stemmer, so no
/// lock is needed; an instance is used by one connection at a time.
class DutchTokenizer
{
public:
    static constexpr const char *Name = "regie_dutch";

    /// Registers the tokenizer on @p db; false if the library has no FTS5.
    static bool install(sqlite3 *db);
    /// The same on a QSqlDatabase of the QSQLITE driver.
    static bool install(const QSqlDatabase &db);

    /// Whether @p c belongs to a word (letter, digit or combining mark).
    static bool isWordCharacter(char32_t c);

    /// @p word as the index holds it (folded and stemmed, no parts): what a
    /// query for the whole word looks up. Empty if it holds no word character.
    static QString indexTerm(const QString &word);
    /// @p word folded only: what a prefix query for it looks up.
    static QString prefixTerm(const QString &word);
};

} // namespace Store
