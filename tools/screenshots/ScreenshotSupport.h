#pragma once

#include "app/gui/AppController.h"

#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace simfleet {

class SimsPage;

namespace screenshots {

// Runs the event loop until `condition` holds; false after `timeoutMs`.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60000);
// Lets pending events and repaints run.
void settle();
// Saves a grab of `widget` as `path` (with the file name suffix, if any,
// before ".png") and prints a line saying so.
bool save(QWidget* widget, const QString& path);
// Added to every file name `save` writes ("-dark" for the dark theme).
void setFileSuffix(const QString& suffix);
QString withFileSuffix(const QString& path);
// Starts the demo in `controller` and waits for its main window; false (and
// a line on stderr) when the demo could not start.
bool startDemo(AppController& controller, AppController::StartOptions options, QSize size);
bool waitForFleet(SimsPage* page);

} // namespace screenshots

} // namespace simfleet
