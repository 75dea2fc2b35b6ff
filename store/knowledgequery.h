#pragma once

#include <QString>

#include <functional>

namespace Store {

/// Turns what a user types into the search box into an FTS5 MATCH
/// expression for a table with the Dutch tokenizer that never fails to
/// parse: every word is quoted, so AND, OR, NOT, NEAR, '-', ':' and
/// parentheses in the text are plain text, never syntax.
///
/// Words must all match (explicit AND: FTS5 takes no implicit AND before a
/// parenthesis). Text between double quotes must match as a
/// phrase; an unclosed quote runs to the end. The last word, unless the text
/// ends in white space or a quote, also matches as a prefix (the word may
/// still be being typed): `woningb` finds "woningbouw". So does any word
/// with a '*' right after it, outside a phrase: `woningb* rivier`.
class KnowledgeQuery
{
public:
    /// At most this many words are used; the rest of the text is ignored.
    static constexpr int MaximumWords = 32;

    /// The MATCH expression, or an empty string if @p text has no word to
    /// search for (then do not run the query: an empty MATCH is an error).
    static QString matchExpression(const QString &text);

    /// What stands for a word's prefix: @p word as typed in, the FTS5
    /// expression to OR with the whole word (`"woningbouw" OR "woningnet"`,
    /// or `"woningb"*` for the prefix itself); empty for the whole word alone.
    using PrefixExpander = std::function<QString(const QString &word)>;
    /// The same, with each prefix replaced by what @p expand gives for it.
    static QString matchExpression(const QString &text, const PrefixExpander &expand);
};

} // namespace Store
