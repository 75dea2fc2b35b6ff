#include "knowledgeindex.h"

#include "knowledgeheadindex.h"
#include "knowledgequery.h"
#include "model/knowledgenames.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QSet>

#include <limits>

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

namespace {

// Snippet markers: control characters, which the tokenizer never takes
// for part of a word. A stray one in a text only bolds wrongly; it cannot
// open markup, since richSnippet() escapes everything it does not make.
constexpr char16_t Open = u'\x01';
constexpr char16_t Close = u'\x02';
constexpr int SnippetWords = 16;

// A few words around the match, the matched words between Open and Close.
QString snippetSql()
{
    return u"snippet(knowledge_fts, -1, char(1), char(2), '…', %1)"_s.arg(SnippetWords);
}

QString rowidArray(const QList<qint64> &rowids)
{
    QJsonArray array;
    for (qint64 r : rowids)
        array.append(r);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool hasFilter(const Model::KnowledgeSearch &s)
{
    return !s.kinds.isEmpty() || !s.topic.trimmed().isEmpty() || !s.organisationId.isNull() || s.from.isValid()
        || s.until.isValid();
}

// The filter as SQL on knowledge_item k, and its values in order.
// Whether the filter needs a column stored after the body (topics, the
// dates): testing it reads each row's whole text, so it is tested on
// candidates only, never on every item.
bool readsRows(const Model::KnowledgeSearch &s)
{
    return !s.topic.trimmed().isEmpty() || s.from.isValid() || s.until.isValid();
}

// The filter as SQL on knowledge_item k, and its values in order. It is
// only ever applied to the index's matches, which are live items (the
// index leaves tombstones out), so it need not test k.deleted: kind and
// organisation are answered from their indexes without reading the rows.
QString filterSql(const Model::KnowledgeSearch &s, QVariantList &values)
{
    QString sql = u"1"_s;
    if (!s.kinds.isEmpty()) {
        QJsonArray kinds;
        for (KnowledgeKind kind : s.kinds)
            kinds.append(KnowledgeNames::key(kind));
        sql += u" AND k.kind IN (SELECT value FROM json_each(?))"_s;
        values << QString::fromUtf8(QJsonDocument(kinds).toJson(QJsonDocument::Compact));
    }
    if (!s.topic.trimmed().isEmpty()) {
        sql += u" AND instr(char(10) || k.topics || char(10), char(10) || ? || char(10)) > 0"_s;
        values << s.topic.simplified();
    }
    if (!s.organisationId.isNull()) {
        sql += u" AND k.organisation_id = ?"_s;
        values << idText(s.organisationId);
    }
    const QString day = u"coalesce(k.published_on, substr(k.created_at, 1, 10))"_s;
    if (s.from.isValid()) {
        sql += u" AND "_s + day + u" >= ?"_s;
        values << s.from.toString(Qt::ISODate);
    }
    if (s.until.isValid()) {
        sql += u" AND "_s + day + u" <= ?"_s;
        values << s.until.toString(Qt::ISODate);
    }
    return sql;
}

} // namespace

QString KnowledgeIndex::richSnippet(const QString &marked, QChar open, QChar close)
{
    QString out;
    out.reserve(marked.size() + 16);
    bool bold = false;
    QString plain;
    const auto flush = [&] {
        out += plain.toHtmlEscaped();
        plain.clear();
    };
    for (QChar c : marked) {
        if (c == open || c == close) {
            flush();
            if (c == open && !bold)
                out += u"<b>"_s;
            else if (c == close && bold)
                out += u"</b>"_s;
            bold = c == open;
        } else if (c.category() != QChar::Other_Control || c == u'\n' || c == u'\t') {
            plain += c;
        }
    }
    flush();
    if (bold)
        out += u"</b>"_s;
    return out;
}

Result<QList<KnowledgeHit>> KnowledgeIndex::search(const Model::KnowledgeSearch &search)
{
    KnowledgeHeadIndex head(m_db);
    Status expanded = Done{};
    const QString match = KnowledgeQuery::matchExpression(search.text, [&](const QString &word) {
        auto prefix = head.expandPrefix(word);
        if (!prefix.ok()) {
            expanded = prefix.error();
            return QString();
        }
        return prefix.value();
    });
    if (!expanded.ok())
        return expanded.error();
    if (match.isEmpty())
        return QList<KnowledgeHit>();
    const int limit = std::clamp(search.limit, 1, MaximumLimit);
    const auto from = windowStart(match);
    if (!from.ok())
        return from.error();
    if (from.value() > 0)
        return searchCommon(match, search, limit, from.value());
    if (!hasFilter(search)) {
        const auto best = ranked(match, limit, 0, true);
        if (!best.ok())
            return best.error();
        return hits(match, best.value());
    }
    // A filter: enough of the best candidates, filtered, usually hold a page.
    const int wanted = std::max(limit * CandidatesPerHit, MinimumCandidates);
    const auto candidates = ranked(match, wanted, 0);
    if (!candidates.ok())
        return candidates.error();
    auto kept = passing(candidates.value(), search);
    if (!kept.ok())
        return kept.error();
    if (kept.value().size() < limit && candidates.value().size() == wanted) {
        // Too few among them: the filter is narrow, or picks what ranks low.
        kept = walk(match, search, limit, {});
        if (!kept.ok())
            return kept.error();
    }
    return hits(match, kept.value().mid(0, limit));
}

Result<QList<KnowledgeHit>> KnowledgeIndex::searchCommon(const QString &match, const Model::KnowledgeSearch &search,
                                                         int limit, qint64 from)
{
    // Too many matches to rank them all: the candidates are the items whose
    // head matches (title and labels first) and the newest matches, ranked
    // by the full bm25 in one pass.
    const auto heads = KnowledgeHeadIndex(m_db).candidates(match, m_headWindow);
    if (!heads.ok())
        return heads.error();
    const auto scored = score(match, heads.value(), from);
    if (!scored.ok())
        return scored.error();
    if (!hasFilter(search))
        return hits(match, scored.value().mid(0, limit));
    // Filtered in rank order, a batch at a time, until a page is full.
    QList<Candidate> kept;
    const int wanted = std::max(limit * CandidatesPerHit, MinimumCandidates);
    for (qsizetype at = 0; at < scored.value().size() && kept.size() < limit;) {
        const qsizetype batch = at == 0 ? wanted : WalkBatch;
        const auto passed = passing(scored.value().mid(at, batch), search);
        if (!passed.ok())
            return passed.error();
        kept << passed.value();
        at += batch;
    }
    if (kept.size() >= limit)
        return hits(match, kept.mid(0, limit));
    // Too few among them: the newest of the filtered items, with those found.
    QList<qint64> found;
    for (const Candidate &c : std::as_const(kept))
        found << c.rowid;
    const auto walked = walk(match, search, limit, found);
    if (!walked.ok())
        return walked.error();
    return hits(match, walked.value());
}

Result<QList<KnowledgeIndex::Candidate>> KnowledgeIndex::score(const QString &match, const QList<qint64> &rowids,
                                                              qint64 from)
{
    // bm25 for those alone, in one unranked pass over the matches ("+rowid":
    // not a constraint FTS5 takes, which would run the MATCH once per rowid;
    // ORDER BY rank would have FTS5 rank every match).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid, bm25(knowledge_fts, %1, %2, %3, %4) FROM knowledge_fts WHERE knowledge_fts MATCH ? "
              "AND (+rowid >= ? OR +rowid IN (SELECT value FROM json_each(?)))"_s.arg(TitleWeight)
                  .arg(SummaryWeight)
                  .arg(BodyWeight)
                  .arg(LabelWeight));
    q.addBindValue(match);
    q.addBindValue(from > 0 ? from : std::numeric_limits<qint64>::max());
    q.addBindValue(rowidArray(rowids));
    if (!q.exec())
        return dbError(q);
    QList<Candidate> all;
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toDouble(), {}, false});
    std::stable_sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    return all;
}

Result<qint64> KnowledgeIndex::windowStart(const QString &match)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET %1"_s
                  .arg(m_rankWindow - 1));
    q.addBindValue(match);
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<qint64>> KnowledgeIndex::newest(const QString &match, const QSet<qint64> &wanted, int count)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH ? ORDER BY rowid DESC"_s);
    q.addBindValue(match);
    if (!q.exec())
        return dbError(q);
    QList<qint64> found;
    while (found.size() < count && q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        if (wanted.isEmpty() || wanted.contains(rowid))
            found.append(rowid);
    }
    return found;
}

Result<QList<KnowledgeIndex::Candidate>> KnowledgeIndex::ranked(const QString &match, int limit, qint64 from,
                                                               bool snippets)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid, rank%1 FROM knowledge_fts WHERE knowledge_fts MATCH ?%2 ORDER BY rank"_s.arg(
                  snippets ? u", "_s + snippetSql() : QString(), from > 0 ? u" AND rowid >= ?"_s : QString())
              + (limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString()));
    q.addBindValue(match);
    if (from > 0)
        q.addBindValue(from);
    if (!q.exec())
        return dbError(q);
    QList<Candidate> all;
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toDouble(), snippets ? q.value(2).toString() : QString(),
                    snippets});
    return all;
}

Status KnowledgeIndex::readSnippets(const QString &match, QList<Candidate> &chosen)
{
    QList<qint64> rowids;
    for (const Candidate &c : std::as_const(chosen))
        rowids << c.rowid;
    if (!match.contains(u'*')) {
        // Without a prefix FTS5 finds one row's match by seeking each term's
        // doclist: a page of lookups costs less than a pass over every match.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM knowledge_fts WHERE knowledge_fts MATCH ? AND rowid = ?"_s.arg(snippetSql()));
        for (Candidate &c : chosen) {
            q.addBindValue(match);
            q.addBindValue(c.rowid);
            if (!q.exec())
                return dbError(q);
            c.snippet = q.next() ? q.value(0).toString() : QString();
            c.hasSnippet = true;
        }
        return Done{};
    }
    // "+rowid": not a constraint FTS5 takes, or it would run the whole MATCH
    // (with a prefix, merging its terms' doclists) once for every rowid in
    // the list; now it runs once and SQLite filters.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid, %1 FROM knowledge_fts WHERE knowledge_fts MATCH ? "
              "AND +rowid IN (SELECT value FROM json_each(?))"_s.arg(snippetSql()));
    q.addBindValue(match);
    q.addBindValue(rowidArray(rowids));
    if (!q.exec())
        return dbError(q);
    QHash<qint64, QString> snippets;
    while (q.next())
        snippets.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (Candidate &c : chosen) {
        c.snippet = snippets.value(c.rowid);
        c.hasSnippet = true;
    }
    return Done{};
}

Result<QList<KnowledgeIndex::Candidate>> KnowledgeIndex::passing(const QList<Candidate> &candidates,
                                                                const Model::KnowledgeSearch &search)
{
    QVariantList values;
    const QString where = filterSql(search, values);
    QList<qint64> rowids;
    for (const Candidate &c : candidates)
        rowids << c.rowid;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT k.rowid FROM knowledge_item k WHERE k.rowid IN (SELECT value FROM json_each(?)) AND "_s
              + where);
    q.addBindValue(rowidArray(rowids));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QSet<qint64> pass;
    while (q.next())
        pass.insert(q.value(0).toLongLong());
    QList<Candidate> kept;
    for (const Candidate &c : candidates) {
        if (pass.contains(c.rowid))
            kept.append(c);
    }
    return kept;
}

Result<QList<KnowledgeIndex::Candidate>> KnowledgeIndex::walk(const QString &match,
                                                             const Model::KnowledgeSearch &search, int limit,
                                                             const QList<qint64> &also)
{
    // The newest matches among the filtered items (passes over the index
    // without ranking), then those ranked.
    QList<qint64> rowids;
    if (readsRows(search)) {
        // Test the newest matches in batches, so that only rows that match are read.
        const auto all = newest(match, {}, std::numeric_limits<int>::max());
        if (!all.ok())
            return all.error();
        for (qsizetype at = 0; at < all.value().size() && rowids.size() < m_rankWindow; at += WalkBatch) {
            QList<Candidate> batch;
            for (qint64 rowid : all.value().mid(at, WalkBatch))
                batch.append({rowid, 0, {}, false});
            const auto kept = passing(batch, search);
            if (!kept.ok())
                return kept.error();
            for (const Candidate &c : kept.value())
                rowids.append(c.rowid);
        }
        rowids = rowids.mid(0, m_rankWindow);
    } else {
        QVariantList values;
        const QString where = filterSql(search, values);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT k.rowid FROM knowledge_item k WHERE "_s + where);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return dbError(q);
        QSet<qint64> pass;
        while (q.next())
            pass.insert(q.value(0).toLongLong());
        if (pass.isEmpty())
            return QList<Candidate>();
        const auto chosen = newest(match, pass, m_rankWindow);
        if (!chosen.ok())
            return chosen.error();
        rowids = chosen.value();
    }
    for (qint64 rowid : also) {
        if (!rowids.contains(rowid))
            rowids.append(rowid);
    }
    if (rowids.isEmpty())
        return QList<Candidate>();
    const auto scored = score(match, rowids, 0);
    if (!scored.ok())
        return scored.error();
    return scored.value().mid(0, limit);
}

Result<QList<KnowledgeHit>> KnowledgeIndex::hits(const QString &match, QList<Candidate> chosen)
{
    if (chosen.isEmpty())
        return QList<KnowledgeHit>();
    if (std::any_of(chosen.cbegin(), chosen.cend(), [](const Candidate &c) { return !c.hasSnippet; })) {
        if (auto read = readSnippets(match, chosen); !read.ok())
            return read.error();
    }
    QList<qint64> rowids;
    for (const Candidate &c : std::as_const(chosen))
        rowids << c.rowid;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT k.rowid, k.id, k.title, k.kind, k.organisation_id FROM knowledge_item k "
              "WHERE k.rowid IN (SELECT value FROM json_each(?))"_s);
    q.addBindValue(rowidArray(rowids));
    if (!q.exec())
        return dbError(q);
    QHash<qint64, KnowledgeHit> found;
    while (q.next()) {
        KnowledgeHit hit;
        hit.itemId = QUuid::fromString(q.value(1).toString());
        hit.title = q.value(2).toString();
        hit.kind = KnowledgeNames::kindFromKey(q.value(3).toString());
        hit.organisationId = QUuid::fromString(q.value(4).toString());
        found.insert(q.value(0).toLongLong(), hit);
    }
    QList<KnowledgeHit> all;
    for (const Candidate &c : std::as_const(chosen)) {
        auto it = found.find(c.rowid);
        if (it == found.end())
            continue;
        KnowledgeHit hit = *it;
        hit.rank = -c.rank;
        hit.snippet = richSnippet(c.snippet, QChar(Open), QChar(Close));
        all.append(hit);
    }
    return all;
}

} // namespace Store
