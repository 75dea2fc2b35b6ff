#include "planrng.h"

namespace Bench::Plan {

std::string stamp(Rng &rng, const QDate &d, int firstHour)
{
    char s[64]; // room for any int the compiler cannot rule out; a real date takes 24
    std::snprintf(s, sizeof s, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  firstHour + int(rng.below(quint64(std::max(1, 18 - firstHour)))), int(rng.below(60)),
                  int(rng.below(60)), int(rng.below(1000)));
    return std::string(s, 24);
}

} // namespace Bench::Plan
