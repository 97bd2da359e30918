#pragma once

class QWidget;

namespace simfleet {

// Tab in reading order: the order of the layouts, not of creation.
namespace TabOrder {

// Chains Tab through every focusable widget under `root` in the order its
// layouts hold them (rows top to bottom, items left to right), going into
// group boxes, frames, scroll areas and each page of a tab widget (its tab
// bar first). Call once the layouts are built.
void followLayouts(QWidget* root);

} // namespace TabOrder

} // namespace simfleet
