#include "statuscolours.h"

#include <algorithm>
#include <cmath>

namespace Views {

QColor StatusColours::error()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor StatusColours::warning()
{
    return QColor(0x9a, 0x4d, 0x00);
}

QColor StatusColours::good()
{
    return QColor(0x1e, 0x7a, 0x46);
}

QColor StatusColours::card()
{
    return QColor(0xfa, 0xfa, 0xfa);
}

double StatusColours::luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double StatusColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Views
