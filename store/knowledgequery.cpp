#include "knowledgequery.h"

#include "dutchtokenizer.h"

#include <QStringList>

namespace Store {

namespace {

    struct Term
    {
        QStringList words;
        bool phrase = false;
        bool prefix = false; ///< typed with a '*' after it
    };

    // Only word characters reach the expression, so a quoted term never holds
    // a double quote and needs no escaping.
    QString quoted(const QStringList &words)
    {
        return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    }

} // namespace

QString KnowledgeQuery::matchExpression(const QString &text)
{
    return matchExpression(text, {});
}

QString KnowledgeQuery::matchExpression(const QString &text, const PrefixExpander &expand)
{
    QList<Term> terms;
    int wordCount = 0;
    bool inPhrase = false;
    bool lastIsOpenWord = false; // the text ends in the middle of a plain word
    QString word;
    // Whether a plain word was added as a term of its own.
    const auto endWord = [&] {
        if (word.isEmpty())
            return false;
        bool plain = false;
        if (wordCount < MaximumWords) {
            if (inPhrase && !terms.isEmpty() && terms.last().phrase) {
                terms.last().words.append(word);
            } else {
                terms.append({ { word }, false });
                plain = true;
            }
            ++wordCount;
        }
        word.clear();
        return plain;
    };
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        if (c == '"') {
            endWord();
            inPhrase = !inPhrase;
            if (inPhrase)
                terms.append({ {}, true });
            lastIsOpenWord = false;
        } else if (DutchTokenizer::isWordCharacter(char32_t(c))) {
            word.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
            lastIsOpenWord = !inPhrase;
        } else if (c == '*' && !inPhrase) {
            if (endWord())
                terms.last().prefix = true;
            lastIsOpenWord = false;
        } else {
            endWord();
            lastIsOpenWord = false;
        }
    }
    endWord();

    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms.at(i);
        if (term.words.isEmpty())
            continue;
        const QString exact = quoted(term.words);
        if (term.prefix || (!term.phrase && lastIsOpenWord && i == terms.size() - 1)) {
            const QString prefix = expand ? expand(term.words.constFirst()) : QString(exact + QLatin1Char('*'));
            parts.append(prefix.isEmpty() ? exact : QStringLiteral("(%1 OR %2)").arg(exact, prefix));
        } else
            parts.append(exact);
    }
    return parts.join(QStringLiteral(" AND "));
}

} // namespace Store
