#include "snippetdelegate.h"

#include "model/knowledgesearchmodel.h"
#include "model/knowledgetext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Views {

namespace {

constexpr int Margin = 6;

QString html(const QModelIndex &index)
{
    const auto kind = Model::KnowledgeKind(index.data(Model::KnowledgeSearchModel::KindRole).toInt());
    QStringList about{Model::displayName(kind)};
    const QString org = index.data(Model::KnowledgeSearchModel::OrganisationNameRole).toString();
    if (!org.isEmpty())
        about << org;
    const QString where = index.data(Model::KnowledgeSearchModel::WhereRole).toString();
    if (!where.isEmpty())
        about << where;
    return QStringLiteral("<b>%1</b><br><small>%2</small><br>%3")
        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
             about.join(QStringLiteral(" · ")).toHtmlEscaped(),
             index.data(Model::KnowledgeSearchModel::SnippetRole).toString());
}

void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html(index));
    doc.setTextWidth(std::max(80, option.rect.width() - 2 * Margin));
}

} // namespace

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layout(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size() - QSize(Margin, Margin)));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    QStyleOptionViewItem opt = option;
    if (opt.rect.width() <= 0)
        opt.rect.setWidth(320);
    layout(doc, opt, index);
    return QSize(opt.rect.width(), int(doc.size().height()) + 2 * Margin);
}

} // namespace Views
