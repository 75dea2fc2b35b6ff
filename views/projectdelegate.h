#pragma once

#include <QStyledItemDelegate>

namespace Views {

/// Paints a project of Model::ProjectListModel in three lines: the name, the
/// slogan and the lead organisation, with a coloured status badge. Every row
/// has the same height, so the list can use uniform item sizes.
class ProjectDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge colour of a status (Model::ProjectStatus as int), under
    /// white text: each meets WCAG AA's 4.5:1 against white.
    static QColor statusColour(int status);
};

} // namespace Views
