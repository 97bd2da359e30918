#pragma once

#include <QStringList>

class QDialog;
class QWidget;

namespace simfleet {

// What a screen reader and a keyboard user meet, checked on shown widgets.
namespace AccessibilityChecks {

// The shown controls (buttons, fields, combo and spin boxes, lists and
// tables) under `root` that have no accessible name: no text, no buddy label
// and no name set for them. Each described by class and nearest object name.
QStringList unnamedControls(const QWidget* root);
// The steps of `dialog`'s Tab chain (from its control nearest the top left)
// that go back against reading order (up, or left on the same line).
QStringList tabOrderProblems(QDialog* dialog);
// Both, on each tab of a dialog with tabs; empty when all is well.
QStringList dialogProblems(QDialog* dialog);

} // namespace AccessibilityChecks

} // namespace simfleet
