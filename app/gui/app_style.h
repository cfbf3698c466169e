// One look for the app and its tests' screenshots: Fusion, AdaptLab's light palette and style
// sheet (:/style/light.qss).
#pragma once

class QApplication;

namespace adaptlab::gui {

void applyAppStyle(QApplication& app);

} // namespace adaptlab::gui
