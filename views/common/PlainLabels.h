#pragma once

class QWidget;

namespace simfleet {

// Labels show text from the server (SIM names, comments, group and company
// names, error messages), from imported files and from the user. A QLabel's
// default format guesses rich text from the content, so "<b>x</b>" in a SIM
// name would be drawn bold and "<a href=...>" would become a link. Every
// label under `root` whose format was not chosen explicitly becomes
// Qt::PlainText: the text is shown exactly as it came.
namespace PlainLabels {

void apply(QWidget* root);

} // namespace PlainLabels

} // namespace simfleet
