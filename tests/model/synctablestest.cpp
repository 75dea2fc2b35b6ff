#include "model/synctables.h"

#include <QTest>

using namespace Model::SyncSchema;
using namespace Qt::StringLiterals;

/// How a server value becomes a local column value: the one conversion that
/// pull and conflict resolution share.
class SyncTablesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldConvertServerValuesToLocalColumns()
    {
        // A number stays a number (a goal's target resolved in a conflict), empty stays empty
        QCOMPARE(localValue(Type::Number, QJsonValue(800.5)), QVariant(800.5));
        QVERIFY(localValue(Type::Number, QJsonValue(QJsonValue::Null)).isNull());
        QCOMPARE(localValue(Type::Number, QJsonValue(800.5)).typeId(), QMetaType::Double);
        // Flags as 0/1, whether the JSON says true or 1
        QCOMPARE(localValue(Type::Flag, QJsonValue(true)), QVariant(1));
        QCOMPARE(localValue(Type::Flag, QJsonValue(1)), QVariant(1));
        QCOMPARE(localValue(Type::Flag, QJsonValue(QJsonValue::Null)), QVariant(0));
        // Text never NULL; blobs from PostgreSQL's hex
        QCOMPARE(localValue(Type::Text, QJsonValue(QJsonValue::Null)), QVariant(u""_s));
        QCOMPARE(localValue(Type::Blob, QJsonValue(u"\\x89504e"_s)).toByteArray(), QByteArray("\x89PN"));
        QCOMPARE(localValue(Type::Date, QJsonValue(u"2027-06-01"_s)), QVariant(u"2027-06-01"_s));
    }
};

QTEST_GUILESS_MAIN(SyncTablesTest)
#include "synctablestest.moc"
