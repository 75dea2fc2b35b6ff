#include "knowledgeheadindex.h"

#include "dutchtokenizer.h"
#include "sqlsupport.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

Result<QString> KnowledgeHeadIndex::expandPrefix(const QString &word)
{
    const QString prefix = DutchTokenizer::prefixTerm(word);
    if (prefix.size() < MinimumPrefix)
        return QString();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The vocabulary answers a range of terms without reading the others.
    q.prepare(u"SELECT term, doc FROM knowledge_fts_head_vocab WHERE term >= ? AND term < ?"_s);
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QChar(0xdbff) + QChar(0xdfff)));
    if (!q.exec())
        return dbError(q);
    struct Term {
        QString text;
        qint64 items = 0;
    };
    QList<Term> terms;
    qint64 total = 0;
    while (q.next()) {
        terms.append({q.value(0).toString(), q.value(1).toLongLong()});
        total += terms.constLast().items;
    }
    // Only word characters reach here, so a quoted term needs no escaping.
    const auto quoted = [](const QString &term) -> QString { return QLatin1Char('"') + term + QLatin1Char('"'); };
    if (total <= PrefixBudget)
        return QString(quoted(prefix) + QLatin1Char('*'));
    std::stable_sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) { return a.items > b.items; });
    // The whole word is in the expression already (KnowledgeQuery).
    const QString whole = DutchTokenizer::indexTerm(word);
    QStringList chosen;
    for (const Term &term : std::as_const(terms)) {
        if (term.text == whole)
            continue;
        // A term stands in a query for itself only if the query's tokenizer
        // leaves it as it is (it stems what it is given).
        if (DutchTokenizer::indexTerm(term.text) != term.text)
            continue;
        chosen << quoted(term.text);
        if (chosen.size() == PrefixTerms)
            break;
    }
    return chosen.join(u" OR "_s);
}

Result<QList<qint64>> KnowledgeHeadIndex::candidates(const QString &match, int count)
{
    QList<qint64> found;
    QSet<qint64> seen;
    for (const QString &filter : {u"{title labels} : (%1)"_s, u"%1"_s}) {
        if (found.size() >= count)
            break;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT rowid FROM knowledge_fts_head WHERE knowledge_fts_head MATCH ? ORDER BY rowid DESC"_s);
        q.addBindValue(filter.arg(match));
        if (!q.exec())
            return dbError(q);
        while (found.size() < count && q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if (!seen.contains(rowid)) {
                seen.insert(rowid);
                found.append(rowid);
            }
        }
    }
    return found;
}

} // namespace Store
