#pragma once

#include <QString>

namespace Extract {

/// The words of an attached file, for the knowledge base's search. Runs on
/// whatever thread calls it (never the GUI thread: a large PDF takes a
/// while) and keeps no state.
///
/// PDF is read with poppler; Office Open XML (DOCX, XLSX, PPTX) and
/// OpenDocument (ODT, ODS, ODP) files are unzipped with KArchive and their
/// XML stripped to its text; text/* files are taken as they are (UTF-8, or
/// Latin-1 where they are not). Anything else, and any file that cannot be
/// read (damaged, locked, a picture), has no text.
class TextExtractor
{
public:
    /// Text past this many characters is cut off: enough to find a dossier by.
    static constexpr int MaxCharacters = 2 * 1024 * 1024;

    struct Text {
        bool readable = false; ///< false: "no text"
        QString text;
    };

    /// The text of the file at @p path, which was attached as @p fileName
    /// with media type @p mediaType (the name's extension decides when the
    /// media type is a generic one).
    static Text extract(const QString &path, const QString &mediaType, const QString &fileName);
};

} // namespace Extract
