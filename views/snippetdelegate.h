#pragma once

#include <QStyledItemDelegate>

namespace Views {

/// Draws a search hit: its title in bold, under it what it is and whose,
/// and the snippet with the matched words in bold (the snippet is rich
/// text the model escaped; nothing else in it is markup).
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Views
