// The search box's text turned into FTS5 MATCH expressions that always parse.
#include "store/knowledgequery.h"
#include "store/dutchtokenizer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Store::KnowledgeQuery;

class KnowledgeQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildTheExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only syntax") << u"( ) * - : \""_s << QString();
        QTest::newRow("one word, prefix") << u"woning"_s << u"(\"woning\" OR \"woning\"*)"_s;
        QTest::newRow("finished word") << u"woning "_s << u"\"woning\""_s;
        QTest::newRow("two words") << u"jeugd zorg"_s << u"\"jeugd\" AND (\"zorg\" OR \"zorg\"*)"_s;
        QTest::newRow("phrase") << u"\"van het gas\" af"_s << u"\"van het gas\" AND (\"af\" OR \"af\"*)"_s;
        QTest::newRow("operators are words")
            << u"a AND b OR NOT c NEAR "_s << u"\"a\" AND \"AND\" AND \"b\" AND \"OR\" AND \"NOT\" AND \"c\" AND \"NEAR\""_s;
        QTest::newRow("column filter") << u"title: x "_s << u"\"title\" AND \"x\""_s;
        QTest::newRow("starred word") << u"woningb* rivier "_s << u"(\"woningb\" OR \"woningb\"*) AND \"rivier\""_s;
        QTest::newRow("star alone, star in a phrase")
            << u"* \"van het* gas\" **"_s << u"\"van het gas\""_s;
        QTest::newRow("star after a word, not before") << u"*woning "_s << u"\"woning\""_s;
    }

    void shouldBuildTheExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(KnowledgeQuery::matchExpression(text), expression);
    }

    void shouldNeverFailToParse_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &hostile : { u"\""_s,
                                        u"\"\""_s,
                                        u"\"open phrase"_s,
                                        u"a\"b\"c\""_s,
                                        u"(woning"_s,
                                        u"woning)"_s,
                                        u"((("_s,
                                        u"AND"_s,
                                        u"OR"_s,
                                        u"NOT"_s,
                                        u"NEAR"_s,
                                        u"NEAR(a b, 2)"_s,
                                        u"a OR"_s,
                                        u"NOT a"_s,
                                        u"*"_s,
                                        u"woning*"_s,
                                        u"*woning"_s,
                                        u"-woning"_s,
                                        u"title:woning"_s,
                                        u"{title body}: x"_s,
                                        u"^woning"_s,
                                        u"a + b"_s,
                                        u"'; DROP TABLE t; --"_s,
                                        u"café’s"_s,
                                        u"\u0301e"_s,
                                        u"\\\" \\"_s,
                                        QString(2000, u'x'),
                                        u"a "_s.repeated(100) }) {
            QTest::newRow(qPrintable(hostile.left(20))) << hostile;
        }
    }

    void shouldNeverFailToParse()
    {
        QFETCH(QString, text);
        // GIVEN a table with the tokenizer WHEN a hostile text is searched
        // THEN the query runs (or there is nothing to search for)
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"knowledgequerytest"_s);
            db.setDatabaseName(dir.filePath(u"k.sqlite"_s));
            QVERIFY(db.open());
            QVERIFY(Store::DutchTokenizer::install(db));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='regie_dutch')"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES ('woning', 'a b c café')"_s));
            const QString match = KnowledgeQuery::matchExpression(text);
            if (!match.isEmpty()) {
                q.prepare(u"SELECT rowid FROM t WHERE t MATCH ?"_s);
                q.addBindValue(match);
                QVERIFY2(q.exec(), qPrintable(match + u": "_s + q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"knowledgequerytest"_s);
    }
};

QTEST_GUILESS_MAIN(KnowledgeQueryTest)
#include "knowledgequerytest.moc"
