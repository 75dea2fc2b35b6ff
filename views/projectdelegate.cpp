#include "projectdelegate.h"

#include "model/projectlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Views {

namespace {
constexpr int Margin = 6;
constexpr int BadgePadding = 6;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}
}

QColor ProjectDelegate::statusColour(int status)
{
    switch (Model::ProjectStatus(status)) {
    case Model::ProjectStatus::Idea:
        return QColor(0x0d, 0x63, 0xa6); // blue
    case Model::ProjectStatus::Active:
        return QColor(0x1e, 0x7a, 0x46); // green
    case Model::ProjectStatus::Completed:
        return QColor(0x5f, 0x6b, 0x6d); // grey
    case Model::ProjectStatus::Stopped:
        return QColor(0xb3, 0x26, 0x1e); // red
    }
    return QColor(0x5f, 0x6b, 0x6d);
}

void ProjectDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7);

    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFont bold = nameFont(opt.font);
    const QFont small = smallFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);

    // Status badge, top right.
    const QString status = index.data(Model::ProjectListModel::StatusTextRole).toString();
    const int badgeWidth = smallMetrics.horizontalAdvance(status) + 2 * BadgePadding;
    const int badgeHeight = smallMetrics.height() + 2;
    const QRect badge(r.right() - badgeWidth + 1, r.top() + (boldMetrics.height() - badgeHeight) / 2, badgeWidth,
                      badgeHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColour(index.data(Model::ProjectListModel::StatusRole).toInt()));
    painter->drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, status);

    // Name, slogan, lead.
    int y = r.top();
    const QRect nameRect(r.left(), y, r.width() - badgeWidth - Margin, boldMetrics.height());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));
    y += boldMetrics.height();

    QFont italic = small;
    italic.setItalic(true);
    const QFontMetrics italicMetrics(italic);
    const QRect sloganRect(r.left(), y, r.width(), italicMetrics.height());
    painter->setFont(italic);
    painter->setPen(dim);
    painter->drawText(sloganRect, Qt::AlignLeft | Qt::AlignVCenter,
                      italicMetrics.elidedText(index.data(Model::ProjectListModel::SloganRole).toString(),
                                               Qt::ElideRight, sloganRect.width()));
    y += italicMetrics.height();

    const QString lead = index.data(Model::ProjectListModel::LeadNameRole).toString();
    const QString leadText = lead.isEmpty() ? tr("No lead organisation yet") : tr("Regie: %1").arg(lead);
    const QRect leadRect(r.left(), y, r.width(), smallMetrics.height());
    painter->setFont(small);
    painter->drawText(leadRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(leadText, Qt::ElideRight, leadRect.width()));
    painter->restore();
}

QSize ProjectDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFont small = smallFont(option.font);
    QFont italic = small;
    italic.setItalic(true);
    const int height = QFontMetrics(nameFont(option.font)).height() + QFontMetrics(italic).height()
        + QFontMetrics(small).height() + 2 * Margin;
    return {200, height};
}

} // namespace Views
