#pragma once

// Dutch municipal text for the knowledge corpus: titles, summaries and
// bodies from a vocabulary with inflected forms (woning/woningen,
// samenwerken/samenwerking/werkten samen), compounds made of the
// tokenizer's parts (jeugd + zorg, omgeving + s + wet) and words with
// diacritics (ideeën, coördinatie, café). Deterministic for a seed.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace Bench {

class KennisWords
{
public:
    explicit KennisWords(std::uint64_t seed);

    /// A number in [0, n).
    std::uint64_t below(std::uint64_t n) { return n ? m_engine() % n : 0; }
    bool chance(int percent) { return below(100) < std::uint64_t(percent); }

    /// Chooses the themes of the next item: two compounds and a place,
    /// which its title names and its texts repeat.
    void startItem(const std::string &place);
    std::string title();
    /// @p minWords to @p maxWords words of sentences.
    std::string text(int minWords, int maxWords);
    /// A body length: 300 to 3,000 words, most of them short.
    int bodyWords();
    /// The topics of the item, from the shared vocabulary, one per line.
    std::string topics();
    std::string tags();
    /// A few words on why an organisation adapted or did not adopt an item.
    std::string note();

    static const std::vector<std::string> &topicNames();

private:
    const std::string &word();
    std::string compound(bool plural);
    /// An index below @p n, small ones far more often (u^power).
    std::size_t skewed(std::size_t n, int power);

    std::mt19937_64 m_engine;
    std::vector<std::size_t> m_compoundOrder; ///< head * tails + tail, most used first
    std::vector<std::size_t> m_nounOrder;
    std::vector<std::string> m_theme; ///< the item's theme words, in their forms
    std::string m_place;
    std::size_t m_topic = 0;
};

} // namespace Bench
