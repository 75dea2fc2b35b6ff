#pragma once

#include <KAboutData>

namespace App {

/// Who made Regie, its version, licence and credits: what Help ▸ About
/// Regie shows. Call once the translators are installed, so that the texts
/// are Dutch.
KAboutData aboutData();

/// Makes aboutData() the application's (KAboutData::applicationData());
/// the settings and data folders stay where they were.
void useAboutData();

} // namespace App
