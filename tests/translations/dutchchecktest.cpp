#include "tests/testlib/dutchcheck.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

/// The run-time check the widget and feature tests run under: it must see a
/// Regie string without Dutch text, and only those.
class DutchCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecordRegieStringsWithoutDutchText()
    {
        // GIVEN the check with Regie's Dutch translation
        QVERIFY(TestLib::checkDutchLookups(QStringLiteral(REGIE_NL_QM)));
        TestLib::forgetUntranslatedLookups();

        // WHEN strings are looked up: translated, untranslated, and Qt's own
        const QString date = QCoreApplication::translate("Views", "Date");
        const QString missing = QCoreApplication::translate("Views::NoSuchDialog", "Nothing translates this");
        QCoreApplication::translate("Model", "Nor this, in %n place(s)", nullptr, 2);
        QCoreApplication::translate("QDialogButtonBox", "Nothing translates this either");
        QCoreApplication::translate("Views", "Date");
        QCoreApplication::translate("Views::NoSuchDialog", "Nothing translates this");

        // THEN the translated one is Dutch, the untranslated ones are named once, Qt's is not Regie's
        QCOMPARE(date, u"Datum"_s);
        QCOMPARE(missing, u"Nothing translates this"_s);
        QCOMPARE(TestLib::untranslatedLookups(),
                 QStringList({u"Views::NoSuchDialog: Nothing translates this"_s,
                              u"Model: Nor this, in %n place(s)"_s}));

        // (the program must not fail at its end for what this test looked up on purpose)
        TestLib::forgetUntranslatedLookups();
        QVERIFY(TestLib::untranslatedLookups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DutchCheckTest)
#include "dutchchecktest.moc"
