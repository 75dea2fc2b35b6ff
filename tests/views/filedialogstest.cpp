#include "testlib/testenvironment.h"

#include "views/filedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class FileDialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QSettings().remove(u"files/lastDirectory"_s);
    }

    void shouldOpenInDocumentsThenWhereTheLastFileWasChosen()
    {
        // GIVEN Regie started from some other folder
        TestLib::TempDir elsewhere;
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        // WHEN a file dialog opens for the first time
        QFileDialog first;
        first.setOption(QFileDialog::DontUseNativeDialog);
        Views::FileDialogs::startIn(&first);
        // THEN it shows the Documents folder, not the working directory
        QCOMPARE(QDir(first.directory()).canonicalPath(), QDir(documents).canonicalPath());
        QVERIFY(QDir(first.directory()).canonicalPath() != QDir(elsewhere.path()).canonicalPath());

        // WHEN a file is chosen in another folder
        TestLib::TempDir exports;
        const QString chosen = exports.file(u"kalender.ics"_s);
        first.setFileMode(QFileDialog::AnyFile);
        first.setAcceptMode(QFileDialog::AcceptSave);
        first.show();
        first.selectFile(chosen);
        static_cast<QDialog &>(first).accept(); // as the Save button does
        // THEN the next dialog opens there
        QFileDialog second;
        second.setOption(QFileDialog::DontUseNativeDialog);
        Views::FileDialogs::startIn(&second);
        QCOMPARE(QDir(second.directory()).canonicalPath(), QDir(exports.path()).canonicalPath());
        QCOMPARE(QDir(Views::FileDialogs::startDirectory()).canonicalPath(), QDir(exports.path()).canonicalPath());
    }
};

QTEST_MAIN(FileDialogsTest)
#include "filedialogstest.moc"
