#pragma once

#include <QColor>

namespace Views {

/// The colours that carry a meaning in text (an error under a field, a
/// warning or a good sign on an interest map card), chosen to meet WCAG AA:
/// a contrast of at least 4.5:1 against the window, a field and a card.
/// The status badges are ProjectDelegate::statusColour(), the goals'
/// health Model::healthColour(); their test holds them to the same ratio.
class StatusColours
{
public:
    static QColor error();
    static QColor warning();
    static QColor good();
    /// The background of an interest map card.
    static QColor card();

    /// WCAG 2 relative luminance of @p colour (0 for black, 1 for white).
    static double luminance(const QColor &colour);
    /// WCAG 2 contrast ratio of two colours, from 1 (equal) to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace Views
