// How well the knowledge base finds what Dutch officials look for: a fixed
// corpus of municipal knowledge items, written through the store into a real
// file (so the real index, triggers and tokenizer are used), and searches
// with the items each must find among the first ten
// (tests/store/data/knowledgerelevance.json). Prints recall@10 and MRR, per
// kind of query and overall; fails below recall@10 = 0.95.

#include "model/knowledgenames.h"
#include "testlib/knowledgestoretestbase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

class KnowledgeRelevanceTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

    struct Query {
        QString text;
        QString covers;
        QStringList expect;
    };
    struct Score {
        int queries = 0;
        double recall = 0; ///< summed over queries
        double reciprocalRank = 0; ///< summed over queries
    };

    QJsonObject m_data;
    QList<Query> m_queries;
    QHash<QUuid, QString> m_keys; ///< item id -> key in the data file
    QStringList m_itemKeys;

    static constexpr int Depth = 10;

    void loadData()
    {
        const QString path = QFINDTESTDATA("data/knowledgerelevance.json");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read data/knowledgerelevance.json"_s));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_data = document.object();
        for (const QJsonValue &v : m_data.value(u"queries"_s).toArray()) {
            const QJsonObject o = v.toObject();
            Query q{o.value(u"text"_s).toString(), o.value(u"covers"_s).toString(), {}};
            for (const QJsonValue &e : o.value(u"expect"_s).toArray())
                q.expect << e.toString();
            m_queries << q;
        }
    }

    void writeItems()
    {
        const QDate first(2021, 1, 4);
        int n = 0;
        for (const QJsonValue &v : m_data.value(u"items"_s).toArray()) {
            const QJsonObject o = v.toObject();
            KnowledgeItem item;
            item.id = QUuid::createUuid();
            bool known = false;
            item.kind = KnowledgeNames::kindFromKey(o.value(u"kind"_s).toString(), &known);
            QVERIFY2(known, qPrintable(o.value(u"kind"_s).toString()));
            item.title = o.value(u"title"_s).toString();
            item.summary = o.value(u"summary"_s).toString();
            item.body = o.value(u"body"_s).toString();
            item.organisationId = o.value(u"org"_s).toString() == u"zutphen"_s ? m_zutphen : m_dordrecht;
            for (const QJsonValue &t : o.value(u"topics"_s).toArray())
                item.topics << t.toString();
            for (const QJsonValue &t : o.value(u"tags"_s).toArray())
                item.tags << t.toString();
            item.status = KnowledgeStatus::Published;
            item.publishedOn = first.addDays(11 * n++);
            const auto saved = store().knowledge().saveKnowledgeItem(item);
            QVERIFY2(saved.ok(), qPrintable(item.title + u": "_s + saved.error().message));
            const QString key = o.value(u"key"_s).toString();
            m_keys.insert(item.id, key);
            m_itemKeys << key;
        }
    }

    /// The keys of the first hits for @p text, best first.
    QStringList search(const QString &text)
    {
        Model::KnowledgeSearch s;
        s.text = text;
        s.limit = Depth;
        const auto found = store().knowledge().searchKnowledge(s);
        if (!found.ok()) {
            qWarning() << text << found.error().message;
            return {};
        }
        QStringList keys;
        for (const KnowledgeHit &hit : found.value())
            keys << m_keys.value(hit.itemId, u"?"_s);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        openStore();
        loadData();
        writeItems();
    }

    void cleanupTestCase() { closeStore(); }

    void shouldHoldAFixedCorpusAndQueries()
    {
        // The data file is what the figures mean: a real corpus, every kind of query, no dangling key.
        QVERIFY2(m_itemKeys.size() >= 80, qPrintable(QString::number(m_itemKeys.size())));
        QCOMPARE(QSet<QString>(m_itemKeys.begin(), m_itemKeys.end()).size(), m_itemKeys.size());
        QVERIFY2(m_queries.size() >= 60, qPrintable(QString::number(m_queries.size())));
        QSet<QString> covers;
        for (const Query &q : std::as_const(m_queries)) {
            QVERIFY2(!q.text.trimmed().isEmpty() && !q.expect.isEmpty(), qPrintable(q.text));
            for (const QString &key : q.expect)
                QVERIFY2(m_itemKeys.contains(key), qPrintable(q.text + u" expects "_s + key));
            covers.insert(q.covers);
        }
        for (const QString &kind : {u"inflection"_s, u"diacritics"_s, u"compound"_s, u"phrase"_s, u"prefix"_s})
            QVERIFY2(covers.contains(kind), qPrintable(kind));
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_item WHERE deleted = 0"_s), int(m_itemKeys.size()));
        QVERIFY(indexIsIntact());
    }

    void shouldFindTheExpectedItemsAmongTheFirstTen()
    {
        // GIVEN the corpus WHEN each query runs through the store's search
        QMap<QString, Score> scores;
        Score all;
        QStringList misses;
        for (const Query &q : std::as_const(m_queries)) {
            const QStringList found = search(q.text);
            int hits = 0;
            qsizetype best = -1;
            QStringList missing;
            for (const QString &key : q.expect) {
                const qsizetype rank = found.indexOf(key);
                if (rank < 0) {
                    missing << key;
                    continue;
                }
                ++hits;
                best = best < 0 ? rank : std::min(best, rank);
            }
            const double recall = double(hits) / double(q.expect.size());
            const double reciprocal = best < 0 ? 0.0 : 1.0 / double(best + 1);
            for (Score *s : {&scores[q.covers], &all}) {
                ++s->queries;
                s->recall += recall;
                s->reciprocalRank += reciprocal;
            }
            if (!missing.isEmpty())
                misses << u"  [%1] %2: missing %3; found %4"_s.arg(q.covers, q.text, missing.join(u", "_s),
                                                                   found.isEmpty() ? u"nothing"_s
                                                                                   : found.join(u", "_s));
        }
        // THEN the figures, per kind of query and overall
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            qInfo("relevance %-11s %2d queries  recall@10 %.3f  MRR %.3f", qPrintable(it.key()), it->queries,
                  it->recall / it->queries, it->reciprocalRank / it->queries);
        const double recall = all.recall / all.queries;
        qInfo("relevance overall     %2d queries on %d items  recall@10 %.3f  MRR %.3f", all.queries,
              int(m_itemKeys.size()), recall, all.reciprocalRank / all.queries);
        if (!misses.isEmpty())
            qInfo("misses:\n%s", qPrintable(misses.join(u'\n')));
        // AND at least 95 % of what was expected is among the first ten
        QVERIFY2(recall >= 0.95, qPrintable(u"recall@10 %1 < 0.95"_s.arg(recall, 0, 'f', 3)));
    }

    void shouldFindNothingForWordsTheCorpusLacks()
    {
        // A search that should find nothing finds nothing: the figures above are not bought with noise.
        for (const QString &text : {u"vuurwerkverbod"_s, u"\"gas het van af\""_s, u"kernenergie"_s})
            QVERIFY2(search(text).isEmpty(), qPrintable(text + u": "_s + search(text).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(KnowledgeRelevanceTest)
#include "knowledgerelevancetest.moc"
