#include "textextractor.h"

#include <KZip>

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace Extract {

namespace {

enum class Kind { Pdf, OfficeOpen, OpenDocument, Plain, Other };

Kind kindOf(const QString &mediaType, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (mediaType == "application/pdf"_L1 || suffix == "pdf"_L1)
        return Kind::Pdf;
    if (mediaType.startsWith("application/vnd.openxmlformats-officedocument."_L1)
        || QStringList{u"docx"_s, u"xlsx"_s, u"pptx"_s}.contains(suffix))
        return Kind::OfficeOpen;
    if (mediaType.startsWith("application/vnd.oasis.opendocument."_L1)
        || QStringList{u"odt"_s, u"ods"_s, u"odp"_s}.contains(suffix))
        return Kind::OpenDocument;
    if (mediaType.startsWith("text/"_L1) || QStringList{u"txt"_s, u"md"_s, u"csv"_s}.contains(suffix))
        return Kind::Plain;
    return Kind::Other;
}

void cut(QString &text)
{
    if (text.size() > TextExtractor::MaxCharacters)
        text.truncate(TextExtractor::MaxCharacters);
}

TextExtractor::Text pdf(const QString &path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    QString text;
    for (int i = 0; i < document->numPages() && text.size() < TextExtractor::MaxCharacters; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            text += page->text(QRectF()) + u'\n';
    }
    cut(text);
    return {true, text.trimmed()};
}

// The text of one XML part. Office Open XML keeps what is shown in <t>
// elements (w:t, a:t, a spreadsheet's shared strings); OpenDocument in the
// character data of its body. Paragraphs and cells end a line.
bool xmlText(const QByteArray &xml, bool onlyT, QString &text)
{
    QXmlStreamReader reader(xml);
    int inT = 0;
    while (!reader.atEnd() && text.size() < TextExtractor::MaxCharacters) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == "t"_L1)
                ++inT;
            else if (reader.name() == "tab"_L1 || reader.name() == "s"_L1)
                text += u' ';
            break;
        case QXmlStreamReader::EndElement:
            if (reader.name() == "t"_L1 && inT > 0)
                --inT;
            if (reader.name() == "p"_L1 || reader.name() == "h"_L1 || reader.name() == "si"_L1
                || reader.name() == "table-cell"_L1 || reader.name() == "tc"_L1)
                text += u'\n';
            else if (reader.name() == "line-break"_L1 || reader.name() == "br"_L1)
                text += u'\n';
            break;
        case QXmlStreamReader::Characters:
            if (!onlyT || inT > 0)
                text += reader.text();
            break;
        default:
            break;
        }
    }
    return !reader.hasError();
}

TextExtractor::Text zipped(const QString &path, Kind kind)
{
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const KArchiveDirectory *root = zip.directory();
    QStringList parts;
    if (kind == Kind::OpenDocument) {
        parts << u"content.xml"_s;
    } else {
        parts << u"word/document.xml"_s << u"xl/sharedStrings.xml"_s;
        // Slides and sheets are numbered parts.
        for (const QString &folder : {u"ppt/slides"_s, u"xl/worksheets"_s}) {
            if (const auto *dir = dynamic_cast<const KArchiveDirectory *>(root->entry(folder))) {
                QStringList names = dir->entries();
                names.sort();
                for (const QString &name : std::as_const(names)) {
                    if (name.endsWith(".xml"_L1))
                        parts << folder + u'/' + name;
                }
            }
        }
    }
    QString text;
    bool found = false;
    for (const QString &name : std::as_const(parts)) {
        const KArchiveFile *file = root->file(name);
        if (!file)
            continue;
        // A part larger than any real text is a zip bomb, not a document.
        if (file->size() > 64LL * 1024 * 1024)
            return {};
        if (!xmlText(file->data(), kind == Kind::OfficeOpen, text))
            return {};
        found = true;
    }
    if (!found)
        return {};
    cut(text);
    return {true, text.trimmed()};
}

TextExtractor::Text plain(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(qint64(TextExtractor::MaxCharacters) * 4);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    cut(text);
    return {true, text};
}

} // namespace

TextExtractor::Text TextExtractor::extract(const QString &path, const QString &mediaType, const QString &fileName)
{
    switch (kindOf(mediaType, fileName)) {
    case Kind::Pdf:
        return pdf(path);
    case Kind::OfficeOpen:
    case Kind::OpenDocument:
        return zipped(path, kindOf(mediaType, fileName));
    case Kind::Plain:
        return plain(path);
    case Kind::Other:
        break;
    }
    return {};
}

} // namespace Extract
