// Text from real small files, written here: a PDF by hand, DOCX, XLSX and
// ODT zipped with KArchive, plain text, and broken files.

#include "extract/textextractor.h"
#include "testlib/testenvironment.h"

#include <KZip>

#include <QFile>
#include <QTest>

using namespace Extract;
using namespace Qt::StringLiterals;

namespace {

// A one-page PDF in Helvetica (no embedded font) with a correct xref table.
QByteArray pdfWith(const QByteArray &line)
{
    const QByteArray stream = "BT /F1 18 Tf 72 700 Td (" + line + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : std::as_const(offsets))
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TextExtractorTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::TempDir> m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString zip(const QString &name, const QList<QPair<QString, QByteArray>> &parts)
    {
        const QString path = m_dir->file(name);
        KZip zip(path);
        if (!zip.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        for (const auto &[part, data] : parts)
            zip.writeFile(part, data);
        zip.close();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { m_dir = std::make_unique<TestLib::TempDir>(); }
    void cleanup() { m_dir.reset(); }

    void shouldReadThePdfsWords()
    {
        // GIVEN a PDF that says a sentence
        const QString path = write(u"verslag.pdf"_s, pdfWith("Warmtenet in de wijk Sterrenburg"));

        // WHEN its text is read
        const auto read = TextExtractor::extract(path, u"application/pdf"_s, u"verslag.pdf"_s);

        // THEN it has the sentence
        QVERIFY(read.readable);
        QVERIFY2(read.text.simplified().contains(u"Warmtenet in de wijk Sterrenburg"_s), qPrintable(read.text));
    }

    void shouldReadADocxsShownTextOnly()
    {
        // GIVEN a Word file with two runs in a paragraph and a field code
        const QByteArray document = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>\n"
            "<w:p><w:r><w:t>De zorgverzekeraar</w:t></w:r><w:r><w:t xml:space='preserve'> en de gemeente </w:t></w:r><w:r><w:t>financiële</w:t></w:r></w:p>\n"
            "<w:p><w:r><w:instrText>PAGE \\* MERGEFORMAT</w:instrText></w:r><w:r><w:t>Tweede alinea</w:t></w:r></w:p>\n"
            "</w:body></w:document>";
        const QString path = zip(u"afspraken.docx"_s, {{u"[Content_Types].xml"_s, "<Types/>"}, {u"word/document.xml"_s, document}});

        // WHEN its text is read (by its name: the media type is a generic one)
        const auto read = TextExtractor::extract(path, u"application/octet-stream"_s, u"afspraken.docx"_s);

        // THEN the paragraphs' words are there, one line each, and the field code is not
        QVERIFY(read.readable);
        QCOMPARE(read.text, u"De zorgverzekeraar en de gemeente financiële\nTweede alinea"_s);
    }

    void shouldReadAnXlsxsStrings()
    {
        const QByteArray strings = "<?xml version='1.0' encoding='UTF-8'?>\n"
            "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><si><t>Begroting warmtenet</t></si><si><t>Subsidie provincie</t></si></sst>";
        const QString path = zip(u"begroting.xlsx"_s, {{u"xl/sharedStrings.xml"_s, strings}});
        const auto read = TextExtractor::extract(
            path, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, u"begroting.xlsx"_s);
        QVERIFY(read.readable);
        QCOMPARE(read.text, u"Begroting warmtenet\nSubsidie provincie"_s);
    }

    void shouldReadAnOdtsText()
    {
        // GIVEN an OpenDocument text with a heading and a paragraph
        const QByteArray content = "<?xml version='1.0' encoding='UTF-8'?>\n"
            "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' office:version='1.2'><office:body><office:text><text:h>Samenwerking</text:h><text:p>Zutphen<text:s/>en Lochem deelden één loket.</text:p></office:text></office:body></office:document-content>";
        const QString path = zip(u"loket.odt"_s, {{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
                                                  {u"content.xml"_s, content}});

        // WHEN its text is read
        const auto read = TextExtractor::extract(path, u"application/vnd.oasis.opendocument.text"_s, u"loket.odt"_s);

        // THEN heading and paragraph are lines of it, accents kept
        QVERIFY(read.readable);
        QCOMPARE(read.text, u"Samenwerking\nZutphen en Lochem deelden één loket."_s);
    }

    void shouldTakePlainTextAsItIs()
    {
        const QString path = write(u"notitie.txt"_s, "Wijkaanpak Crabbehof\nTweede regel é");
        const auto read = TextExtractor::extract(path, u"text/plain"_s, u"notitie.txt"_s);
        QVERIFY(read.readable);
        QCOMPARE(read.text, u"Wijkaanpak Crabbehof\nTweede regel é"_s);
    }

    void shouldFindNoTextInABrokenOrUnknownFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a PDF that is not one") << u"kapot.pdf"_s << u"application/pdf"_s
                                               << QByteArray("%PDF-1.4\nnonsense\x01\x02 no objects");
        QTest::newRow("a DOCX that is no zip") << u"kapot.docx"_s << u"application/octet-stream"_s
                                               << QByteArray("PK but not really a zip file");
        QTest::newRow("a picture") << u"foto.png"_s << u"image/png"_s << QByteArray("\x89PNG\r\n\x1a\n....");
        QTest::newRow("truncated PDF") << u"half.pdf"_s << u"application/pdf"_s
                                       << pdfWith("Warmtenet").left(40);
    }

    void shouldFindNoTextInABrokenOrUnknownFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, content);
        const auto read = TextExtractor::extract(write(name, content), mediaType, name);
        QVERIFY(read.text.trimmed().isEmpty());
        QVERIFY(!read.readable || read.text.isEmpty());
    }

    void shouldFindNoTextInAZipWithoutItsDocument()
    {
        const QString path = zip(u"leeg.docx"_s, {{u"[Content_Types].xml"_s, "<Types/>"}});
        const auto read = TextExtractor::extract(path, {}, u"leeg.docx"_s);
        QVERIFY(!read.readable);
    }

    void shouldFindNoTextInBrokenXml()
    {
        const QString path = zip(u"stuk.odt"_s, {{u"content.xml"_s, "<office:document-content><unclosed>"}});
        const auto read = TextExtractor::extract(path, u"application/vnd.oasis.opendocument.text"_s, u"stuk.odt"_s);
        QVERIFY(!read.readable);
    }
};

QTEST_GUILESS_MAIN(TextExtractorTest)
#include "textextractortest.moc"
