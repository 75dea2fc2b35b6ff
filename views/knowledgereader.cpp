#include "knowledgereader.h"

#include "model/knowledgetext.h"

#include <QDesktopServices>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Views {

namespace {

// A topic's link in the text: regie-topic:<topic>. Only the reader makes
// them; a link of that scheme in an item's own text asks no more than a
// click on a topic does.
const QLatin1String TopicScheme("regie-topic");

} // namespace

KnowledgeReader::KnowledgeReader(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("regie-project")) {
            Q_EMIT projectActivated(QUuid::fromString(url.path()));
            return;
        }
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
            QDesktopServices::openUrl(url);
        else if (scheme == TopicScheme)
            Q_EMIT topicActivated(url.path());
    });
    clearItem();
}

QVariant KnowledgeReader::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void KnowledgeReader::clearItem()
{
    setPlainText(tr("Choose an item on the left to read it."));
}

void KnowledgeReader::show(const Model::KnowledgeItem &item, const QString &organisationName,
                           const QString &projectName, const QUuid &projectLink)
{
    using namespace Model;
    // Built into the browser's own document: replacing it would let
    // QTextEdit delete the old one under our feet.
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    QTextCharFormat title;
    title.setFontPointSize(font().pointSizeF() * 1.5);
    title.setFontWeight(QFont::Bold);
    cursor.insertText(item.title, title);

    QTextCharFormat meta;
    meta.setForeground(palette().placeholderText());
    QStringList about{displayName(item.kind)};
    if (!organisationName.isEmpty())
        about << organisationName;
    // A published item says when; a draft or archived one says what it is.
    if (item.status != KnowledgeStatus::Published || !item.publishedOn.isValid())
        about << displayName(item.status);
    if (item.publishedOn.isValid())
        about << tr("published %1").arg(QLocale().toString(item.publishedOn, QLocale::LongFormat));
    cursor.insertBlock();
    cursor.insertText(about.join(QStringLiteral(" · ")), meta);
    if (!projectName.isEmpty()) {
        cursor.insertBlock();
        const QString from = tr("From the project %1");
        const qsizetype at = from.indexOf(QLatin1String("%1"));
        cursor.insertText(from.left(at), meta);
        QTextCharFormat name = meta;
        if (!projectLink.isNull()) {
            name.setAnchor(true);
            name.setAnchorHref(QStringLiteral("regie-project:") + projectLink.toString(QUuid::WithoutBraces));
            name.setForeground(palette().link());
            name.setFontUnderline(true);
            name.setToolTip(tr("Show the project"));
        }
        cursor.insertText(projectName, name);
        cursor.insertText(from.mid(at + 2), meta);
    } else if (!item.projectId.isNull()) {
        cursor.insertBlock();
        cursor.insertText(tr("From a project that is not shared with you"), meta);
    }
    if (!item.topics.isEmpty() || !item.tags.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Topics:") + QLatin1Char(' '), meta);
        QStringList words = item.topics;
        words << item.tags;
        for (int i = 0; i < words.size(); ++i) {
            if (i > 0)
                cursor.insertText(QStringLiteral(", "), meta);
            if (i >= item.topics.size()) {
                cursor.insertText(words.at(i), meta);
                continue;
            }
            QTextCharFormat link = meta;
            QUrl url;
            url.setScheme(TopicScheme);
            url.setPath(words.at(i));
            link.setAnchor(true);
            link.setAnchorHref(url.toString(QUrl::FullyEncoded));
            link.setForeground(palette().link());
            link.setFontUnderline(true);
            link.setToolTip(tr("Who knows about %1?").arg(words.at(i)));
            cursor.insertText(words.at(i), link);
        }
    }
    if (!item.summary.isEmpty()) {
        QTextBlockFormat spaced;
        spaced.setTopMargin(8);
        cursor.insertBlock(spaced);
        QTextCharFormat summary;
        summary.setFontItalic(true);
        cursor.insertText(item.summary, summary);
    }
    if (!item.body.isEmpty()) {
        QTextBlockFormat spaced;
        spaced.setTopMargin(8);
        cursor.insertBlock(spaced, QTextCharFormat());
        cursor.insertMarkdown(item.body, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                             | QTextDocument::MarkdownNoHTML);
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Views
